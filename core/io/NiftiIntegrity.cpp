#include "NiftiIntegrity.h"

#include "VolumeIO.h"
#include "util/AtomicFile.h"

#include <zlib.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
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

template <typename T>
void writeField(unsigned char* p, T v, bool swap) {
    unsigned char b[sizeof(T)];
    std::memcpy(b, &v, sizeof(T));
    if (swap)
        for (size_t i = 0; i < sizeof(T) / 2; ++i) std::swap(b[i], b[sizeof(T) - 1 - i]);
    std::memcpy(p, b, sizeof(T));
}

struct GzFile {
    gzFile f;
    explicit GzFile(const std::string& path) : f(gzopen(path.c_str(), "rb")) {}
    ~GzFile() {
        if (f) gzclose(f);
    }
};

constexpr size_t kNifti2Header = 540, kNifti1Header = 348;

// The raw header bytes (up to 540) and how many were read.
int readRawHeader(const std::string& path, unsigned char* buffer) {
    GzFile in(path);
    if (!in.f) throw IoError(COSINGAN_MESSAGE("Messages", "Cannot open '%1'."), {path});
    return gzread(in.f, buffer, unsigned(kNifti2Header));
}

const char* axisName(int i) {
    static const char* names[] = {"", "x (columns)", "y (rows)", "z (slices)", "t", "5th", "6th", "7th"};
    return names[i];
}

}  // namespace

uint64_t NiftiHeader::dataBytes() const {
    uint64_t n = 1;
    for (int i = 1; i <= dim[0] && i < 8; ++i) n *= uint64_t(std::max<int64_t>(dim[i], 0));
    return n * uint64_t(std::max(bitpix, 0) / 8);
}

bool readNiftiHeader(const std::string& path, NiftiHeader& h) {
    unsigned char b[kNifti2Header] = {};
    const int got = readRawHeader(path, b);
    if (got < int(kNifti1Header)) return false;
    int32_t size = readField<int32_t>(b, false);
    h.swapped = false;
    if (size != int32_t(kNifti1Header) && size != int32_t(kNifti2Header)) {
        h.swapped = true;
        size = readField<int32_t>(b, true);
    }
    const bool s = h.swapped;
    if (size == int32_t(kNifti1Header) && std::memcmp(b + 344, "n+1\0", 4) == 0) {
        h.version = 1;
        for (int i = 0; i < 8; ++i) h.dim[i] = readField<int16_t>(b + 40 + 2 * i, s);
        h.datatype = readField<int16_t>(b + 70, s);
        h.bitpix = readField<int16_t>(b + 72, s);
        for (int i = 0; i < 8; ++i) h.pixdim[i] = readField<float>(b + 76 + 4 * i, s);
        const float offset = readField<float>(b + 108, s);
        h.voxOffset = std::isfinite(offset) && offset > 0 ? uint64_t(offset) : kNifti1Header;
        h.sclSlope = readField<float>(b + 112, s);
        h.sclInter = readField<float>(b + 116, s);
        h.description.assign(reinterpret_cast<const char*>(b + 148), strnlen(reinterpret_cast<const char*>(b + 148), 80));
        return true;
    }
    if (size == int32_t(kNifti2Header) && got >= int(kNifti2Header) && std::memcmp(b + 4, "n+2\0", 4) == 0) {
        h.version = 2;
        h.datatype = readField<int16_t>(b + 12, s);
        h.bitpix = readField<int16_t>(b + 14, s);
        for (int i = 0; i < 8; ++i) h.dim[i] = readField<int64_t>(b + 16 + 8 * i, s);
        for (int i = 0; i < 8; ++i) h.pixdim[i] = readField<double>(b + 104 + 8 * i, s);
        const int64_t offset = readField<int64_t>(b + 168, s);
        h.voxOffset = offset > 0 ? uint64_t(offset) : kNifti2Header;
        h.sclSlope = readField<double>(b + 176, s);
        h.sclInter = readField<double>(b + 184, s);
        h.description.assign(reinterpret_cast<const char*>(b + 240), strnlen(reinterpret_cast<const char*>(b + 240), 80));
        return true;
    }
    return false;
}

