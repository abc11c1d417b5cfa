#include "VolumePage.h"

#include "io/VolumeIO.h"
#include "render/LabelSurfaceView.h"
#include "render/VolumeViews.h"
#include "synth/LesionPlacement.h"
#include "ui/common/StudioDocument.h"
#include "ui/common/MessageText.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>

namespace cosingan::ui {

VolumePage::VolumePage(StudioDocument* study, GenerationService* service, QWidget* parent)
    : QWidget(parent), study_(study), service_(service) {
    start_ = new QPushButton(tr("Synthesise Volume"), this);
    start_->setToolTip(tr("Every slice of the study that has lungs, from its labels; the others are kept from the real CT"));
    lesions_ = new QPushButton(tr("Place Lesions From…"), this);
    lesions_->setToolTip(tr("A lesion mask volume of another study (e.g. MosMed), placed into this study's lungs"));
    cancel_ = new QPushButton(tr("Cancel"), this);
    cancel_->setEnabled(false);
    save_ = new QPushButton(tr("Save Volume…"), this);
    save_->setEnabled(false);
    showStudy_ = new QPushButton(tr("Show Study"), this);
    showStudy_->setToolTip(tr("The real study in the reformatted and 3-D views"));
    window_ = new QComboBox(this);
    for (const WindowPresetInfo& p : windowPresets())
        if (p.id != WindowPreset::Custom) window_->addItem(StudioDocument::windowPresetName(p), int(p.id));
    window_->setToolTip(tr("Window of the reformatted views"));
    opacity_ = new QSlider(Qt::Horizontal, this);
    opacity_->setRange(0, 100);
    opacity_->setValue(35);
    opacity_->setMaximumWidth(90);
    opacity_->setToolTip(tr("Label overlay opacity"));
    outline_ = new QCheckBox(tr("Outline"), this);
    outline_->setToolTip(tr("Draw the labels as outlines in each plane instead of filled"));
    progress_ = new QProgressBar(this);
    progress_->setRange(0, 1000);
    progress_->setTextVisible(true);
    progress_->setFormat(QString());
    note_ = new QLabel(tr("The synthetic volume will appear above the real one, with linked cursors."), this);
    note_->setWordWrap(true);
    auto* controls = new QHBoxLayout;
    for (QWidget* w : {static_cast<QWidget*>(start_), static_cast<QWidget*>(lesions_), static_cast<QWidget*>(cancel_),
                       static_cast<QWidget*>(save_)})
        controls->addWidget(w);
    controls->addWidget(progress_, 1);
    auto* display = new QHBoxLayout;
    display->addWidget(showStudy_);
    display->addWidget(new QLabel(tr("Window"), this));
    display->addWidget(window_);
    display->addWidget(new QLabel(tr("Labels"), this));
    display->addWidget(opacity_);
    display->addWidget(outline_);
    display->addStretch(1);
    viewsArea_ = new QWidget(this);
    new QGridLayout(viewsArea_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addLayout(display);
    layout->addWidget(note_);
    layout->addWidget(viewsArea_, 1);

    connect(start_, &QPushButton::clicked, this, &VolumePage::synthesizeRequested);
    connect(cancel_, &QPushButton::clicked, this, &VolumePage::cancel);
    connect(showStudy_, &QPushButton::clicked, this, &VolumePage::showStudy);
    connect(window_, &QComboBox::currentIndexChanged, this, &VolumePage::applyDisplay);
    connect(opacity_, &QSlider::valueChanged, this, &VolumePage::applyDisplay);
    connect(outline_, &QCheckBox::toggled, this, &VolumePage::applyDisplay);
    connect(lesions_, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Lesion mask volume"), QString(), tr("NIfTI (*.nii *.nii.gz)"));
        if (!path.isEmpty()) placeLesions(path);
    });
    connect(save_, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the synthetic volume"), QString(), tr("NIfTI (*.nii.gz *.nii)"));
        if (!path.isEmpty()) save(path);
    });
    connect(service_, &GenerationService::volumeProgress, this, &VolumePage::onProgress);
    connect(service_, &GenerationService::volumeDone, this, &VolumePage::onDone);
    connect(service_, &GenerationService::volumeFailed, this, &VolumePage::onFailed);
    connect(study_, &StudioDocument::studyChanged, this, [this] { lesionLabels_.reset(); });
}

bool VolumePage::placeLesions(const QString& lesionVolume) {
    try {
        const LesionPlacement p = cosingan::placeLesions(study_->labels(), readLabelMap(lesionVolume.toStdString()));
        lesionLabels_ = std::make_shared<LabelMap>(p.labels);
        lesionName_ = QFileInfo(lesionVolume).fileName();
        note_->setText(tr("Lesions of %1 placed into slices %2–%3: %4 voxels of infection (%5 outside the lungs dropped). "
                          "They are used by the next synthesis; the study's own labels are unchanged.")
                           .arg(lesionName_).arg(p.firstLungSlice + 1).arg(p.lastLungSlice + 1).arg(p.placed).arg(p.outsideLungs));
        return true;
    } catch (const std::exception& e) {
        Q_EMIT statusMessage(tr("Cannot place lesions: %1").arg(messageText(e)));
        return false;
    }
}

