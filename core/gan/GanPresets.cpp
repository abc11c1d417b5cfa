// The named configurations. `paper` is the paper's (cosingan-spec.md); the CPU presets keep the
// model's structure (two-stage U-Net/PatchGAN pyramid, all losses, hierarchical augmentation) and
// shrink what costs time: fewer and smaller scales, fewer channels and iterations. Their measured
// costs are in docs/presets.md.
#include "GanConfig.h"

#include <stdexcept>

namespace cosingan::gan {

namespace {

std::vector<ScaleSpec> firstScales(int count) {
    std::vector<ScaleSpec> all = paperScales();
    return std::vector<ScaleSpec>(all.begin(), all.begin() + count);
}

StageSchedule schedule(int iterations, double lr) { return {iterations, lr, iterations / 2}; }

// What the smaller presets shrink; everything else keeps the paper's value.
struct SmallPreset {
    const char* name;
    const char* description;
    int scales, channels, stage1, stage2, batch;
    double lr1, lr2;
    int workingSize, segIterations, segChannels, previewEvery, checkpointEvery;
};

const SmallPreset kSmallPresets[] = {
    {"cpu-medium", "5 scales 32-128 px, 800+400 iterations, 32 channels (about an hour on 2 CPU cores)",
     5, 32, 800, 400, 4, 2e-4, 1e-4, 256, 200, 16, 40, 100},
    {"cpu-fast", "3 scales 32-64 px, 300+150 iterations, 32 channels (about two minutes on 2 CPU cores)",
     3, 32, 300, 150, 4, 2e-4, 1e-4, 192, 120, 16, 25, 50},
    {"tiny", "2 scales 32-48 px, 30+15 iterations, 8 channels (seconds; for tests)",
     2, 8, 30, 15, 2, 5e-4, 2e-4, 96, 10, 4, 10, 10},
};

}  // namespace

std::vector<std::string> presetNames() { return {"paper", "cpu-medium", "cpu-fast", "tiny"}; }

std::string presetDescription(const std::string& name) {
    if (name == "paper") return "the paper: 9 scales 32-512 px, 4000+2000 iterations per scale, 64 channels (hours on a GPU)";
    for (const auto& p : kSmallPresets)
        if (name == p.name) return p.description;
    return {};
}

GanConfig makePreset(const std::string& name) {
    GanConfig c;
    c.scales = paperScales();
    c.preset = name;
    if (name == "paper") return c;
    for (const auto& p : kSmallPresets) {
        if (name != p.name) continue;
        c.scales = firstScales(p.scales);
        c.generatorBaseChannels = c.discriminatorBaseChannels = p.channels;
        c.stage1 = schedule(p.stage1, p.lr1);
        c.stage2 = schedule(p.stage2, p.lr2);
        c.batchSize = p.batch;
        c.augmentation.workingSize = p.workingSize;
        c.segmentation.pretrainIterations = p.segIterations;
        c.segmentation.baseChannels = p.segChannels;
        c.previewEvery = p.previewEvery;
        c.checkpointEvery = p.checkpointEvery;
        // The segmentation U-Net of a small preset is trained for a few hundred iterations on the
        // slice itself: a weak feature extractor. At the paper's weight 10 its MS-FUL term stalled
        // the reconstruction in short runs (docs/presets.md: PSNR 9.6-16.5 dB vs 15.5-17.1 dB at
        // weight 1, three seeds), so these presets weigh it 1.
        c.losses.unetFeatures = 1.0;
        return c;
    }
    throw std::invalid_argument("unknown preset '" + name + "' (paper, cpu-medium, cpu-fast, tiny)");
}

}  // namespace cosingan::gan
