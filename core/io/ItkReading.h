#pragma once
// Internal to core/io: opening one image file through ITK with every check that must come before
// the voxels are read, and reading them with decoder warnings turned into errors.
#include <itkImage.h>
#include <itkImageIOBase.h>

#include <string>
#include <vector>

namespace cosingan::itkread {

using FloatImage = itk::Image<float, 3>;

std::string itkReason(const itk::ExceptionObject& e);
bool isPlainImageFormat(const itk::ImageIOBase* io);
std::string formatName(const itk::ImageIOBase* io);

// Opens the header (DICOM vetted first: see DicomCheck.h) and rejects what can never be a CT
// volume or label map (4-D, vector images, fewer than two dimensions, 16-bit plain images when
// plainEightBitOnly), before any voxel is read. `shownPath` names the file in messages (the file
// read may be a converted copy).
// warnings (if given) receives what the user must be told (e.g. a DICOM file without pixel spacing).
itk::ImageIOBase::Pointer probeFile(const std::string& path, const std::string& shownPath, bool plainEightBitOnly,
                                    std::vector<std::string>* warnings = nullptr);

// The warning for a DICOM file without pixel spacing (readers then assume 1 mm).
std::string missingSpacingWarning();

// The voxels as float (plain colour images as luminance); DICOM decoder warnings are errors.
FloatImage::Pointer readVoxels(const std::string& path, const std::string& shownPath, itk::ImageIOBase* io);

}  // namespace cosingan::itkread
