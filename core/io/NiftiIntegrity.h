#pragma once
// What ITK's NIfTI reader does not check, checked before it reads:
//  - a truncated .nii(.gz) is read silently with zeros for the missing voxels: the stream is read
//    to its end and must hold the whole voxel block the header announces (in the header's own
//    data type — not ITK's float-promoted one, so scl_slope/scl_inter files are not "truncated");
//  - NaN or infinite float voxels, which ITK's NIfTI library turns into 0 without a word (counted);
//  - a negative or zero dimension, and NaN, infinite, zero or negative voxel spacing, which ITK
//    turns into positive sizes or 1 mm without a word;
//  - NIfTI-2 files, which ITK 5.2 cannot read at all: they are rewritten as an equivalent NIfTI-1
//    file in a temporary folder (same voxels, same geometry fields) and read from there.
#include <cstdint>
#include <memory>
#include <string>
#include <utility>

namespace cosingan {

struct NiftiHeader {
    int version = 0;       // 1 or 2 (0: not a NIfTI file)
    bool swapped = false;  // stored in the other byte order
    int64_t dim[8] = {};
    int datatype = 0, bitpix = 0;
    double pixdim[8] = {};
    uint64_t voxOffset = 0;
    double sclSlope = 0, sclInter = 0;
    std::string description;  // descrip: 80 characters of free text
    uint64_t dataBytes() const;  // the voxel block the header announces
};

// Reads the header of a .nii or .nii.gz; returns false when the file is not a single-file NIfTI-1
// or NIfTI-2 image. Throws IoError when the file cannot be read.
bool readNiftiHeader(const std::string& path, NiftiHeader& header);

// Throws IoError for impossible dimensions or spacing, and when the file is shorter than the
// header announces (or its gzip stream is broken).
void checkNiftiHeader(const std::string& path, const NiftiHeader& header);
// Also counts the float voxels that are NaN or infinite (ITK's NIfTI library silently turns them
// into 0: an all-NaN volume would read as a blank one) and returns their number.
uint64_t checkNiftiComplete(const std::string& path, const NiftiHeader& header);

// A NIfTI-1 voxel block of unscaled 16-bit integers (how CT is stored): read once, by
// readNiftiInt16Voxels, instead of checked by one pass and decompressed again by ITK as float.
bool isUnscaledInt16(const NiftiHeader& header);
// Reads the header's whole voxel block into dst (dataBytes() bytes), in the machine's byte order,
// and returns its smallest and largest value (found chunk by chunk while the data is in cache);
// throws IoError when the file is truncated or its gzip stream is broken.
std::pair<int16_t, int16_t> readNiftiInt16Voxels(const std::string& path, const NiftiHeader& header, int16_t* dst);

// A NIfTI file as ITK 5.2 can read it: the file itself, or for NIfTI-2 a NIfTI-1 copy in a
// temporary folder that is removed with this object.
class NiftiForItk {
public:
    // Who reads the voxels: ITK (the completeness check runs here), or, for an unscaled int16
    // file, the caller through readNiftiInt16Voxels (which checks completeness as it reads).
    enum class Voxels { ReadByItk, Int16ReadByCaller };
    explicit NiftiForItk(const std::string& path, Voxels voxels = Voxels::ReadByItk);  // runs the checks above
    // True when the caller must read the voxels with readNiftiInt16Voxels (nothing checked them yet).
    bool int16ReadByCaller() const { return int16ByCaller_; }
    ~NiftiForItk();
    const std::string& path() const { return itkPath_; }
    const NiftiHeader& header() const { return header_; }
    uint64_t nonFiniteVoxels() const { return nonFinite_; }  // NaN/inf floats, read by ITK as 0

private:
    std::string itkPath_, tempFolder_;
    NiftiHeader header_;
    uint64_t nonFinite_ = 0;
    bool int16ByCaller_ = false;
};

}  // namespace cosingan
