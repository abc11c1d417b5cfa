#pragma once
// An axis-aligned rectangle of slice pixels (the part of a slice that changed or must be redrawn).
#include <algorithm>

namespace cosingan {

struct PixelRect {
    int x = 0, y = 0, width = 0, height = 0;

    bool isEmpty() const { return width <= 0 || height <= 0; }
    static PixelRect whole(int columns, int rows) { return {0, 0, columns, rows}; }
    int right() const { return x + width; }   // exclusive
    int bottom() const { return y + height; } // exclusive

    PixelRect united(const PixelRect& o) const {
        if (isEmpty()) return o;
        if (o.isEmpty()) return *this;
        const int x0 = std::min(x, o.x), y0 = std::min(y, o.y);
        return {x0, y0, std::max(right(), o.right()) - x0, std::max(bottom(), o.bottom()) - y0};
    }
    PixelRect clipped(int columns, int rows) const {
        const int x0 = std::clamp(x, 0, columns), y0 = std::clamp(y, 0, rows);
        const int x1 = std::clamp(right(), 0, columns), y1 = std::clamp(bottom(), 0, rows);
        return {x0, y0, std::max(0, x1 - x0), std::max(0, y1 - y0)};
    }
    bool operator==(const PixelRect& o) const { return x == o.x && y == o.y && width == o.width && height == o.height; }
};

}  // namespace cosingan
