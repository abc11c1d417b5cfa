#pragma once
// Everything that reads or writes the user's files for the open study: opening studies, saving and
// importing label maps (NIfTI volume, PNG slice), session files, unsaved-changes prompts and
// recovery from the autosave journal after a crash. The actions carry their shortcuts.
#include "annotate/LabelImport.h"
#include "volume/CtVolume.h"
#include "volume/Labels.h"

#include <QObject>
#include <QString>

#include <optional>

class QAction;
class QWidget;

namespace cosingan::ui {

class StudioDocument;
class AnnotationController;

class StudyFiles : public QObject {
    Q_OBJECT
public:
    StudyFiles(QWidget* window, StudioDocument* document, AnnotationController* controller);

    // transposed: show the image with rows and columns swapped (plain images stored transposed).
    bool openPath(const QString& path, bool transposed = false);
    // Swaps rows and columns of the open plain image, labels included, keeping unsaved edits.
    bool setTransposed(bool on);
    void openDemo();
    bool saveLabels();                       // to the known path, or asks
    bool saveLabelsAs(const QString& path);  // NIfTI
    // NIfTI volume or PNG slice. A one-valued mask is merged *as* a label (asked, or `as`; scripted
    // runs guess from the name); a label map replaces what it covers. The masking policy applies.
    bool importLabels(const QString& path, std::optional<ImportAs> as = std::nullopt);
    bool exportSliceLabels(const QString& path);  // PNG (values 0..3)
    bool saveSession(const QString& path);
    bool openSession(const QString& path);
    // Asks to save unsaved labels; false when the user cancels.
    bool confirmDiscard();

    // What to do with labels an earlier (crashed) run left unsaved: ask (the default), restore
    // them without asking, or leave them aside untouched (scripted runs).
    enum class Recovery { Ask, Restore, Ignore };
    void setRecovery(Recovery r) { recovery_ = r; }
    // Labels saved beside a study (<study>-labels.nii.gz, where Save Labels puts them) when it is
    // opened again: asked about (without a person to ask: named in the status bar), loaded or left.
    enum class SavedLabels { Ask, Load, Ignore };
    void setSavedLabels(SavedLabels s) { savedLabels_ = s; }

    QList<QAction*> fileActions() const { return actions_; }
    QAction* transposeAction() const { return transpose_; }
    QAction* openSessionAction() const { return openSession_; }
    QString lastError() const { return lastError_; }
    void setInteractive(bool interactive) { interactive_ = interactive; }

Q_SIGNALS:
    void statusMessage(const QString& text);
    void recentFileOpened(const QString& path);

private:
    void offerRecovery();
    void offerSavedLabels();
    std::optional<ImportAs> askImportAs(const QString& path, std::optional<ImportAs> given,
                                        const std::vector<uint8_t>& values);
    // A label map opened as a CT: offered as the labels of the open study, or refused.
    bool offerAsLabels(const QString& path, const CtVolume& volume);
    // What the reader found suspicious, shown where it cannot be missed.
    void showWarnings(const QString& path, const std::vector<std::string>& warnings);
    void error(const QString& title, const QString& message);
    QString defaultLabelsPath() const;
    void buildActions();
    // A label map read from a file (in the image file's layout), in the layout the study is shown in,
    // and the image file's geometry to read it against (see StudioDocument::transposed()).
    LabelMap fromFileLayout(LabelMap labels) const;
    ImageGeometry fileGeometry() const;
    // Why this volume cannot be shown transposed ("" when it can: plain 2-D images only).
    static QString transposeRefusal(const CtVolume& volume);
    // Makes labels read from path the study's saved labels (not an undo step).
    void adoptSavedLabels(const LabelMap& labels, const QString& path);

    QWidget* window_;
    StudioDocument* document_;
    AnnotationController* controller_;
    QList<QAction*> actions_;
    QAction* transpose_ = nullptr;
    QAction* openSession_ = nullptr;
    QString lastError_;
    QString sessionPath_;
    bool interactive_ = true;
    SavedLabels savedLabels_ = SavedLabels::Ask;
    Recovery recovery_ = Recovery::Ask;
};

}  // namespace cosingan::ui
