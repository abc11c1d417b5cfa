#include "StderrCapture.h"

#include <cstdio>
#include <fcntl.h>
#include <iostream>
#include <unistd.h>

namespace cosingan {

StderrCapture::StderrCapture() {
    int fds[2];
    std::fflush(stderr);
    std::cerr.flush();
    if (::pipe2(fds, O_CLOEXEC) != 0) {
        finished_ = true;  // nothing captured; the read goes on with standard error as it was
        return;
    }
    saved_ = ::dup(2);
    ::dup2(fds[1], 2);
    ::close(fds[1]);
    readEnd_ = fds[0];
    drain_ = std::thread([this] {
        char buf[4096];
        for (;;) {
            const ssize_t n = ::read(readEnd_, buf, sizeof buf);
            if (n <= 0) break;
            if (text_.size() < (1u << 20)) text_.append(buf, size_t(n));
        }
    });
}

const std::string& StderrCapture::finish() {
    if (finished_) return text_;
    finished_ = true;
    std::fflush(stderr);
    std::cerr.flush();
    ::dup2(saved_, 2);  // closes the pipe's last write end: the drain thread sees end of file
    ::close(saved_);
    drain_.join();
    ::close(readEnd_);
    return text_;
}

StderrCapture::~StderrCapture() { finish(); }

}  // namespace cosingan
