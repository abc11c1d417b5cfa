#include "SynthesisPanel.h"

#include "GenerationService.h"
#include "ui/common/DropoutControl.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cosingan::ui {

SynthesisPanel::SynthesisPanel(QWidget* parent) : QWidget(parent) {
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(modelGroup());
    column->addWidget(conditionGroup());
    column->addWidget(diversityGroup());
    column->addWidget(outputGroup());
    column->addStretch(1);
}

QWidget* SynthesisPanel::modelGroup() {
    auto* box = new QGroupBox(tr("Model"), this);
    auto* layout = new QVBoxLayout(box);
    modelName_ = new QLabel(tr("No model open."), box);
    modelName_->setWordWrap(true);
    layout->addWidget(modelName_);
    loading_ = new QProgressBar(box);
    loading_->setRange(0, 0);  // busy: loading verifies every weight file's checksum
    loading_->setFormat(tr("Loading and verifying…"));
    loading_->setTextVisible(true);
    loading_->hide();
    layout->addWidget(loading_);
    auto* row = new QHBoxLayout;
    auto* open = new QPushButton(tr("Open Model…"), box);
    studyModel_ = new QPushButton(tr("This Study's Model"), box);
    studyModel_->setToolTip(tr("The model trained on this study in the Train workspace"));
    row->addWidget(open);
    row->addWidget(studyModel_);
    layout->addLayout(row);
    recent_ = new QComboBox(box);
    recent_->setToolTip(tr("Recently used models"));
    layout->addWidget(recent_);
    connect(open, &QPushButton::clicked, this, &SynthesisPanel::openModelRequested);
    connect(studyModel_, &QPushButton::clicked, this, &SynthesisPanel::studyModelRequested);
    connect(recent_, &QComboBox::activated, this, [this](int i) {
        const QString folder = recent_->itemData(i).toString();
        if (!folder.isEmpty()) Q_EMIT recentModelRequested(folder);
    });
    return box;
}

QWidget* SynthesisPanel::conditionGroup() {
    auto* box = new QGroupBox(tr("Condition"), this);
    auto* grid = new QGridLayout(box);
    trainingSlice_ = new QPushButton(tr("Training Slice"), box);
    trainingSlice_->setToolTip(tr("Start from the labels the model was trained on"));
    auto* study = new QPushButton(tr("Study Slice"), box);
    study->setToolTip(tr("Start from the labels of the slice shown in Annotate"));
    auto* blank = new QPushButton(tr("Blank"), box);
    blank->setToolTip(tr("Start from nothing: paint the lungs, then infection"));
    auto* import = new QPushButton(tr("Import…"), box);
    import->setToolTip(tr("A label map or condition image (PNG, NIfTI)"));
    auto* lesions = new QPushButton(tr("Study Slice + Lesions…"), box);
    lesions->setToolTip(tr("The study slice with the lesions of a lesion mask volume (e.g. MosMed) placed into its lungs"));
    grid->addWidget(lesions, 2, 0, 1, 2);
    connect(lesions, &QPushButton::clicked, this, &SynthesisPanel::lesionsCondition);
    grid->addWidget(trainingSlice_, 0, 0);
    grid->addWidget(study, 0, 1);
    grid->addWidget(blank, 1, 0);
    grid->addWidget(import, 1, 1);
    connect(trainingSlice_, &QPushButton::clicked, this, &SynthesisPanel::startFromTrainingSlice);
    connect(study, &QPushButton::clicked, this, &SynthesisPanel::startFromStudySlice);
    connect(blank, &QPushButton::clicked, this, &SynthesisPanel::startBlank);
    connect(import, &QPushButton::clicked, this, &SynthesisPanel::importCondition);
    return box;
}

