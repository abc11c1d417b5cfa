#pragma once
// Turns one axial slice (HU + labels) into display pixels: windowed grey with the label overlay,
// filled or as outlines. Qt-free, so what the user sees is testable without a display; the views
// only wrap the buffer in a QImage.
#include "volume/CtVolume.h"
#include "volume/PixelRect.h"
#include "volume/Labels.h"
#include "volume/Window.h"

#include <array>
#include <cstdint>
#include <vector>

namespace cosingan {

struct LabelDisplay {
    std::array<bool, kLabelCount> visible{false, true, true, true};
    std::array<std::array<uint8_t, 3>, kLabelCount> colours{};
    float opacity = 0.45f;       // fill opacity; outlines are drawn opaque
    bool outlineOnly = false;    // ITK-SNAP users ask for outlines to see the anatomy under masks
    bool showLabels = true;      // master switch

    LabelDisplay();
};

// Writes RGBX (4 bytes per pixel, X = 255) of `rect` of slice k into `rgbx`, which holds the whole
// slice (columns*rows*4 bytes). With labels == nullptr only the grey image is drawn.
void composeSlice(const CtVolume& volume, const LabelMap* labels, int k, const WindowLevel& window,
                  const LabelDisplay& display, uint8_t* rgbx, const PixelRect& rect);

std::vector<uint8_t> composeSlice(const CtVolume& volume, const LabelMap* labels, int k, const WindowLevel& window,
                                  const LabelDisplay& display);

}  // namespace cosingan
