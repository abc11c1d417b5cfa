#pragma once
// Places a lesion-mask volume from another study (MosMed's 0/1 masks: whole chest CTs, 8 mm
// slices) into a study's lungs, as infection. The rule, so that a lesion lands in a lung whatever
// the two studies' slice counts and spacings:
//   - along the body axis, the lesion volume's slices (all of them) are spread linearly over the
//     study's lung extent (the first to the last slice holding lungs): study slice z takes lesion
//     slice round((z - first) / (last - first) * (n - 1));
//   - in plane, the lesion slice is resized (nearest neighbour) to the study's columns x rows: both
//     are axial chest CTs of a whole body cross-section in the canonical LPS layout;
//   - a lesion pixel becomes infection only where the study has lung (labels 1, 2) or infection
//     already: lesions never spill into the chest wall. What fell outside the lungs is counted.
#include "volume/Labels.h"

#include <cstddef>

namespace cosingan {

struct LesionPlacement {
    LabelMap labels;              // the study's labels with the lesions as infection (3)
    int firstLungSlice = -1, lastLungSlice = -1;
    size_t placed = 0;            // voxels that became (or already were) infection
    size_t outsideLungs = 0;      // lesion voxels that fell outside the study's lungs (dropped)
};

// lesions: any size; non-zero voxels are lesion. Throws std::invalid_argument when the study has
// no lungs to place them in or the lesion volume is empty.
LesionPlacement placeLesions(const LabelMap& study, const LabelMap& lesions);

}  // namespace cosingan
