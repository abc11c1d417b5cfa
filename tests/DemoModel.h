#pragma once
// A micro CoSinGAN trained in a few seconds on the demo phantom's middle slice (tiny preset, 32 and
// 48 px, 150 + 40 iterations): enough to have learnt that lungs are dark and the body bright, which
// the synthesis tests check. Deterministic for a given seed.
#include "demo/ChestPhantom.h"
#include "gan/Training.h"
#include "image/SliceExtraction.h"

#include <string>

namespace cosingan::test {

// lungCropMargin >= 0: a model trained on the lung box (GanConfig::lungCropMargin).
inline bool trainDemoModel(const std::string& folder, uint64_t seed, double lungCropMargin = -1) {
    const ChestPhantom demo = makeChestPhantom({});
    gan::TrainingRequest r;
    r.config = gan::makePreset("tiny");
    r.config.stage1 = {150, 5e-4, 6};
    r.config.stage2 = {40, 2e-4, 4};
    r.config.segmentation.pretrainIterations = 4;
    r.config.seed = seed;
    r.config.lungCropMargin = lungCropMargin;
    r.config.deterministic = true;
    r.slice = sliceForEngine(demo.volume, &demo.labels, demo.volume.slices() / 2);
    r.modelFolder = folder;
    gan::TrainingObserver quiet;
    return gan::trainCoSinGAN(r, quiet).finished;
}

}  // namespace cosingan::test
