#include "SliceData.h"

#include <algorithm>

namespace cosingan::gan {

std::vector<size_t> SliceData::labelCounts() const {
    std::vector<size_t> counts(4, 0);
    for (uint8_t l : labels)
        if (l < 4) ++counts[l];
    return counts;
}

void SliceData::validateAsMask() const {
    if (width <= 0 || height <= 0) throw std::invalid_argument("the mask is empty (no pixels)");
    if (width < 16 || height < 16) throw std::invalid_argument("the mask is too small (at least 16 x 16 pixels)");
    if (labels.size() != size_t(width) * size_t(height))
        throw std::invalid_argument("the mask has " + std::to_string(labels.size()) + " values for a " +
                                    std::to_string(width) + " x " + std::to_string(height) + " slice");
    for (uint8_t l : labels)
        if (l > 3)
            throw std::invalid_argument("the mask holds the value " + std::to_string(int(l)) +
                                        "; labels are 0 background, 1 left lung, 2 right lung, 3 infection");
}

const char* lesionMaskAdvice() {
    return "To synthesise from a lesion mask, make it a condition first: lungs plus the lesions as infection "
           "(cosingan bundle CT_IMAGE --infection LESION_MASK --auto-lungs --out MASK.pt, or paint it in the app).";
}

void refuseBinaryLesionMask(const std::vector<uint8_t>& values, const std::string& what) {
    bool binary = true, any = false;
    for (uint8_t v : values) {
        binary = binary && v <= 1;
        any = any || v == 1;
    }
    if (binary && any)
        throw std::invalid_argument(what + " holds only the values 0 and 1: it looks like a binary lesion mask, which "
                                           "would be read as \"left lung\" and nothing else. " + lesionMaskAdvice() +
                                    " (A label map uses 1 left lung, 2 right lung, 3 infection.)");
}

void SliceData::validateAsCondition() const {
    validateAsMask();
    const auto c = labelCounts();
    const std::string name = source.empty() ? std::string("the mask") : "the mask '" + source + "'";
    if (c[1] + c[2] + c[3] == 0) throw std::invalid_argument(name + " is empty (background only). " + lesionMaskAdvice());
    if (c[1] + c[2] == 0)
        throw std::invalid_argument(name + " has infection but no lungs: CoSinGAN draws the chest from the lung labels. " +
                                    lesionMaskAdvice());
}

void SliceData::validateForTraining() const {
    validateAsMask();
    if (image.size() != labels.size())
        throw std::invalid_argument("the image (" + std::to_string(image.size()) + " pixels) and the mask (" +
                                    std::to_string(labels.size()) + " pixels) do not match");
    const auto c = labelCounts();
    if (c[1] + c[2] + c[3] == 0) throw std::invalid_argument("the mask is empty: paint the lungs (and any infection) first");
    if (c[1] + c[2] == 0)
        throw std::invalid_argument("the mask has no lungs: CoSinGAN learns the chest from the lung labels; paint or "
                                    "propose the lungs first");
    const auto mm = std::minmax_element(image.begin(), image.end());
    if (*mm.first == *mm.second) throw std::invalid_argument("the image is blank (a single grey value)");
}

SquareFit SquareFit::of(int width, int height) {
    SquareFit f;
    f.width = width;
    f.height = height;
    f.side = std::max(width, height);
    f.padLeft = (f.side - width) / 2;
    f.padTop = (f.side - height) / 2;
    return f;
}

}  // namespace cosingan::gan

namespace cosingan::gan {

std::vector<uint8_t> labelsFromMaskValues(const std::vector<uint8_t>& values, const std::string& what) {
    bool small = true, condition = true;
    for (uint8_t v : values) {
        small = small && v <= 3;
        condition = condition && (v == 0 || v == 96 || v == 128 || v == 255);
    }
    if (small) return values;
    if (!condition)
        throw std::invalid_argument(what + " is neither a label map (values 0..3) nor a condition image "
                                           "(0 background, 128 lung, 255 infection)");
    std::vector<uint8_t> labels(values.size());
    for (size_t i = 0; i < values.size(); ++i)
        labels[i] = values[i] == 255 ? 3 : values[i] == 128 ? 1 : values[i] == 96 ? 2 : 0;
    return labels;
}

}  // namespace cosingan::gan
