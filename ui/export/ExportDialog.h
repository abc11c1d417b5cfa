#pragma once
// Export ▸ Dataset: a labelled synthetic dataset (nnU-Net v2's layout, or NIfTI / PNG pairs) from
// the open model and
// the study's slices that have lungs, the condition canvas, mask files or a folder of them, with variants, randomised
// condition, seed and the real training slice; the pixel spacing comes from the study. The export
// runs in a worker thread with progress and Cancel; it is all or nothing (core/synth/DatasetExport)
// and the equivalent command line is shown.
#include "gan/SliceData.h"
#include "volume/CtVolume.h"
#include "volume/Labels.h"

#include <QDialog>

#include <atomic>
#include <memory>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QThread;

namespace cosingan::ui {

struct ExportSource {
    QString label;                        // what the combo shows
    std::vector<gan::SliceData> masks;    // label maps (no images)
    QString commandMasks;                 // how the command line would name them
    // Whole label volumes of this source (the study's labels, volume files), for "whole volumes";
    // the study's CT as the reference for slices without lungs.
    std::vector<std::shared_ptr<const LabelMap>> volumes;
    std::vector<QString> volumeSources;
    std::shared_ptr<const CtVolume> reference;
    QString referenceSource;
    QString commandExtra;  // e.g. " --lesions FILE"
};

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    // sources: where masks may come from (the study's slices, the canvas); spacing: of their pixels
    // and the slice thickness, in mm.
    ExportDialog(const QString& modelFolder, std::vector<ExportSource> sources, const std::array<double, 3>& spacing,
                 QWidget* parent = nullptr);
    ~ExportDialog() override;

    // Masks from files a user has (2-D label images, label volumes, slice bundles) or every such
    // file in a folder, added as a source and chosen; false (and the reason shown) when none of
    // them can be used.
    bool addMaskFiles(const QStringList& paths, const QString& label = QString());
    bool addMaskFolder(const QString& folder);
    // Lesions from another study (a 0/1 lesion volume, e.g. MosMed's) placed into the lungs of the
    // first source that has a label volume (the study), added as a source and chosen.
    bool addLesions(const QString& lesionVolume);
    int sourceCount() const { return int(sources_.size()); }

    void setOutputFolder(const QString& folder);
    // Images per mask (per label volume with whole volumes); until it is set, the mode's default:
    // 16 per 2-D mask, 1 per volume.
    void setVariants(int n);
    // Whether the model's generators have dropout layers: dropout at synthesis is then on by
    // default; otherwise it is off and disabled, with the reason.
    void setModelHasDropout(bool has);
    // Image fusion (the paper's IF) with a second model, the weight drawn per image; empty: off.
    void setFusionModel(const QString& folder);
    // One case per label volume of the chosen source (nnU-Net 3-D); false when it has none.
    bool setWholeVolumes(bool on);
    void startExport();       // as the Export button does
    bool running() const;
    QString resultText() const;  // what the dialog says about the last export
    QString commandLine() const;

Q_SIGNALS:
    void finished(bool ok, const QString& message);
    void evaluateRequested(const QString& datasetFolder);  // "Evaluate…" after an export

private:
    void addSource(ExportSource source);  // added to the list and chosen
    void updateCommand();
    void onFinished(bool ok, const QString& message);

    QString modelFolder_;
    std::vector<ExportSource> sources_;
    std::array<double, 3> spacing_;
    QComboBox* layout_;
    QComboBox* source_;
    QSpinBox* variants_;
    QCheckBox* rc_;
    QCheckBox* dropout_;
    QSpinBox* seed_;
    QCheckBox* includeReal_;
    QCheckBox* volumes_;
    QCheckBox* fuse_;
    QLineEdit* fuseFolder_;
    QLineEdit* name_;
    QLineEdit* folder_;
    QLabel* command_;
    QProgressBar* progress_;
    QLabel* result_;
    QPushButton* export_;
    QPushButton* cancel_;
    QPushButton* evaluate_;
    QString exported_;
    // Variants per mask until the user sets a count: 16 per 2-D mask (from a cpu-medium model they
    // trained a better segmenter than 4 or 8; docs/evaluation.md), one per whole label volume (a
    // volume is many slices already; 16 would write 16 CTs per study).
    static constexpr int kSliceVariants = 16, kVolumeVariants = 1;
    bool variantsChosen_ = false;
    QThread* worker_ = nullptr;
    std::shared_ptr<std::atomic<bool>> cancelled_;
};

}  // namespace cosingan::ui
