#include "TrainingEta.h"

#include <algorithm>
#include <cmath>

namespace cosingan::ui {

TrainingEta::TrainingEta(const gan::GanConfig& config, int segmentationIterations, int threads)
    : config_(config), segmentationIterations_(segmentationIterations), threads_(std::max(1, threads)) {}

TrainingEta::Phase TrainingEta::phaseOf(const gan::TrainingProgress& p) {
    if (p.phase == gan::TrainingPhase::Segmentation) return {-1, 0};
    if (p.phase == gan::TrainingPhase::Stage1) return {p.scaleIndex, 1};
    if (p.phase == gan::TrainingPhase::Stage2) return {p.scaleIndex, 2};
    return {-2, -2};
}

int TrainingEta::iterationsOf(const Phase& phase) const {
    if (phase.first == -1) return segmentationIterations_;
    if (phase.first < 0 || phase.first >= int(config_.scales.size())) return 0;
    if (phase.second == 2 && !config_.hasStage2(phase.first)) return 0;
    return config_.schedule(phase.first, phase.second).iterations;
}

double TrainingEta::area(int scale) const {
    // Per-iteration cost grows with the area trained on and the batch; a fixed part covers the
    // small-scale overheads.
    if (scale < 0 || config_.scales.empty()) return 2.0 * 32 * 32;
    const auto& spec = config_.scales[size_t(std::min(scale, int(config_.scales.size()) - 1))];
    const double side = spec.trainCrop > 0 ? spec.trainCrop : spec.size;
    return (side * side + 2.0 * 32 * 32) * config_.batchAt(scale) / std::max(1, config_.batchSize);
}

double TrainingEta::rateFor(const Phase& phase) const {
    auto it = rates_.find(phase);
    if (it != rates_.end() && it->second.iterations >= 3) return it->second.perIteration();
    // The other stage of the same scale costs about the same; else the measured scale nearest in
    // size, scaled by area.
    it = rates_.find({phase.first, 3 - phase.second});
    if (phase.first >= 0 && it != rates_.end() && it->second.iterations >= 3) return it->second.perIteration();
    double best = -1;
    int bestDistance = 1 << 30;
    for (const auto& r : rates_) {
        if (r.first.first < 0 || r.second.iterations < 3) continue;
        const int d = std::abs(r.first.first - phase.first);
        if (d < bestDistance) {
            bestDistance = d;
            best = r.second.perIteration() * area(phase.first) / area(r.first.first);
        }
    }
    return best;
}

void TrainingEta::observe(const gan::TrainingProgress& p, double wall, double cpu) {
    const Phase phase = phaseOf(p);
    if (phase == current_ && p.iteration > iteration_ && lastWall_ >= 0) {
        Rate& r = rates_[phase];
        r.seconds += wall - lastWall_;
        r.iterations += p.iteration - iteration_;
    }
    current_ = phase;
    iteration_ = p.iteration;
    lastWall_ = wall;
    // CPU share over windows of at least 3 s (short ones are noise).
    if (windowWall_ < 0) {
        windowWall_ = wall;
        windowCpu_ = cpu;
    } else if (wall - windowWall_ >= 3.0) {
        const double share = (cpu - windowCpu_) / ((wall - windowWall_) * threads_);
        cpuShare_ = cpuMeasured_ ? 0.5 * cpuShare_ + 0.5 * share : share;
        cpuMeasured_ = p.device.rfind("CUDA", 0) != 0;  // on a GPU the CPU mostly waits: no verdict
        windowWall_ = wall;
        windowCpu_ = cpu;
    }
}

double TrainingEta::secondsLeft() const {
    if (current_.first == -2) return -1;
    std::vector<Phase> order{{-1, 0}};
    for (int s = 0; s < int(config_.scales.size()); ++s) {
        order.push_back({s, 1});
        order.push_back({s, 2});
    }
    double left = 0;
    bool after = false;
    for (const Phase& ph : order) {
        if (ph == current_) {
            const double r = rateFor(ph);
            if (r < 0) return -1;
            left += std::max(0, iterationsOf(ph) - iteration_) * r;
            after = true;
        } else if (after && iterationsOf(ph) > 0) {
            const double r = rateFor(ph);
            if (r < 0) return -1;
            left += iterationsOf(ph) * r;
        }
    }
    return left;
}

}  // namespace cosingan::ui
