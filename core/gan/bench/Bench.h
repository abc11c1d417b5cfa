#pragma once
// The engine's benchmark (cosingan bench), without LibTorch in this header: per scale of a preset, the
// time of one stage-1 training iteration (augmentation, frozen pyramid, D and G steps with the full
// loss, batch 4) and of generating one slice through the whole pyramid; model FLOPs
// counted from the layer shapes; a matmul peak measured in the same run; threads and BLAS.
#include <functional>
#include <string>
#include <vector>

namespace cosingan::gan {

struct BenchOptions {
    std::string preset = "paper";   // whose networks and losses (a baseline preset: one scale)
    std::vector<int> sizes;         // scales of the preset to time; empty = all
    int iterations = 4, warmup = 2, batch = 4;
    bool vgg = true, unet = true;   // the feature terms, where the preset has them (random weights: the cost is the same)
    int generationReps = 3;
    std::string device = "cpu";
    int threads = 0;                // 0: all cores
    int blasThreads = 0;            // 0: the engine's default
    std::string upsampling = "auto";
};

struct ScaleTiming {
    int size = 0;
    double medianMs = 0, minMs = 0;
    double augmentMs = 0, pyramidMs = 0, networksMs = 0;  // means
    double gflopPerIteration = 0, achievedGflops = 0;
    long long generatorParameters = 0, discriminatorParameters = 0;
};

struct BenchReport {
    std::vector<ScaleTiming> scales;
    double generationMs = 0, generationGflop = 0;  // one slice of the finest size through every scale (RC on)
    int generationSize = 0, generationScales = 0;
    long long pyramidParameters = 0;               // all generators, both stages
    double matmulPeakGflops = 0;
    bool vgg = false, unet = false;  // whether the feature terms were timed (asked for and in the preset's loss)
    std::string runtime;   // LibTorch, threads, BLAS
    std::string device;
};

BenchReport runBench(const BenchOptions& options, const std::function<void(const std::string&)>& log);

// Model FLOPs (multiply-add = 2) of one forward pass at batch 1, from the layer shapes.
double generatorForwardFlops(int downs, int ngf, int size);
double discriminatorForwardFlops(int convLayers, int ndf, int padding, int size);
double vggForwardFlops(int size);
double segmentationEncoderFlops(int base, int size);

}  // namespace cosingan::gan
