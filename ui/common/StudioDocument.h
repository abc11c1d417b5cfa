#pragma once
// The open study as the views see it: the CT volume, its label map, the current axial slice, the
// display window and how labels are shown. A thin Qt model over core types: it holds state and
// says when it changes; it does no image processing itself.
#include "volume/CtVolume.h"
#include "volume/Labels.h"
#include "volume/Window.h"
#include "view/SliceComposer.h"

#include <QObject>

#include <array>
#include <QRect>
#include <QString>

namespace cosingan::ui {

class StudioDocument : public QObject {
    Q_OBJECT
public:
    // The default, translated name of a label value (0..3).
    static QString defaultLabelName(int label);
    // A window preset's name in the user's language.
    static QString windowPresetName(const WindowPresetInfo& preset);

    explicit StudioDocument(QObject* parent = nullptr);

    bool hasVolume() const { return !volume_.isEmpty(); }
    const CtVolume& volume() const { return volume_; }
    const LabelMap& labels() const { return labels_; }
    LabelMap& mutableLabels() { return labels_; }
    QString displayName() const { return displayName_; }
    // Where the study came from ("" for the built-in demo) and where its labels were last saved.
    QString sourcePath() const { return sourcePath_; }
    void setSourcePath(const QString& path) { sourcePath_ = path; }
    // The study is shown with rows and columns swapped (an image stored transposed); files written
    // for it are transposed back to the layout of the image file.
    bool transposed() const { return transposed_; }
    void setTransposed(bool on) { transposed_ = on; }
    // Names the study for the autosave journal: the source (or the demo) and its layout.
    QString studyId() const;
    QString labelsPath() const { return labelsPath_; }
    void setLabelsPath(const QString& path) { labelsPath_ = path; }

    // The trained model that belongs to this study (a model folder), if any.
    QString modelPath() const { return modelPath_; }
    void setModelPath(const QString& path) {
        if (path == modelPath_) return;
        modelPath_ = path;
        Q_EMIT modelPathChanged(path);
    }

    QString labelName(int label) const { return labelNames_[size_t(label)]; }
    void setLabelName(int label, const QString& name);

    // Unsaved label edits: every notification bumps the revision; saving records it.
    bool hasUnsavedLabels() const { return labelsRevision_ != savedRevision_; }
    void markLabelsSaved() { savedRevision_ = labelsRevision_; Q_EMIT labelsSavedStateChanged(false); }

    // Replaces the study. The label map must be on the volume's grid (an empty one is made if not).
    void setStudy(CtVolume volume, LabelMap labels, const QString& displayName);

    int slice() const { return slice_; }
    int sliceCount() const { return volume_.slices(); }
    void setSlice(int k);
    void stepSlice(int delta) { setSlice(slice_ + delta); }

    WindowLevel window() const { return window_; }
    void setWindow(const WindowLevel& w);

    const LabelDisplay& labelDisplay() const { return labelDisplay_; }
    void setLabelDisplay(const LabelDisplay& d);

    // Called by editors after they changed label voxels of slice k inside rect (image pixels).
    void notifyLabelsEdited(int k, const QRect& rect);
    void notifyLabelsReplaced();

Q_SIGNALS:
    void studyChanged();
    void sliceChanged(int k);
    void windowChanged(const cosingan::WindowLevel& w);
    void labelDisplayChanged();
    void labelsEdited(int k, const QRect& rect);
    void labelsReplaced();
    void labelNamesChanged();
    void modelPathChanged(const QString& path);
    void labelsSavedStateChanged(bool unsaved);

private:
    CtVolume volume_;
    LabelMap labels_;
    QString displayName_, sourcePath_, labelsPath_, modelPath_;
    std::array<QString, kLabelCount> labelNames_;
    quint64 labelsRevision_ = 0, savedRevision_ = 0;
    int slice_ = 0;
    bool transposed_ = false;
    WindowLevel window_ = windowPreset(WindowPreset::PaperLung).window;
    LabelDisplay labelDisplay_;
};

}  // namespace cosingan::ui
