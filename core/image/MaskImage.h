#pragma once
// 2-D mask images (PNG, BMP, PGM, ...) read one way everywhere — the CLI, the app's label import
// and the engine's masks — through OpenCV: 8-bit grey only (a colour image whose channels are equal
// is grey), 16-bit and true colour refused with the reason. The file is checked before OpenCV opens
// it (a FIFO would hang it).
#include "util/UserMessage.h"

#include <cstdint>
#include <string>
#include <vector>

namespace cosingan {

struct MaskImage {
    int width = 0, height = 0;
    std::vector<uint8_t> values;  // width*height, row-major, as stored in the file
};

// Throws a UserInputError (std::invalid_argument) naming `what` (COSINGAN_MESSAGE("Messages",
// "the mask"): a noun marked for translation, which the UI translates with the message).
MaskImage readMaskImage(const std::string& path, const std::string& what);

// True for the extensions readMaskImage is meant for.
bool isPlainMaskImagePath(const std::string& path);

}  // namespace cosingan
