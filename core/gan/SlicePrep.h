#pragma once
// From SliceData to network tensors and back [cosingan-spec.md "Data", "Synthesis"]:
// square padding, resizing, the [-1,1] range, the condition encoding (background 0, lung 128,
// infection 255) and the randomised condition (RC) of the paper.
#include "SliceData.h"

#include <torch/torch.h>

namespace cosingan::gan {

struct PreparedSlice {
    torch::Tensor image;   // [1,1,S,S] in [-1,1] (undefined for a mask-only slice)
    torch::Tensor labels;  // [1,1,S,S] float label ids 0..3 (nearest-resized)
    SquareFit fit;
};

PreparedSlice prepareSlice(const SliceData& slice, int workingSize, const torch::Device& device);

// Label ids -> condition in [-1,1]: 0 -> 0, lungs -> 128 (right lung 96 when distinct), infection -> 255.
torch::Tensor labelsToCondition(const torch::Tensor& labels, bool distinctLungs);

// Randomised condition: each pixel drawn in its class's interval (8-bit units) background
// [0, db], lung [128-dl, 128+dl], infection [255-di, 255]; fresh values for every call.
struct RandomConditionSpec {
    double deltaBackground = 16, deltaLung = 16, deltaInfection = 32;
    // false: a value per pixel (the paper's wording, "adding random noise"); true: one value per
    // class region of each image (each image's background, lungs and infection shifted as a whole:
    // low-frequency change the generator cannot average away) [chosen option].
    bool perRegion = false;
};
torch::Tensor randomisedCondition(const torch::Tensor& labels, const RandomConditionSpec& spec, bool distinctLungs);

// [N,1,s,s] network output -> 8-bit images in the slice's original size (undoing the square fit).
std::vector<std::vector<uint8_t>> restoreImages(const torch::Tensor& out, const SquareFit& fit);
// [N,1,s,s] network output -> 8-bit square images of size s (previews, intermediates).
std::vector<std::vector<uint8_t>> toEightBit(const torch::Tensor& out);

}  // namespace cosingan::gan
