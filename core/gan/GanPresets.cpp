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

}  // namespace

std::vector<std::string> presetNames() { return {"paper", "cpu-medium", "cpu-fast", "tiny"}; }

std::string presetDescription(const std::string& name) {
    if (name == "paper") return "the paper: 9 scales 32-512 px, 4000+2000 iterations per scale, 64 channels (hours on a GPU)";
    if (name == "cpu-medium") return "5 scales 32-128 px, 800+400 iterations, 32 channels (about an hour on 2 CPU cores)";
    if (name == "cpu-fast") return "3 scales 32-64 px, 300+150 iterations, 32 channels (minutes on 2 CPU cores)";
    if (name == "tiny") return "2 scales 32-48 px, 30+15 iterations, 8 channels (seconds; for tests)";
    return {};
}

GanConfig makePreset(const std::string& name) {
    GanConfig c;
    c.scales = paperScales();
    if (name == "paper") {
        c.preset = name;
        return c;
    }
    c.preset = name;
    // The segmentation U-Net of a CPU preset is trained for a few hundred iterations on the slice
    // itself: a weak feature extractor. At the paper's weight 10 its MS-FUL term stalled the
    // reconstruction in short runs (docs/presets.md: PSNR 9.6-16.5 dB vs 15.5-17.1 dB at weight 1,
    // three seeds), so the CPU presets weigh it 1.
    c.losses.unetFeatures = 1.0;
    if (name == "cpu-medium") {
        c.scales = firstScales(5);
        c.generatorBaseChannels = 32;
        c.discriminatorBaseChannels = 32;
        c.stage1 = schedule(800, 2e-4);
        c.stage2 = schedule(400, 1e-4);
        c.augmentation.workingSize = 256;
        c.segmentation.pretrainIterations = 200;
        c.segmentation.baseChannels = 16;
        c.previewEvery = 40;
        c.checkpointEvery = 100;
        return c;
    }
    if (name == "cpu-fast") {
        c.scales = firstScales(3);
        c.generatorBaseChannels = 32;
        c.discriminatorBaseChannels = 32;
        c.stage1 = schedule(300, 2e-4);
        c.stage2 = schedule(150, 1e-4);
        c.augmentation.workingSize = 192;
        c.segmentation.pretrainIterations = 120;
        c.segmentation.baseChannels = 16;
        c.previewEvery = 25;
        c.checkpointEvery = 50;
        return c;
    }
    if (name == "tiny") {
        c.scales = firstScales(2);
        c.generatorBaseChannels = 8;
        c.discriminatorBaseChannels = 8;
        c.stage1 = schedule(30, 5e-4);
        c.stage2 = schedule(15, 2e-4);
        c.batchSize = 2;
        c.augmentation.workingSize = 96;
        c.segmentation.pretrainIterations = 10;
        c.segmentation.baseChannels = 4;
        c.previewEvery = 10;
        c.checkpointEvery = 10;
        return c;
    }
    throw std::invalid_argument("unknown preset '" + name + "' (paper, cpu-medium, cpu-fast, tiny)");
}

}  // namespace cosingan::gan