QWidget* SynthesisPanel::diversityGroup() {
    auto* box = new QGroupBox(tr("Diversity"), this);
    auto* form = new QFormLayout(box);
    rc_ = new QCheckBox(tr("Randomised condition (RC)"), box);
    rc_->setToolTip(tr("Every pixel's condition value drawn within its class interval (the paper's RC)"));
    form->addRow(rc_);
    auto* deltas = new QHBoxLayout;
    const char* names[3] = {QT_TR_NOOP("δb"), QT_TR_NOOP("δl"), QT_TR_NOOP("δi")};
    const double defaults[3] = {16, 16, 32};
    for (int i = 0; i < 3; ++i) {
        deltas_[i] = new QDoubleSpinBox(box);
        deltas_[i]->setRange(0, i == 2 ? 255 : 127);
        deltas_[i]->setDecimals(0);
        deltas_[i]->setValue(defaults[i]);
        deltas_[i]->setPrefix(tr(names[i]) + QStringLiteral(" "));
        deltas_[i]->setToolTip(tr("RC noise magnitude for background, lung and infection"));
        deltas->addWidget(deltas_[i]);
        connect(deltas_[i], &QDoubleSpinBox::valueChanged, this, &SynthesisPanel::optionsChanged);
    }
    form->addRow(deltas);
    dropout_ = new QCheckBox(tr("Dropout at synthesis (AD)"), box);
    dropout_->setEnabled(false);
    form->addRow(dropout_);
    auto* seedRow = new QHBoxLayout;
    seed_ = new QSpinBox(box);
    seed_->setRange(0, 999999);
    seed_->setValue(1);
    auto* reseed = new QPushButton(tr("New"), box);
    reseed->setToolTip(tr("Draw a new random seed"));
    seedRow->addWidget(seed_, 1);
    seedRow->addWidget(reseed);
    form->addRow(tr("Seed"), seedRow);
    // Image fusion (the paper's IF) with a second model.
    auto* fuseRow = new QHBoxLayout;
    fusionName_ = new QLabel(tr("none"), box);
    auto* chooseFusion = new QPushButton(tr("Choose…"), box);
    auto* clearFusion = new QPushButton(tr("None"), box);
    fuseRow->addWidget(fusionName_, 1);
    fuseRow->addWidget(chooseFusion);
    fuseRow->addWidget(clearFusion);
    form->addRow(tr("Fuse with"), fuseRow);
    auto* zetaRow = new QHBoxLayout;
    zeta_ = new QDoubleSpinBox(box);
    zeta_->setRange(-0.01, 1.0);
    zeta_->setSingleStep(0.1);
    zeta_->setValue(-0.01);
    zeta_->setSpecialValueText(tr("ζ random"));
    zeta_->setPrefix(tr("ζ "));
    zeta_->setToolTip(tr("Weight of this model's image: I = ζ·I₁ + (1 − ζ)·I₂; at the minimum, drawn per image"));
    betaAlpha_ = new QDoubleSpinBox(box);
    betaAlpha_->setRange(0, 100);
    betaAlpha_->setSpecialValueText(tr("U[0,1]"));
    betaAlpha_->setPrefix(tr("Beta α "));
    betaAlpha_->setToolTip(tr("A random ζ from Beta(α, α) instead of U[0,1] (the paper's suggested improvement)"));
    zetaRow->addWidget(zeta_);
    zetaRow->addWidget(betaAlpha_);
    form->addRow(QString(), zetaRow);
    for (QDoubleSpinBox* spin : {zeta_, betaAlpha_}) {
        spin->setEnabled(false);
        connect(spin, &QDoubleSpinBox::valueChanged, this, &SynthesisPanel::optionsChanged);
    }
    connect(chooseFusion, &QPushButton::clicked, this, &SynthesisPanel::fusionModelRequested);
    connect(clearFusion, &QPushButton::clicked, this, &SynthesisPanel::fusionCleared);
    connect(rc_, &QCheckBox::toggled, this, &SynthesisPanel::optionsChanged);
    connect(dropout_, &QCheckBox::toggled, this, &SynthesisPanel::optionsChanged);
    connect(seed_, &QSpinBox::valueChanged, this, &SynthesisPanel::optionsChanged);
    connect(reseed, &QPushButton::clicked, this, [this] { seed_->setValue(int(QRandomGenerator::global()->bounded(1000000))); });
    return box;
}

