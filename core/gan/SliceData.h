#pragma once
// What the engine trains on and synthesises from, in plain C++ (no LibTorch in this header):
// an 8-bit lung-windowed slice and its label map (0 background, 1 left lung, 2 right lung,
// 3 infection), any width and height.
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace cosingan::gan {

struct SliceData {
    int width = 0, height = 0;
    std::vector<uint8_t> image;   // width*height, row-major; empty for a mask-only slice
    std::vector<uint8_t> labels;  // width*height, values 0..3
    std::string source;           // provenance: file or series it came from
    int sliceIndex = -1;          // axial index in that volume, -1 for 2-D images

    bool hasImage() const { return !image.empty(); }
    // Throw UserInputError (a std::invalid_argument) with a clear reason: sizes, label values,
    // empty masks.
    void validateForTraining() const;
    void validateAsMask() const;
    // For synthesis: validateAsMask(), then refuses masks a CoSinGAN cannot draw a chest from
    // (no labels, infection without lungs), saying how to make a condition of them.
    void validateAsCondition() const;
    // Pixel counts of labels 0..3.
    std::vector<size_t> labelCounts() const;
};

// A 2-D mask image's grey values as labels: 0..3 as they are; a condition image (0 background,
// 128 lung, 96 right lung, 255 infection) mapped to labels; anything else is refused
// (a UserInputError naming the file: `noun` is the caller's, marked for translation, such as
// COSINGAN_MESSAGE("Messages", "the mask"), `path` the file's name).
std::vector<uint8_t> labelsFromMaskValues(const std::vector<uint8_t>& values, const char* noun, const std::string& path);

// Refuses (UserInputError) mask values that hold only 0 and 1: a binary lesion mask (such as
// MosMed's) that would be read as "left lung" alone; the message says how to make a condition.
void refuseBinaryLesionMask(const std::vector<uint8_t>& values, const char* noun, const std::string& path);
// How to turn a lesion mask into a condition: a sentence of its own, marked for translation (a
// message's last argument).
const char* lesionMaskAdvice();

// One slice of columns x rows pixels (row-major) as rows x columns: the in-plane transposition of
// slices that the app and both CLI builds use (some collections store their slices transposed;
// whole volumes are transposed by core/image/InPlaneTranspose). Throws std::invalid_argument when
// the pixel count does not match.
std::vector<uint8_t> transposedPixels(const std::vector<uint8_t>& pixels, int columns, int rows);
// The slice with its image (if any) and labels transposed, width and height swapped.
SliceData transposed(SliceData slice);

// How a non-square slice was fitted into the square the networks work on [cosingan-spec.md
// "Data"]: padded to side x side (image with its background value, labels with 0), then resized.
struct SquareFit {
    int width = 0, height = 0, side = 0, padLeft = 0, padTop = 0;
    static SquareFit of(int width, int height);
};

}  // namespace cosingan::gan
