#pragma once
// A compact view of the running training for the status bar, so that it is visible from every
// workspace: what trains and how far (a small progress bar), Pause/Resume and Stop, and a click on
// the text that brings the Train workspace forward. Hidden while nothing trains.
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace cosingan::ui {

class TrainingSession;

class TrainingIndicator : public QWidget {
    Q_OBJECT
public:
    explicit TrainingIndicator(TrainingSession* session, QWidget* parent = nullptr);

    QString text() const;  // what the indicator says; for tests

Q_SIGNALS:
    void showTrainingRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void update();

    TrainingSession* session_;
    QLabel* text_;
    QProgressBar* bar_;
    QToolButton* pause_;
    QToolButton* stop_;
};

}  // namespace cosingan::ui
