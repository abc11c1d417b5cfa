// cosingan bench: the engine's speed per paper scale, optionally next to the PyTorch baseline
// (../shared/bench/pytorch-baseline) run in the same invocation, as a ratio per scale.
#include "CliArgs.h"
#include "Commands.h"

#include "gan/Runtime.h"
#include "gan/GanConfig.h"  // makePreset: a usage error before the run
#include "gan/bench/Bench.h"
#include "util/Json.h"
#include "util/Memory.h"

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <sstream>

namespace fs = std::filesystem;

namespace cosingan::cli {

namespace {

std::vector<int> parseSizes(const std::string& text) {
    std::vector<int> sizes;
    std::stringstream ss(text);
    std::string item;
    while (std::getline(ss, item, ','))
        if (!item.empty()) sizes.push_back(std::stoi(item));
    if (sizes.empty()) throw UsageError("--sizes needs a comma-separated list, e.g. 32,64,128");
    return sizes;
}

// Runs a baseline script and returns the value of `key` on its RESULT line (ms), or -1.
double runBaseline(const std::string& command, const std::string& key, std::string& resultLine) {
    std::FILE* p = popen((command + " 2>&1").c_str(), "r");
    if (!p) return -1;
    char buf[4096];
    std::string out;
    while (std::fgets(buf, sizeof buf, p)) out += buf;
    pclose(p);
    const auto pos = out.find("RESULT");
    if (pos == std::string::npos) {
        std::fprintf(stderr, "baseline failed: %s\n%s\n", command.c_str(), out.substr(out.size() > 800 ? out.size() - 800 : 0).c_str());
        return -1;
    }
    resultLine = out.substr(pos, out.find('\n', pos) - pos);
    const auto k = resultLine.find(key + "=");
    return k == std::string::npos ? -1 : std::stod(resultLine.substr(k + key.size() + 1));
}

}  // namespace

int runBench(const Args& argv) {
    CliArgs args(argv, {"json", "no-vgg", "no-unet", "help"});
    if (args.has("help")) {
        std::printf("usage: cosingan bench [options]\n\n"
                    "  --preset NAME          whose networks and losses (default paper); the baselines pix2pix (256 px)\n"
                    "                         and pix2pix-128, enhanced-pix2pix(-128) time their one scale\n"
                    "  --sizes 32,48,...      scales of the preset to time (default all)\n"
                    "  --iterations N         timed iterations per scale (default 4), --warmup N (default 2)\n"
                    "  --no-vgg, --no-unet    leave the VGG-19 / segmentation feature terms out\n"
                    "  --generation-reps N    timed generations of one slice of the finest size (default 3; 0 = skip)\n"
                    "  --device cpu|cuda      --threads N   --blas-threads N   --upsampling auto|transposed|phase-convolution\n"
                    "  --baseline DIR         also run the PyTorch baseline scripts in DIR (bench_train.py,\n"
                    "                         bench_gen.py) with --python (default /usr/bin/python3) and report\n"
                    "                         the ratio baseline/ours per scale\n"
                    "  --baseline-threads N   set OMP_NUM_THREADS for the baseline (default: its own default)\n"
                    "  --json                 print the figures as JSON on stdout\n");
        return 0;
    }
    args.rejectUnknown({"json", "no-vgg", "no-unet", "help", "sizes", "iterations", "warmup", "generation-reps",
                        "device", "threads", "blas-threads", "upsampling", "baseline", "python", "baseline-threads",
                        "preset"});
    gan::BenchOptions o;
    o.preset = args.get("preset", o.preset);
    try {
        gan::makePreset(o.preset);
    } catch (const std::invalid_argument& e) {
        throw UsageError(e.what());
    }
    if (args.has("baseline") && o.preset != "paper")
        throw UsageError("--baseline times the paper's networks: it needs --preset paper");
    if (args.has("sizes")) o.sizes = parseSizes(args.get("sizes"));
    o.iterations = args.getInt("iterations", o.iterations);
    o.warmup = args.getInt("warmup", o.warmup);
    o.vgg = !args.has("no-vgg");
    o.unet = !args.has("no-unet");
    o.generationReps = args.getInt("generation-reps", o.generationReps);
    o.device = args.get("device", o.device);
    o.threads = args.getInt("threads", o.threads);
    o.blasThreads = args.getInt("blas-threads", o.blasThreads);
    o.upsampling = args.get("upsampling", o.upsampling);
    if (o.iterations < 1 || o.warmup < 0) throw UsageError("--iterations must be >= 1 and --warmup >= 0");

    retainFreedMemory();
    auto log = [](const std::string& s) { std::fprintf(stderr, "%s\n", s.c_str()); };
    const gan::BenchReport r = gan::runBench(o, log);

    // The baseline, in the same invocation, scale by scale.
    std::map<int, double> baselineMs;
    double baselineGenMs = -1;
    std::string baselineThreads = "default";
    if (args.has("baseline")) {
        const std::string dir = args.get("baseline");
        if (!fs::exists(fs::path(dir) / "bench_train.py")) throw UsageError("--baseline: no bench_train.py in " + dir);
        const std::string python = args.get("python", "/usr/bin/python3");
        std::string env;
        if (args.has("baseline-threads")) {
            baselineThreads = args.get("baseline-threads");
            env = "OMP_NUM_THREADS=" + baselineThreads + " ";
        }
        for (const auto& timed : r.scales) {
            const int size = timed.size;
            const std::string cmd = "cd '" + dir + "' && " + env + python + " bench_train.py --scale " + std::to_string(size) +
                                    " --vgg " + (o.vgg ? "1" : "0") + " --unet " + (o.unet ? "1" : "0") +
                                    " --iters " + std::to_string(o.iterations) + " --warmup " + std::to_string(o.warmup);
            std::string line;
            baselineMs[size] = runBaseline(cmd, "median_ms", line);
            log("baseline " + line);
        }
        if (o.generationReps > 0) {
            std::string line;
            baselineGenMs = runBaseline("cd '" + dir + "' && " + env + python + " bench_gen.py --reps " +
                                            std::to_string(o.generationReps) + " --rc 1",
                                        "mean_ms", line);
            log("baseline " + line);
        }
    }

    std::printf("\nCoSinGAN engine benchmark, preset %s (%s)\n%s\nmatmul peak %.0f GFLOP/s; batch %d, stage 1, its loss%s%s\n\n",
                o.preset.c_str(), r.device.c_str(), r.runtime.c_str(), r.matmulPeakGflops, o.batch, r.vgg ? " + VGG-19" : "",
                r.unet ? " + U-Net features" : "");
    std::printf("| scale | ms/iteration | GFLOP/iter | GFLOP/s | %% of peak | G params | D params |%s\n",
                args.has("baseline") ? " baseline ms | speed-up |" : "");
    std::printf("|---|---|---|---|---|---|---|%s\n", args.has("baseline") ? "---|---|" : "");
    Json scales = Json::array();
    for (const auto& s : r.scales) {
        std::printf("| %d | %.1f | %.1f | %.1f | %.0f%% | %.1fM | %.1fM |", s.size, s.medianMs, s.gflopPerIteration,
                    s.achievedGflops, 100 * s.achievedGflops / r.matmulPeakGflops, s.generatorParameters / 1e6,
                    s.discriminatorParameters / 1e6);
        Json e = Json::object();
        e["size"] = s.size;
        e["ms_per_iteration"] = s.medianMs;
        e["min_ms"] = s.minMs;
        e["augment_ms"] = s.augmentMs;
        e["pyramid_ms"] = s.pyramidMs;
        e["networks_ms"] = s.networksMs;
        e["gflop_per_iteration"] = s.gflopPerIteration;
        e["gflops"] = s.achievedGflops;
        e["generator_parameters"] = double(s.generatorParameters);
        e["discriminator_parameters"] = double(s.discriminatorParameters);
        if (args.has("baseline")) {
            const double b = baselineMs[s.size];
            std::printf(" %.1f | %.2fx |", b, b > 0 ? b / s.medianMs : 0.0);
            e["baseline_ms"] = b;
            e["speedup"] = b > 0 ? b / s.medianMs : 0.0;
        }
        std::printf("\n");
        scales.push_back(e);
    }
    if (o.generationReps > 0) {
        std::printf("\nGeneration of one %dx%d slice (%d scales, RC): %.1f ms, %.1f GFLOP, %.1f GFLOP/s; pyramid %.1fM parameters",
                    r.generationSize, r.generationSize, r.generationScales, r.generationMs, r.generationGflop,
                    r.generationGflop / (r.generationMs / 1000), r.pyramidParameters / 1e6);
        if (baselineGenMs > 0) std::printf("; baseline %.1f ms (%.2fx)", baselineGenMs, baselineGenMs / r.generationMs);
        std::printf("\n");
    }
    if (args.has("json")) {
        Json j = Json::object();
        j["preset"] = o.preset;
        j["device"] = r.device;
        j["runtime"] = r.runtime;
        j["matmul_peak_gflops"] = r.matmulPeakGflops;
        j["batch"] = o.batch;
        j["vgg"] = r.vgg;
        j["unet"] = r.unet;
        j["scales"] = scales;
        j["generation_ms"] = r.generationMs;
        j["generation_gflop"] = r.generationGflop;
        j["pyramid_parameters"] = double(r.pyramidParameters);
        if (baselineGenMs > 0) j["baseline_generation_ms"] = baselineGenMs;
        j["baseline_threads"] = baselineThreads;
        std::cout << j.dump(2) << '\n';
    }
    return 0;
}

}  // namespace cosingan::cli
