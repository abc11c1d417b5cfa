#include "LabelChange.h"

#include <algorithm>

namespace cosingan {

size_t LabelChange::bytes() const {
    size_t n = sizeof(LabelChange) + description.size();
    for (const auto& s : slices) n += sizeof(SliceDelta) + s.rle.size();
    return n;
}

void LabelChange::apply(LabelMap& labels) const {
    const int cols = labels.columns();
    for (const auto& d : slices) {
        // A delta that does not fit this label map (another grid, a damaged journal) is skipped.
        if (d.slice < 0 || d.slice >= labels.slices() || d.rect.isEmpty() ||
            !(d.rect.clipped(labels.columns(), labels.rows()) == d.rect))
            continue;
        uint8_t* base = labels.slice(d.slice);
        size_t pos = 0;  // index inside the rectangle, row-major
        const size_t total = size_t(d.rect.width) * size_t(d.rect.height);
        for (size_t i = 0; i + 1 < d.rle.size() && pos < total; i += 2) {
            const uint8_t run = d.rle[i], value = d.rle[i + 1];
            for (uint8_t r = 0; r < run && pos < total; ++r, ++pos) {
                if (!value) continue;
                const int y = d.rect.y + int(pos / size_t(d.rect.width)), x = d.rect.x + int(pos % size_t(d.rect.width));
                base[size_t(y) * size_t(cols) + size_t(x)] ^= value;
            }
        }
    }
}

void ChangeRecorder::touch(int k, const PixelRect& rect) {
    const PixelRect r = rect.clipped(labels_.columns(), labels_.rows());
    if (r.isEmpty()) return;
    for (auto& b : before_)
        if (b.slice == k) {
            b.dirty = b.dirty.united(r);
            return;
        }
    before_.push_back({k, labels_.sliceCopy(k), r});
}

PixelRect ChangeRecorder::dirty(int k) const {
    for (const auto& b : before_)
        if (b.slice == k) return b.dirty;
    return {};
}

LabelChange ChangeRecorder::finish(const std::string& description) {
    LabelChange change;
    change.description = description;
    const int cols = labels_.columns();
    for (const auto& b : before_) {
        const uint8_t* now = labels_.slice(b.slice);
        // Shrink the rectangle to the pixels that really changed.
        int x0 = b.dirty.right(), y0 = b.dirty.bottom(), x1 = b.dirty.x - 1, y1 = b.dirty.y - 1;
        for (int y = b.dirty.y; y < b.dirty.bottom(); ++y)
            for (int x = b.dirty.x; x < b.dirty.right(); ++x) {
                const size_t i = size_t(y) * size_t(cols) + size_t(x);
                if (now[i] == b.pixels[i]) continue;
                x0 = std::min(x0, x);
                y0 = std::min(y0, y);
                x1 = std::max(x1, x);
                y1 = std::max(y1, y);
            }
        if (x1 < x0) continue;
        SliceDelta d{b.slice, {x0, y0, x1 - x0 + 1, y1 - y0 + 1}, {}};
        uint8_t runValue = 0, run = 0;
        for (int y = d.rect.y; y < d.rect.bottom(); ++y)
            for (int x = d.rect.x; x < d.rect.right(); ++x) {
                const size_t i = size_t(y) * size_t(cols) + size_t(x);
                const uint8_t v = uint8_t(now[i] ^ b.pixels[i]);
                if (run > 0 && (v != runValue || run == 255)) {
                    d.rle.push_back(run);
                    d.rle.push_back(runValue);
                    run = 0;
                }
                runValue = v;
                ++run;
            }
        if (run) {
            d.rle.push_back(run);
            d.rle.push_back(runValue);
        }
        change.slices.push_back(std::move(d));
    }
    before_.clear();
    return change;
}

}  // namespace cosingan