void checkNiftiHeader(const std::string& path, const NiftiHeader& h) {
    if (h.dim[0] < 1 || h.dim[0] > 7)
        throw IoError(COSINGAN_MESSAGE("Messages", "'%1' is damaged: its header gives %2 dimensions (a NIfTI image has 1 to 7)."),
                      {path, std::to_string(h.dim[0])});
    for (int i = 1; i <= h.dim[0]; ++i)
        if (h.dim[i] < 1)
            throw IoError(COSINGAN_MESSAGE("Messages", "'%1' is damaged: its size along %2 is %3 voxels (sizes must be positive)."),
                          {path, axisName(i), std::to_string(h.dim[i])});
    if (h.bitpix <= 0 || h.bitpix % 8 != 0)
        throw IoError(COSINGAN_MESSAGE("Messages", "'%1' is damaged: its header gives %2 bits per voxel."), {path, std::to_string(h.bitpix)});
    for (int i = 1; i <= std::min<int64_t>(h.dim[0], 3); ++i) {
        const double p = h.pixdim[i];
        if (!std::isfinite(p))
            throw IoError(COSINGAN_MESSAGE("Messages", "'%1' has no usable voxel spacing along %2 (the header says %3): the file "
                                           "is damaged or was written incorrectly. Fix the spacing with the tool that "
                                           "made it; CoSinGAN Studio will not invent one."),
                          {path, axisName(i), std::isnan(p) ? "NaN" : "infinity"});
        if (p == 0 && h.dim[i] > 1)
            throw IoError(COSINGAN_MESSAGE("Messages", "'%1' has a voxel spacing of 0 mm along %2: the file was written "
                                           "incorrectly. Fix the spacing with the tool that made it; CoSinGAN Studio "
                                           "will not invent one."),
                          {path, axisName(i)});
    }
}

namespace {
// gzread that turns a broken stream into a clear error; 0 at the end of the file.
int readGz(gzFile f, void* into, unsigned bytes, const std::string& path) {
    const int n = gzread(f, into, bytes);
    if (n < 0) {
        int code = 0;
        const char* msg = gzerror(f, &code);
        throw IoError(COSINGAN_MESSAGE("Messages", "'%1' is damaged: its compressed data cannot be read (%2)."),
                      {path, std::string(msg ? msg : "zlib error")});
    }
    return n;
}
}  // namespace

uint64_t checkNiftiComplete(const std::string& path, const NiftiHeader& h) {
    GzFile in(path);
    if (!in.f) throw IoError(COSINGAN_MESSAGE("Messages", "Cannot open '%1'."), {path});
    std::vector<unsigned char> buffer(1 << 16);
    uint64_t total = 0, nonFinite = 0;
    const uint64_t needed = h.voxOffset + h.dataBytes();
    const int floatBytes = h.datatype == 16 ? 4 : h.datatype == 64 ? 8 : 0;  // FLOAT32, FLOAT64
    while (total < needed) {
        const uint64_t before = total;
        const int n = readGz(in.f, buffer.data(), unsigned(buffer.size()), path);
        if (n == 0) break;
        total += uint64_t(n);
        if (floatBytes) {
            // Whole voxels inside the data block that lie in this buffer (the block is aligned to
            // the voxel size from voxOffset).
            const uint64_t from = std::max(before, h.voxOffset), to = std::min(total, needed);
            for (uint64_t at = from + (floatBytes - (from - h.voxOffset) % floatBytes) % floatBytes; at + floatBytes <= to;
                 at += floatBytes) {
                const unsigned char* p = buffer.data() + (at - before);
                const double v = floatBytes == 4 ? double(readField<float>(p, h.swapped)) : readField<double>(p, h.swapped);
                nonFinite += !std::isfinite(v);
            }
        }
    }
    if (total < needed)
        throw IoError(COSINGAN_MESSAGE("Messages", "'%1' is truncated: it holds %2 bytes of image data and header, but the "
                                       "header announces %3. The file was probably cut short while copying or saving."),
                      {path, std::to_string(total), std::to_string(needed)});
    return nonFinite;
}

