#include "Trainer.h"

#include <algorithm>

namespace cosingan::gan {

ProgressClock::ProgressClock(const GanConfig& config, int segmentationIterations)
    : config_(config), segIterations_(segmentationIterations) {
    total_ = segIterations_ * cost(0);
    for (size_t i = 0; i < config.scales.size(); ++i) total_ += config.iterationsAt(int(i)) * cost(int(i));
}

double ProgressClock::cost(int scale) const {
    // Per-iteration cost grows with the area trained on (and the batch); a fixed part covers the
    // small-scale overheads.
    if (scale < 0) return double(config_.scales.front().size) * config_.scales.front().size + 2.0 * 32 * 32;
    const ScaleSpec& spec = config_.scales[size_t(scale)];
    const double s = spec.trainCrop > 0 ? spec.trainCrop : spec.size;
    return (s * s + 2.0 * 32 * 32) * config_.batchAt(scale) / std::max(1, config_.batchSize);
}

void ProgressClock::skipTo(int scale, int stage, int iteration, bool segmentationDone) {
    done_ = segmentationDone ? segIterations_ * cost(0) : 0;
    for (int i = 0; i < scale; ++i) done_ += config_.iterationsAt(i) * cost(i);
    if (scale < int(config_.scales.size()))
        done_ += ((stage == 2 ? config_.schedule(scale, 1).iterations : 0) + iteration) * cost(scale);
    started_ = false;
}

void ProgressClock::tick(int scale, int stage) {
    (void)stage;
    const auto now = std::chrono::steady_clock::now();
    const double units = cost(scale < 0 ? -1 : scale);
    done_ += units;
    if (started_) {
        const double dt = std::chrono::duration<double>(now - last_).count();
        const double spu = dt / units;
        secondsPerUnit_ = secondsPerUnit_ == 0 ? spu : 0.9 * secondsPerUnit_ + 0.1 * spu;
        const double ips = dt > 0 ? 1.0 / dt : 0;
        itersPerSecond_ = itersPerSecond_ == 0 ? ips : 0.9 * itersPerSecond_ + 0.1 * ips;
    }
    started_ = true;
    last_ = now;
}

double ProgressClock::fraction() const { return total_ > 0 ? std::min(1.0, done_ / total_) : 1.0; }

double ProgressClock::etaSeconds() const { return std::max(0.0, (total_ - done_) * secondsPerUnit_); }

}  // namespace cosingan::gan
