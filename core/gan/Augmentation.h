#pragma once
// Hierarchical augmentation [paper §2.1.3; magnitudes in GanConfig]: random crop, rotation, flips
// and (strong only) elastic deformation, applied identically to image and condition on the device
// the model trains on (one affine grid plus a smooth displacement field, one grid_sample per
// tensor), at the working resolution; then the scale pyramid is cut from the augmented pair.
#include "GanConfig.h"

#include <torch/torch.h>

#include <vector>

namespace cosingan::gan {

struct AugmentedPyramid {
    std::vector<torch::Tensor> images;      // per scale [N,1,s,s], area-resized
    std::vector<torch::Tensor> labels;      // per scale [N,1,s,s] label ids, nearest-resized
    std::vector<torch::Tensor> conditions;  // per scale [N,1,s,s], the labels' condition encoding
};

enum class AugmentationStrength { Strong, Weak, None };

class Augmenter {
public:
    // image: [1,1,W,W] in [-1,1]; labels: [1,1,W,W] label ids (float); both at the working size on
    // the training device. Conditions are derived from the augmented labels, so they stay exact.
    Augmenter(const GanConfig& config, torch::Tensor image, torch::Tensor labels);

    // A batch of augmented pairs for training scale `scaleIndex` (its intensity for strong
    // augmentation), resized to scales 0..scaleIndex. Random numbers come from torch's generator.
    AugmentedPyramid sample(int batch, int scaleIndex, AugmentationStrength strength) const;

    // The augmented image and labels at the working size, before the pyramid is cut.
    std::pair<torch::Tensor, torch::Tensor> augmentPair(int batch, int scaleIndex, AugmentationStrength strength) const;

    // The resized pyramid of a given pair (image may be undefined for masks alone).
    AugmentedPyramid pyramid(const torch::Tensor& image, const torch::Tensor& labels, int upToScale) const;

private:
    GanConfig config_;
    torch::Tensor image_, labels_;
};

// Resizing used for the pyramid (area for images, nearest for conditions).
torch::Tensor resizeImage(const torch::Tensor& image, int size);
torch::Tensor resizeCondition(const torch::Tensor& condition, int size);

}  // namespace cosingan::gan
