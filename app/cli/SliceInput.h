#pragma once
// Where the CLI's slices and masks come from, and how its images are written. The full build reads
// medical images through ITK and 2-D masks through OpenCV and writes PNG; the engine-only build
// (LibTorch alone) reads slice bundles (.pt, see "cosingan bundle") and PGM, and writes PGM.
#include "CliArgs.h"
#include "gan/SliceData.h"

#include <string>
#include <vector>

namespace cosingan::cli {

// The training slice: an image or volume plus its labels (see the train command's help).
gan::SliceData loadTrainingSlice(const CliArgs& args);

// Masks to synthesise from; names receives a short name for each (for output files).
std::vector<gan::SliceData> loadMasks(const CliArgs& args, std::vector<std::string>& names);

// Writes an 8-bit image; the extension (.png or .pgm) is added. Returns the path written.
std::string writeImage(const std::string& pathWithoutExtension, const std::vector<uint8_t>& pixels, int width, int height);

// The extension writeImage adds (".png" or ".pgm").
const char* imageExtension();

// Help text for the input options of this build.
const char* trainInputHelp();
const char* maskInputHelp();

}  // namespace cosingan::cli
