#include "EventLoopMonitor.h"

#include <algorithm>

namespace cosingan::ui {

EventLoopMonitor::EventLoopMonitor(QObject* parent, int intervalMs) : QObject(parent), interval_(intervalMs) {
    timer_.setInterval(intervalMs);
    timer_.setTimerType(Qt::PreciseTimer);
    connect(&timer_, &QTimer::timeout, this, &EventLoopMonitor::tick);
}

void EventLoopMonitor::start() {
    clock_.start();
    last_ = -1;
    timer_.start();
}

void EventLoopMonitor::stop() { timer_.stop(); }

void EventLoopMonitor::reset() {
    latencies_.clear();
    last_ = -1;
}

void EventLoopMonitor::tick() {
    const qint64 now = clock_.elapsed();
    if (last_ >= 0) latencies_.push_back(std::max<double>(0.0, double(now - last_ - interval_)));
    last_ = now;
}

double EventLoopMonitor::maxLatencyMs() const {
    return latencies_.empty() ? 0.0 : *std::max_element(latencies_.begin(), latencies_.end());
}

double EventLoopMonitor::percentileLatencyMs(double p) const {
    if (latencies_.empty()) return 0.0;
    std::vector<double> v = latencies_;
    const size_t k = std::min(v.size() - 1, size_t(p / 100.0 * double(v.size())));
    std::nth_element(v.begin(), v.begin() + long(k), v.end());
    return v[k];
}

}  // namespace cosingan::ui
