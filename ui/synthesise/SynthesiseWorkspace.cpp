#include "SynthesiseWorkspace.h"

#include "ConditionFiles.h"
#include "GeneratedView.h"
#include "SynthesisPanel.h"
#include "ui/export/DatasetSources.h"
#include "PyramidDialog.h"
#include "VariantsDialog.h"
#include "VolumePage.h"
#include "image/SliceExtraction.h"
#include "io/VolumeIO.h"
#include "synth/LesionPlacement.h"
#include "synth/DatasetExport.h"
#include "ui/annotate/AnnotationController.h"
#include "ui/annotate/SliceRenderer.h"
#include "ui/annotate/SliceView.h"
#include "ui/annotate/ToolPanel.h"
#include "ui/common/FocusReturn.h"
#include "ui/common/SidePanel.h"
#include "ui/common/StudioDocument.h"
#include "ui/common/MessageText.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSettings>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace cosingan::ui {

namespace {
const char* kRecentKey = "synthesise/recentModels";
}

SynthesiseWorkspace::SynthesiseWorkspace(StudioDocument* study, QWidget* parent) : QWidget(parent), study_(study) {
    condition_ = new StudioDocument(this);
    canvas_ = new SliceView(this);
    new SliceRenderer(condition_, canvas_, this);
    controller_ = new AnnotationController(condition_, canvas_, this, AnnotationController::Journal::Off);
    addActions(controller_->toolActions() + controller_->labelActions() + controller_->editActions());
    generated_ = new GeneratedView(this);
    generated_->setMessage(tr("Open a model (right), then paint lungs and infection on the left: the CT appears here."));
    service_ = new GenerationService(this);
    debounce_ = new QTimer(this);
    debounce_->setSingleShot(true);
    debounce_->setInterval(120);

    auto* pair = new QHBoxLayout;
    pair->setSpacing(6);
    auto column = [this](QWidget* w, const QString& title) {
        auto* box = new QVBoxLayout;
        auto* label = new QLabel(title, this);
        label->setStyleSheet(QStringLiteral("font-weight: bold;"));
        box->addWidget(label);
        box->addWidget(w, 1);
        return box;
    };
    pair->addLayout(column(canvas_, tr("Condition (paint here)")), 1);
    pair->addLayout(column(generated_, tr("Generated CT")), 1);
    auto* slicePage = new QWidget(this);
    slicePage->setLayout(pair);
    pair->setContentsMargins(0, 4, 0, 0);
    volume_ = new VolumePage(study_, service_, this);
    pages_ = new QTabWidget(this);
    pages_->addTab(slicePage, tr("Slice: draw → generate"));
    pages_->addTab(volume_, tr("Volume"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(pages_, 1);
    layout->addWidget(makeSidePanel());
    connect(volume_, &VolumePage::synthesizeRequested, this, [this] { volume_->synthesize(panel_->options()); });
    connect(volume_, &VolumePage::statusMessage, this, &SynthesiseWorkspace::statusMessage);

    connect(condition_, &StudioDocument::labelsEdited, this, &SynthesiseWorkspace::scheduleGeneration);
    connect(condition_, &StudioDocument::labelsReplaced, this, &SynthesiseWorkspace::scheduleGeneration);
    connect(condition_, &StudioDocument::studyChanged, this, &SynthesiseWorkspace::scheduleGeneration);
    connect(panel_, &SynthesisPanel::optionsChanged, this, &SynthesiseWorkspace::scheduleGeneration);
    connect(debounce_, &QTimer::timeout, this, [this] { generateNow(1); });
    connect(controller_, &AnnotationController::statusMessage, this, &SynthesiseWorkspace::statusMessage);
    connect(canvas_, &SliceView::windowDragged, this, [this](double dw, double dl) {
        const WindowLevel w = condition_->window();
        condition_->setWindow({w.width + dw, w.level + dl});
    });
    connect(service_, &GenerationService::modelLoading, panel_, &SynthesisPanel::showLoading);
    connect(service_, &GenerationService::modelLoaded, this, &SynthesiseWorkspace::onModelLoaded);
    connect(service_, &GenerationService::fusionModelLoaded, this, [this](const ModelInfo& info) {
        fusionRequested_.clear();
        fusionFolder_ = info.folder;
        panel_->showFusionModel(info.folder, info.folder.isEmpty() ? QString() : QDir(info.folder).dirName());
    });
    connect(service_, &GenerationService::modelFailed, this, [this](const QString& folder, const QString& message) {
        if (folder == fusionRequested_) {
            fusionRequested_.clear();
            Q_EMIT statusMessage(tr("Cannot use %1 for fusion: %2").arg(folder, message));
            return;
        }
        panel_->showModelError(message);
        Q_EMIT statusMessage(tr("Cannot open the model %1: %2").arg(folder, message));
    });
    connect(service_, &GenerationService::generated, this, &SynthesiseWorkspace::onGenerated);
    connect(study_, &StudioDocument::modelPathChanged, this, &SynthesiseWorkspace::refreshStudyModel);
    refreshStudyModel();
    panel_->setRecentModels(recentModels());
}

QStringList SynthesiseWorkspace::recentModels() { return QSettings().value(QLatin1String(kRecentKey)).toStringList(); }

QWidget* SynthesiseWorkspace::makeSidePanel() {
    auto* inner = new QWidget;
    auto* column = new QVBoxLayout(inner);
    column->setContentsMargins(0, 0, 0, 0);
    panel_ = new SynthesisPanel(inner);
    column->addWidget(panel_);
    auto* tools = new QGroupBox(tr("Tools"), inner);
    (new QVBoxLayout(tools))->addWidget(new ToolPanel(controller_, condition_, tools));
    column->addWidget(tools);
    column->addStretch(1);
    returnFocusAfterEdits(inner, canvas_);

    connect(panel_, &SynthesisPanel::openModelRequested, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Open a trained model folder"));
        if (!folder.isEmpty()) openModel(folder);
    });
    connect(panel_, &SynthesisPanel::studyModelRequested, this, [this] { openModel(study_->modelPath()); });
    connect(panel_, &SynthesisPanel::recentModelRequested, this, &SynthesiseWorkspace::openModel);
    connect(panel_, &SynthesisPanel::startFromTrainingSlice, this, &SynthesiseWorkspace::startFromTrainingSlice);
    connect(panel_, &SynthesisPanel::startFromStudySlice, this, [this] { startFromStudySlice(); });
    connect(panel_, &SynthesisPanel::startBlank, this, &SynthesiseWorkspace::startBlank);
    connect(panel_, &SynthesisPanel::importCondition, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import a condition"), QString(),
                                                          tr("Label maps (*.png *.nii *.nii.gz);;All files (*)"));
        if (!path.isEmpty()) importCondition(path);
    });
    connect(panel_, &SynthesisPanel::lesionsCondition, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Lesion mask volume"), QString(), tr("NIfTI (*.nii *.nii.gz)"));
        if (!path.isEmpty()) startFromStudySliceWithLesions(path);
    });
    connect(panel_, &SynthesisPanel::variantsRequested, this, [this] {
        const gan::SynthesisOptions o = panel_->options();
        if (!o.randomCondition && !o.dropout) {
            panel_->setRandomCondition(true);  // identical images otherwise
            Q_EMIT statusMessage(tr("Variants need a diversity option: randomised condition switched on"));
        }
        generateNow(panel_->variantCount());
    });
    connect(panel_, &SynthesisPanel::fusionModelRequested, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("A second model for image fusion"));
        if (!folder.isEmpty()) openFusionModel(folder);
    });
    connect(panel_, &SynthesisPanel::fusionCleared, this, [this] { openFusionModel(QString()); });
    connect(panel_, &SynthesisPanel::pyramidRequested, this, &SynthesiseWorkspace::showPyramid);
    connect(panel_, &SynthesisPanel::exportRequested, this, &SynthesiseWorkspace::openExportDialog);
    connect(panel_, &SynthesisPanel::saveRequested, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the generated image"), QString(),
                                                          tr("PNG and condition PNG (*.png);;NIfTI in HU with labels (*.nii.gz *.nii)"));
        if (!path.isEmpty()) saveResult(path);
    });

    return scrollingSidePanel(inner, this);
}

