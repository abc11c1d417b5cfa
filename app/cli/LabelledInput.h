#pragma once
// Labelled 2-D slices for `cosingan evaluate`, from a folder:
//  - images/ (or Imgs/) with labels/ (label maps 0..3), or with infection/ (or GT/: non-zero =
//    infection) and optionally lungs/ (non-zero = lung) — the layout of the Inf-Net data and of
//    `cosingan generate --dataset`; files are matched by name (10.jpg <-> 10.png);
//  - slice bundles (*.pt), e.g. on a machine with LibTorch alone;
//  - a dataset exported by `cosingan export` or the app, in any layout (full build; its synthetic
//    cases, with the spacing of its files).
// Plain images and bundles carry no spacing: the options' spacing, else 1 mm per pixel (and said).
#include "gan/eval/Segmenter.h"

#include <string>
#include <vector>

namespace cosingan::cli {

struct LabelledFolderOptions {
    std::string slices = "all";  // or "2,13,20": names (stems) to keep
    bool autoLungs = false;      // propose lungs for slices that have none (full build)
    double spacingX = 0, spacingY = 0;  // mm per pixel of files that carry none; 0: 1 mm
};

std::vector<gan::LabelledSlice> loadLabelledFolder(const std::string& folder, const LabelledFolderOptions& options);

}  // namespace cosingan::cli
