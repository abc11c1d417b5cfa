#pragma once
// Rows and columns swapped, slice by slice. Some collections store their slices transposed (the
// Inf-Net JPGs put the patient's anterior on the left); the app shows such an image the usual way
// round by transposing it on load, and transposes back whatever it writes, so that files on disk keep
// the layout of the image they belong to. Size and spacing of x and y swap; origin and direction stay.
#include "volume/CtVolume.h"
#include "volume/Labels.h"

#include <cstdint>
#include <vector>

namespace cosingan {

ImageGeometry transposedInPlane(const ImageGeometry& g);
CtVolume transposedInPlane(const CtVolume& volume);  // provenance kept
LabelMap transposedInPlane(const LabelMap& labels);
// A single slice of plain pixels: gan::transposedPixels (gan/SliceData.h), shared with the engine-only CLI.

}  // namespace cosingan
