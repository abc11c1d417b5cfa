#include "ItkReading.h"

#include "DicomCheck.h"
#include "StderrCapture.h"
#include "VolumeIO.h"

#include <itkImageFileReader.h>
#include <itkImageIOFactory.h>
#include <itkRGBPixel.h>

#include <fstream>
#include <sstream>

namespace cosingan::itkread {

std::string itkReason(const itk::ExceptionObject& e) {
    std::string d = e.GetDescription();
    while (!d.empty() && (d.back() == '\n' || d.back() == ' ')) d.pop_back();
    // ITK's own wording is for programmers; keep its first line only.
    const size_t newline = d.find('\n');
    if (newline != std::string::npos) d = d.substr(0, newline);
    return d.empty() ? std::string("unknown reason") : d;
}

bool isPlainImageFormat(const itk::ImageIOBase* io) {
    const std::string name = io->GetNameOfClass();
    return name == "PNGImageIO" || name == "JPEGImageIO" || name == "BMPImageIO" || name == "TIFFImageIO";
}

std::string formatName(const itk::ImageIOBase* io) {
    const std::string name = io->GetNameOfClass();
    if (name == "NiftiImageIO") return "NIfTI";
    if (name == "GDCMImageIO") return "DICOM";
    if (name == "PNGImageIO") return "PNG";
    if (name == "JPEGImageIO") return "JPEG";
    if (name == "BMPImageIO") return "BMP";
    if (name == "TIFFImageIO") return "TIFF";
    if (name == "NrrdImageIO") return "NRRD";
    if (name == "MetaImageIO") return "MetaImage";
    return name;
}

namespace {

// libjpeg and libpng fill a truncated image with grey and say so on a channel ITK does not pass on:
// a JPEG must end with its end marker (maybe followed by a little padding), a PNG with its IEND
// chunk.
void checkPlainImageComplete(const std::string& path, const std::string& shown, const std::string& format) {
    if (format != "JPEG" && format != "PNG") return;
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    const std::streamoff size = in.tellg();
    const std::streamoff tail = std::min<std::streamoff>(size, 64);
    std::string end(size_t(tail), '\0');
    in.seekg(size - tail);
    in.read(end.data(), tail);
    const bool complete = format == "JPEG" ? end.find("\xff\xd9") != std::string::npos
                                           : end.find("IEND") != std::string::npos;
    if (!complete)
        throw IoError(COSINGAN_MESSAGE("Messages", "'%1' is damaged: the %2 image stops before its end (the file was cut short "
                                       "while copying or saving)."),
                      {shown, format});
}

}  // namespace

std::string missingSpacingWarning() {
    return "the DICOM data has no pixel spacing: 1 mm is assumed, so sizes in mm are not real";
}

itk::ImageIOBase::Pointer probeFile(const std::string& path, const std::string& shown, bool plainEightBitOnly,
                                    std::vector<std::string>* warnings) {
    auto vet = [&] {
        if (vetDicomFile(path).spacingMissing && warnings) warnings->push_back(missingSpacingWarning());
    };
    if (hasDicomPreamble(path)) vet();  // before GDCM's image reader parses what it asserts on
    itk::ImageIOBase::Pointer io =
        itk::ImageIOFactory::CreateImageIO(path.c_str(), itk::ImageIOFactory::IOFileModeEnum::ReadMode);
    if (!io)
        throw IoError(COSINGAN_MESSAGE("Messages", "'%1' is not an image file CoSinGAN Studio can read (NIfTI .nii/.nii.gz, "
                                       "DICOM, PNG, JPEG, NRRD, MetaImage). The file may be damaged or of another kind."),
                      {shown});
    if (formatName(io) == "DICOM" && !hasDicomPreamble(path)) vet();
    io->SetFileName(path);
    {
        StderrCapture capture;
        try {
            io->ReadImageInformation();
        } catch (const itk::ExceptionObject& e) {
            throw IoError(COSINGAN_MESSAGE("Messages", "Cannot read the header of '%1': %2. The file is damaged or of another kind."),
                          {shown, itkReason(e)});
        }
    }
    if (isPlainImageFormat(io)) checkPlainImageComplete(path, shown, formatName(io));
    const unsigned dims = io->GetNumberOfDimensions();
    if (dims > 3) {
        std::ostringstream shape;
        size_t extra = 1;
        for (unsigned d = 0; d < dims; ++d) {
            shape << (d ? "x" : "") << io->GetDimensions(d);
            if (d >= 3) extra *= io->GetDimensions(d);
        }
        if (extra > 1)
            throw IoError(COSINGAN_MESSAGE("Messages", "'%1' is a %2-D image (%3). CoSinGAN Studio needs a single 3-D CT "
                                           "volume; split the series (e.g. one time point) first."),
                          {shown, std::to_string(dims), shape.str()});
    }
    if (dims < 2) throw IoError(COSINGAN_MESSAGE("Messages", "'%1' has fewer than two dimensions: it is not an image."), {shown});
    for (unsigned d = 0; d < std::min(dims, 3u); ++d)
        if (io->GetDimensions(d) < 1) throw IoError(COSINGAN_MESSAGE("Messages", "'%1' is damaged: one of its dimensions is empty."), {shown});
    const unsigned components = io->GetNumberOfComponents();
    const bool threeD = dims >= 3 && io->GetDimensions(2) > 1;
    const bool plain = isPlainImageFormat(io);
    if (components > 1 && (threeD || !plain))
        throw IoError(COSINGAN_MESSAGE("Messages", "'%1' has %2 values per voxel (an RGB or vector image). A CT volume "
                                       "has one value per voxel."),
                      {shown, std::to_string(components)});
    if (plain && plainEightBitOnly && io->GetComponentType() != itk::IOComponentEnum::UCHAR)
        throw IoError(COSINGAN_MESSAGE("Messages", "'%1' is a %2-bit %3 image: its values are neither Hounsfield units nor "
                                       "lung-windowed grey, so they cannot be read as CT. Export the slice as DICOM or "
                                       "NIfTI (in HU), or as an 8-bit lung-windowed image."),
                      {shown, std::to_string(8 * io->GetComponentSize()), formatName(io)});
    return io;
}

namespace {

FloatImage::Pointer readFloat(const std::string& path, const std::string& shown, itk::ImageIOBase* io) {
    auto reader = itk::ImageFileReader<FloatImage>::New();
    reader->SetFileName(path);
    reader->SetImageIO(io);
    try {
        reader->Update();
    } catch (const itk::ExceptionObject& e) {
        throw IoError(COSINGAN_MESSAGE("Messages", "Cannot read the voxels of '%1' (the file is damaged or truncated): %2"),
                      {shown, itkReason(e)});
    }
    return reader->GetOutput();
}

// Colour 2-D images (screenshots of grey CT are often RGB) are read as luminance.
FloatImage::Pointer readRgbAsGrey(const std::string& path, const std::string& shown) {
    using RgbImage = itk::Image<itk::RGBPixel<unsigned char>, 3>;
    auto reader = itk::ImageFileReader<RgbImage>::New();
    reader->SetFileName(path);
    try {
        reader->Update();
    } catch (const itk::ExceptionObject& e) {
        throw IoError(COSINGAN_MESSAGE("Messages", "Cannot read the pixels of '%1': %2"), {shown, itkReason(e)});
    }
    RgbImage::Pointer rgb = reader->GetOutput();
    auto grey = FloatImage::New();
    grey->CopyInformation(rgb);
    grey->SetRegions(rgb->GetLargestPossibleRegion());
    grey->Allocate();
    const auto* src = rgb->GetBufferPointer();
    float* dst = grey->GetBufferPointer();
    const size_t n = rgb->GetLargestPossibleRegion().GetNumberOfPixels();
    for (size_t i = 0; i < n; ++i) dst[i] = 0.299f * src[i][0] + 0.587f * src[i][1] + 0.114f * src[i][2];
    return grey;
}

}  // namespace

FloatImage::Pointer readVoxels(const std::string& path, const std::string& shown, itk::ImageIOBase* io) {
    if (isPlainImageFormat(io) && io->GetNumberOfComponents() > 1) return readRgbAsGrey(path, shown);
    if (formatName(io) != "DICOM") return readFloat(path, shown, io);
    StderrCapture capture;
    FloatImage::Pointer image = readFloat(path, shown, io);
    const std::string damage = damageReportedByDecoder(capture.finish());
    if (!damage.empty())
        throw IoError(COSINGAN_MESSAGE("Messages", "'%1' is damaged: the DICOM decoder reported \"%2\". Its pixels would "
                                       "be wrong; use an undamaged copy of the file."),
                      {shown, damage});
    return image;
}

}  // namespace cosingan::itkread
