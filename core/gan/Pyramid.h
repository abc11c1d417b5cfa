#pragma once
// The generator pyramid [paper eq. 1-3]: O_0 = G_0r(G_0s(C_0)); O_i = G_ir(G_is(U(O_{i-1}) + C_i)),
// U bilinear up-sampling, "+" element-wise on one-channel images. Holds both stages of every
// trained scale; frozen scales run in inference mode (no gradients, eval-mode batch norm).
#include "GanConfig.h"
#include "Networks.h"

#include <torch/torch.h>

#include <vector>

namespace cosingan::gan {

class GeneratorPyramid {
public:
    GeneratorPyramid(const GanConfig& config, const torch::Device& device);

    // A freshly initialised generator for scale i on the device, with the configured up-sampling.
    UNetGenerator makeGenerator(int scale) const;
    PatchDiscriminator makeDiscriminator(int scale) const;

    // Installs the trained stages of scale i (i == trainedScales()); they are frozen. stage2 may be
    // null: the scale has no stage 2 (GanConfig::hasStage2).
    void setScale(int scale, UNetGenerator stage1, UNetGenerator stage2);
    int trainedScales() const { return int(stage1_.size()); }
    UNetGenerator stage1(int i) const { return stage1_[size_t(i)]; }
    UNetGenerator stage2(int i) const { return stage2_[size_t(i)]; }  // null for a scale without stage 2

    // Input of scale i's stage-1 generator from the conditions of scales 0..i: C_0 at scale 0, else
    // U(O_{i-1}) + C_i, running the trained scales below i without gradients.
    torch::Tensor stage1Input(const std::vector<torch::Tensor>& conditions, int scale) const;

    // Runs trained scales 0..upTo; intermediates (if given) receive every stage's output.
    struct StageOutputs {
        torch::Tensor stage1, stage2;
    };
    torch::Tensor generate(const std::vector<torch::Tensor>& conditions, int upTo,
                           std::vector<StageOutputs>* intermediates = nullptr) const;

    // Dropout at test time (the paper's AD) for all trained scales.
    void setForceDropout(bool on);

    const GanConfig& config() const { return config_; }
    const torch::Device& device() const { return device_; }

private:
    GanConfig config_;
    torch::Device device_;
    std::vector<UNetGenerator> stage1_, stage2_;
};

torch::Tensor upsampleTo(const torch::Tensor& x, int size);

}  // namespace cosingan::gan
