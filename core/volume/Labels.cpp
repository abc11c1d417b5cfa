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

uint8_t conditionValue(uint8_t label, bool distinctLungs) {
    switch (label) {
    case 1: return 128;
    case 2: return distinctLungs ? 96 : 128;
    case 3: return 255;
    default: return 0;
    }
}

std::array<size_t, kLabelCount> LabelMap::countsOnSlice(int k) const {
    std::array<size_t, kLabelCount> counts{};
    const uint8_t* s = slice(k);
    for (size_t i = 0, n = geometry().sliceVoxels(); i < n; ++i)
        if (s[i] < kLabelCount) ++counts[s[i]];
    return counts;
}

std::vector<uint8_t> LabelMap::conditionSlice(int k, bool distinctLungs) const {
    const uint8_t* s = slice(k);
    std::vector<uint8_t> out(geometry().sliceVoxels());
    for (size_t i = 0; i < out.size(); ++i) out[i] = conditionValue(s[i], distinctLungs);
    return out;
}

bool LabelMap::sliceHasLungs(int k) const {
    auto c = countsOnSlice(k);
    return c[1] + c[2] > 0;
}

}  // namespace cosingan
