#pragma once
// What the training checks share: a micro configuration that trains in a second, an observer that
// records everything and can stop or "crash" the run at a chosen point, and weight comparisons.
#include "EngineCheck.h"
#include "SyntheticSlice.h"
#include "gan/TensorFile.h"
#include "gan/Training.h"

#include <filesystem>
#include <string>
#include <vector>

namespace cosingan::test {

inline gan::GanConfig microConfig(const CheckContext& c) {
    gan::GanConfig cfg = gan::makePreset("tiny");
    cfg.stage1 = {12, 5e-4, 6};
    cfg.stage2 = {8, 2e-4, 4};
    cfg.segmentation.pretrainIterations = 4;
    cfg.checkpointEvery = 5;
    cfg.previewEvery = 4;
    cfg.device = c.device.str();
    cfg.seed = 42;
    cfg.deterministic = true;  // bit-for-bit comparisons below, on CUDA too
    return cfg;
}

struct Recorder : gan::TrainingObserver {
    std::vector<gan::TrainingPreview> previews;
    std::vector<gan::TrainingProgress> progress;
    // Stop (or crash) once this point has been reported.
    int stopScale = -1, stopStage = 0, stopIteration = 0;
    bool crash = false, stopping = false;
    void onProgress(const gan::TrainingProgress& p) override {
        progress.push_back(p);
        const int stage = p.phase == gan::TrainingPhase::Stage1 ? 1 : p.phase == gan::TrainingPhase::Stage2 ? 2 : 0;
        if (p.scaleIndex == stopScale && stage == stopStage && p.iteration == stopIteration) {
            if (crash) throw std::runtime_error("simulated crash");
            stopping = true;
        }
    }
    void onPreview(const gan::TrainingPreview& p) override { previews.push_back(p); }
    bool stopRequested() override { return stopping; }
};

inline gan::TrainingResult train(const CheckContext& c, const std::string& folder, Recorder& rec, bool resume = false,
                                 gan::UpsamplingLayer layer = gan::UpsamplingLayer::TransposedConvolution) {
    gan::TrainingRequest r;
    r.config = microConfig(c);
    r.config.upsamplingLayer = layer;
    r.slice = syntheticSlice();
    r.modelFolder = folder;
    r.resume = resume;
    return gan::trainCoSinGAN(r, rec);
}

inline void expectSameWeights(const std::string& a, const std::string& b) {
    for (const char* file : {"generators/scale0.pt", "generators/scale1.pt"}) {
        const gan::TensorFile fa = gan::TensorFile::load((std::filesystem::path(a) / file).string());
        const gan::TensorFile fb = gan::TensorFile::load((std::filesystem::path(b) / file).string());
        REQUIRE(fa.all().size() == fb.all().size());
        for (const auto& kv : fa.all()) REQUIRE_MSG(torch::equal(kv.second, fb.get(kv.first)), file << ": " << kv.first);
    }
}

inline std::string folder(const CheckContext& c, const std::string& name) { return (std::filesystem::path(c.scratch) / name).string(); }

}  // namespace cosingan::test
