#include "CtVolume.h"

#include <algorithm>
#include <cmath>

namespace cosingan {

std::pair<int16_t, int16_t> CtVolume::huRange() const {
    if (voxels().empty()) return {0, 0};
    auto mm = std::minmax_element(voxels().begin(), voxels().end());
    return {*mm.first, *mm.second};
}

int16_t eightBitToHu(uint8_t v) { return int16_t(std::lround(-1250.0 + double(v) * 1500.0 / 255.0)); }

uint8_t huToEightBitLungWindow(int16_t hu) {
    double v = (double(hu) + 1250.0) * 255.0 / 1500.0;
    return uint8_t(std::clamp(std::lround(v), 0L, 255L));
}

}  // namespace cosingan
