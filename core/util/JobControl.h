#pragma once
// How long jobs (loading, training, synthesis, export) report progress and learn that the user
// cancelled, without depending on Qt: the caller passes an implementation in, the job polls it.
#include <atomic>
#include <stdexcept>
#include <string>

namespace cosingan {

class JobControl {
public:
    virtual ~JobControl() = default;
    // fraction in [0,1] of the whole job; message says what is being done now.
    virtual void reportProgress(double fraction, const std::string& message) { (void)fraction; (void)message; }
    virtual bool isCancelRequested() const { return false; }
};

// Thrown by a job that stopped because cancellation was requested; whatever it had saved
// (a checkpoint, finished files) stays valid.
class JobCancelled : public std::runtime_error {
public:
    JobCancelled() : std::runtime_error("cancelled by the user") {}
};

// A ready-made control with an atomic cancel flag, for the CLI, worker threads and tests.
class CancelFlag : public JobControl {
public:
    void cancel() { cancelled_ = true; }
    void reset() { cancelled_ = false; }
    bool isCancelRequested() const override { return cancelled_; }

private:
    std::atomic<bool> cancelled_{false};
};

}  // namespace cosingan
