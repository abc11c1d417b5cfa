#pragma once
// Training and drawing the lungs alone: the bounding box of a slice's labelled pixels (lungs and
// infection) plus a margin, made square where the slice allows, so that the networks' few pixels
// go to the lungs (at 64 px a full-field slice leaves each lung ~10 px wide). Plain C++.
#include "SliceData.h"

#include <algorithm>
#include <vector>

namespace cosingan::gan {

struct PixelBox {
    int x = 0, y = 0, width = 0, height = 0;
    bool operator==(const PixelBox& o) const { return x == o.x && y == o.y && width == o.width && height == o.height; }
    bool covers(int fullWidth, int fullHeight) const { return x == 0 && y == 0 && width == fullWidth && height == fullHeight; }
};

// The labelled pixels' bounding box grown by `margin` times its longer side on every side, then
// its shorter side grown towards a square, all within the slice. A slice without labels gives the
// whole slice. margin must be >= 0.
PixelBox lungBox(const SliceData& slice, double margin);
// The same for several slices of one size (a volume's): one box holding every slice's labels.
PixelBox lungBox(const std::vector<const SliceData*>& slices, double margin);

// The part of `slice` inside `box` (image, when there is one, and labels); provenance kept.
SliceData cropSlice(const SliceData& slice, const PixelBox& box);

// The slice as a model with this lung box margin (GanConfig::lungCropMargin) sees it: its lung
// box, or the whole slice when the margin is negative or the slice holds nothing.
SliceData modelField(const SliceData& slice, double lungCropMargin);

// Copies a box's pixels (box.width * box.height) into a full row-major image `fullWidth` wide.
template <typename T>
void pasteBox(const std::vector<T>& part, const PixelBox& box, std::vector<T>& full, int fullWidth) {
    for (int r = 0; r < box.height; ++r)
        std::copy_n(part.begin() + long(size_t(r) * size_t(box.width)), box.width,
                    full.begin() + long(size_t(box.y + r) * size_t(fullWidth) + size_t(box.x)));
}

}  // namespace cosingan::gan
