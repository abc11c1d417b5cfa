#pragma once
// The CoSinGAN networks [cosingan-spec.md "Networks"]: a pix2pix U-Net generator of any depth
// (one input and one output channel) and the pix2pix PatchGAN discriminator on condition+image.
#include "UpConv.h"

#include <torch/torch.h>

#include <vector>

namespace cosingan::gan {

struct UNetGeneratorImpl : torch::nn::Module {
    // downs = number of stride-2 convolutions; widths ngf*min(2^k, 8); dropout(0.5) on the inner
    // 8*ngf -> 8*ngf decoder blocks (pix2pix rule).
    UNetGeneratorImpl(int downs, int ngf, int inChannels = 1, int outChannels = 1,
                      UpsamplingLayer upsampling = UpsamplingLayer::TransposedConvolution);
    torch::Tensor forward(const torch::Tensor& x);

    // Dropout is active in training mode, or at inference when forced (the paper's "AD").
    void setForceDropout(bool on) { forceDropout_ = on; }
    void setUpsampling(UpsamplingKernel kernel);
    int downs() const { return downs_; }
    // Whether any decoder block has dropout (pix2pix's rule needs at least six down-samplings).
    bool hasDropout() const;
    int baseChannels() const { return ngf_; }
    std::vector<int64_t> channels() const;

private:
    int downs_, ngf_;
    bool forceDropout_ = false;
    std::vector<torch::nn::Conv2d> down_;
    std::vector<torch::nn::BatchNorm2d> downNorm_;  // for levels 1 .. downs-2
    std::vector<UpConv> up_;
    std::vector<torch::nn::BatchNorm2d> upNorm_;    // for levels 1 .. downs-1
    std::vector<bool> dropout_;
};
TORCH_MODULE(UNetGenerator);

struct PatchDiscriminatorImpl : torch::nn::Module {
    PatchDiscriminatorImpl(int convLayers, int ndf, int padding, int inChannels = 2);
    torch::Tensor forward(const torch::Tensor& x);
    int convLayers() const { return convLayers_; }

private:
    int convLayers_;
    torch::nn::Sequential body_;
};
TORCH_MODULE(PatchDiscriminator);

// pix2pix initialisation: conv weights ~ N(0, 0.02), biases 0; batch-norm gamma ~ N(1, 0.02), beta 0.
void initialiseWeights(torch::nn::Module& module);
int64_t parameterCount(const torch::nn::Module& module);

// Copies parameters and buffers of `from` into `to` (same architecture).
void copyWeights(const torch::nn::Module& from, torch::nn::Module& to);
// Freezes or unfreezes: requires_grad on every parameter.
void setTrainable(torch::nn::Module& module, bool trainable);

}  // namespace cosingan::gan
