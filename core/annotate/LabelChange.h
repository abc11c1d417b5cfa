#pragma once
// One undoable edit of the label map: for every touched slice, the rectangle that changed and the
// XOR of its before and after values, run-length encoded (an edit touches few pixels of its
// rectangle, so a 512x512 stroke costs a few hundred bytes). Applying a change toggles between
// before and after, so the same call undoes and redoes it.
#include "volume/Labels.h"
#include "volume/PixelRect.h"

#include <cstdint>
#include <string>
#include <vector>

namespace cosingan {

struct SliceDelta {
    int slice = 0;
    PixelRect rect;
    std::vector<uint8_t> rle;  // pairs (run length 1..255, xor value)
};

class LabelChange {
public:
    std::string description;   // "brush stroke", "automatic lungs", ...
    std::vector<SliceDelta> slices;

    bool isEmpty() const { return slices.empty(); }
    size_t bytes() const;
    // Toggles the labels between before and after; returns the union rectangle per slice.
    void apply(LabelMap& labels) const;
};

// Records an edit as it happens: keeps the "before" of every slice it touches, then encodes.
class ChangeRecorder {
public:
    explicit ChangeRecorder(LabelMap& labels) : labels_(labels) {}
    // Must be called before pixels of rect on slice k are modified.
    void touch(int k, const PixelRect& rect);
    // The change from the recorded "before" to the current labels (empty if nothing differs).
    LabelChange finish(const std::string& description);
    PixelRect dirty(int k) const;

private:
    struct Before {
        int slice;
        std::vector<uint8_t> pixels;  // the whole slice
        PixelRect dirty;
    };
    LabelMap& labels_;
    std::vector<Before> before_;
};

}  // namespace cosingan
