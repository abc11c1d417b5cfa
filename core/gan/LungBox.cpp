#include "LungBox.h"

#include <algorithm>
#include <cmath>

namespace cosingan::gan {

namespace {

// Grows [lo, lo + length) to `wanted` pixels, centred, shifted back inside [0, limit).
void growWithin(int& lo, int& length, int wanted, int limit) {
    wanted = std::min(wanted, limit);
    if (wanted <= length) return;
    lo -= (wanted - length) / 2;
    length = wanted;
    lo = std::clamp(lo, 0, limit - length);
}

}  // namespace

PixelBox lungBox(const SliceData& slice, double margin) { return lungBox(std::vector<const SliceData*>{&slice}, margin); }

PixelBox lungBox(const std::vector<const SliceData*>& slices, double margin) {
    if (!(margin >= 0)) throw std::invalid_argument("the lung box margin must be >= 0");
    if (slices.empty()) throw std::invalid_argument("a lung box needs at least one slice");
    const SliceData& s = *slices.front();
    int x0 = s.width, y0 = s.height, x1 = -1, y1 = -1;
    for (const SliceData* one : slices) {
        if (one->width != s.width || one->height != s.height || one->labels.size() != size_t(s.width) * size_t(s.height))
            throw std::invalid_argument("the slices of one lung box must have one size");
        for (int y = 0; y < s.height; ++y)
            for (int x = 0; x < s.width; ++x)
                if (one->labels[size_t(y) * size_t(s.width) + size_t(x)] != 0) {
                    x0 = std::min(x0, x);
                    x1 = std::max(x1, x);
                    y0 = std::min(y0, y);
                    y1 = std::max(y1, y);
                }
    }
    if (x1 < 0) return {0, 0, s.width, s.height};
    PixelBox b{x0, y0, x1 - x0 + 1, y1 - y0 + 1};
    const int grow = int(std::lround(margin * std::max(b.width, b.height)));
    growWithin(b.x, b.width, b.width + 2 * grow, s.width);
    growWithin(b.y, b.height, b.height + 2 * grow, s.height);
    const int side = std::max(b.width, b.height);
    growWithin(b.x, b.width, side, s.width);
    growWithin(b.y, b.height, side, s.height);
    return b;
}

SliceData cropSlice(const SliceData& s, const PixelBox& b) {
    if (b.x < 0 || b.y < 0 || b.width < 1 || b.height < 1 || b.x + b.width > s.width || b.y + b.height > s.height)
        throw std::invalid_argument("the crop box does not lie inside the slice");
    SliceData c;
    c.width = b.width;
    c.height = b.height;
    c.source = s.source;
    c.sliceIndex = s.sliceIndex;
    auto crop = [&](const std::vector<uint8_t>& full) {
        std::vector<uint8_t> part;
        part.reserve(size_t(b.width) * size_t(b.height));
        for (int y = b.y; y < b.y + b.height; ++y) {
            const auto row = full.begin() + long(size_t(y) * size_t(s.width) + size_t(b.x));
            part.insert(part.end(), row, row + b.width);
        }
        return part;
    };
    c.labels = crop(s.labels);
    if (s.hasImage()) c.image = crop(s.image);
    return c;
}

SliceData modelField(const SliceData& slice, double lungCropMargin) {
    if (lungCropMargin < 0 || slice.labels.empty()) return slice;
    return cropSlice(slice, lungBox(slice, lungCropMargin));
}

}  // namespace cosingan::gan
