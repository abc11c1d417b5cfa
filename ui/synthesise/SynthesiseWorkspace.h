#pragma once
// The Synthesise workspace: draw a condition, watch CT appear. A condition canvas with the Annotate
// editing core and tools (its own scratch document, no autosave journal), the generated slice
// beside it — regenerated after every stroke, debounced, in a worker, the newest request winning —
// the paper's diversity tools, variants and saving; and whole volumes (VolumePage). Models open in
// the worker with progress.
#include "GenerationService.h"
#include "gan/eval/Segmenter.h"
#include "volume/CtVolume.h"
#include "volume/Labels.h"

#include <QElapsedTimer>
#include <QWidget>

class QTabWidget;
class QTimer;

namespace cosingan::ui {

class AnnotationController;
class GeneratedView;
class SliceView;
class ExportDialog;
class EvaluateDialog;
class StudioDocument;
class SynthesisPanel;
class VolumePage;

class SynthesiseWorkspace : public QWidget {
    Q_OBJECT
public:
    SynthesiseWorkspace(StudioDocument* study, QWidget* parent = nullptr);

    void openModel(const QString& folder);
    // The models opened most recently, newest first (kept in the user's settings).
    static QStringList recentModels();
    void openFusionModel(const QString& folder);  // empty: no fusion
    bool hasModel() const { return model_.scales > 0; }
    const ModelInfo& model() const { return model_; }

    // Where the condition starts from (each one undoable edits from there on).
    void startFromTrainingSlice();
    void startFromStudySlice();
    void startBlank();
    bool importCondition(const QString& path);
    // The study slice with another study's lesions placed into its lungs (synthesis.md's rule).
    bool startFromStudySliceWithLesions(const QString& lesionVolume);
    bool saveResult(const QString& imagePath);  // PNG of the image, and <name>-condition.png beside it

    StudioDocument* condition() const { return condition_; }
    SliceView* canvas() const { return canvas_; }
    AnnotationController* controller() const { return controller_; }
    GeneratedView* generatedView() const { return generated_; }
    SynthesisPanel* panel() const { return panel_; }
    VolumePage* volumePage() const { return volume_; }
    void showVolumePage(bool on);
    // Milliseconds from the last edit to the image on screen, and the engine's share of it.
    double lastLatencyMs() const { return latencyMs_; }
    double lastEngineMs() const { return engineMs_; }
    void setInteractive(bool on) { interactive_ = on; }

    // Every scale of the current condition's generation (a dialog, or only the result when scripted).
    void showPyramid();
    const GenerationResult& lastPyramid() const { return pyramid_; }

    // Export ▸ Dataset: a dialog (shown, not modal) for the open model, with the study's slices
    // that have lungs and the condition canvas as mask sources; nullptr (and a status message)
    // without a model.
    ExportDialog* openExportDialog();
    // Evaluate an exported dataset: a segmenter trained on it and one trained on the model's real
    // training slice, both tested on the study's slices with painted infection (not the training
    // slice). nullptr (and a status message) when something is missing.
    EvaluateDialog* openEvaluateDialog(const QString& datasetFolder, const gan::SegmenterOptions& options = {});

Q_SIGNALS:
    void imageShown();
    void pyramidShown();
    void statusMessage(const QString& text);

private:
    QWidget* makeSidePanel();
    void setCondition(CtVolume ct, LabelMap labels, const QString& name);
    void startFromStudySlice(int k, const LabelMap& labels, const QString& note);
    void scheduleGeneration();
    void generateNow(int count, bool pyramid = false);
    void onGenerated(const GenerationResult& r);
    void onModelLoaded(const ModelInfo& info);
    void rememberModel(const QString& folder);
    void refreshStudyModel();

    StudioDocument* study_;
    StudioDocument* condition_;
    SliceView* canvas_;
    AnnotationController* controller_;
    GeneratedView* generated_;
    SynthesisPanel* panel_;
    VolumePage* volume_;
    QTabWidget* pages_;
    GenerationService* service_;
    QTimer* debounce_;
    QElapsedTimer sinceEdit_;
    ModelInfo model_;
    QString fusionRequested_;
    QString fusionFolder_;  // the second model loaded for image fusion
    GenerationResult pyramid_;
    quint64 latestId_ = 0, variantsId_ = 0, pyramidId_ = 0;
    double latencyMs_ = 0, engineMs_ = 0;
    bool interactive_ = true;
};

}  // namespace cosingan::ui
