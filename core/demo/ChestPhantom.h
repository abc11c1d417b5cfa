#pragma once
// The built-in demo: a synthetic chest CT the project generates itself (no patient data), with its
// label map. Body outline with fat and muscle, ribs, sternum and spine, mediastinum and aorta, two
// lungs with a 3-D branching vessel tree, and a few peripheral ground-glass lesions. It is marked
// synthetic in its provenance, and the UI says so.
#include "volume/CtVolume.h"
#include "volume/Labels.h"

#include <cstdint>

namespace cosingan {

struct ChestPhantomOptions {
    int size = 512;          // columns = rows
    int slices = 24;
    double pixelMm = 0.7;    // in-plane spacing
    double sliceMm = 3.0;    // slice spacing
    uint64_t seed = 2020;
    double noiseHu = 18.0;   // standard deviation of the image noise
};

struct ChestPhantom {
    CtVolume volume;
    LabelMap labels;
};

ChestPhantom makeChestPhantom(const ChestPhantomOptions& options = {});

}  // namespace cosingan
