#pragma once
// Masks (label maps 0..3 or condition images 0/128/255, no CT) read from the files a user has:
// a 2-D label image (PNG, BMP, PGM), a slice bundle (*.pt), or a label volume (NIfTI, NRRD, MHA,
// DICOM-SEG is not read) whose slices with lungs become one mask each. The same reading for the
// command line (`--mask FILE`) and the app's Export dialog (files or a folder of them).
#include "gan/SliceData.h"
#include "util/UserMessage.h"
#include "volume/Labels.h"

#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace cosingan {

struct MaskFileOptions {
    bool transpose = false;  // images stored transposed (the Inf-Net JPG/PNG layout)
    // For a label volume: which slices (first, last; 0-based, inclusive) given its slice count;
    // empty: every slice with lungs.
    std::function<std::pair<int, int>(int slices)> volumeRange;
};

// Appends the masks of one file, each named `stem` (2-D) or `stem_zK` (slice K of a volume), with
// the file as its source. Throws std::invalid_argument (a lesion-only mask, a volume without lungs,
// values that are not labels) or std::runtime_error (unreadable) naming the file.
void appendMasksFromFile(const std::string& path, const std::string& stem, const MaskFileOptions& options,
                         std::vector<gan::SliceData>& masks, std::vector<std::string>& names);

// The same for a label volume already read (`path` names it): its slices with lungs, or the range.
void appendMasksFromVolume(const LabelMap& labels, const std::string& path, const std::string& stem,
                           const MaskFileOptions& options, std::vector<gan::SliceData>& masks, std::vector<std::string>& names);
// The refusal of a label volume with no slice with lungs (it cannot condition a model).
UserInputError labelVolumeWithoutLungs(const std::string& path);
// Whether appendMasksFromFile reads `path` as a label volume (not a 2-D image or a bundle).
bool isLabelVolumePath(const std::string& path);

// The files in a folder that may hold masks (by extension), sorted by name; not recursive.
std::vector<std::string> maskFilesInFolder(const std::string& folder);

}  // namespace cosingan
