#include "Labels.h"

namespace cosingan {

const std::array<LabelStyle, kLabelCount>& defaultLabelStyles() {
    static const std::array<LabelStyle, kLabelCount> styles{{
        {Label::Background, "Background", {0, 0, 0}},
        {Label::LeftLung, "Left lung", {66, 165, 245}},
        {Label::RightLung, "Right lung", {102, 187, 106}},
        {Label::Infection, "Infection", {239, 83, 80}},
    }};
    return styles;
}

std::array<size_t, kLabelCount> LabelMap::countsOnSlice(int k) const {
    std::array<size_t, kLabelCount> counts{};
    const uint8_t* s = slice(k);
    for (size_t i = 0, n = geometry().sliceVoxels(); i < n; ++i)
        if (s[i] < kLabelCount) ++counts[s[i]];
    return counts;
}

bool LabelMap::sliceHasLungs(int k) const {
    auto c = countsOnSlice(k);
    return c[1] + c[2] > 0;
}

}  // namespace cosingan
