#include "Pgm.h"

#include "util/AtomicFile.h"
#include "util/FileSafety.h"

#include <fstream>
#include <stdexcept>

namespace cosingan::cli {

namespace {
int readHeaderInt(std::istream& in, const std::string& path) {
    int c = in.peek();
    while (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '#') {
        if (c == '#') {
            std::string comment;
            std::getline(in, comment);
        } else {
            in.get();
        }
        c = in.peek();
    }
    int v = -1;
    if (!(in >> v) || v < 0) throw std::runtime_error("'" + path + "' has a damaged PGM header");
    return v;
}
}  // namespace

GrayImage readPgm(const std::string& path) {
    requireReadableFile(path, "the image");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open '" + path + "'");
    std::string magic;
    in >> magic;
    if (magic != "P5") throw std::runtime_error("'" + path + "' is not a binary PGM image (P5)");
    GrayImage img;
    img.width = readHeaderInt(in, path);
    img.height = readHeaderInt(in, path);
    const int maxValue = readHeaderInt(in, path);
    if (maxValue != 255) throw std::runtime_error("'" + path + "' is not an 8-bit PGM");
    if (img.width <= 0 || img.height <= 0 || img.width > 16384 || img.height > 16384)
        throw std::runtime_error("'" + path + "' has an impossible size");
    in.get();  // the single whitespace after the header
    img.pixels.resize(size_t(img.width) * size_t(img.height));
    in.read(reinterpret_cast<char*>(img.pixels.data()), std::streamsize(img.pixels.size()));
    if (in.gcount() != std::streamsize(img.pixels.size())) throw std::runtime_error("'" + path + "' is truncated");
    return img;
}

void writePgm(const std::string& path, const GrayImage& image) {
    std::string bytes = "P5\n" + std::to_string(image.width) + " " + std::to_string(image.height) + "\n255\n";
    bytes.append(reinterpret_cast<const char*>(image.pixels.data()), image.pixels.size());
    writeBytesAtomically(path, bytes);
}

}  // namespace cosingan::cli