QWidget* SynthesisPanel::outputGroup() {
    auto* box = new QGroupBox(tr("Output"), this);
    auto* layout = new QVBoxLayout(box);
    auto* row = new QHBoxLayout;
    variants_ = new QSpinBox(box);
    variants_->setRange(2, 16);
    variants_->setValue(6);
    auto* variants = new QPushButton(tr("Generate Variants"), box);
    variants->setToolTip(tr("Several images of this condition with consecutive seeds (needs RC or dropout)"));
    row->addWidget(variants_);
    row->addWidget(variants, 1);
    layout->addLayout(row);
    auto* pyramid = new QPushButton(tr("Every Scale (Pyramid)…"), box);
    pyramid->setToolTip(tr("Each scale's stage-1 and stage-2 output of this image, with a demonstration from 32 px up"));
    layout->addWidget(pyramid);
    auto* save = new QPushButton(tr("Save Image and Condition…"), box);
    layout->addWidget(save);
    auto* exportDataset = new QPushButton(tr("Export Dataset…"), box);
    exportDataset->setToolTip(tr("A labelled synthetic dataset in nnU-Net's layout from the study's slices (File ▸ Export Dataset)"));
    layout->addWidget(exportDataset);
    connect(exportDataset, &QPushButton::clicked, this, &SynthesisPanel::exportRequested);
    connect(pyramid, &QPushButton::clicked, this, &SynthesisPanel::pyramidRequested);
    connect(variants, &QPushButton::clicked, this, &SynthesisPanel::variantsRequested);
    connect(save, &QPushButton::clicked, this, &SynthesisPanel::saveRequested);
    return box;
}

gan::SynthesisOptions SynthesisPanel::options() const {
    gan::SynthesisOptions o;
    o.randomCondition = rc_->isChecked();
    o.deltaBackground = deltas_[0]->value();
    o.deltaLung = deltas_[1]->value();
    o.deltaInfection = deltas_[2]->value();
    o.dropout = dropout_->isEnabled() && dropout_->isChecked();
    o.seed = uint64_t(seed_->value());
    o.batchSize = 1;
    return o;
}

gan::FusionOptions SynthesisPanel::fusion() const {
    gan::FusionOptions f;
    f.zeta = zeta_->value() < 0 ? -1 : zeta_->value();
    f.betaAlpha = betaAlpha_->value();
    return f;
}

void SynthesisPanel::showFusionModel(const QString& folder, const QString& description) {
    fusionFolder_ = folder;
    fusionName_->setText(folder.isEmpty() ? tr("none") : description);
    fusionName_->setToolTip(QDir::toNativeSeparators(folder));
    zeta_->setEnabled(!folder.isEmpty());
    betaAlpha_->setEnabled(!folder.isEmpty());
    Q_EMIT optionsChanged();
}

int SynthesisPanel::variantCount() const { return variants_->value(); }
void SynthesisPanel::setRandomCondition(bool on) { rc_->setChecked(on); }

void SynthesisPanel::showLoading(const QString& folder) {
    modelName_->setText(tr("Opening %1…").arg(QDir::toNativeSeparators(folder)));
    loading_->show();
}

void SynthesisPanel::showModel(const ModelInfo& info) {
    loading_->hide();
    const QString scales = info.scales == 1 ? tr("one scale") : tr("%1 scales").arg(info.scales);
    modelName_->setText(tr("<b>%1</b><br>%2 preset, %3 up to %4 px")
                            .arg(QDir(info.folder).dirName().toHtmlEscaped(), info.preset.toHtmlEscaped(), scales)
                            .arg(info.finestSize) +
                        (info.lungBox ? tr("<br>draws the lung box of each mask") : QString()));
    modelName_->setToolTip(QDir::toNativeSeparators(info.folder));
    showModelDropout(dropout_, info.hasDropout);
    trainingSlice_->setEnabled(info.trainingSlice.width > 0);
}

void SynthesisPanel::showModelError(const QString& message) {
    loading_->hide();
    modelName_->setText(tr("Cannot open the model: %1").arg(message.toHtmlEscaped()));
}

void SynthesisPanel::setStudyModelAvailable(bool available) { studyModel_->setEnabled(available); }

void SynthesisPanel::setRecentModels(const QStringList& folders) {
    recent_->clear();
    recent_->addItem(folders.isEmpty() ? tr("No recent models") : tr("Recent models…"));
    for (const QString& f : folders) recent_->addItem(QDir(f).dirName(), f);
    recent_->setEnabled(!folders.isEmpty());
}

}  // namespace cosingan::ui
