// cosingan generate: model + mask(s) -> synthetic image(s), with the paper's diversity options.
#include "CliArgs.h"
#include "Commands.h"
#include "ConfigOptions.h"
#include "GeneratedFolder.h"
#include "SliceInput.h"

#include "gan/SliceBundle.h"
#include "gan/Synthesis.h"
#include "util/Json.h"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>

namespace fs = std::filesystem;

namespace cosingan::cli {

int runGenerate(const Args& argv) {
    CliArgs args(argv, {"json", "rc", "dropout", "intermediates", "transpose", "dataset", "help"});
    if (args.has("help")) {
        std::printf("usage: cosingan generate --model DIR --mask FILE [--mask FILE ...] --out DIR [options]\n\n"
                    "Masks:\n%s\nSynthesis:\n"
                    "  --model DIR           a trained model folder\n"
                    "  --out DIR             where the images go (<mask>[_sample<n>].png)\n"
                    "  --dataset             write a labelled dataset: DIR/images/, DIR/labels/ (0..3) and\n"
                    "                        DIR/infection/ (0/255), one file of each per image (evaluate reads it)\n"
                    "  --count N             images per mask (different random draws; needs --rc, --dropout or --fuse)\n"
                    "  --rc                  randomised condition (the paper's RC)\n"
                    "  --rc-deltas B,L,I     RC noise magnitudes (default 16,16,32)\n"
                    "  --rc-mode pixel|region  RC drawn per pixel (default, the paper) or once per class region\n"
                    "  --dropout             dropout at test time (the paper's AD)\n"
                    "  --fuse MODEL2         image fusion with a second model (the paper's IF)\n"
                    "  --zeta Z              fusion weight of the first model (default: random U[0,1])\n"
                    "  --beta-alpha A        draw zeta from Beta(A, A) instead of U[0,1]\n"
                    "  --scale I             stop at scale I (0-based; default the finest)\n"
                    "  --intermediates       also write every scale's stage-1 and stage-2 output\n"
                    "  --seed N              random seed (default 1)\n"
                    "  --batch N             masks per batch (default 8)\n"
                    "  --device cpu|cuda\n"
                    "  --json                print what was written as JSON\n",
                    maskInputHelp());
        return 0;
    }
    args.rejectUnknown({"json", "rc", "rc-deltas", "rc-mode", "dropout", "intermediates", "transpose", "dataset", "help", "model", "mask",
                        "out", "count", "fuse", "zeta", "beta-alpha", "scale", "seed", "batch", "device", "slices"});
    const bool dataset = args.has("dataset");
    // Options first (usage errors before anything slow happens).
    const std::string outDir = args.require("out");
    const std::string device = args.get("device", "cpu");
    gan::SynthesisOptions o;
    o.randomCondition = args.has("rc");
    if (args.has("rc-deltas")) parseDeltas(args.get("rc-deltas"), o);
    const std::string rcMode = args.get("rc-mode", "pixel");
    if (rcMode != "pixel" && rcMode != "region") throw UsageError("--rc-mode is pixel or region, not '" + rcMode + "'");
    if (args.has("rc-mode") && !o.randomCondition) throw UsageError("--rc-mode needs --rc");
    o.randomConditionPerRegion = rcMode == "region";
    o.dropout = args.has("dropout");
    o.upToScale = args.getInt("scale", -1, 0, 64);
    o.intermediates = args.has("intermediates");
    o.batchSize = args.getInt("batch", 8, 1, 1024);
    const int count = args.getInt("count", 1, 1, 10000);
    const gan::FusionOptions fusion = fusionFromArgs(args);
    const bool random = o.randomCondition || o.dropout || (args.has("fuse") && !args.has("zeta"));
    if (count > 1 && !random)
        throw UsageError("--count " + std::to_string(count) + " would write identical images: add a diversity option "
                         "(--rc, --dropout, or --fuse MODEL2 with a random zeta)");
    const unsigned long long seed = args.getSeed("seed", 1);

    const auto model = gan::CoSinGanModel::load(args.require("model"), device);
    if (o.upToScale >= model->trainedScales())
        throw UsageError("--scale " + std::to_string(o.upToScale) + ": the model has scales 0.." + std::to_string(model->trainedScales() - 1));
    if (o.dropout && !model->hasDropout())
        throw UsageError("--dropout: this model's generators have no dropout layers (" + model->config().preset +
                         " preset), so dropout at synthesis would change nothing; use --rc for diversity");
    std::shared_ptr<gan::CoSinGanModel> second;
    if (args.has("fuse")) second = gan::CoSinGanModel::load(args.get("fuse"), device);

    std::vector<std::string> names;
    const std::vector<gan::SliceData> masks = loadMasks(args, names);

    // Every file this run will write, decided before anything is written: none may replace a
    // file that an earlier generate run in this folder did not write.
    std::vector<std::string> planned;
    const std::string images = dataset ? "images/" : "";
    for (int n = 0; n < count; ++n)
        for (size_t i = 0; i < masks.size(); ++i) {
            const std::string base = images + names[i] + (count > 1 ? "_sample" + std::to_string(n) : "");
            planned.push_back(base + imageExtension());
            if (dataset) {
                planned.push_back("labels/" + base.substr(images.size()) + imageExtension());
                planned.push_back("infection/" + base.substr(images.size()) + imageExtension());
            }
            if (o.intermediates)
                for (int sc = 0; sc <= (o.upToScale < 0 ? model->trainedScales() - 1 : o.upToScale); ++sc)
                    for (int st = 1; st <= 2; ++st)
                        planned.push_back(base + "_scale" + std::to_string(sc) + "_stage" + std::to_string(st) + imageExtension());
        }
    GeneratedFolder folder(outDir);
    folder.claim(planned);
    std::vector<bool> backToFileLayout;
    for (const auto& m : masks) backToFileLayout.push_back(args.has("transpose") && !gan::looksLikeSliceBundle(m.source));

    Json written = Json::array();
    const auto start = std::chrono::steady_clock::now();
    for (int n = 0; n < count; ++n) {
        o.seed = seed + (unsigned long long)n;
        const auto results = second ? gan::CoSinGanModel::generateFused(*model, *second, masks, o, fusion)
                                    : model->generate(masks, o);
        for (size_t i = 0; i < results.size(); ++i) {
            gan::SynthesisResult r = results[i];
            // Masks read with --transpose get their images (and labels) back in the file's layout.
            std::vector<uint8_t> labels = r.labels;
            if (backToFileLayout[i]) {
                r.image = gan::transposedPixels(r.image, r.width, r.height);
                labels = gan::transposedPixels(labels, r.width, r.height);
                std::swap(r.width, r.height);
                std::swap(r.x, r.y);
            }
            const std::string name = names[i] + (count > 1 ? "_sample" + std::to_string(n) : "");
            const std::string base = images + name;
            Json e = Json::object();
            e["mask"] = masks[i].source.empty() ? names[i] : masks[i].source;
            e["image"] = folder.write(base, r.image, r.width, r.height);
            if (dataset) {
                e["labels"] = folder.write("labels/" + name, labels, r.width, r.height);
                std::vector<uint8_t> infection(labels.size());
                for (size_t k = 0; k < labels.size(); ++k) infection[k] = labels[k] == 3 ? 255 : 0;
                e["infection"] = folder.write("infection/" + name, infection, r.width, r.height);
            }
            if (model->config().cropsToLungs())  // the lung box drawn, in the mask file's pixels
                e["box"] = std::vector<double>{double(r.x), double(r.y), double(r.width), double(r.height)};
            e["seed"] = o.seed;
            if (r.zeta >= 0) e["zeta"] = r.zeta;
            for (const auto& st : r.stages)
                folder.write(base + "_scale" + std::to_string(st.scaleIndex) + "_stage" + std::to_string(st.stage), st.pixels,
                             st.size, st.size);
            written.push_back(e);
        }
    }
    folder.finish(model->folder());
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::fprintf(stderr, "%zu image(s) written to %s in %.2f s (%.0f ms per image)\n", written.size(), outDir.c_str(),
                 seconds, 1000.0 * seconds / double(std::max<size_t>(1, written.size())));
    if (args.has("json")) {
        Json j = Json::object();
        j["model"] = model->folder();
        j["images"] = written;
        j["seconds"] = seconds;
        std::cout << j.dump(2) << '\n';
    }
    return 0;
}

}  // namespace cosingan::cli
