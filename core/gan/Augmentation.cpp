#include "Augmentation.h"

#include "SlicePrep.h"

#include <cmath>

namespace cosingan::gan {

namespace F = torch::nn::functional;

torch::Tensor resizeImage(const torch::Tensor& image, int size) {
    if (image.size(-1) == size && image.size(-2) == size) return image;
    if (image.size(-1) < size)
        return F::interpolate(image, F::InterpolateFuncOptions()
                                         .size(std::vector<int64_t>{size, size})
                                         .mode(torch::kBilinear)
                                         .align_corners(false));
    return torch::adaptive_avg_pool2d(image, {size, size});  // "area" interpolation
}

torch::Tensor resizeCondition(const torch::Tensor& condition, int size) {
    if (condition.size(-1) == size && condition.size(-2) == size) return condition;
    return F::interpolate(condition,
                          F::InterpolateFuncOptions().size(std::vector<int64_t>{size, size}).mode(torch::kNearest));
}

Augmenter::Augmenter(const GanConfig& config, torch::Tensor image, torch::Tensor labels)
    : config_(config), image_(std::move(image)), labels_(std::move(labels)) {}

std::pair<torch::Tensor, torch::Tensor> Augmenter::augmentPair(int batch, int scaleIndex,
                                                               AugmentationStrength strength) const {
    const auto& a = config_.augmentation;
    const torch::Tensor img = image_.expand({batch, -1, -1, -1});
    const torch::Tensor lab = labels_.expand({batch, -1, -1, -1});
    if (strength == AugmentationStrength::None) return {img.contiguous(), lab.contiguous()};

    const int last = std::max<int>(1, int(config_.scales.size()) - 1);
    const double t = std::clamp(double(scaleIndex) / last, 0.0, 1.0);  // 0 at the coarsest scale
    const bool strong = strength == AugmentationStrength::Strong;
    const double cropMin = strong ? a.strongCropMinFirst + t * (a.strongCropMinLast - a.strongCropMinFirst) : a.weakCropMin;
    const double rotation = strong ? a.strongRotationFirst + t * (a.strongRotationLast - a.strongRotationFirst) : a.weakRotation;
    const double elastic = strong ? a.strongElasticFirst + t * (a.strongElasticLast - a.strongElasticFirst) : 0.0;

    // Per-sample parameters (tiny; drawn on the CPU generator so that CPU and CUDA runs with the
    // same seed augment alike), then the affine matrices mapping output to input coordinates in
    // grid_sample's normalised [-1,1] space: x_in = R * Flip * (s * x_out) + centre.
    const auto cpu = torch::TensorOptions().dtype(torch::kFloat);
    const torch::Tensor scale = torch::rand({batch}, cpu) * (1.0 - cropMin) + cropMin;
    const torch::Tensor centre = (torch::rand({batch, 2}, cpu) * 2 - 1) * (1 - scale).unsqueeze(1);
    const torch::Tensor angle = (torch::rand({batch}, cpu) * 2 - 1) * (rotation * M_PI / 180.0);
    torch::Tensor flip = torch::ones({batch, 2}, cpu);
    if (a.flips) flip = torch::where(torch::rand({batch, 2}, cpu) < 0.5, -flip, flip);
    const torch::Tensor c = torch::cos(angle), s = torch::sin(angle);
    torch::Tensor theta = torch::zeros({batch, 2, 3}, cpu);
    theta.select(2, 0).select(1, 0).copy_(c * flip.select(1, 0) * scale);
    theta.select(2, 1).select(1, 0).copy_(-s * flip.select(1, 1) * scale);
    theta.select(2, 0).select(1, 1).copy_(s * flip.select(1, 0) * scale);
    theta.select(2, 1).select(1, 1).copy_(c * flip.select(1, 1) * scale);
    theta.select(2, 2).copy_(centre);
    const int64_t W = image_.size(-1);
    torch::Tensor grid = F::affine_grid(theta.to(image_.device()), {batch, 1, W, W}, /*align_corners=*/false);

    if (elastic > 0) {
        // Smooth random displacement: uniform values on a coarse control grid, upsampled bicubically.
        const int g = a.elasticGrid;
        torch::Tensor coarse = (torch::rand({batch, 2, g, g}, cpu) * 2 - 1) * (2.0 * elastic);
        torch::Tensor field = F::interpolate(coarse.to(image_.device()), F::InterpolateFuncOptions()
                                                                            .size(std::vector<int64_t>{W, W})
                                                                            .mode(torch::kBicubic)
                                                                            .align_corners(true));
        grid = grid + field.permute({0, 2, 3, 1});
    }
    auto sampleWith = [&](const torch::Tensor& x, bool nearest) {
        auto options = F::GridSampleFuncOptions().padding_mode(torch::kZeros).align_corners(false);
        if (nearest) options.mode(torch::kNearest);
        else options.mode(torch::kBilinear);
        return F::grid_sample(x, grid, options);
    };
    // Outside the slice: air for the image (-1: sample x + 1 with zero padding, subtract 1),
    // background (0) for the labels.
    return {sampleWith(img + 1, false) - 1, sampleWith(lab, true)};
}

AugmentedPyramid Augmenter::pyramid(const torch::Tensor& image, const torch::Tensor& labels, int upToScale) const {
    AugmentedPyramid p;
    for (int i = 0; i <= upToScale; ++i) {
        const int size = config_.scales[size_t(i)].size;
        if (image.defined()) p.images.push_back(resizeImage(image, size));
        p.labels.push_back(resizeCondition(labels, size));
        p.conditions.push_back(labelsToCondition(p.labels.back(), config_.distinctLungConditions));
    }
    return p;
}

AugmentedPyramid Augmenter::sample(int batch, int scaleIndex, AugmentationStrength strength) const {
    auto [img, lab] = augmentPair(batch, scaleIndex, strength);
    return pyramid(img, lab, scaleIndex);
}

}  // namespace cosingan::gan
