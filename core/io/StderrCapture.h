#pragma once
// Catches what libraries print on the process's standard error while this object lives (GDCM's
// and libjpeg's warnings about damaged pixel data go there and nowhere else), so that a reader can
// turn them into an error instead of letting a damaged scan through with a line on a terminal
// nobody watches. POSIX: file descriptor 2 is pointed at a pipe drained by a thread.
#include <string>
#include <thread>

namespace cosingan {

class StderrCapture {
public:
    StderrCapture();
    ~StderrCapture();  // restores standard error
    StderrCapture(const StderrCapture&) = delete;
    StderrCapture& operator=(const StderrCapture&) = delete;

    // Restores standard error and returns everything caught (idempotent).
    const std::string& finish();

private:
    int saved_ = -1, readEnd_ = -1;
    std::thread drain_;
    std::string text_;
    bool finished_ = false;
};

}  // namespace cosingan
