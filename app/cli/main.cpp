// cosingan: the head-less command line of CoSinGAN Studio (same engine as the app).
#include "CliArgs.h"
#include "Commands.h"

#include "gan/Runtime.h"

#include <cstdio>
#include <cstring>
#include <exception>
#include <functional>
#include <map>
#include <string>

namespace {

struct Command {
    std::function<int(const cosingan::cli::Args&)> run;
    const char* summary;
};

std::map<std::string, Command> commands() {
    using namespace cosingan::cli;
    std::map<std::string, Command> c;
#ifdef COSINGAN_WITH_IO
    c["info"] = {runInfo, "info FILE|FOLDER [--json]           dimensions, spacing, orientation, HU range"};
    c["synthesize-volume"] = {runSynthesizeVolume, "synthesize-volume --model M --labels L --out CT  a synthetic CT volume (NIfTI, HU)"};
    c["export"] = {runExport, "export --model M --mask F --out DATASET  a labelled nnU-Net v2 dataset (export --help)"};
    c["bundle"] = {runBundle, "bundle INPUT ... --out SLICE.pt     pack a slice + labels for the engine-only build"};
#endif
    c["train"] = {runTrain, "train INPUT ... --out MODEL         train a CoSinGAN on one slice (train --help)"};
    c["generate"] = {runGenerate, "generate --model M --mask F --out D  synthesise images from masks (generate --help)"};
    c["evaluate"] = {runEvaluate, "evaluate --train D --test REAL      Dice/NSD of a segmenter trained on D (evaluate --help)"};
    c["bench"] = {runBench, "bench [--sizes ...] [--json]         speed per scale vs the PyTorch baseline (bench --help)"};
    return c;
}

void usage(std::FILE* out) {
    std::fprintf(out, "cosingan - CoSinGAN Studio on the command line\n\nusage: cosingan COMMAND [options]\n\n");
    for (const auto& kv : commands()) std::fprintf(out, "  cosingan %s\n", kv.second.summary);
    std::fprintf(out, "  cosingan --version\n");
#ifndef COSINGAN_WITH_IO
    std::fprintf(out, "\n(engine-only build: inputs are slice bundles (.pt) or PGM images; see docs/cli.md)\n");
#endif
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h") || !std::strcmp(argv[1], "help")) {
        usage(argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    if (!std::strcmp(argv[1], "--version")) {
        std::printf("cosingan %s (LibTorch %s)\n", COSINGAN_VERSION, cosingan::gan::libTorchVersion().c_str());
        return 0;
    }
    auto all = commands();
    auto it = all.find(argv[1]);
    if (it == all.end()) {
        std::fprintf(stderr, "cosingan: unknown command '%s'\n\n", argv[1]);
        usage(stderr);
        return 2;
    }
    cosingan::cli::Args args(argv + 2, argv + argc);
    try {
        return it->second.run(args);
    } catch (const cosingan::cli::UsageError& e) {
        std::fprintf(stderr, "cosingan %s: %s\n", argv[1], e.what());
        return 2;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "cosingan %s: error: %s\n", argv[1], e.what());
        return 1;
    }
}
