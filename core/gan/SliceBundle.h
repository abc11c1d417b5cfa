#pragma once
// A slice bundle: one training slice (8-bit image + label map + provenance) in a LibTorch tensor
// file, so that the engine-only build (LibTorch alone, e.g. on a GPU server) can train on what the
// app or the full CLI prepared ("cosingan bundle"). Masks alone (no image) are bundles too.
#include "SliceData.h"

#include <string>
#include <vector>

namespace cosingan::gan {

void saveSliceBundle(const std::string& path, const SliceData& slice);
SliceData loadSliceBundle(const std::string& path);  // throws std::runtime_error with the reason
bool looksLikeSliceBundle(const std::string& path);  // by extension (.pt)

}  // namespace cosingan::gan
