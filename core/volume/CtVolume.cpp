#include "CtVolume.h"

#include <algorithm>
#include <cmath>

namespace cosingan {

std::pair<int16_t, int16_t> CtVolume::huRange() const {
    if (voxels().empty()) return {0, 0};
    // A plain min/max loop vectorises; std::minmax_element does not (0.3 s -> 0.02 s on 512x512x300).
    int16_t lo = voxels().front(), hi = lo;
    for (const int16_t v : voxels()) {
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
    return {lo, hi};
}

int16_t eightBitToHu(uint8_t v) { return int16_t(std::lround(-1250.0 + double(v) * 1500.0 / 255.0)); }

uint8_t huToEightBitLungWindow(int16_t hu) {
    double v = (double(hu) + 1250.0) * 255.0 / 1500.0;
    return uint8_t(std::clamp(std::lround(v), 0L, 255L));
}

}  // namespace cosingan
