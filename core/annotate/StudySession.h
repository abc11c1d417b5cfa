#pragma once
// A session file (.cosingan-session, JSON): which image, which slice, the window, how labels are
// named, coloured and shown, the tool settings, where the label map is saved, and (once trained)
// the model. Paths are stored relative to the session file (so that a session folder can be moved
// or copied as a whole), with the absolute path as a fallback for files that stayed where they were.
// A session owns the files saved for it (its label map, its model folder) and never replaces
// another session's or a user's file.
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
// Reads; relative paths are resolved against the session's folder (the absolute fallback is used
// when the relative one does not exist). Throws std::runtime_error with a clear reason (not a
// session, damaged, newer version).
StudySession loadSession(const std::string& path);

// Where the session saved at sessionPath keeps a file of its own ("-labels.nii.gz", "-model"):
// "<session stem><suffix>" beside it, unless a file of that name exists that is neither
// `current` (this study's file already) nor referenced by the session file being replaced at
// sessionPath — then "<stem><suffix without extension>-2<extension>", -3, ... : another session's or
// a user's file is never replaced.
std::string sessionOwnedPath(const std::string& sessionPath, const std::string& suffix, const std::string& current);

}  // namespace cosingan
