#pragma once
// The Train workspace's model: one training (running, paused, stopped, finished) or one loaded
// model, its loss curves per scale and stage, the latest output image of every scale and stage,
// and the progress. Views listen to its signals; they never touch the worker thread.
#include "TrainingEta.h"
#include "TrainingWorker.h"

#include <QElapsedTimer>
#include <QImage>
#include <QObject>
#include <QTimer>

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace cosingan::ui {

// Loss values of one stage of one scale (stage 0: the segmentation U-Net's pre-training).
struct StageTrace {
    int scale = 0, stage = 0;
    std::vector<int> iterations;
    std::map<std::string, std::vector<double>> values;
};

// Where a run was resumed: the first iteration that came after the resume.
struct ResumeMark {
    int scale = 0, stage = 0, iteration = 0;
};

class TrainingSession : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Running, Paused, Stopping, Finished, Stopped, Failed };
    Q_ENUM(State)

    explicit TrainingSession(QObject* parent = nullptr);
    ~TrainingSession() override;

    // Starts a training; false (with the reason) when the input or configuration is refused.
    bool start(gan::TrainingRequest request, QString* why);
    // Continues the checkpoint of a model folder.
    bool resumeFrom(const QString& folder, const QString& device, QString* why);
    void pause();
    void resume();
    void cancel();
    bool waitUntilStopped(int ms);
    // Shows an existing model: its curves from the manifest, its outputs for its training mask.
    bool loadModel(const QString& folder, QString* why);

    State state() const { return state_; }
    bool busy() const { return state_ == State::Running || state_ == State::Paused || state_ == State::Stopping; }
    const gan::TrainingProgress& progress() const { return progress_; }
    const gan::GanConfig& config() const { return config_; }
    const std::vector<StageTrace>& traces() const { return traces_; }
    const std::vector<ResumeMark>& resumeMarks() const { return resumeMarks_; }
    const TrainingEta& eta() const { return eta_; }  // time left by phase, and whether the CPU is shared
    QImage preview(int scale, int stage) const;
    int previewIteration(int scale, int stage) const;
    const gan::SliceData& trainingSlice() const { return slice_; }
    // The training slice as the model sees it: its lung box for a model trained on the lungs alone.
    gan::SliceData trainingField() const;
    QString modelFolder() const { return folder_; }
    QString lastError() const { return error_; }
    double elapsedSeconds() const { return elapsed_.isValid() ? elapsed_.elapsed() / 1000.0 : 0.0; }
    double runSeconds() const { return runSeconds_; }  // of the last run, once it ended

Q_SIGNALS:
    void stateChanged(cosingan::ui::TrainingSession::State state);
    void progressChanged();
    void lossesChanged();   // coalesced: at most a few times a second
    void previewsChanged();
    void message(const QString& text);
    void trainingEnded(bool completed);

private:
    void drain();
    void setState(State s);
    void onWorkerFinished(bool completed, bool cancelled, const QString& error);
    StageTrace& traceFor(int scale, int stage);
    bool launch(gan::TrainingRequest request, QString* why);

    std::unique_ptr<TrainingWorker> worker_;
    QTimer drainTimer_;
    QElapsedTimer elapsed_;
    double runSeconds_ = 0;
    State state_ = State::Idle;
    gan::TrainingProgress progress_;
    gan::GanConfig config_;
    gan::SliceData slice_;
    QString folder_, error_;
    std::vector<StageTrace> traces_;
    std::vector<ResumeMark> resumeMarks_;
    TrainingEta eta_;
    bool markNextSample_ = false;  // the next loss sample is the first after a resume
    std::map<std::pair<int, int>, std::pair<QImage, int>> previews_;
};

}  // namespace cosingan::ui