void VolumePage::synthesize(const gan::SynthesisOptions& options) {
    if (running_ || !study_->hasVolume()) return;
    VolumeJob job;
    job.labels = lesionLabels_ ? *lesionLabels_ : study_->labels();
    job.reference = std::make_shared<CtVolume>(study_->volume());
    job.options = options;
    job.options.batchSize = 8;
    running_ = true;
    start_->setEnabled(false);
    cancel_->setEnabled(true);
    progress_->setValue(0);
    clock_.start();
    service_->synthesizeVolume(std::move(job));
}

void VolumePage::cancel() {
    if (running_) service_->cancelVolume();
}

void VolumePage::onProgress(double fraction, const QString& message) {
    progress_->setValue(int(fraction * 1000));
    const double seconds = clock_.elapsed() / 1000.0;
    const QString eta = fraction > 0.02 ? tr(", about %1 s left").arg(qRound(seconds * (1 - fraction) / fraction)) : QString();
    progress_->setFormat(tr("%1%2").arg(message, eta));
}

void VolumePage::ensureViews() {
    if (synthetic_) return;
    // Created on first use: the OpenGL views cost nothing until a volume exists.
    auto* grid = static_cast<QGridLayout*>(viewsArea_->layout());
    grid->setContentsMargins(0, 0, 0, 0);
    synthetic_ = new render::VolumeViews(viewsArea_);
    real_ = new render::VolumeViews(viewsArea_);
    surfaces_ = new render::LabelSurfaceView(viewsArea_);
    grid->addWidget(new QLabel(tr("Synthetic"), viewsArea_), 0, 0);
    grid->addWidget(synthetic_, 1, 0);
    grid->addWidget(new QLabel(tr("Real"), viewsArea_), 2, 0);
    grid->addWidget(real_, 3, 0);
    grid->addWidget(new QLabel(tr("Labels in 3-D (drag to rotate)"), viewsArea_), 0, 1);
    grid->addWidget(surfaces_, 1, 1, 3, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(1, 1);
    grid->setRowStretch(3, 1);
    // One cursor for all: a click in any view moves every plane.
    connect(synthetic_, &render::VolumeViews::cursorChanged, this, [this](const render::Point3& p) {
        if (real_->cursor() != p) real_->setCursor(p);
        surfaces_->setCursor(p);
    });
    connect(real_, &render::VolumeViews::cursorChanged, this, [this](const render::Point3& p) {
        if (synthetic_->cursor() != p) synthetic_->setCursor(p);
    });
}

void VolumePage::applyDisplay() {
    if (!synthetic_) return;
    const WindowLevel w = windowPreset(WindowPreset(window_->currentData().toInt())).window;
    for (render::VolumeViews* v : {synthetic_, real_}) {
        v->setWindow(w);
        v->setLabelOpacity(opacity_->value() / 100.0);
        if (v->labelOutline() != outline_->isChecked()) v->setLabelOutline(outline_->isChecked());
    }
}

void VolumePage::showStudy() {
    if (!study_->hasVolume()) return;
    ensureViews();
    real_->setVolume(study_->volume(), &study_->labels());
    surfaces_->setLabels(study_->labels());
    if (!result_) synthetic_->hide();
    applyDisplay();
}

void VolumePage::onDone(const VolumeResult& volume) {
    running_ = false;
    result_ = volume;
    start_->setEnabled(true);
    cancel_->setEnabled(false);
    save_->setEnabled(true);
    progress_->setValue(1000);
    progress_->setFormat(tr("%1 slices generated in %2 s").arg(volume->generatedSlices).arg(clock_.elapsed() / 1000.0, 0, 'f', 1));
    ensureViews();
    synthetic_->show();
    synthetic_->setVolume(volume->ct, &volume->labels);
    real_->setVolume(study_->volume(), &study_->labels());
    surfaces_->setLabels(volume->labels);
    applyDisplay();
    note_->setText(tr("Synthetic CT: %1 slices generated, %2 kept from the real CT%3. Click any view to move all cursors.")
                       .arg(volume->generatedSlices).arg(volume->referenceSlices)
                       .arg(lesionName_.isEmpty() || !lesionLabels_ ? QString() : tr(", lesions from %1").arg(lesionName_)));
    Q_EMIT finished(true);
}

void VolumePage::onFailed(const QString& message, bool cancelled) {
    running_ = false;
    start_->setEnabled(true);
    cancel_->setEnabled(false);
    progress_->setValue(0);
    progress_->setFormat(cancelled ? tr("Cancelled: nothing was produced") : tr("Failed"));
    if (!cancelled) Q_EMIT statusMessage(tr("Volume synthesis failed: %1").arg(message));
    Q_EMIT finished(false);
}

bool VolumePage::save(const QString& ctPath) {
    if (!result_) return false;
    try {
        writeSynthesizedVolume(*result_, ctPath.toStdString());
        Q_EMIT statusMessage(tr("Saved %1 and its labels %2").arg(ctPath, QString::fromStdString(labelsPathFor(ctPath.toStdString()))));
        return true;
    } catch (const std::exception& e) {
        Q_EMIT statusMessage(tr("Not saved: %1").arg(messageText(e)));
        return false;
    }
}

}  // namespace cosingan::ui
