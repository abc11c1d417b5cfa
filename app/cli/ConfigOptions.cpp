#include "ConfigOptions.h"

#include <algorithm>
#include <cstdio>

#include "util/FileSafety.h"
#include "util/Json.h"

namespace cosingan::cli {

const std::set<std::string>& configOptionNames() {
    static const std::set<std::string> names{"preset", "config", "device", "threads", "blas-threads", "seed", "vgg-weights",
                                             "seg-weights", "scales", "stage1-iterations", "stage2-iterations",
                                             "checkpoint-every", "batch", "upsampling", "upsampling-layer",
                                             "pixel-loss", "crop-to-lungs"};
    return names;
}

const char* configHelp() {
    return "  --preset NAME         paper | cpu-medium | cpu-fast | tiny (default cpu-fast), or the paper's\n"
           "                        baselines pix2pix | enhanced-pix2pix (256 px) | pix2pix-128 | enhanced-pix2pix-128\n"
           "  --config FILE.json    a full configuration (as in a model's manifest.json \"config\")\n"
           "  --device cpu|cuda     where to train (default: the configuration's, cpu)\n"
           "  --threads N           CPU threads (default: all cores); --blas-threads N for OpenBLAS\n"
           "  --seed N              random seed (same seed + configuration = same model on CPU)\n"
           "  --vgg-weights FILE    TorchScript VGG-19 with ImageNet weights: turns MS-FVL on\n"
           "  --seg-weights FILE    segmentation U-Net weights (segmentation-unet.pt of another model)\n"
           "  --scales N            train only the first N scales of the preset\n"
           "  --stage1-iterations N, --stage2-iterations N, --batch N, --checkpoint-every N\n"
           "  --upsampling auto|transposed|phase-convolution   how a transposed convolution is computed\n"
           "  --upsampling-layer transposed-convolution|resize-convolution   the decoder's up-sampling\n"
           "  --pixel-loss wppl|l1  the pixel-level term: class-weighted L1 (WPPL, the paper's) or pix2pix's\n"
           "                        plain L1, with the same weight\n"
           "  --crop-to-lungs M|off train on (and draw) the lung box alone, grown by M (a fraction of the box,\n"
           "                        e.g. 0.1), or on the whole slice (off)\n";
}

gan::GanConfig configFromArgs(const CliArgs& args) {
    gan::GanConfig c;
    try {
        c = args.has("config") ? gan::GanConfig::fromJson(readJsonFile(args.get("config")))
                               : gan::makePreset(args.get("preset", "cpu-fast"));
    } catch (const std::invalid_argument& e) {
        throw UsageError(e.what());
    } catch (const std::exception& e) {
        throw UsageError("the configuration file '" + args.get("config") + "' cannot be used: " + e.what());
    }
    if (args.has("device")) c.device = args.get("device");
    c.threads = args.getInt("threads", c.threads, 0, 1024);
    c.blasThreads = args.getInt("blas-threads", c.blasThreads, 0, 1024);
    c.seed = args.getSeed("seed", c.seed);
    if (args.has("vgg-weights")) c.vggWeightsPath = args.get("vgg-weights");
    if (args.has("seg-weights")) c.segmentation.weightsPath = args.get("seg-weights");
    if (args.has("scales")) c.scales.resize(size_t(args.getInt("scales", 1, 1, int(c.scales.size()))));
    for (int stage : {1, 2}) {
        const std::string name = "stage" + std::to_string(stage) + "-iterations";
        if (args.has(name)) c.setIterations(stage, args.getInt(name, 1, 1, 10000000));
    }
    c.batchSize = args.getInt("batch", c.batchSize, 1, 256);
    c.checkpointEvery = args.getInt("checkpoint-every", c.checkpointEvery, 1, 10000000);
    if (args.has("crop-to-lungs"))
        c.lungCropMargin = args.get("crop-to-lungs") == "off" ? -1.0 : args.getDouble("crop-to-lungs", gan::kDefaultLungCropMargin, 0, 1);
    if (args.has("pixel-loss")) {
        const std::string loss = args.get("pixel-loss");
        if (loss != "wppl" && loss != "l1") throw UsageError("--pixel-loss must be wppl or l1, not '" + loss + "'");
        const double weight = std::max(c.losses.wppl, c.losses.l1);
        c.losses.wppl = loss == "wppl" ? weight : 0.0;
        c.losses.l1 = loss == "l1" ? weight : 0.0;
    }
    try {
        if (args.has("upsampling") || args.has("upsampling-layer")) {
            Json j = c.toJson();
            if (args.has("upsampling")) j["upsampling"] = args.get("upsampling");
            if (args.has("upsampling-layer")) j["upsampling_layer"] = args.get("upsampling-layer");
            c = gan::GanConfig::fromJson(j);
        }
        c.validate();
    } catch (const std::invalid_argument& e) {
        throw UsageError(e.what());
    }
    for (const char* file : {"vgg-weights", "seg-weights"})
        if (args.has(file)) requireReadableFile(args.get(file), std::string("--") + file);
    return c;
}

gan::FusionOptions fusionFromArgs(const CliArgs& args) {
    gan::FusionOptions fusion;
    fusion.zeta = args.getDouble("zeta", -1, 0, 1);
    fusion.betaAlpha = args.getDouble("beta-alpha", 0, 1e-6, 1e6);
    if ((args.has("zeta") || args.has("beta-alpha")) && !args.has("fuse"))
        throw UsageError("--zeta and --beta-alpha belong to image fusion: give --fuse MODEL2 too");
    if (args.has("zeta") && args.has("beta-alpha")) throw UsageError("give either --zeta (fixed) or --beta-alpha (random), not both");
    return fusion;
}

void parseDeltas(const std::string& text, gan::SynthesisOptions& o) {
    double b, l, i;
    if (std::sscanf(text.c_str(), "%lf,%lf,%lf", &b, &l, &i) != 3 || b < 0 || l < 0 || i < 0 || b > 127 || l > 127 || i > 255)
        throw UsageError("--rc-deltas needs three non-negative numbers: background,lung,infection (e.g. 16,16,32)");
    o.deltaBackground = b;
    o.deltaLung = l;
    o.deltaInfection = i;
}

}  // namespace cosingan::cli
