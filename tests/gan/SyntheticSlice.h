#pragma once
// A small synthetic chest slice for engine checks that need no real data: body, two lungs, a lesion.
#include "gan/SliceData.h"

#include <cmath>

namespace cosingan::test {

inline gan::SliceData syntheticSlice(int width = 72, int height = 64, double lesionX = 0.30) {
    gan::SliceData s;
    s.width = width;
    s.height = height;
    s.image.resize(size_t(width) * size_t(height));
    s.labels.resize(s.image.size());
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            const double u = double(x) / width, v = double(y) / height;
            auto in = [&](double cx, double cy, double rx, double ry) {
                return std::pow((u - cx) / rx, 2) + std::pow((v - cy) / ry, 2) < 1;
            };
            uint8_t value = 10, label = 0;
            if (in(.5, .5, .45, .40)) value = 170;
            const bool right = in(.30, .5, .14, .28), left = in(.70, .5, .14, .28);
            if (right || left) {
                value = uint8_t(50 + 12 * std::sin(x * 0.9) * std::cos(y * 0.7));
                label = right ? 2 : 1;
            }
            if ((right || left) && in(lesionX, .58, .07, .09)) {
                value = 125;
                label = 3;
            }
            s.image[size_t(y) * size_t(width) + size_t(x)] = value;
            s.labels[size_t(y) * size_t(width) + size_t(x)] = label;
        }
    s.source = "synthetic test slice";
    return s;
}

}  // namespace cosingan::test
