#pragma once
// The two frozen feature networks of the reconstruction loss:
//  - VGG-19 `features` up to relu5_1 (MS-FVL), ImageNet weights loaded from a user's TorchScript
//    file (none can be bundled). The grey image is repeated to three channels and normalised with
//    ImageNet's mean and standard deviation.
//  - A 2-D U-Net for lung/infection segmentation (MS-FUL): base 32, 4 poolings, 4 classes
//    (background, left lung, right lung, infection). Its encoder blocks give the features.
#include "Losses.h"

#include <torch/torch.h>

#include <string>

namespace cosingan::gan {

struct Vgg19FeaturesImpl : torch::nn::Module, FeatureExtractor {
    Vgg19FeaturesImpl();
    std::vector<torch::Tensor> features(const torch::Tensor& image) override;
    // Loads ImageNet weights from a TorchScript module of torchvision's vgg19().features (or of the
    // whole vgg19: a "features." prefix is accepted). Throws std::runtime_error with the reason.
    void loadTorchScript(const std::string& path);

    torch::nn::Sequential layers{nullptr};  // torchvision indices 0..29 (conv1_1 .. relu5_1)
    torch::Tensor mean, stdev;
};
TORCH_MODULE(Vgg19Features);

struct SegmentationUNetImpl : torch::nn::Module, FeatureExtractor {
    SegmentationUNetImpl(int base = 32, int classes = 4);
    torch::Tensor forward(const torch::Tensor& image);  // logits [N, classes, H, W]
    std::vector<torch::Tensor> features(const torch::Tensor& image) override;  // 5 encoder outputs

    int base;
    std::vector<torch::nn::Sequential> encoder, decoder;
    std::vector<torch::nn::ConvTranspose2d> upsample;
    torch::nn::Conv2d head{nullptr};
};
TORCH_MODULE(SegmentationUNet);

}  // namespace cosingan::gan
