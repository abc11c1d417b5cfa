#pragma once
// The Train workspace's progress box, bound to a training session: overall and stage progress,
// what is being trained, speed, time left, the share of the CPU it gets, the UI's latency, the
// device's memory, and when it ends where the model is and what it learnt from; the pyramid strip.
#include <QGroupBox>

class QLabel;
class QProgressBar;

namespace cosingan::ui {

class EventLoopMonitor;
class TrainingSession;

class TrainingProgressBox : public QGroupBox {
    Q_OBJECT
public:
    TrainingProgressBox(TrainingSession* session, EventLoopMonitor* latency, QWidget* parent = nullptr);

private:
    void refresh();  // on every change of the session's progress, previews or state
    QString phaseText() const;
    QString trainedOn() const;

    TrainingSession* session_;
    EventLoopMonitor* latency_;
    QProgressBar* overall_;
    QProgressBar* stage_;
    QLabel* stageText_;
    QLabel* speed_;
};

}  // namespace cosingan::ui
