#include "TrainingProgressBox.h"

#include "PyramidStrip.h"
#include "TrainingSession.h"
#include "ui/common/EventLoopMonitor.h"

#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

#include <cmath>

namespace cosingan::ui {

namespace {
QString duration(double s) {
    if (s >= 3600) return QObject::tr("%1 h %2 min").arg(int(s / 3600)).arg(int(s / 60) % 60);
    if (s >= 60) return QObject::tr("%1 min %2 s").arg(int(s / 60)).arg(int(s) % 60);
    return QObject::tr("%1 s").arg(int(s));
}
}  // namespace

TrainingProgressBox::TrainingProgressBox(TrainingSession* session, EventLoopMonitor* latency, QWidget* parent)
    : QGroupBox(tr("Progress"), parent), session_(session), latency_(latency) {
    auto* layout = new QVBoxLayout(this);
    overall_ = new QProgressBar(this);
    overall_->setFormat(tr("Overall %p%"));
    stage_ = new QProgressBar(this);
    stageText_ = new QLabel(this);
    speed_ = new QLabel(this);
    speed_->setStyleSheet(QStringLiteral("color: #9aa3ad;"));
    layout->addWidget(overall_);
    layout->addWidget(stageText_);
    layout->addWidget(stage_);
    layout->addWidget(speed_);
    layout->addWidget(new PyramidStrip(session_, this), 1);
    connect(session_, &TrainingSession::progressChanged, this, &TrainingProgressBox::refresh);
    connect(session_, &TrainingSession::previewsChanged, this, &TrainingProgressBox::refresh);  // a model opened
    connect(session_, &TrainingSession::stateChanged, this, &TrainingProgressBox::refresh);
    refresh();
}

QString TrainingProgressBox::phaseText() const {
    const gan::TrainingProgress& p = session_->progress();
    const auto state = session_->state();
    QString what;
    switch (p.phase) {
    case gan::TrainingPhase::Segmentation: what = tr("Segmentation U-Net pre-training"); break;
    case gan::TrainingPhase::Stage1:
    case gan::TrainingPhase::Stage2:
        what = tr("Scale %1 of %2 (%3 px) · stage %4").arg(p.scaleIndex + 1).arg(p.scaleCount).arg(p.scaleSize)
                   .arg(p.phase == gan::TrainingPhase::Stage1 ? 1 : 2);
        break;
    case gan::TrainingPhase::Finished: what = tr("Finished"); break;
    default: what = state == TrainingSession::State::Idle ? tr("Not started") : tr("Preparing");
    }
    if (state == TrainingSession::State::Finished) what = tr("Finished");
    if (state == TrainingSession::State::Paused) what += tr(" — paused");
    if (state == TrainingSession::State::Stopping) what += tr(" — stopping");
    if (state == TrainingSession::State::Stopped) what = tr("Stopped (resumable)");
    if (state == TrainingSession::State::Failed) what = tr("Failed: %1").arg(session_->lastError());
    return what;
}

void TrainingProgressBox::refresh() {
    const gan::TrainingProgress& p = session_->progress();
    const auto state = session_->state();
    overall_->setValue(state == TrainingSession::State::Finished ? 100 : int(std::lround(p.overallFraction * 100)));
    stage_->setMaximum(std::max(1, p.iterations));
    stage_->setValue(p.iteration);
    const QString what = phaseText();
    stageText_->setText(p.iterations > 0 && session_->busy() ? tr("%1 · iteration %2 of %3").arg(what).arg(p.iteration).arg(p.iterations) : what);
    if (session_->busy()) {
        QString device = QString::fromStdString(p.device);
        if (p.memoryInUseMb >= 0) device += tr(" · %1 GB in use").arg(p.memoryInUseMb / 1024.0, 0, 'f', 1);
        const TrainingEta& eta = session_->eta();
        const double left = eta.secondsLeft();
        QString text = tr("%1 it/s · about %2 left · running %3 · UI latency %4 ms").arg(p.iterationsPerSecond, 0, 'f', 1)
                           .arg(left >= 0 ? duration(left) : tr("(measuring)")).arg(duration(session_->elapsedSeconds()))
                           .arg(latency_->percentileLatencyMs(95), 0, 'f', 0);
        if (eta.cpuShared())
            text += tr("\nOther programs are using the CPU: this training gets %1 % of it, and takes longer while they run")
                        .arg(int(std::lround(100 * eta.cpuShare())));
        speed_->setText(text + (device.isEmpty() ? QString() : QStringLiteral("\n") + device));
    } else if (state == TrainingSession::State::Finished) {
        stage_->setValue(stage_->maximum());
        speed_->setText((session_->runSeconds() > 0 ? tr("Trained in %1 · model in %2").arg(duration(session_->runSeconds()), session_->modelFolder())
                                                    : tr("Model in %1").arg(session_->modelFolder())) +
                        trainedOn());
    } else if (state == TrainingSession::State::Stopped) {
        speed_->setText(tr("Stopped after %1; the checkpoint is in %2").arg(duration(session_->runSeconds()), session_->modelFolder()) +
                        trainedOn());
    } else {
        speed_->clear();
    }
}

QString TrainingProgressBox::trainedOn() const {
    // The slice the model learnt from, which need not be the slice the study shows now.
    const gan::SliceData& t = session_->trainingSlice();
    if (t.source.empty()) return QString();
    const QString name = QFileInfo(QString::fromStdString(t.source)).fileName();
    return t.sliceIndex >= 0 ? tr("\nTrained on %1, slice %2 (%3 × %4)").arg(name).arg(t.sliceIndex + 1).arg(t.width).arg(t.height)
                             : tr("\nTrained on %1 (%2 × %3)").arg(name).arg(t.width).arg(t.height);
}

}  // namespace cosingan::ui
