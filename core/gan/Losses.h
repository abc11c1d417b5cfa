#pragma once
// The CoSinGAN objective [paper eq. 4-6; cosingan-spec.md "Objective"]. Images and conditions are
// in the network range [-1, 1].
#include <torch/torch.h>

#include <vector>

namespace cosingan::gan {

// pix2pix "vanilla" GAN loss: BCE with logits against an all-real or all-fake target.
torch::Tensor adversarialLoss(const torch::Tensor& logits, bool real);

// Weighted pixel-wise L1: mean of w(class) * |out - target|, the class read from the condition
// (background < 0.25 <= lung < 0.75 <= infection on the [0,1] condition scale).
torch::Tensor wppl(const torch::Tensor& out, const torch::Tensor& target, const torch::Tensor& condition,
                   double wBackground, double wLung, double wInfection);

// MS-SSIM (Wang 2003 level weights, Gaussian window 11, sigma 1.5) of images in [-1,1] mapped to
// [0,1]. Uses as many levels as fit the window and renormalises their weights (32 px holds 2).
torch::Tensor msssim(const torch::Tensor& x, const torch::Tensor& y);
inline torch::Tensor msssimLoss(const torch::Tensor& x, const torch::Tensor& y) { return 1.0 - msssim(x, y); }
// Single-scale SSIM with the same window (mean over the image).
torch::Tensor ssim(const torch::Tensor& x, const torch::Tensor& y);
// How many MS-SSIM levels an image of this side holds.
int msssimLevels(int64_t side);

// A frozen feature network for the multi-scale feature losses (MS-FVL, MS-FUL).
class FeatureExtractor {
public:
    virtual ~FeatureExtractor() = default;
    virtual std::vector<torch::Tensor> features(const torch::Tensor& image) = 0;  // image in [-1,1]
};

// sum_l w_l * L1(f_l(out), f_l(target)); the target's features carry no gradient. Weights
// 1/32, 1/16, 1/8, 1/4, 1 (pix2pixHD).
torch::Tensor featureMatchingLoss(FeatureExtractor& net, const torch::Tensor& out, const torch::Tensor& target);

}  // namespace cosingan::gan
