// Model FLOPs from the layer shapes (multiply-add counted as 2). A transposed convolution is
// counted like the direct convolution it transposes: 2 * Cin * Cout * k^2 per input pixel.
#include "Bench.h"

#include <algorithm>

namespace cosingan::gan {

namespace {
double conv(double cin, double cout, double k, double outSide) { return 2.0 * cin * cout * k * k * outSide * outSide; }
}  // namespace

double generatorForwardFlops(int downs, int ngf, int size) {
    std::vector<double> ch;
    for (int k = 0; k < downs; ++k) ch.push_back(double(ngf) * std::min(1 << k, 8));
    double f = 0;
    for (int k = 0; k < downs; ++k) {
        const double side = double(size) / double(1 << (k + 1));
        f += conv(k == 0 ? 1 : ch[size_t(k - 1)], ch[size_t(k)], 4, side);                  // down k
        const double in = k == downs - 1 ? ch[size_t(k)] : 2 * ch[size_t(k)];
        f += conv(in, k == 0 ? 1 : ch[size_t(k - 1)], 4, side);                              // up k (input side)
    }
    return f;
}

double discriminatorForwardFlops(int convLayers, int ndf, int padding, int size) {
    const int n = convLayers - 2;
    auto out = [&](double in, int stride) { return std::floor((in + 2.0 * padding - 4.0) / stride) + 1.0; };
    double side = out(size, 2), f = conv(2, ndf, 4, side);
    int mult = 1;
    for (int k = 1; k < n; ++k) {
        const int prev = mult;
        mult = std::min(1 << k, 8);
        side = out(side, 2);
        f += conv(double(ndf) * prev, double(ndf) * mult, 4, side);
    }
    const int prev = mult;
    mult = std::min(1 << n, 8);
    side = out(side, 1);
    f += conv(double(ndf) * prev, double(ndf) * mult, 4, side);
    side = out(side, 1);
    f += conv(double(ndf) * mult, 1, 4, side);
    return f;
}

double vggForwardFlops(int size) {
    // conv1_1..conv5_1 of VGG-19.
    const int cfg[] = {64, 64, -1, 128, 128, -1, 256, 256, 256, 256, -1, 512, 512, 512, 512, -1, 512};
    double f = 0, side = size, in = 3;
    for (int c : cfg) {
        if (c < 0) {
            side = std::floor(side / 2);
            continue;
        }
        f += conv(in, c, 3, side);
        in = c;
    }
    return f;
}

double segmentationEncoderFlops(int base, int size) {
    double f = 0, side = size, in = 1;
    for (int k = 0; k < 5; ++k) {
        const double c = double(base) * (1 << k);
        if (k) side = std::floor(side / 2);
        f += conv(in, c, 3, side) + conv(c, c, 3, side);
        in = c;
    }
    return f;
}

}  // namespace cosingan::gan
