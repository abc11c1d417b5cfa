#include "NiftiIntegrity.h"

#include "VolumeIO.h"

#include <zlib.h>

#include <cstring>
#include <vector>

namespace cosingan {

namespace {

template <typename T>
T readField(const unsigned char* p, bool swap) {
    T v;
    unsigned char b[sizeof(T)];
    std::memcpy(b, p, sizeof(T));
    if (swap)
        for (size_t i = 0; i < sizeof(T) / 2; ++i) std::swap(b[i], b[sizeof(T) - 1 - i]);
    std::memcpy(&v, b, sizeof(T));
    return v;
}

struct GzFile {
    gzFile f;
    explicit GzFile(const std::string& path) : f(gzopen(path.c_str(), "rb")) {}
    ~GzFile() {
        if (f) gzclose(f);
    }
};

}  // namespace

void checkNiftiComplete(const std::string& path, uint64_t dataBytes) {
    GzFile in(path);
    if (!in.f) throw IoError("Cannot open '" + path + "'.");
    std::vector<unsigned char> buffer(1 << 16);
    const int headerRead = gzread(in.f, buffer.data(), 540);
    if (headerRead < 348) throw IoError("'" + path + "' is too short to be a NIfTI file (the header is incomplete).");
    int32_t sizeofHdr = readField<int32_t>(buffer.data(), false);
    bool swap = false;
    if (sizeofHdr != 348 && sizeofHdr != 540) {
        swap = true;
        sizeofHdr = readField<int32_t>(buffer.data(), true);
    }
    uint64_t offset = 0;
    if (sizeofHdr == 348) offset = uint64_t(readField<float>(buffer.data() + 108, swap));
    else if (sizeofHdr == 540 && headerRead >= 540) offset = uint64_t(readField<int64_t>(buffer.data() + 168, swap));
    else return;  // not a single-file NIfTI header we know: leave the verdict to ITK
    if (offset == 0) offset = uint64_t(sizeofHdr);  // a .hdr/.img pair stores voxels elsewhere
    if (offset < uint64_t(sizeofHdr)) offset = uint64_t(sizeofHdr);

    uint64_t total = uint64_t(headerRead);
    const uint64_t needed = offset + dataBytes;
    while (total < needed) {
        const int n = gzread(in.f, buffer.data(), unsigned(buffer.size()));
        if (n < 0) {
            int code = 0;
            const char* msg = gzerror(in.f, &code);
            throw IoError("'" + path + "' is damaged: its compressed data cannot be read (" +
                          std::string(msg ? msg : "zlib error") + ").");
        }
        if (n == 0) break;
        total += uint64_t(n);
    }
    if (total < needed) {
        int code = 0;
        gzerror(in.f, &code);
        throw IoError("'" + path + "' is truncated: it holds " + std::to_string(total) + " bytes of image data and "
                      "header, but the header announces " + std::to_string(needed) +
                      ". The file was probably cut short while copying or saving.");
    }
}

}  // namespace cosingan
