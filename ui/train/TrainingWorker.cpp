#include "TrainingWorker.h"

#include "util/JobControl.h"
#include "util/Memory.h"
#include "ui/common/MessageText.h"

#include <sched.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace cosingan::ui {

TrainingWorker::TrainingWorker(gan::TrainingRequest request) : request_(std::move(request)), thread_(this) {}

TrainingWorker::~TrainingWorker() {
    cancel();
    thread_.wait();
}

void TrainingWorker::Thread::run() {
    // SCHED_BATCH, not a lower nice level: the training keeps its fair share of the CPU against
    // other programs (at nice 10 any busy process took ~90 % of it, and a 7-minute CLI training took
    // 40 in the app), while the scheduler stops letting it preempt the GUI thread when that wakes up.
    // The compute threads it starts inherit the policy.
    sched_param none{};
    sched_setscheduler(pid_t(syscall(SYS_gettid)), SCHED_BATCH, &none);
    worker_->run();
}

void TrainingWorker::start() {
    cancel_ = false;
    paused_ = false;
    thread_.start();
}

void TrainingWorker::run() {
    retainFreedMemory(true);  // as the command line does: no page-fault storm at every iteration
    struct GiveBack {
        ~GiveBack() { retainFreedMemory(false); }
    } giveBack;
    try {
        gan::trainCoSinGAN(request_, *this);
        Q_EMIT finished(true, false, QString());
    } catch (const JobCancelled&) {
        Q_EMIT finished(false, true, QString());
    } catch (const std::exception& e) {
        Q_EMIT finished(false, false, messageText(e));
    }
}

void TrainingWorker::pause() { paused_ = true; }

void TrainingWorker::resume() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        paused_ = false;
    }
    resumed_.notify_all();
}

void TrainingWorker::cancel() {
    cancel_ = true;
    resume();
}

bool TrainingWorker::wait(int ms) { return thread_.wait(QDeadlineTimer(ms)); }

bool TrainingWorker::stopRequested() {
    if (paused_ && !cancel_) {
        std::unique_lock<std::mutex> lock(mutex_);
        resumed_.wait(lock, [this] { return !paused_ || cancel_; });
    }
    return cancel_;
}

void TrainingWorker::onProgress(const gan::TrainingProgress& p) {
    std::lock_guard<std::mutex> lock(mutex_);
    pending_.hasProgress = true;
    pending_.progress = p;
    if (p.losses.empty()) return;
    const int stage = p.phase == gan::TrainingPhase::Stage1 ? 1 : p.phase == gan::TrainingPhase::Stage2 ? 2 : 0;
    pending_.losses.push_back({p.scaleIndex, stage, p.iteration, p.losses});
}

void TrainingWorker::onPreview(const gan::TrainingPreview& p) {
    std::lock_guard<std::mutex> lock(mutex_);
    // Only the newest preview of each scale and stage matters.
    for (auto& q : pending_.previews)
        if (q.scaleIndex == p.scaleIndex && q.stage == p.stage) {
            q = p;
            return;
        }
    pending_.previews.push_back(p);
}

void TrainingWorker::onMessage(const UserMessage& m) {
    std::lock_guard<std::mutex> lock(mutex_);
    pending_.messages.push_back(m);
}

TrainingUpdate TrainingWorker::drain() {
    std::lock_guard<std::mutex> lock(mutex_);
    TrainingUpdate out = std::move(pending_);
    pending_ = TrainingUpdate();
    return out;
}

}  // namespace cosingan::ui
