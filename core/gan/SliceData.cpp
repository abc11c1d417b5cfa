#include "SliceData.h"

#include <utility>

#include "util/UserMessage.h"

#include <algorithm>

namespace cosingan::gan {

std::vector<size_t> SliceData::labelCounts() const {
    std::vector<size_t> counts(4, 0);
    for (uint8_t l : labels)
        if (l < 4) ++counts[l];
    return counts;
}

void SliceData::validateAsMask() const {
    if (width <= 0 || height <= 0) throw UserInputError(COSINGAN_MESSAGE("Messages", "The mask is empty (no pixels)."), {});
    if (width < 16 || height < 16)
        throw UserInputError(COSINGAN_MESSAGE("Messages", "The mask is too small (at least 16 x 16 pixels)."), {});
    if (labels.size() != size_t(width) * size_t(height))
        throw UserInputError(COSINGAN_MESSAGE("Messages", "The mask has %1 values for a %2 x %3 slice."),
                             {std::to_string(labels.size()), std::to_string(width), std::to_string(height)});
    for (uint8_t l : labels)
        if (l > 3)
            throw UserInputError(COSINGAN_MESSAGE("Messages", "The mask holds the value %1; labels are 0 background, "
                                                              "1 left lung, 2 right lung, 3 infection."),
                                 {std::to_string(int(l))});
}

const char* lesionMaskAdvice() {
    return COSINGAN_MESSAGE("Messages", "To synthesise from a lesion mask, make it a condition first: lungs plus the "
                                        "lesions as infection (paint or propose the lungs in the app, or cosingan "
                                        "bundle CT_IMAGE --infection LESION_MASK --auto-lungs --out MASK.pt).");
}

void refuseBinaryLesionMask(const std::vector<uint8_t>& values, const char* noun, const std::string& path) {
    bool binary = true, any = false;
    for (uint8_t v : values) {
        binary = binary && v <= 1;
        any = any || v == 1;
    }
    if (binary && any)
        throw UserInputError(COSINGAN_MESSAGE("Messages", "%1 '%2' holds only the values 0 and 1: it looks like a binary "
                                                          "lesion mask, which would be read as \"left lung\" and nothing "
                                                          "else (a label map uses 1 left lung, 2 right lung, 3 infection). %3"),
                             {noun, path, lesionMaskAdvice()});
}

void SliceData::validateAsCondition() const {
    validateAsMask();
    const auto c = labelCounts();
    // The advice is an argument of its own: the app translates it as a sentence of its own.
    if (c[1] + c[2] + c[3] == 0) {
        if (source.empty())
            throw UserInputError(COSINGAN_MESSAGE("Messages", "The mask is empty (background only). %1"), {lesionMaskAdvice()});
        throw UserInputError(COSINGAN_MESSAGE("Messages", "The mask '%1' is empty (background only). %2"),
                             {source, lesionMaskAdvice()});
    }
    if (c[1] + c[2] == 0) {
        if (source.empty())
            throw UserInputError(COSINGAN_MESSAGE("Messages", "The mask has infection but no lungs: CoSinGAN draws the "
                                                              "chest from the lung labels. %1"),
                                 {lesionMaskAdvice()});
        throw UserInputError(COSINGAN_MESSAGE("Messages", "The mask '%1' has infection but no lungs: CoSinGAN draws the "
                                                          "chest from the lung labels. %2"),
                             {source, lesionMaskAdvice()});
    }
}

void SliceData::validateForTraining() const {
    validateAsMask();
    if (image.size() != labels.size())
        throw UserInputError(COSINGAN_MESSAGE("Messages", "The image (%1 pixels) and the mask (%2 pixels) do not match."),
                             {std::to_string(image.size()), std::to_string(labels.size())});
    const auto c = labelCounts();
    if (c[1] + c[2] + c[3] == 0)
        throw UserInputError(COSINGAN_MESSAGE("Messages", "The mask is empty: paint the lungs (and any infection) first."), {});
    if (c[1] + c[2] == 0)
        throw UserInputError(COSINGAN_MESSAGE("Messages", "The mask has no lungs: CoSinGAN learns the chest from the lung "
                                                          "labels; paint or propose the lungs first."),
                             {});
    const auto mm = std::minmax_element(image.begin(), image.end());
    if (*mm.first == *mm.second)
        throw UserInputError(COSINGAN_MESSAGE("Messages", "The image is blank (a single grey value)."), {});
}

std::vector<uint8_t> transposedPixels(const std::vector<uint8_t>& pixels, int columns, int rows) {
    if (columns < 0 || rows < 0 || pixels.size() != size_t(columns) * size_t(rows))
        throw std::invalid_argument("transposedPixels: the pixel count does not match the size");
    std::vector<uint8_t> t(pixels.size());
    for (int y = 0; y < rows; ++y)
        for (int x = 0; x < columns; ++x) t[size_t(x) * size_t(rows) + size_t(y)] = pixels[size_t(y) * size_t(columns) + size_t(x)];
    return t;
}

SliceData transposed(SliceData slice) {
    if (slice.hasImage()) slice.image = transposedPixels(slice.image, slice.width, slice.height);
    slice.labels = transposedPixels(slice.labels, slice.width, slice.height);
    std::swap(slice.width, slice.height);
    return slice;
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

std::vector<uint8_t> labelsFromMaskValues(const std::vector<uint8_t>& values, const char* noun, const std::string& path) {
    bool small = true, condition = true;
    for (uint8_t v : values) {
        small = small && v <= 3;
        condition = condition && (v == 0 || v == 96 || v == 128 || v == 255);
    }
    if (small) return values;
    if (!condition)
        throw UserInputError(COSINGAN_MESSAGE("Messages", "%1 '%2' is neither a label map (values 0..3) nor a condition "
                                                          "image (0 background, 128 lung, 255 infection)."),
                             {noun, path});
    std::vector<uint8_t> labels(values.size());
    for (size_t i = 0; i < values.size(); ++i)
        labels[i] = values[i] == 255 ? 3 : values[i] == 128 ? 1 : values[i] == 96 ? 2 : 0;
    return labels;
}

}  // namespace cosingan::gan
