#pragma once
// Runs a CoSinGAN training in a worker thread (QThread) and hands what it reports to the GUI
// without flooding it: the engine's observer writes progress, loss values and previews into a
// mutex-protected feed, and the GUI drains the feed on its own timer (a few times a second), so
// one iteration never costs one redraw. Pause blocks the training thread between iterations;
// cancel makes the engine write a checkpoint and stop.
#include "gan/Training.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <vector>

namespace cosingan::ui {

struct LossSample {
    int scale = 0, stage = 0, iteration = 0;  // stage 0: segmentation pre-training
    std::vector<std::pair<std::string, double>> values;
};

// What accumulated since the last drain.
struct TrainingUpdate {
    bool hasProgress = false;
    gan::TrainingProgress progress;
    std::vector<LossSample> losses;
    std::vector<gan::TrainingPreview> previews;
    std::vector<UserMessage> messages;
};

class TrainingWorker : public QObject, public gan::TrainingObserver {
    Q_OBJECT
public:
    explicit TrainingWorker(gan::TrainingRequest request);
    ~TrainingWorker() override;

    // Starts the training in its own thread (SCHED_BATCH: full CPU share, no preemption of the GUI).
    void start();
    void pause();
    void resume();
    void cancel();
    bool isPaused() const { return paused_; }
    bool isRunning() const { return thread_.isRunning(); }
    // Waits for the thread to end (after cancel), at most ms milliseconds.
    bool wait(int ms);

    TrainingUpdate drain();
    const gan::TrainingRequest& request() const { return request_; }

Q_SIGNALS:
    // Emitted in the worker thread, delivered queued: finished normally, stopped, or failed.
    void finished(bool completed, bool cancelled, const QString& error);

private:
    void run();
    void onProgress(const gan::TrainingProgress& p) override;
    void onPreview(const gan::TrainingPreview& p) override;
    void onMessage(const UserMessage& m) override;
    bool stopRequested() override;

    class Thread : public QThread {
    public:
        explicit Thread(TrainingWorker* w) : worker_(w) {}
    protected:
        void run() override;
    private:
        TrainingWorker* worker_;
    };

    gan::TrainingRequest request_;
    Thread thread_;
    std::mutex mutex_;
    std::condition_variable resumed_;
    TrainingUpdate pending_;
    std::atomic<bool> cancel_{false}, paused_{false};
};

}  // namespace cosingan::ui
