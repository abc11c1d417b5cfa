#pragma once
// One stage-1 or stage-2 training iteration of one scale (augment, frozen pyramid, D step, G step
// with the full objective). Shared by the trainer and the benchmark, so that `cosingan bench`
// times exactly what training runs.
#include "Augmentation.h"
#include "FeatureNets.h"
#include "Pyramid.h"
#include "StageNets.h"

#include <string>
#include <utility>
#include <vector>

namespace cosingan::gan {

struct StepContext {
    const GanConfig& config;
    const Augmenter& augmenter;
    const GeneratorPyramid& pyramid;
    Vgg19Features vgg{nullptr};       // MS-FVL off when null
    SegmentationUNet seg{nullptr};    // MS-FUL off when null
};

struct StepTimes {
    double augmentMs = 0, pyramidMs = 0, networksMs = 0;
};

// Returns the loss values (G_adv, D_real, D_fake, WPPL or L1, [MS-SSIM], [MS-FVL], [MS-FUL], G_total).
std::vector<std::pair<std::string, double>> trainingStep(const StepContext& ctx, int scale, int stage, StageNets& nets,
                                                         StepTimes* times = nullptr);

}  // namespace cosingan::gan
