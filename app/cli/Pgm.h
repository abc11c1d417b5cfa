#pragma once
// Binary PGM (P5, 8-bit) images, for the engine-only build which has no image library.
#include <cstdint>
#include <string>
#include <vector>

namespace cosingan::cli {

struct GrayImage {
    int width = 0, height = 0;
    std::vector<uint8_t> pixels;
};

GrayImage readPgm(const std::string& path);  // throws std::runtime_error with the reason
void writePgm(const std::string& path, const GrayImage& image);  // atomic

}  // namespace cosingan::cli
