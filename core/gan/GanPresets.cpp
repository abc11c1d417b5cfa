// The named configurations. `paper` is the paper's (cosingan-spec.md); the CPU presets keep the
// model's structure (two-stage U-Net/PatchGAN pyramid with the paper's per-size depths, all losses,
// hierarchical augmentation) and spend a CPU budget where the segmentation task measured that it
// pays: few scales up to 128 px, most iterations at the finest scale. Every choice and its measured
// cost and quality is in docs/presets.md and docs/evaluation.md.
#include "GanConfig.h"

#include <stdexcept>

namespace cosingan::gan {

namespace {

// One scale of a small preset: the paper's depths for that size, with its own iteration counts
// (0: the preset's global count; a negative stage 2: none).
struct ScalePlan {
    int size, stage1 = 0, stage2 = 0;
};

ScaleSpec paperScaleOfSize(const ScalePlan& plan) {
    for (ScaleSpec s : paperScales())
        if (s.size == plan.size) {
            s.stage1Iterations = plan.stage1;
            s.stage2Iterations = plan.stage2;
            return s;
        }
    throw std::logic_error("no paper scale of " + std::to_string(plan.size) + " px");
}

// What a smaller preset changes; everything else keeps the paper's value.
struct SmallPreset {
    const char* name;
    const char* description;
    std::vector<ScalePlan> scales;
    int stage1, stage2;  // the global counts
    int channels, batch;
    double lr1, lr2;
    int workingSize, segIterations, segChannels, previewEvery, checkpointEvery;
    UpsamplingLayer upsampling;
};

const std::vector<SmallPreset>& smallPresets() {
    static const std::vector<SmallPreset> presets{
        // Two scales, stage 1 only, 64 channels: per CPU minute one wide network at the finest size
        // learns more than a pyramid of narrow ones (docs/presets.md, "Wide and shallow").
        {"cpu-medium", "2 scales 64-128 px, stage 1 only, 64 channels (about 25 minutes on 2 CPU cores)",
         {{64, 400, -1}, {128, 1400, -1}}, 1400, 120,
         64, 4, 2e-4, 1e-4, 256, 200, 16, 100, 100, UpsamplingLayer::TransposedConvolution},
        // Twice pix2pix's learning rate: in its 320 iterations it trained the segmenter better from
        // both training seeds (docs/presets.md, "Learning rate").
        {"cpu-fast", "2 scales 64-128 px, stage 1 only, 64 channels (about 4 minutes on 2 CPU cores)",
         {{64, 120, -1}, {128, 200, -1}}, 200, 120,
         64, 4, 4e-4, 1e-4, 256, 80, 16, 50, 100, UpsamplingLayer::TransposedConvolution},
        {"tiny", "2 scales 32-48 px, 30+15 iterations, 8 channels (seconds; for tests)",
         {{32}, {48}}, 30, 15,
         8, 2, 5e-4, 2e-4, 96, 10, 4, 10, 10, UpsamplingLayer::TransposedConvolution},
    };
    return presets;
}

// The paper's baselines [paper, "Baselines"]: pix2pix adapted to mask -> CT, one scale, and the
// "enhanced pix2pix" with CoSinGAN's mixed reconstruction loss. pix2pix's own networks and
// optimiser: its U-Net (unet_256: 8 down-samplings at 256 px; unet_128: 7 at 128 px; batch norm;
// dropout on the inner 8*ngf blocks), the 3-layer PatchGAN (5 convolutions, padding 1), 64 channels,
// Adam 2e-4 / beta1 0.5, batch 4; the paper's pix2pix row uses WPPL x100 (`--pixel-loss l1`: the
// original plain L1 x100). The single image is augmented as CoSinGAN's stage 1 at its coarsest
// scale (strong: crops, rotation, elastic) [chosen: the paper does not say; weak augmentation does
// not generalise to new conditions, its Figure 1].
struct BaselinePreset {
    const char* name;
    const char* description;
    int size, downs, iterations;
    bool enhanced;
};

const std::vector<BaselinePreset>& baselinePresets() {
    static const std::vector<BaselinePreset> presets{
        {"pix2pix", "baseline: pix2pix (unet_256, 3-layer PatchGAN, WPPL x100), one scale 256 px, 6000 iterations (a GPU)",
         256, 8, 6000, false},
        {"enhanced-pix2pix",
         "baseline: pix2pix at 256 px with CoSinGAN's mixed reconstruction loss, 6000 iterations (a GPU)", 256, 8, 6000,
         true},
        // The CPU variants train for about cpu-fast's time (docs/evaluation.md compares them at it).
        {"pix2pix-128", "baseline: pix2pix (unet_128) at 128 px, 190 iterations (about 4 minutes on 2 CPU cores)", 128, 7,
         190, false},
        {"enhanced-pix2pix-128",
         "baseline: enhanced pix2pix (unet_128) at 128 px, 165 iterations (about 5 minutes on 2 CPU cores)", 128, 7, 165,
         true},
    };
    return presets;
}

GanConfig baselineConfig(const BaselinePreset& p) {
    GanConfig c;
    c.preset = p.name;
    ScaleSpec s{p.size, p.downs, 5};
    s.stage2Iterations = -1;  // one stage: pix2pix has no refinement network
    c.scales = {s};
    c.discriminatorPadding = 1;
    c.stage1 = {p.iterations, 2e-4, p.iterations / 2};  // pix2pix: constant, then linear decay to 0
    c.augmentation.workingSize = 2 * p.size;
    if (!p.enhanced) {
        c.losses.wppl = 100.0;
        c.losses.msssim = c.losses.vggFeatures = c.losses.unetFeatures = 0.0;
        c.segmentation.pretrainIterations = 0;
    } else if (p.size < 256) {
        // The CPU variant's segmentation U-Net as the CPU presets' (weak, so MS-FUL weighs 1).
        c.segmentation.pretrainIterations = 200;
        c.segmentation.baseChannels = 16;
        c.losses.unetFeatures = 1.0;
    }
    return c;
}

}  // namespace

std::vector<std::string> presetNames() {
    std::vector<std::string> names{"paper", "cpu-medium", "cpu-fast", "tiny"};
    for (const auto& p : baselinePresets()) names.push_back(p.name);
    return names;
}

bool isBaselinePreset(const std::string& name) {
    for (const auto& p : baselinePresets())
        if (name == p.name) return true;
    return false;
}

std::string presetDescription(const std::string& name) {
    if (name == "paper") return "the paper: 9 scales 32-512 px, 4000+2000 iterations per scale, 64 channels (hours on a GPU)";
    for (const auto& p : smallPresets())
        if (name == p.name) return p.description;
    for (const auto& p : baselinePresets())
        if (name == p.name) return p.description;
    return {};
}

GanConfig makePreset(const std::string& name) {
    GanConfig c;
    c.scales = paperScales();
    c.preset = name;
    if (name == "paper") return c;
    for (const auto& p : smallPresets()) {
        if (name != p.name) continue;
        c.scales.clear();
        for (const ScalePlan& s : p.scales) c.scales.push_back(paperScaleOfSize(s));
        // Constant learning rate for the first half of every stage, as the paper.
        c.stage1 = {p.stage1, p.lr1, p.stage1 / 2};
        c.stage2 = {p.stage2, p.lr2, p.stage2 / 2};
        c.generatorBaseChannels = c.discriminatorBaseChannels = p.channels;
        c.batchSize = p.batch;
        c.augmentation.workingSize = p.workingSize;
        c.segmentation.pretrainIterations = p.segIterations;
        c.segmentation.baseChannels = p.segChannels;
        c.previewEvery = p.previewEvery;
        c.checkpointEvery = p.checkpointEvery;
        c.upsamplingLayer = p.upsampling;
        // The segmentation U-Net of a small preset is trained for a few hundred iterations on the
        // slice itself: a weak feature extractor. At the paper's weight 10 its MS-FUL term stalled
        // the reconstruction in short runs (docs/presets.md: PSNR 9.6-16.5 dB vs 15.5-17.1 dB at
        // weight 1, three seeds), so these presets weigh it 1.
        c.losses.unetFeatures = 1.0;
        return c;
    }
    for (const auto& p : baselinePresets())
        if (name == p.name) return baselineConfig(p);
    std::string known;
    for (const auto& n : presetNames()) known += (known.empty() ? "" : ", ") + n;
    throw std::invalid_argument("unknown preset '" + name + "' (" + known + ")");
}

}  // namespace cosingan::gan
