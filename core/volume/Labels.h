#pragma once
// The label map's classes and how each one is shown and encoded for the GAN.
#include "VoxelGrid.h"

#include <array>
#include <cstdint>
#include <string>

namespace cosingan {

enum class Label : uint8_t { Background = 0, LeftLung = 1, RightLung = 2, Infection = 3 };
constexpr int kLabelCount = 4;

struct LabelStyle {
    Label label;
    const char* name;
    std::array<uint8_t, 3> rgb;
};

// Default names and colours (ITK-SNAP-like: distinct, readable on grey CT).
const std::array<LabelStyle, kLabelCount>& defaultLabelStyles();

// Label maps share the CT volume's grid: 0 background, 1 left lung, 2 right lung, 3 infection.
class LabelMap : public VoxelGrid<uint8_t> {
public:
    using VoxelGrid::VoxelGrid;

    // Number of voxels of each label on slice k.
    std::array<size_t, kLabelCount> countsOnSlice(int k) const;
    bool sliceHasLungs(int k) const;
};

}  // namespace cosingan