ExportDialog* SynthesiseWorkspace::openExportDialog() {
    if (!hasModel()) {
        Q_EMIT statusMessage(tr("Open a model first: the dataset is generated with it"));
        return nullptr;
    }
    auto* dialog = new ExportDialog(model_.folder, exportSources(*study_, *condition_), studySpacing(*study_), this);
    dialog->setModelHasDropout(model_.hasDropout);
    if (panel_->fusionOn()) dialog->setFusionModel(fusionFolder_);  // as the panel generates
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::finished, this, [this](bool, const QString& message) { Q_EMIT statusMessage(message); });
    connect(dialog, &ExportDialog::evaluateRequested, this, [this](const QString& folder) { openEvaluateDialog(folder); });
    dialog->show();
    return dialog;
}

EvaluateDialog* SynthesiseWorkspace::openEvaluateDialog(const QString& datasetFolder, const gan::SegmenterOptions& options) {
    if (!study_->hasVolume()) return nullptr;
    std::vector<EvaluationSet> training(1);
    try {
        training[0].slices = readExportedDataset(datasetFolder.toStdString());
        training[0].label = tr("synthetic (%1)").arg(training[0].slices.size());
    } catch (const std::exception& e) {
        Q_EMIT statusMessage(tr("Cannot evaluate %1: %2").arg(datasetFolder, messageText(e)));
        return nullptr;
    }
    if (EvaluationSet real = realSliceSet(model_.trainingSlice); !real.slices.empty()) training.push_back(std::move(real));
    std::vector<gan::LabelledSlice> painted = paintedTestSlices(*study_, model_.trainingSlice);
    auto [moreReal, testWithout] = moreRealSplit(painted);
    auto* dialog = new EvaluateDialog(std::move(training), std::move(painted), options,
                                      QDir(datasetFolder).filePath(QStringLiteral("evaluation.json")), this);
    dialog->offerMoreRealData(std::move(moreReal), std::move(testWithout));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EvaluateDialog::finished, this, [this](bool, const QString& message) { Q_EMIT statusMessage(message); });
    dialog->show();
    return dialog;
}

