#pragma once
// Time left of a training, estimated phase by phase (no Qt, no LibTorch): the seconds per iteration
// measured in each phase (U-Net pre-training, stage 1 and 2 of every scale) price that phase's
// remaining iterations; phases not reached yet are priced from the nearest measured scale, scaled
// by image area. A single slow or fast stretch no longer swings the whole estimate, and a new scale
// starts from a prediction instead of from the last scale's speed.
//
// It also tells whether the CPU is shared: the process's CPU time against the wall time of its
// threads. When other programs take the cores, training slows for a reason the estimate cannot
// know about, and the user should be told so rather than shown a number that swings.
#include "gan/GanConfig.h"
#include "gan/Training.h"

#include <map>
#include <utility>

namespace cosingan::ui {

class TrainingEta {
public:
    TrainingEta() = default;
    TrainingEta(const gan::GanConfig& config, int segmentationIterations, int threads);

    // One progress report, with the wall-clock and process CPU seconds at that moment.
    void observe(const gan::TrainingProgress& p, double wallSeconds, double cpuSeconds);

    double secondsLeft() const;  // < 0 while nothing has been measured yet
    double cpuShare() const { return cpuShare_; }  // of the training threads' time this process got (1 = all)
    bool cpuShared() const { return cpuMeasured_ && cpuShare_ < 0.6; }

private:
    using Phase = std::pair<int, int>;  // (scale, stage); (-1, 0): U-Net pre-training
    struct Rate {
        double seconds = 0;
        double iterations = 0;
        double perIteration() const { return iterations > 0 ? seconds / iterations : -1; }
    };
    static Phase phaseOf(const gan::TrainingProgress& p);
    int iterationsOf(const Phase& phase) const;
    double area(int scale) const;
    double rateFor(const Phase& phase) const;

    gan::GanConfig config_;
    int segmentationIterations_ = 0, threads_ = 1;
    std::map<Phase, Rate> rates_;
    Phase current_{-2, -2};
    int iteration_ = 0;
    double lastWall_ = -1, windowWall_ = -1, windowCpu_ = 0;
    double cpuShare_ = 1;
    bool cpuMeasured_ = false;
};

}  // namespace cosingan::ui
