#include "ImageGeometry.h"

#include <cmath>

namespace cosingan {

std::array<double, 3> ImageGeometry::indexToPhysical(double i, double j, double k) const {
    const double idx[3] = {i * spacing[0], j * spacing[1], k * spacing[2]};
    std::array<double, 3> p = origin;
    for (int r = 0; r < 3; ++r)
        for (int c = 0; c < 3; ++c) p[size_t(r)] += direction[size_t(r * 3 + c)] * idx[c];
    return p;
}

std::string ImageGeometry::orientationCode() const {
    // LPS physical axes: +x = Left, +y = Posterior, +z = Superior.
    static const char positive[3] = {'L', 'P', 'S'};
    static const char negative[3] = {'R', 'A', 'I'};
    std::string code;
    for (int c = 0; c < 3; ++c) {
        int best = 0;
        for (int r = 1; r < 3; ++r)
            if (std::fabs(direction[size_t(r * 3 + c)]) > std::fabs(direction[size_t(best * 3 + c)])) best = r;
        code += direction[size_t(best * 3 + c)] >= 0 ? positive[best] : negative[best];
    }
    return code;
}

bool ImageGeometry::sameGrid(const ImageGeometry& o, double tol) const {
    if (size != o.size) return false;
    for (size_t a = 0; a < 3; ++a) {
        if (std::fabs(spacing[a] - o.spacing[a]) > tol) return false;
        if (std::fabs(origin[a] - o.origin[a]) > tol) return false;
    }
    for (size_t a = 0; a < 9; ++a)
        if (std::fabs(direction[a] - o.direction[a]) > tol) return false;
    return true;
}

ImageGeometry ImageGeometry::forSlice(int columns, int rows, double spacingX, double spacingY) {
    ImageGeometry g;
    g.size = {columns, rows, 1};
    g.spacing = {spacingX, spacingY, 1.0};
    return g;
}

}  // namespace cosingan
