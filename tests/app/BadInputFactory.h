#pragma once
// Makes the bad (and a few good) input files of the reliability tests from scratch: NIfTI-1/-2 with
// any header field wrong, DICOM objects of any SOP class, PNG/JPEG of odd depths and sizes, and
// byte-level damage (truncation, flipped bytes). Nothing is committed to the repository; real files
// from ../shared/data are copied into the test's scratch folder before they are damaged.
#include <cstdint>
#include <string>
#include <vector>

namespace cosingan::test {

struct NiftiSpec {
    int version = 1;                       // 1 or 2
    std::vector<int64_t> dims{16, 16, 4};  // dim[1..]
    int datatype = 4, bitpix = 16;         // int16
    double spacing[3] = {0.8, 0.8, 2.0};
    double sclSlope = 1, sclInter = 0;
    bool gzip = false;
    std::vector<char> data;                // voxel bytes; empty: a ramp of the right size
    int64_t dim0 = -1;                     // override dim[0] (-1: dims.size())
};
void writeNifti(const std::string& path, NiftiSpec spec);

struct DicomSpec {
    std::string sopClass = "1.2.840.10008.5.1.4.1.1.2";  // CT image storage
    std::string modality = "CT";
    int rows = 32, columns = 32, frames = 1;
    bool pixelData = true;
    double z = 0;                     // image position (for series)
    std::string seriesUid = "1.2.826.0.1.3680043.8.498.1";
    std::vector<std::string> extraText;  // "gggg,eeee=VR=value" elements (e.g. RT dose's grid offsets)
};
void writeDicom(const std::string& path, const DicomSpec& spec);

void writeBytes(const std::string& path, const std::string& bytes);
void truncateFile(const std::string& path, double keepFraction);
void xorByte(const std::string& path, size_t offset, unsigned char mask);
// Offset of the first occurrence of `pattern` in the file (npos when absent).
size_t findBytes(const std::string& path, const std::string& pattern);
void copyFile(const std::string& from, const std::string& to);

}  // namespace cosingan::test
