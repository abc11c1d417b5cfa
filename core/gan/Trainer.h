#pragma once
// Internal: the training job behind trainCoSinGAN(). Scales are trained from coarse to fine, at
// each scale stage 1 (strong augmentation) then stage 2 (a copy of stage 1, weak augmentation);
// only one stage of one scale trains at a time, everything else is frozen [paper §2.1].
#include "Augmentation.h"
#include "FeatureNets.h"
#include "LungBox.h"
#include "ModelStore.h"
#include "Pyramid.h"
#include "SlicePrep.h"
#include "StageNets.h"
#include "Training.h"

#include <chrono>
#include <memory>
#include <optional>

namespace cosingan::gan {

// Estimated share of the work done and time left, weighting iterations by scale size.
class ProgressClock {
public:
    ProgressClock(const GanConfig& config, int segmentationIterations);
    void skipTo(int scale, int stage, int iteration, bool segmentationDone);
    void tick(int scale, int stage);  // one iteration done (scale -1: segmentation)
    double fraction() const;
    double etaSeconds() const;
    double iterationsPerSecond() const { return itersPerSecond_; }

private:
    double cost(int scale) const;
    GanConfig config_;
    int segIterations_;
    double total_ = 0, done_ = 0, secondsPerUnit_ = 0, itersPerSecond_ = 0;
    std::chrono::steady_clock::time_point last_;
    bool started_ = false;
};

class Trainer {
public:
    Trainer(const TrainingRequest& request, TrainingObserver& observer);
    TrainingResult run();

private:
    struct Losses {
        std::vector<std::pair<std::string, double>> values;
    };
    void prepareFeatureNetworks(bool resumed);
    void pretrainSegmentation();
    void makeStage1Nets(int scale, StageNets& nets) const;
    void beginStage2(int scale, StageNets& nets);
    void trainStage(int scale, int stage, StageNets& nets, int startIteration, LossHistory history);
    Losses step(int scale, int stage, StageNets& nets);
    void preview(int scale, int stage, int iteration, StageNets& nets);
    void previewOf(int scale, int stage, int iteration, UNetGenerator generator, UNetGenerator stage1);
    void finishScale(int scale, StageNets& nets);
    void report(TrainingPhase phase, int scale, int iteration, int iterations, double lr, const Losses& losses);
    Json savedConfig() const;

    TrainingRequest request_;
    TrainingObserver& observer_;
    GanConfig config_;
    torch::Device device_;
    PreparedSlice slice_;
    std::optional<PixelBox> lungBox_;  // the training slice's lung box, for a model trained on it
    std::unique_ptr<Augmenter> augmenter_;
    AugmentedPyramid plain_;  // the unaugmented training pair at every scale (previews)
    GeneratorPyramid pyramid_;
    Vgg19Features vgg_{nullptr};
    SegmentationUNet seg_{nullptr};
    PatchDiscriminator lastDiscriminator_{nullptr};
    Json manifest_;
    ProgressClock clock_;
    std::string deviceText_;
    double memoryMb_ = -1;
    std::chrono::steady_clock::time_point started_;
};

// A finished model (manifest "complete", or every scale saved); false for anything unreadable.
bool modelIsComplete(const std::string& folder);
// Throws std::runtime_error saying why the folder cannot be resumed (not a model, finished, no
// checkpoint); removes a stale checkpoint of a finished model.
void requireResumable(const std::string& folder);

// Seed of one iteration: CPU and CUDA generators are re-seeded from (seed, scale, stage, iteration)
// so that a resumed run draws exactly what an uninterrupted one would.
uint64_t iterationSeed(uint64_t seed, int scale, int stage, int iteration);

}  // namespace cosingan::gan
