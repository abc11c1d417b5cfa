#pragma once
// Every knob of a CoSinGAN model and its training, with the paper's values as the `paper` preset
// (cosingan-spec.md) and smaller presets that run on a laptop CPU. Plain C++: the UI and the CLI
// include this without LibTorch.
#include "util/Json.h"

#include <string>
#include <vector>

namespace cosingan::gan {

struct ScaleSpec {
    int size = 32;           // side of the square image at this scale
    int generatorDowns = 4;  // U-Net down-samplings
    int discriminatorConvs = 6;  // PatchGAN conv layers (n_layers = convs - 2)
    // Per-scale overrides of the global schedule [chosen; the paper trains every scale alike]:
    // 0 keeps the global value. stage2Iterations < 0: this scale has no stage 2 (its stage-1 output
    // is the scale's output). trainCrop > 0: the scale trains on random crops of that side (the
    // networks are fully convolutional; generation runs on the whole image).
    int stage1Iterations = 0, stage2Iterations = 0;
    int batchSize = 0;
    int trainCrop = 0;
};

struct StageSchedule {
    int iterations = 4000;
    double learningRate = 2e-4;
    int decayStart = 2000;   // constant until here, then linear decay reaching 0 at `iterations`
};

struct LossWeights {
    double adversarial = 1.0;
    double wppl = 10.0;
    double l1 = 0.0;             // pix2pix's plain L1 (no class weights); the baselines may use it instead of WPPL
    double msssim = 1.0;
    double vggFeatures = 10.0;   // MS-FVL, needs vggWeightsPath
    double unetFeatures = 10.0;  // MS-FUL
    double classBackground = 0.1, classLung = 0.5, classInfection = 1.0;  // WPPL class weights
};

struct AugmentationSpec {
    int workingSize = 512;            // augmentation happens at this resolution, then the pyramid
    // Strong augmentation (stage 1); the intensity goes linearly from the first to the last scale.
    double strongCropMinFirst = 0.5, strongCropMinLast = 0.75;   // crop side fraction lower bound
    double strongRotationFirst = 20.0, strongRotationLast = 5.0;  // degrees, +-
    double strongElasticFirst = 0.03, strongElasticLast = 0.01;   // max displacement, fraction of side
    int elasticGrid = 8;                                          // control points per side
    // Weak augmentation (stage 2): the same at every scale, no elastic deformation.
    double weakCropMin = 0.75;
    double weakRotation = 5.0;
    bool flips = true;                // horizontal and vertical flips, p = 0.5 each
};

struct SegmentationSpec {
    // MS-FUL's feature network: a 2-D U-Net for lung/infection segmentation. Trained first on the
    // training slice (pretrainIterations > 0) or loaded from weightsPath.
    std::string weightsPath;
    int pretrainIterations = 300;
    int baseChannels = 32;
    double learningRate = 1e-3;
    int batchSize = 4;
};

enum class UpsamplingKernel { Auto, Transposed, PhaseConvolution };

// What the generator's decoder up-samples with. The paper's (pix2pix) 4x4 stride-2 transposed
// convolution, or nearest-neighbour doubling followed by a 3x3 convolution, which cannot produce
// the transposed convolution's checkerboard pattern (docs/presets.md measures both).
enum class UpsamplingLayer { TransposedConvolution, ResizeConvolution };

struct GanConfig {
    std::string preset = "paper";
    std::vector<ScaleSpec> scales;
    int generatorBaseChannels = 64;     // ngf
    int discriminatorBaseChannels = 64; // ndf
    int discriminatorPadding = 2;       // pix2pix's padw = 1 collapses the patch map at 32/64/128 px
    bool initialiseFromPreviousScale = true;  // paired scales share depth [paper: reusability]
    StageSchedule stage1{4000, 2e-4, 2000};
    StageSchedule stage2{2000, 1e-4, 1000};
    int batchSize = 4;
    double adamBeta1 = 0.5, adamBeta2 = 0.999;
    LossWeights losses;
    std::string vggWeightsPath;         // TorchScript VGG-19 (ImageNet); empty = MS-FVL off
    SegmentationSpec segmentation;
    AugmentationSpec augmentation;
    UpsamplingKernel upsampling = UpsamplingKernel::Auto;  // how a transposed convolution is computed
    UpsamplingLayer upsamplingLayer = UpsamplingLayer::TransposedConvolution;
    bool distinctLungConditions = false;  // encode the right lung as 96 instead of 128 (option)
    // >= 0: the model trains on, and draws, each slice's lung box (LungBox.h) grown by this
    // fraction of its longer side; < 0: the whole slice, as in the paper [chosen option].
    double lungCropMargin = -1;
    bool cropsToLungs() const { return lungCropMargin >= 0; }
    unsigned long long seed = 1;
    bool deterministic = false;         // CUDA: deterministic kernels (slower); CPU runs are always reproducible
    std::string device = "cpu";         // "cpu", "cuda", "cuda:N"
    int threads = 0;                    // intra-op threads on CPU; 0 = all cores
    int blasThreads = 0;                // OpenBLAS threads; 0 = the engine's default (docs/benchmarks.md)
    int previewEvery = 50;              // iterations between preview images
    int checkpointEvery = 100;          // iterations between checkpoints

    // The schedule stage 1 or 2 of a scale trains with (the per-scale iteration counts with the
    // global learning rate and the global share of constant-rate iterations).
    StageSchedule schedule(int scale, int stage) const;
    bool hasStage2(int scale) const { return scales.at(size_t(scale)).stage2Iterations >= 0; }
    int batchAt(int scale) const;
    int iterationsAt(int scale) const;  // both stages
    // Every scale trains stage 1 or 2 for n iterations (per-scale counts dropped; a scale without
    // stage 2 keeps none), the constant-rate share of the stage kept.
    void setIterations(int stage, int n);

    // Throws std::invalid_argument naming the first impossible parameter.
    void validate() const;
    int finestSize() const { return scales.empty() ? 0 : scales.back().size; }

    Json toJson() const;
    static GanConfig fromJson(const Json& j);  // missing keys keep the paper's values
};

// The lung box margin when a preset does not say (a tenth of the box on every side).
constexpr double kDefaultLungCropMargin = 0.1;

// Presets: "paper" (9 scales, 32..512, 4000+2000 iterations), "cpu-medium" and "cpu-fast" (up to
// 128 px on 2 CPU cores), "tiny" (tests), and the paper's baselines: "pix2pix" (one scale, pix2pix's
// unet_256 at 256 px, 3-layer PatchGAN, WPPL x100) and "enhanced-pix2pix" (the same with the mixed
// reconstruction loss), each also as "-128" (unet_128 at 128 px) for CPU budgets.
GanConfig makePreset(const std::string& name);
std::vector<std::string> presetNames();
// The paper's baselines (one-scale pix2pix models), not CoSinGAN.
bool isBaselinePreset(const std::string& name);
// One line describing what the preset costs (shown in the CLI and the GUI).
std::string presetDescription(const std::string& name);

// The paper's pyramid: sizes 32..512 with (4,4,5,5,6,6,7,7,7) down-samplings and
// (6,6,7,7,8,8,9,9,9) discriminator conv layers.
std::vector<ScaleSpec> paperScales();

}  // namespace cosingan::gan