bool isUnscaledInt16(const NiftiHeader& h) {
    const bool unscaled = h.sclSlope == 0 || (h.sclSlope == 1 && h.sclInter == 0) || !std::isfinite(h.sclSlope);
    return h.version == 1 && h.datatype == 4 && h.bitpix == 16 && unscaled;
}

std::pair<int16_t, int16_t> readNiftiInt16Voxels(const std::string& path, const NiftiHeader& h, int16_t* dst) {
    GzFile in(path);
    if (!in.f || gzseek(in.f, z_off_t(h.voxOffset), SEEK_SET) < 0)
        throw IoError(COSINGAN_MESSAGE("Messages", "'%1' is truncated: it ends before its voxel data."), {path});
    gzbuffer(in.f, 1 << 18);
    unsigned char* out = reinterpret_cast<unsigned char*>(dst);
    const uint64_t needed = h.dataBytes();
    uint64_t total = 0, done = 0;  // done: bytes already in machine order and counted in the range
    int16_t lo = INT16_MAX, hi = INT16_MIN;
    // Byte order and the value range are done 1 MB at a time, while the chunk is still in cache
    // (a separate pass over a 157 MB volume costs a fifth of a second on a laptop).
    auto process = [&](uint64_t end) {
        int16_t* v = reinterpret_cast<int16_t*>(out + done);
        const size_t count = size_t((end - done) / 2);
        if (h.swapped)
            for (size_t i = 0; i < count; ++i) v[i] = int16_t(uint16_t(uint16_t(v[i]) << 8 | uint16_t(v[i]) >> 8));
        for (size_t i = 0; i < count; ++i) {
            lo = std::min(lo, v[i]);
            hi = std::max(hi, v[i]);
        }
        done += 2 * uint64_t(count);
    };
    while (total < needed) {
        const int n = readGz(in.f, out + total, unsigned(std::min<uint64_t>(needed - total, 1u << 20)), path);
        if (n == 0) break;
        total += uint64_t(n);
        process(total);
    }
    if (total < needed)
        throw IoError(COSINGAN_MESSAGE("Messages", "'%1' is truncated: it holds %2 bytes of image data and header, but the "
                                       "header announces %3. The file was probably cut short while copying or saving."),
                      {path, std::to_string(h.voxOffset + total), std::to_string(h.voxOffset + needed)});
    return needed == 0 ? std::pair<int16_t, int16_t>{0, 0} : std::pair<int16_t, int16_t>{lo, hi};
}