void SynthesiseWorkspace::showVolumePage(bool on) { pages_->setCurrentIndex(on ? 1 : 0); }

void SynthesiseWorkspace::refreshStudyModel() { panel_->setStudyModelAvailable(!study_->modelPath().isEmpty()); }

void SynthesiseWorkspace::openModel(const QString& folder) {
    if (folder.isEmpty()) return;
    service_->loadModel(folder);
}

void SynthesiseWorkspace::openFusionModel(const QString& folder) {
    fusionRequested_ = folder;
    service_->loadFusionModel(folder);
}

void SynthesiseWorkspace::rememberModel(const QString& folder) {
    QSettings settings;
    QStringList recent = settings.value(QLatin1String(kRecentKey)).toStringList();
    recent.removeAll(folder);
    recent.prepend(folder);
    while (recent.size() > 8) recent.removeLast();
    settings.setValue(QLatin1String(kRecentKey), recent);
    panel_->setRecentModels(recent);
}

void SynthesiseWorkspace::onModelLoaded(const ModelInfo& info) {
    model_ = info;
    panel_->showModel(info);
    rememberModel(info.folder);
    Q_EMIT statusMessage(tr("Model %1 open (%2 preset)").arg(info.folder, info.preset));
    if (!condition_->hasVolume()) {
        if (info.trainingSlice.width > 0) startFromTrainingSlice();
        else startFromStudySlice();
    } else {
        scheduleGeneration();
    }
}

void SynthesiseWorkspace::setCondition(CtVolume ct, LabelMap labels, const QString& name) {
    condition_->setStudy(std::move(ct), std::move(labels), name);
    canvas_->fitToWindow();
}

void SynthesiseWorkspace::startFromTrainingSlice() {
    if (model_.trainingSlice.width <= 0) return;
    setCondition(volumeFromEngineSlice(model_.trainingSlice), labelsFromEngineSlice(model_.trainingSlice),
                 tr("the model's training slice"));
}

void SynthesiseWorkspace::startFromStudySlice() {
    if (study_->hasVolume()) startFromStudySlice(study_->slice(), study_->labels(), QString());
}

void SynthesiseWorkspace::startFromStudySlice(int k, const LabelMap& labels, const QString& note) {
    ConditionSlice c = studySliceCondition(study_->volume(), labels, k);
    setCondition(std::move(c.ct), std::move(c.labels), tr("slice %1 of %2%3").arg(k + 1).arg(study_->displayName(), note));
}

bool SynthesiseWorkspace::startFromStudySliceWithLesions(const QString& lesionVolume) {
    if (!study_->hasVolume()) return false;
    try {
        const LesionPlacement p = placeLesions(study_->labels(), readLabelMap(lesionVolume.toStdString()));
        int k = study_->slice();
        if (k < p.firstLungSlice || k > p.lastLungSlice) k = (p.firstLungSlice + p.lastLungSlice) / 2;
        study_->setSlice(k);
        startFromStudySlice(k, p.labels, tr(" + lesions of %1").arg(QFileInfo(lesionVolume).fileName()));
        Q_EMIT statusMessage(tr("Lesions of %1 placed into the lungs of slice %2 (the study's labels are unchanged)")
                                 .arg(QFileInfo(lesionVolume).fileName()).arg(k + 1));
        return true;
    } catch (const std::exception& e) {
        Q_EMIT statusMessage(tr("Cannot place lesions: %1").arg(messageText(e)));
        return false;
    }
}

