#include "Bench.h"

#include "gan/Device.h"
#include "gan/SlicePrep.h"
#include "gan/TrainStep.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <thread>
#include <torch/cuda.h>

namespace cosingan::gan {

namespace {

using Clock = std::chrono::steady_clock;

void synchronise(const torch::Device& d) {
    if (d.is_cuda()) torch::cuda::synchronize();
}

// The baseline's synthetic pair: body ellipse, two lungs, two lesions, noise (512 x 512).
std::pair<torch::Tensor, torch::Tensor> syntheticPair(int n, const torch::Device& device) {
    const torch::Tensor yy = torch::arange(n, torch::kFloat).div(n).view({n, 1}).expand({n, n});
    const torch::Tensor xx = torch::arange(n, torch::kFloat).div(n).view({1, n}).expand({n, n});
    auto ell = [&](double cx, double cy, double rx, double ry) {
        return ((xx - cx) / rx).pow(2) + ((yy - cy) / ry).pow(2) < 1;
    };
    const torch::Tensor body = ell(.5, .5, .42, .36), ll = ell(.32, .48, .13, .24), rl = ell(.68, .48, .13, .24);
    const torch::Tensor inf = (ell(.30, .55, .05, .07) | ell(.70, .40, .04, .04)) & (ll | rl);
    torch::Tensor img = torch::zeros({n, n});
    img.masked_fill_(body, 150).masked_fill_(ll | rl, 30).masked_fill_(inf, 110);
    img = (img + torch::randn({n, n}) * 12).clamp(0, 255) / 127.5 - 1;
    torch::Tensor labels = torch::zeros({n, n});
    labels.masked_fill_(rl, 1).masked_fill_(ll, 2).masked_fill_(inf, 3);
    return {img.view({1, 1, n, n}).to(device), labels.view({1, 1, n, n}).to(device)};
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double matmulPeak(const torch::Device& device) {
    const int64_t n = device.is_cuda() ? 8192 : 1536;
    torch::NoGradGuard g;
    const torch::Tensor a = torch::randn({n, n}, torch::TensorOptions().device(device));
    const torch::Tensor b = torch::randn({n, n}, torch::TensorOptions().device(device));
    torch::mm(a, b);
    synchronise(device);
    double best = 0;
    for (int r = 0; r < 3; ++r) {
        const auto t0 = Clock::now();
        torch::mm(a, b);
        synchronise(device);
        const double s = std::chrono::duration<double>(Clock::now() - t0).count();
        best = std::max(best, 2.0 * double(n) * n * n / s / 1e9);
    }
    return best;
}

}  // namespace

BenchReport runBench(const BenchOptions& o, const std::function<void(const std::string&)>& log) {
    BenchReport report;
    const torch::Device device = resolveDevice(o.device);
    configureThreads(o.threads, o.blasThreads);
    requireDeterminism(false);
    report.runtime = runtimeSummary();
    report.device = device.str();
    log("runtime: " + report.runtime);
    // The peak uses every core for BLAS (training keeps OpenBLAS at one thread inside LibTorch's
    // parallel regions), then the configured counts are restored.
    const int cores = int(std::max(1u, std::thread::hardware_concurrency()));
    configureThreads(o.threads, cores);
    report.matmulPeakGflops = matmulPeak(device);
    configureThreads(o.threads, o.blasThreads);
    log("matmul peak: " + std::to_string(int(report.matmulPeakGflops)) + " GFLOP/s (" + std::to_string(cores) +
        " BLAS threads)");

    GanConfig config = makePreset(o.preset);
    config.batchSize = o.batch;
    config.device = o.device;
    Json j = config.toJson();
    j["upsampling"] = o.upsampling;
    config = GanConfig::fromJson(j);
    torch::manual_seed(0);
    auto [image, labels] = syntheticPair(config.augmentation.workingSize, device);
    const Augmenter augmenter(config, image, labels);

    // Frozen, randomly initialised pyramid below the scale being timed (the cost is the same as
    // trained weights).
    GeneratorPyramid pyramid(config, device);
    auto fillPyramid = [&](int upTo) {
        for (int i = pyramid.trainedScales(); i < upTo; ++i)
            pyramid.setScale(i, pyramid.makeGenerator(i), config.hasStage2(i) ? pyramid.makeGenerator(i) : UNetGenerator(nullptr));
    };
    const bool withVgg = o.vgg && config.losses.vggFeatures > 0, withUnet = o.unet && config.losses.unetFeatures > 0;
    report.vgg = withVgg;
    report.unet = withUnet;
    const int segChannels = config.segmentation.baseChannels;
    Vgg19Features vgg{nullptr};
    SegmentationUNet seg{nullptr};
    if (withVgg) {
        vgg = Vgg19Features();
        vgg->to(device);
        vgg->eval();
    }
    if (withUnet) {
        seg = SegmentationUNet(segChannels, 4);
        seg->to(device);
        seg->eval();
        setTrainable(*seg, false);
    }

    const auto& paper = config.scales;
    std::vector<int> sizes = o.sizes;
    if (sizes.empty())
        for (const ScaleSpec& s : paper) sizes.push_back(s.size);
    for (int size : sizes) {
        const auto it = std::find_if(paper.begin(), paper.end(), [&](const ScaleSpec& s) { return s.size == size; });
        if (it == paper.end())
            throw std::invalid_argument("bench: " + std::to_string(size) + " px is not a scale of the preset " + o.preset);
        const int scale = int(it - paper.begin());
        fillPyramid(scale);
        StageNets nets;
        nets.generator = pyramid.makeGenerator(scale);
        nets.discriminator = pyramid.makeDiscriminator(scale);
        nets.makeOptimisers(2e-4, 0.5, 0.999);
        nets.generator->train();
        nets.discriminator->train();
        const StepContext ctx{config, augmenter, pyramid, vgg, seg};
        StepTimes times;
        std::vector<double> ms;
        for (int r = 0; r < o.warmup + o.iterations; ++r) {
            StepTimes t;
            synchronise(device);
            const auto t0 = Clock::now();
            trainingStep(ctx, scale, 1, nets, &t);
            synchronise(device);
            if (r < o.warmup) continue;
            ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
            times.augmentMs += t.augmentMs / o.iterations;
            times.pyramidMs += t.pyramidMs / o.iterations;
            times.networksMs += t.networksMs / o.iterations;
        }
        ScaleTiming s;
        s.size = size;
        s.medianMs = median(ms);
        s.minMs = *std::min_element(ms.begin(), ms.end());
        s.augmentMs = times.augmentMs;
        s.pyramidMs = times.pyramidMs;
        s.networksMs = times.networksMs;
        s.generatorParameters = parameterCount(*nets.generator);
        s.discriminatorParameters = parameterCount(*nets.discriminator);
        // FLOPs of one iteration: frozen pyramid (both stages, forward), G forward + backward (3x),
        // D: step (2 forwards, their backward: 6x) + G step (forward + input gradients: 2x), the
        // feature networks: target forward, output forward, input gradients (3x).
        const int b = o.batch, ngf = config.generatorBaseChannels;
        double f = 0;
        for (int i = 0; i < scale; ++i)
            f += (config.hasStage2(i) ? 2 : 1) * generatorForwardFlops(paper[size_t(i)].generatorDowns, ngf, paper[size_t(i)].size);
        f += 3 * generatorForwardFlops(it->generatorDowns, ngf, size);
        f += 8 * discriminatorForwardFlops(it->discriminatorConvs, config.discriminatorBaseChannels, config.discriminatorPadding, size);
        if (withVgg) f += 3 * vggForwardFlops(size);
        if (withUnet) f += 3 * segmentationEncoderFlops(segChannels, size);
        s.gflopPerIteration = f * b / 1e9;
        s.achievedGflops = s.gflopPerIteration / (s.medianMs / 1000.0);
        report.scales.push_back(s);
        char line[256];
        std::snprintf(line, sizeof line, "scale %3d px: %9.1f ms/iteration (min %.1f; augment %.1f, pyramid %.1f, networks %.1f) %7.1f GFLOP -> %6.1f GFLOP/s",
                      size, s.medianMs, s.minMs, s.augmentMs, s.pyramidMs, s.networksMs, s.gflopPerIteration, s.achievedGflops);
        log(line);
    }

    // Generation of one slice of the finest size through the whole pyramid, randomised condition on.
    if (o.generationReps > 0) {
        fillPyramid(int(paper.size()));
        for (int i = 0; i < pyramid.trainedScales(); ++i)
            report.pyramidParameters +=
                parameterCount(*pyramid.stage1(i)) + (pyramid.stage2(i) ? parameterCount(*pyramid.stage2(i)) : 0);
        torch::NoGradGuard g;
        auto once = [&] {
            std::vector<torch::Tensor> conds;
            for (const auto& s : paper) {
                const torch::Tensor l = resizeCondition(labels, s.size);
                conds.push_back(randomisedCondition(l, RandomConditionSpec{}, false));
            }
            torch::Tensor out = pyramid.generate(conds, int(paper.size()) - 1);
            synchronise(device);
            return out;
        };
        once();
        std::vector<double> ms;
        for (int r = 0; r < o.generationReps; ++r) {
            const auto t0 = Clock::now();
            once();
            ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
        }
        report.generationMs = median(ms);
        report.generationSize = config.finestSize();
        report.generationScales = int(paper.size());
        for (size_t i = 0; i < paper.size(); ++i)
            report.generationGflop += (config.hasStage2(int(i)) ? 2 : 1) *
                                      generatorForwardFlops(paper[i].generatorDowns, config.generatorBaseChannels, paper[i].size) / 1e9;
        char line[160];
        std::snprintf(line, sizeof line, "generation %dx%d (%d scales, RC): %.1f ms per slice, %.1f GFLOP -> %.1f GFLOP/s",
                      report.generationSize, report.generationSize, report.generationScales, report.generationMs,
                      report.generationGflop, report.generationGflop / (report.generationMs / 1000));
        log(line);
    }
    return report;
}

}  // namespace cosingan::gan
