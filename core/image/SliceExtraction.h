#pragma once
// Between the app's volumes and the engine's slices: an axial slice of a CT volume and its label map
// as engine SliceData (8-bit through the paper's lung window), and engine images back as HU.
#include "gan/SliceData.h"
#include "volume/CtVolume.h"
#include "volume/Labels.h"

#include <string>
#include <vector>

namespace cosingan {

// Slice k of the volume and labels (labels may be null: mask-only or image-only slices get an
// empty counterpart). transpose swaps rows and columns (for images stored transposed).
gan::SliceData sliceForEngine(const CtVolume& volume, const LabelMap* labels, int k, bool transpose = false);
// Labels only (synthesis from a mask).
gan::SliceData maskForEngine(const LabelMap& labels, int k, bool transpose = false);

// A training slice assembled the way the CLI and the app do it: slice k of the volume with its
// labels, an optional binary infection mask (non-zero = infection, in the volume's orientation,
// columns*rows), optionally the automatic lung proposal (run on the slice as the engine sees it,
// after transposition), and optional transposition. note receives what the lung proposal found.
gan::SliceData assembleTrainingSlice(const CtVolume& volume, LabelMap labels, int k,
                                     const std::vector<uint8_t>* infectionMask, bool autoLungs, bool transpose,
                                     std::string* note = nullptr);

// An engine image value back in Hounsfield units: the paper's lung window [-1250, 250] HU, inverted.
int16_t hounsfieldFromEngine(uint8_t value);

// An engine slice as a one-slice study: HU from its 8-bit image (hounsfieldFromEngine; -1024 where
// it has none), its labels, 1 mm pixels unless given.
CtVolume volumeFromEngineSlice(const gan::SliceData& slice, double spacingX = 1.0, double spacingY = 1.0);
LabelMap labelsFromEngineSlice(const gan::SliceData& slice, double spacingX = 1.0, double spacingY = 1.0);

// Writes an 8-bit grey image as PNG (OpenCV), atomically. Throws std::runtime_error on failure.
void writeGrayPng(const std::string& path, const std::vector<uint8_t>& pixels, int width, int height);

}  // namespace cosingan
