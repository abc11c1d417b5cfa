#pragma once
// A session file (.cosingan-session, JSON): which image, which slice, the window, how labels are
// named, coloured and shown, the tool settings, where the label map is saved, and (once trained)
// the model. Paths are stored relative to the session file when they lie beside or below it.
#include "MaskingPolicy.h"
#include "volume/Labels.h"
#include "volume/Window.h"
#include "view/SliceComposer.h"

#include <array>
#include <string>

namespace cosingan {

struct StudySession {
    std::string imagePath;      // CT file or DICOM folder ("" = the built-in demo)
    std::string labelsPath;     // NIfTI label map
    std::string modelPath;      // trained model folder, if any
    int slice = 0;
    bool transposed = false;
    WindowLevel window;
    LabelDisplay display;
    std::array<std::string, kLabelCount> labelNames;
    uint8_t activeLabel = 3;
    double brushDiameter = 8;
    bool squareBrush = false;
    MaskingPolicy policy;

    StudySession();
};

// Writes atomically; paths are made relative to the session's folder where possible.
void saveSession(const std::string& path, const StudySession& session);
// Reads; relative paths are resolved against the session's folder. Throws std::runtime_error
// with a clear reason (not a session, damaged, newer version).
StudySession loadSession(const std::string& path);

}  // namespace cosingan
