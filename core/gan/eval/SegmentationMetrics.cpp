#include "SegmentationMetrics.h"

#include <cmath>
#include <stdexcept>

namespace cosingan::gan {

namespace {

void requireSameSize(const BinaryMask& a, const BinaryMask& b) {
    if (a.width != b.width || a.height != b.height || a.on.size() != size_t(a.width) * size_t(a.height) ||
        b.on.size() != a.on.size())
        throw std::invalid_argument("the two masks differ in size");
}

std::vector<std::pair<int, int>> boundary(const BinaryMask& m) {
    std::vector<std::pair<int, int>> points;
    auto inside = [&](int x, int y) {
        return x >= 0 && y >= 0 && x < m.width && y < m.height && m.on[size_t(y) * size_t(m.width) + size_t(x)];
    };
    for (int y = 0; y < m.height; ++y)
        for (int x = 0; x < m.width; ++x)
            if (inside(x, y) && (!inside(x - 1, y) || !inside(x + 1, y) || !inside(x, y - 1) || !inside(x, y + 1)))
                points.emplace_back(x, y);
    return points;
}

// How many points of `from` lie within the tolerance of a boundary point of `to` (a window search
// over the boundary image of `to`: the tolerance is small against the image).
size_t withinTolerance(const std::vector<std::pair<int, int>>& from, const std::vector<uint8_t>& toBoundary, int w, int h,
                       double sx, double sy, double tol) {
    const int rx = int(std::floor(tol / sx)), ry = int(std::floor(tol / sy));
    const double tol2 = tol * tol + 1e-9;
    size_t count = 0;
    for (const auto& [x, y] : from) {
        bool found = false;
        for (int dy = -ry; dy <= ry && !found; ++dy) {
            const int yy = y + dy;
            if (yy < 0 || yy >= h) continue;
            for (int dx = -rx; dx <= rx; ++dx) {
                const int xx = x + dx;
                if (xx < 0 || xx >= w || !toBoundary[size_t(yy) * size_t(w) + size_t(xx)]) continue;
                if ((dx * sx) * (dx * sx) + (dy * sy) * (dy * sy) <= tol2) {
                    found = true;
                    break;
                }
            }
        }
        count += found;
    }
    return count;
}

}  // namespace

double diceCoefficient(const BinaryMask& a, const BinaryMask& b) {
    requireSameSize(a, b);
    size_t na = 0, nb = 0, both = 0;
    for (size_t i = 0; i < a.on.size(); ++i) {
        const bool x = a.on[i] != 0, y = b.on[i] != 0;
        na += x;
        nb += y;
        both += x && y;
    }
    return na + nb == 0 ? 1.0 : 2.0 * double(both) / double(na + nb);
}

double normalisedSurfaceDice(const BinaryMask& a, const BinaryMask& b, double sx, double sy, double tol) {
    requireSameSize(a, b);
    if (!(sx > 0) || !(sy > 0) || !(tol >= 0)) throw std::invalid_argument("spacing must be positive and the tolerance >= 0");
    const auto ba = boundary(a), bb = boundary(b);
    if (ba.empty() && bb.empty()) return 1.0;
    if (ba.empty() || bb.empty()) return 0.0;
    std::vector<uint8_t> imageA(a.on.size(), 0), imageB(b.on.size(), 0);
    for (const auto& [x, y] : ba) imageA[size_t(y) * size_t(a.width) + size_t(x)] = 1;
    for (const auto& [x, y] : bb) imageB[size_t(y) * size_t(b.width) + size_t(x)] = 1;
    const size_t close = withinTolerance(ba, imageB, a.width, a.height, sx, sy, tol) +
                         withinTolerance(bb, imageA, a.width, a.height, sx, sy, tol);
    return double(close) / double(ba.size() + bb.size());
}

BinaryMask maskOf(const std::vector<uint8_t>& labels, int width, int height, EvaluatedLabel which) {
    BinaryMask m;
    m.width = width;
    m.height = height;
    m.on.resize(labels.size());
    for (size_t i = 0; i < labels.size(); ++i)
        m.on[i] = which == EvaluatedLabel::Infection ? labels[i] == 3 : (labels[i] >= 1 && labels[i] <= 3);
    return m;
}

}  // namespace cosingan::gan
