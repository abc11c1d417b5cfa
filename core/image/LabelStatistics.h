#pragma once
// What a radiologist reads off a labelled study: per label, its size (area in mm² on one slice,
// volume in mL over the study) and the HU mean ± standard deviation of the CT under it. Sizes are
// physical only when the spacing is real (VolumeProvenance::spacingAssumed says when it is not).
#include "volume/CtVolume.h"
#include "volume/Labels.h"

#include <array>
#include <cstddef>

namespace cosingan {

struct LabelMeasure {
    size_t voxels = 0;
    double areaMm2 = 0;   // measureSlice: the label's area on the slice
    double volumeMl = 0;  // measureVolume: the label's volume (1 mL = 1000 mm³)
    double huMean = 0, huSd = 0;
};
using LabelMeasures = std::array<LabelMeasure, kLabelCount>;

// labels must share the volume's grid; k must be a slice of it (std::out_of_range otherwise).
LabelMeasures measureSlice(const CtVolume& volume, const LabelMap& labels, int k);
LabelMeasures measureVolume(const CtVolume& volume, const LabelMap& labels);

}  // namespace cosingan