namespace {

// Rewrites a NIfTI-2 file as NIfTI-1 (same byte order, same voxels) at target.
void nifti2ToNifti1(const std::string& path, const NiftiHeader& h, const std::string& target) {
    unsigned char in[kNifti2Header] = {};
    readRawHeader(path, in);
    const bool s = h.swapped;
    for (int i = 0; i < 8; ++i)
        if (h.dim[i] > 32767)
            throw IoError("'" + path + "' is a NIfTI-2 image too large for this reader (" + std::to_string(h.dim[i]) +
                          " voxels along one axis).");
    unsigned char out[kNifti1Header + 4] = {};
    auto d64 = [&](int at) { return readField<double>(in + at, s); };
    auto i64 = [&](int at) { return readField<int64_t>(in + at, s); };
    auto i32 = [&](int at) { return readField<int32_t>(in + at, s); };
    writeField<int32_t>(out, int32_t(kNifti1Header), s);
    out[39] = in[524];  // dim_info
    for (int i = 0; i < 8; ++i) writeField<int16_t>(out + 40 + 2 * i, int16_t(h.dim[i]), s);
    for (int i = 0; i < 3; ++i) writeField<float>(out + 56 + 4 * i, float(d64(80 + 8 * i)), s);  // intent_p1..3
    writeField<int16_t>(out + 68, int16_t(i32(504)), s);                                       // intent_code
    writeField<int16_t>(out + 70, int16_t(h.datatype), s);
    writeField<int16_t>(out + 72, int16_t(h.bitpix), s);
    writeField<int16_t>(out + 74, int16_t(i64(224)), s);  // slice_start
    for (int i = 0; i < 8; ++i) writeField<float>(out + 76 + 4 * i, float(h.pixdim[i]), s);
    writeField<float>(out + 108, float(kNifti1Header + 4), s);  // vox_offset
    writeField<float>(out + 112, float(h.sclSlope), s);
    writeField<float>(out + 116, float(h.sclInter), s);
    writeField<int16_t>(out + 120, int16_t(i64(232)), s);  // slice_end
    out[122] = (unsigned char)i32(496);                   // slice_code
    out[123] = (unsigned char)i32(500);                   // xyzt_units
    for (int i = 0; i < 4; ++i) writeField<float>(out + 124 + 4 * i, float(d64(192 + 8 * i)), s);  // cal_max .. toffset
    std::memcpy(out + 148, in + 240, 80);   // descrip
    std::memcpy(out + 228, in + 320, 24);   // aux_file
    writeField<int16_t>(out + 252, int16_t(i32(344)), s);  // qform_code
    writeField<int16_t>(out + 254, int16_t(i32(348)), s);  // sform_code
    for (int i = 0; i < 6; ++i) writeField<float>(out + 256 + 4 * i, float(d64(352 + 8 * i)), s);   // quatern, qoffset
    for (int i = 0; i < 12; ++i) writeField<float>(out + 280 + 4 * i, float(d64(400 + 8 * i)), s);  // srow_x/y/z
    std::memcpy(out + 328, in + 508, 16);  // intent_name
    std::memcpy(out + 344, "n+1\0", 4);

    GzFile src(path);
    if (!src.f || gzseek(src.f, z_off_t(h.voxOffset), SEEK_SET) < 0) throw IoError("Cannot read the voxels of '" + path + "'.");
    CheckedFileWriter dst(target);
    dst.write(out, sizeof out);
    std::vector<unsigned char> buffer(1 << 20);
    uint64_t left = h.dataBytes();
    while (left > 0) {
        const int n = gzread(src.f, buffer.data(), unsigned(std::min<uint64_t>(left, buffer.size())));
        if (n <= 0) throw IoError(COSINGAN_MESSAGE("Messages", "'%1' is truncated: the voxel data ends early."), {path});
        dst.write(buffer.data(), size_t(n));
        left -= uint64_t(n);
    }
    dst.finish();
}

}  // namespace

NiftiForItk::NiftiForItk(const std::string& path, Voxels reader) : itkPath_(path) {
    if (!readNiftiHeader(path, header_)) return;  // not single-file NIfTI: ITK decides
    checkNiftiHeader(path, header_);
    if (reader == Voxels::Int16ReadByCaller && isUnscaledInt16(header_)) {
        int16ByCaller_ = true;
        return;
    }
    nonFinite_ = checkNiftiComplete(path, header_);
    const uint64_t voxels = header_.dataBytes() / uint64_t(std::max(1, header_.bitpix / 8));
    if (voxels > 0 && nonFinite_ == voxels)
        throw IoError(COSINGAN_MESSAGE("Messages", "'%1' holds no numbers: every voxel is NaN or infinite. The file is damaged "
                                       "or was written incorrectly."),
                      {path});
    if (header_.version != 2) return;
    const std::filesystem::path tmp = std::filesystem::temp_directory_path() / "cosingan-nifti2-XXXXXX";
    std::string pattern = tmp.string();
    if (!::mkdtemp(pattern.data())) throw IoError("Cannot create a temporary folder to read the NIfTI-2 file '" + path + "'.");
    tempFolder_ = pattern;
    itkPath_ = (std::filesystem::path(tempFolder_) / "image.nii").string();
    try {
        nifti2ToNifti1(path, header_, itkPath_);
    } catch (const DiskFullError& e) {
        removeTree(tempFolder_);
        throw IoError(COSINGAN_MESSAGE("Messages", "Cannot read the NIfTI-2 file '%1': %2"), {path, e.encoded()});
    } catch (...) {
        removeTree(tempFolder_);
        throw;
    }
}

NiftiForItk::~NiftiForItk() {
    if (!tempFolder_.empty()) removeTree(tempFolder_);
}

}  // namespace cosingan