void SynthesiseWorkspace::startBlank() {
    if (!condition_->hasVolume()) startFromStudySlice();
    if (!condition_->hasVolume()) return;
    CtVolume ct = condition_->volume();
    setCondition(std::move(ct), LabelMap(condition_->volume().geometry(), uint8_t(0)), tr("a blank condition"));
}

bool SynthesiseWorkspace::importCondition(const QString& path) {
    try {
        ConditionSlice c = readConditionFile(path);
        setCondition(std::move(c.ct), std::move(c.labels), QFileInfo(path).fileName());
        return true;
    } catch (const std::exception& e) {
        Q_EMIT statusMessage(tr("Cannot import %1: %2").arg(path, messageText(e)));
        return false;
    }
}

void SynthesiseWorkspace::scheduleGeneration() {
    sinceEdit_.start();
    if (hasModel() && condition_->hasVolume()) {
        generated_->setUpdating(true);
        debounce_->start();
    }
}

void SynthesiseWorkspace::showPyramid() { generateNow(1, true); }

void SynthesiseWorkspace::generateNow(int count, bool pyramid) {
    if (!hasModel() || !condition_->hasVolume()) return;
    GenerationRequest r;
    r.mask.width = condition_->volume().columns();
    r.mask.height = condition_->volume().rows();
    r.mask.labels = condition_->labels().sliceCopy(0);
    r.mask.source = "condition canvas";
    r.options = panel_->options();
    r.options.intermediates = pyramid;
    r.fuse = panel_->fusionOn();
    r.fusion = panel_->fusion();
    r.count = count;
    generated_->setUpdating(true);
    const quint64 id = service_->request(std::move(r));
    if (pyramid) pyramidId_ = id;
    else if (count > 1) variantsId_ = id;
    else latestId_ = id;
}

void SynthesiseWorkspace::onGenerated(const GenerationResult& r) {
    if (r.id == variantsId_ && r.id != 0) {
        variantsId_ = 0;
        if (!r.error.isEmpty()) Q_EMIT statusMessage(tr("No variants: %1").arg(r.error));
        else if (interactive_) (new VariantsDialog(r.images, panel_->options().seed, this))->open();
        Q_EMIT statusMessage(tr("%1 variants in %2 ms").arg(r.images.size()).arg(qRound(r.milliseconds)));
        generated_->setUpdating(service_->busy());
        return;
    }
    if (r.id == pyramidId_ && r.id != 0) {
        pyramidId_ = 0;
        pyramid_ = r;
        generated_->setUpdating(service_->busy());
        if (!r.error.isEmpty()) Q_EMIT statusMessage(tr("No pyramid: %1").arg(r.error));
        else if (interactive_) (new PyramidDialog(r.stages, r.stageNames, r.images.front(), this))->open();
        Q_EMIT pyramidShown();
        return;
    }
    if (r.id != latestId_) return;  // an older image: a newer one is coming
    generated_->setUpdating(service_->busy() || debounce_->isActive());
    engineMs_ = r.milliseconds;
    latencyMs_ = sinceEdit_.isValid() ? double(sinceEdit_.nsecsElapsed()) / 1e6 : r.milliseconds;
    if (!r.error.isEmpty()) {
        generated_->setMessage(r.error);
    } else {
        QString caption = tr("%1 ms after the edit (engine %2 ms) · seed %3")
                              .arg(qRound(latencyMs_)).arg(qRound(engineMs_)).arg(panel_->options().seed);
        if (!r.zetas.isEmpty()) caption += tr(" · fused, ζ = %1").arg(r.zetas.front(), 0, 'f', 2);
        generated_->setImage(r.images.front(), caption);
    }
    Q_EMIT imageShown();
}

bool SynthesiseWorkspace::saveResult(const QString& imagePath) {
    const QImage& img = generated_->image();
    if (img.isNull() || !condition_->hasVolume()) return false;
    const bool volume = isWritableVolumePath(imagePath.toStdString());
    const QString conditionPath = conditionPathFor(imagePath);
    if (!volume && QFileInfo::exists(conditionPath)) {
        Q_EMIT statusMessage(tr("Not saved: %1 exists already; choose another name").arg(conditionPath));
        return false;
    }
    try {
        saveGeneratedSlice(img, {condition_->volume(), condition_->labels()}, imagePath);
    } catch (const std::exception& e) {
        Q_EMIT statusMessage(tr("Not saved: %1").arg(messageText(e)));
        return false;
    }
    Q_EMIT statusMessage(volume ? tr("Saved %1 and its labels beside it").arg(imagePath)
                                : tr("Saved %1 and its condition (labels 0..3) %2").arg(imagePath, conditionPath));
    return true;
}

}  // namespace cosingan::ui
