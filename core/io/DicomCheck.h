#pragma once
// DICOM files looked at before GDCM decodes them, and what GDCM and libjpeg say while they do.
//  - Objects that are not images CoSinGAN Studio can use are refused by their SOP class: RT dose
//    (whose single-frame form trips an assertion inside GDCM's image reader that aborts the whole
//    process), RT plans and structure sets, structured reports, segmentations, presentation states.
//  - Damage that the data set itself shows: pixel data shorter than Rows x Columns x frames says,
//    compressed fragments that cannot be read, a JPEG frame header whose size differs from Rows and
//    Columns (one flipped byte made a 512 x 512 slice a 512 x 64768 image at -32768 HU), a JPEG
//    stream without its end marker.
//  - Decoder warnings ("Corrupt JPEG data", "dimension mismatch") printed while the voxels are
//    decoded (see StderrCapture) are errors, not a line on a terminal.
#include <string>

namespace cosingan {

struct DicomFacts {
    int rows = 0, columns = 0, frames = 1;
    std::string sopClass, modality, seriesUid;
    bool encapsulated = false;
    bool spacingMissing = false;  // no Pixel Spacing: readers assume 1 mm (said as a warning)
};

// True when the file has the DICOM preamble ("DICM" at byte 128).
bool hasDicomPreamble(const std::string& path);

// Throws IoError saying what is wrong (not an image, another kind of object, damaged).
// GDCM asserts on some damaged files (Debian builds it with assertions: a file holding only the
// DICOM preamble aborts gdcm::Reader), so the file is read in a child process — data set, image
// header and pixel decoding — and a child that dies is reported as a damaged file, not a crash.
// The app's own read afterwards runs the same code on the same bytes and cannot abort.
DicomFacts vetDicomFile(const std::string& path);

// The first line of decoder output that says the pixel data is damaged, or "" when there is none
// (GDCM's notes about private tags missing from its dictionary are not damage).
std::string damageReportedByDecoder(const std::string& capturedStderr);

}  // namespace cosingan
