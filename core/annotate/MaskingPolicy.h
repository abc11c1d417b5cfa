#pragma once
// The masking policy every editing tool obeys (ITK-SNAP's "draw over" and intensity range):
// paint only where the HU value is inside an editable range (when on), and only over what the
// paint-over rule allows.
#include <cstdint>

namespace cosingan {

// Over what may a tool paint: everything, background only, or the lungs only (left, right and
// infection: painting infection inside the lungs never spills into the chest wall).
enum class PaintOver { AllLabels, BackgroundOnly, LungsOnly };

struct MaskingPolicy {
    bool rangeEnabled = false;
    int huMin = -1000, huMax = -100;  // default: aerated lung
    PaintOver paintOver = PaintOver::AllLabels;

    // May a pixel with this HU and current label become `value`? Erasing (value 0) ignores
    // paint-over but still honours the HU range.
    bool allows(int16_t hu, uint8_t current, uint8_t value) const {
        if (rangeEnabled && (hu < huMin || hu > huMax)) return false;
        if (value == 0 || current == value) return true;
        if (paintOver == PaintOver::BackgroundOnly) return current == 0;
        if (paintOver == PaintOver::LungsOnly) return current == 1 || current == 2 || current == 3;
        return true;
    }
};

}  // namespace cosingan
