#include "TrainingIndicator.h"

#include "TrainingSession.h"
#include "ui/common/Icons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

#include <cmath>

namespace cosingan::ui {

TrainingIndicator::TrainingIndicator(TrainingSession* session, QWidget* parent) : QWidget(parent), session_(session) {
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    text_ = new QLabel(this);
    text_->setCursor(Qt::PointingHandCursor);
    text_->setToolTip(tr("Training in progress: click to show the Train workspace"));
    text_->installEventFilter(this);
    bar_ = new QProgressBar(this);
    bar_->setRange(0, 1000);
    bar_->setTextVisible(false);
    bar_->setFixedSize(90, 10);
    pause_ = new QToolButton(this);
    pause_->setAutoRaise(true);
    stop_ = new QToolButton(this);
    stop_->setAutoRaise(true);
    stop_->setText(tr("Stop"));
    stop_->setIcon(actionIcon("stop"));
    stop_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    pause_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    stop_->setToolTip(tr("Stop the training after the current iteration; it can be resumed"));
    row->addWidget(text_);
    row->addWidget(bar_);
    row->addWidget(pause_);
    row->addWidget(stop_);
    connect(pause_, &QToolButton::clicked, this, [this] {
        if (session_->state() == TrainingSession::State::Paused) session_->resume();
        else session_->pause();
    });
    connect(stop_, &QToolButton::clicked, session_, &TrainingSession::cancel);
    connect(session_, &TrainingSession::progressChanged, this, &TrainingIndicator::update);
    connect(session_, &TrainingSession::stateChanged, this, &TrainingIndicator::update);
    update();
}

QString TrainingIndicator::text() const { return isHidden() ? QString() : text_->text(); }

bool TrainingIndicator::eventFilter(QObject* watched, QEvent* event) {
    if (watched == text_ && event->type() == QEvent::MouseButtonRelease) Q_EMIT showTrainingRequested();
    return QWidget::eventFilter(watched, event);
}

void TrainingIndicator::update() {
    const auto state = session_->state();
    setVisible(session_->busy());
    if (!session_->busy()) return;
    const double f = session_->progress().overallFraction;
    bar_->setValue(int(std::lround(f * 1000)));
    QString what = state == TrainingSession::State::Paused     ? tr("Training paused")
                   : state == TrainingSession::State::Stopping ? tr("Training stopping")
                                                               : tr("Training");
    text_->setText(tr("%1 %2 %").arg(what).arg(int(std::lround(f * 100))));
    pause_->setText(state == TrainingSession::State::Paused ? tr("Resume") : tr("Pause"));
    pause_->setIcon(actionIcon(state == TrainingSession::State::Paused ? "play" : "pause"));
    pause_->setEnabled(state == TrainingSession::State::Running || state == TrainingSession::State::Paused);
    stop_->setEnabled(pause_->isEnabled());
}

}  // namespace cosingan::ui
