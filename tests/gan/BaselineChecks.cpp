// The paper's baselines: pix2pix's networks have pix2pix's parameter counts, the baseline presets
// are one-scale pix2pix models, and such a model trains (its pixel loss falls), is saved, loads and
// generates a slice from a new mask.
#include "EngineCheck.h"
#include "TrainingFixture.h"
#include "gan/GanConfig.h"
#include "gan/Networks.h"
#include "gan/Synthesis.h"

#include <algorithm>
#include <numeric>

namespace cosingan::test {

namespace {

void pix2pixParameterCounts(const CheckContext& c) {
    // pix2pix (Isola et al.) prints these for its RGB -> RGB networks: unet_256 54.414 M, unet_128
    // 41.829 M, the 3-layer PatchGAN on condition + image (6 channels) 2.769 M. The exact sums follow
    // from its layer list (4x4 convolutions without bias before batch norm, a biased outermost
    // decoder, a biased first and last discriminator convolution).
    REQUIRE(gan::parameterCount(*gan::UNetGenerator(8, 64, 3, 3)) == 54413955);
    REQUIRE(gan::parameterCount(*gan::UNetGenerator(7, 64, 3, 3)) == 41828995);
    REQUIRE(gan::parameterCount(*gan::PatchDiscriminator(5, 64, 1, 6)) == 2768705);
    // Ours: one condition channel in, one CT channel out; the discriminator sees both.
    const int64_t g = gan::parameterCount(*gan::UNetGenerator(8, 64)), d = gan::parameterCount(*gan::PatchDiscriminator(5, 64, 1));
    c.log("mask -> CT unet_256: " + std::to_string(g) + " parameters, PatchGAN: " + std::to_string(d));
    REQUIRE(g == 54413955 - 2 * 1024 - 2 * 2049);  // two fewer input and output channels
    REQUIRE(d == 2768705 - 4 * 64 * 16);

    for (const char* name : {"pix2pix", "enhanced-pix2pix", "pix2pix-128", "enhanced-pix2pix-128"}) {
        const gan::GanConfig cfg = gan::makePreset(name);
        cfg.validate();
        REQUIRE(gan::isBaselinePreset(name));
        REQUIRE(cfg.scales.size() == 1 && !cfg.hasStage2(0));
        const gan::ScaleSpec& s = cfg.scales[0];
        REQUIRE((s.size == 256 && s.generatorDowns == 8) || (s.size == 128 && s.generatorDowns == 7));
        REQUIRE(s.discriminatorConvs == 5 && cfg.discriminatorPadding == 1);  // n_layers = 3, padw = 1
        REQUIRE(cfg.generatorBaseChannels == 64 && cfg.discriminatorBaseChannels == 64 && cfg.batchSize == 4);
        REQUIRE(cfg.stage1.learningRate == 2e-4 && cfg.adamBeta1 == 0.5);
        const bool enhanced = std::string(name).rfind("enhanced", 0) == 0;
        REQUIRE(enhanced == (cfg.losses.msssim > 0 && cfg.losses.unetFeatures > 0));
        if (!enhanced) REQUIRE(cfg.losses.wppl == 100 && cfg.losses.l1 == 0);
    }
    REQUIRE(!gan::isBaselinePreset("cpu-fast"));
}

double mean(const std::vector<double>& v, size_t from, size_t n) {
    return std::accumulate(v.begin() + long(from), v.begin() + long(from + n), 0.0) / double(n);
}

// A pix2pix baseline shrunk to seconds: pix2pix's structure (one scale, no stage 2, 3-layer
// PatchGAN, pixel loss x100) at 32 px with 8 channels.
void onePix2pixScaleTrainsAndGenerates(const CheckContext& c) {
    for (const bool plainL1 : {false, true}) {
        gan::GanConfig cfg = gan::makePreset("pix2pix-128");
        cfg.scales[0].size = 32;
        cfg.scales[0].generatorDowns = 5;
        cfg.generatorBaseChannels = cfg.discriminatorBaseChannels = 8;
        cfg.augmentation.workingSize = 64;
        cfg.stage1 = {60, 1e-3, 60};
        cfg.checkpointEvery = 20;
        cfg.device = c.device.str();
        cfg.deterministic = true;
        if (plainL1) std::swap(cfg.losses.wppl, cfg.losses.l1);
        gan::TrainingRequest r;
        r.config = cfg;
        r.slice = syntheticSlice();
        r.modelFolder = folder(c, plainL1 ? "pix2pix-l1" : "pix2pix");
        Recorder rec;
        const gan::TrainingResult result = gan::trainCoSinGAN(r, rec);
        REQUIRE(result.finished && result.trainedScales == 1);

        const char* pixelTerm = plainL1 ? "L1" : "WPPL";
        std::vector<double> pixel;
        for (const auto& p : rec.progress) {
            REQUIRE(p.phase != gan::TrainingPhase::Segmentation && p.phase != gan::TrainingPhase::Stage2);
            for (const auto& l : p.losses) {
                REQUIRE_MSG(l.first != "MS-SSIM" && l.first != "MS-FUL", "a pix2pix baseline reported " << l.first);
                if (l.first == pixelTerm) pixel.push_back(l.second);
            }
        }
        REQUIRE(pixel.size() == 60);
        const double first = mean(pixel, 0, 10), last = mean(pixel, 50, 10);
        c.log(std::string(pixelTerm) + " over the first 10 iterations " + std::to_string(first) + ", the last 10 " +
              std::to_string(last));
        REQUIRE_MSG(last < 0.8 * first, first << " -> " << last);

        gan::SliceData mask = syntheticSlice(72, 64, 0.6);  // the lesion elsewhere
        mask.image.clear();
        const auto model = gan::CoSinGanModel::load(r.modelFolder, c.device.str());
        REQUIRE(model->config().preset == "pix2pix-128" && model->trainedScales() == 1);
        const auto out = model->generate({mask}, gan::SynthesisOptions{});
        REQUIRE(out.size() == 1 && out[0].width == mask.width && out[0].height == mask.height);
        const auto [lo, hi] = std::minmax_element(out[0].image.begin(), out[0].image.end());
        REQUIRE_MSG(int(*hi) - int(*lo) > 20, "a flat image: " << int(*lo) << ".." << int(*hi));
    }
}

}  // namespace

std::vector<EngineCheck> baselineChecks() {
    return {{"pix2pix networks have pix2pix's parameter counts; the baseline presets are pix2pix", pix2pixParameterCounts},
            {"a one-scale pix2pix baseline trains (pixel loss falls), loads and generates", onePix2pixScaleTrainsAndGenerates}};
}

}  // namespace cosingan::test
