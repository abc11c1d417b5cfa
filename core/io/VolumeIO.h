#pragma once
// Medical image I/O through ITK: NIfTI (.nii, .nii.gz), DICOM series (folders, GDCM with
// JPEG-lossless), single DICOM files and plain 2-D images (PNG/JPEG/BMP/TIFF, as one-slice volumes).
// Every volume is returned in the canonical LPS orientation (see ImageGeometry.h). Every failure is
// an IoError whose message says what was wrong in words a user understands.
#include "volume/CtVolume.h"
#include "util/UserMessage.h"
#include "volume/Labels.h"

#include <stdexcept>
#include <string>

namespace cosingan {

class IoError : public UserError {
public:
    using UserError::UserError;
};

// Reads a CT volume from a file or a DICOM folder.
CtVolume readCtVolume(const std::string& path);

// Reads a label map. When `grid` is given, the label map must lie on that grid (after canonical
// reorientation); 2-D label images are accepted for a one-slice grid of the same size. Values
// outside 0..3 are rejected with a message naming them.
LabelMap readLabelMap(const std::string& path, const ImageGeometry* grid = nullptr);

// Writes NIfTI (.nii or .nii.gz) atomically, keeping spacing, origin and direction; a CT volume's
// provenance.description goes into the header's description (first 79 characters).
void writeCtVolume(const CtVolume& volume, const std::string& path);
void writeLabelMap(const LabelMap& labels, const std::string& path, const std::string& description = {});

// True for the extensions writeCtVolume/writeLabelMap accept.
bool isWritableVolumePath(const std::string& path);

}  // namespace cosingan
