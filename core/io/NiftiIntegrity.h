#pragma once
// ITK's NIfTI reader accepts a truncated .nii.gz silently (the missing voxels come back as zeros),
// which would let a damaged scan pass as a real one. This check reads the (possibly gzip-compressed)
// stream to its end and verifies that it holds the whole voxel block the header announces.
#include <cstdint>
#include <string>

namespace cosingan {

// Throws IoError when the file is shorter than header offset + dataBytes or its gzip stream is broken.
void checkNiftiComplete(const std::string& path, uint64_t dataBytes);

}  // namespace cosingan
