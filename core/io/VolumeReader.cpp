#include "VolumeIO.h"

#include "ItkConversion.h"
#include "NiftiIntegrity.h"

#include <itkGDCMImageIO.h>
#include <itkGDCMSeriesFileNames.h>
#include <itkImageFileReader.h>
#include <itkImageIOFactory.h>
#include <itkImageSeriesReader.h>

#include <cmath>
#include <filesystem>
#include <set>
#include <sstream>

namespace fs = std::filesystem;

namespace cosingan {

namespace {

using FloatImage = itk::Image<float, 3>;

std::string itkReason(const itk::ExceptionObject& e) {
    std::string d = e.GetDescription();
    while (!d.empty() && (d.back() == '\n' || d.back() == ' ')) d.pop_back();
    return d.empty() ? std::string("unknown ITK error") : d;
}

bool isPlainImageFormat(const itk::ImageIOBase* io) {
    std::string name = io->GetNameOfClass();
    return name == "PNGImageIO" || name == "JPEGImageIO" || name == "BMPImageIO" || name == "TIFFImageIO";
}

std::string formatName(const itk::ImageIOBase* io) {
    std::string name = io->GetNameOfClass();
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

// Opens the header and rejects what can never be a CT volume, before any voxel is read.
itk::ImageIOBase::Pointer probeFile(const std::string& path) {
    itk::ImageIOBase::Pointer io =
        itk::ImageIOFactory::CreateImageIO(path.c_str(), itk::ImageIOFactory::IOFileModeEnum::ReadMode);
    if (!io)
        throw IoError("'" + path + "' is not an image file CoSinGAN Studio can read "
                      "(NIfTI .nii/.nii.gz, DICOM, PNG, JPEG, NRRD, MetaImage). The file may be damaged "
                      "or of another kind.");
    io->SetFileName(path);
    try {
        io->ReadImageInformation();
    } catch (const itk::ExceptionObject& e) {
        throw IoError("Cannot read the header of '" + path + "': " + itkReason(e));
    }
    const unsigned dims = io->GetNumberOfDimensions();
    if (dims > 3) {
        std::ostringstream shape;
        size_t extra = 1;
        for (unsigned d = 0; d < dims; ++d) {
            shape << (d ? "x" : "") << io->GetDimensions(d);
            if (d >= 3) extra *= io->GetDimensions(d);
        }
        if (extra > 1)
            throw IoError("'" + path + "' is a " + std::to_string(dims) + "-D image (" + shape.str() +
                          "). CoSinGAN Studio needs a single 3-D CT volume; split the series (e.g. one "
                          "time point) first.");
    }
    if (dims < 2) throw IoError("'" + path + "' has fewer than two dimensions: it is not an image.");
    const unsigned components = io->GetNumberOfComponents();
    const bool threeD = dims >= 3 && io->GetDimensions(2) > 1;
    if (components > 1 && (threeD || !isPlainImageFormat(io)))
        throw IoError("'" + path + "' has " + std::to_string(components) +
                      " values per voxel (an RGB or vector image). A CT volume has one value per voxel.");
    return io;
}

FloatImage::Pointer readFloatFile(const std::string& path, itk::ImageIOBase* io) {
    using Reader = itk::ImageFileReader<FloatImage>;
    auto reader = Reader::New();
    reader->SetFileName(path);
    reader->SetImageIO(io);
    try {
        reader->Update();
    } catch (const itk::ExceptionObject& e) {
        throw IoError("Cannot read the voxels of '" + path + "' (the file is damaged or truncated): " + itkReason(e));
    }
    return reader->GetOutput();
}

// Colour 2-D images (screenshots of grey CT are often RGB) are read as luminance.
FloatImage::Pointer readPlainImageAsGrey(const std::string& path, itk::ImageIOBase* io) {
    if (io->GetNumberOfComponents() == 1) return readFloatFile(path, io);
    using RgbImage = itk::Image<itk::RGBPixel<unsigned char>, 3>;
    auto reader = itk::ImageFileReader<RgbImage>::New();
    reader->SetFileName(path);
    try {
        reader->Update();
    } catch (const itk::ExceptionObject& e) {
        throw IoError("Cannot read the pixels of '" + path + "': " + itkReason(e));
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

struct DicomSeries {
    std::vector<std::string> files;
    size_t seriesCount = 0;
};

DicomSeries findDicomSeries(const std::string& folder) {
    auto names = itk::GDCMSeriesFileNames::New();
    names->SetUseSeriesDetails(true);
    names->SetRecursive(false);
    DicomSeries best;
    try {
        names->SetDirectory(folder);
        const auto& uids = names->GetSeriesUIDs();
        best.seriesCount = uids.size();
        for (const auto& uid : uids) {
            auto files = names->GetFileNames(uid);
            if (files.size() > best.files.size()) best.files = files;
        }
    } catch (const itk::ExceptionObject& e) {
        throw IoError("Cannot scan '" + folder + "' for DICOM files: " + itkReason(e));
    }
    if (best.files.empty())
        throw IoError("No DICOM series was found in the folder '" + folder +
                      "'. Choose a folder that holds the .dcm files of one CT series, or open a NIfTI file.");
    return best;
}

FloatImage::Pointer readDicomSeries(const DicomSeries& series, const std::string& folder) {
    auto io = itk::GDCMImageIO::New();
    auto reader = itk::ImageSeriesReader<FloatImage>::New();
    reader->SetImageIO(io);
    reader->SetFileNames(series.files);
    try {
        reader->Update();
    } catch (const itk::ExceptionObject& e) {
        throw IoError("Cannot read the DICOM series in '" + folder + "': " + itkReason(e));
    }
    return reader->GetOutput();
}

CtVolume toCtVolume(FloatImage::Pointer image, bool eightBit) {
    const std::string originalOrientation = itkconv::geometryOf(image.GetPointer()).orientationCode();
    FloatImage::Pointer canonical = itkconv::toCanonical<FloatImage>(image);
    CtVolume volume(itkconv::geometryOf(canonical.GetPointer()));
    const float* src = canonical->GetBufferPointer();
    auto& dst = volume.voxels();
    for (size_t i = 0; i < dst.size(); ++i) {
        if (eightBit) {
            float v = std::clamp(src[i], 0.0f, 255.0f);
            dst[i] = eightBitToHu(uint8_t(std::lround(v)));
        } else {
            float v = std::isfinite(src[i]) ? src[i] : -1024.0f;
            dst[i] = int16_t(std::lround(std::clamp(v, -32768.0f, 32767.0f)));
        }
    }
    volume.provenance.originalOrientation = originalOrientation;
    volume.provenance.fromEightBitImage = eightBit;
    return volume;
}

}  // namespace

CtVolume readCtVolume(const std::string& path) {
    std::error_code ec;
    if (path.empty()) throw IoError("No file name was given.");
    if (!fs::exists(path, ec)) throw IoError("'" + path + "' does not exist.");

    if (fs::is_directory(path, ec)) {
        DicomSeries series = findDicomSeries(path);
        CtVolume volume = toCtVolume(readDicomSeries(series, path), false);
        volume.provenance.source = path;
        volume.provenance.format = "DICOM series";
        volume.provenance.description = std::to_string(series.files.size()) + " DICOM files";
        if (series.seriesCount > 1)
            volume.provenance.description += " (largest of " + std::to_string(series.seriesCount) + " series in the folder)";
        return volume;
    }

    if (fs::file_size(path, ec) == 0) throw IoError("'" + path + "' is empty (0 bytes).");
    itk::ImageIOBase::Pointer io = probeFile(path);
    if (formatName(io) == "NIfTI") checkNiftiComplete(path, uint64_t(io->GetImageSizeInBytes()));
    const bool plain = isPlainImageFormat(io);
    const bool eightBit = plain && io->GetComponentType() == itk::IOComponentEnum::UCHAR;
    FloatImage::Pointer image = plain ? readPlainImageAsGrey(path, io) : readFloatFile(path, io);
    CtVolume volume = toCtVolume(image, eightBit);
    volume.provenance.source = path;
    volume.provenance.format = formatName(io);
    if (eightBit) volume.provenance.description = "8-bit image read as lung-windowed CT (-1250..250 HU)";
    return volume;
}

LabelMap readLabelMap(const std::string& path, const ImageGeometry* grid) {
    std::error_code ec;
    if (!fs::exists(path, ec)) throw IoError("'" + path + "' does not exist.");
    if (fs::is_directory(path, ec)) throw IoError("'" + path + "' is a folder; a label map is one image file.");
    itk::ImageIOBase::Pointer io = probeFile(path);
    if (formatName(io) == "NIfTI") checkNiftiComplete(path, uint64_t(io->GetImageSizeInBytes()));
    const bool plain = isPlainImageFormat(io);
    FloatImage::Pointer image = plain ? readPlainImageAsGrey(path, io) : readFloatFile(path, io);
    FloatImage::Pointer canonical = itkconv::toCanonical<FloatImage>(image);
    ImageGeometry g = itkconv::geometryOf(canonical.GetPointer());

    if (grid) {
        const bool sameSize = g.size == grid->size;
        if (!sameSize)
            throw IoError("The label map '" + path + "' is " + std::to_string(g.size[0]) + "x" +
                          std::to_string(g.size[1]) + "x" + std::to_string(g.size[2]) + " but the image is " +
                          std::to_string(grid->size[0]) + "x" + std::to_string(grid->size[1]) + "x" +
                          std::to_string(grid->size[2]) + ": they do not match.");
        // Plain 2-D images carry no placement: they take the image's. Volumes must agree in space.
        if (!plain && !g.sameGrid(*grid, 1e-2))
            throw IoError("The label map '" + path + "' has the image's size but another position, spacing or "
                          "orientation: it was drawn on a different grid.");
        g = *grid;
    }

    LabelMap labels(g);
    const float* src = canonical->GetBufferPointer();
    std::set<long> bad;
    for (size_t i = 0; i < labels.voxels().size(); ++i) {
        long v = std::lround(src[i]);
        if (v < 0 || v >= kLabelCount) {
            if (bad.size() < 5) bad.insert(v);
            continue;
        }
        labels.voxels()[i] = uint8_t(v);
    }
    if (!bad.empty()) {
        std::string values;
        for (long v : bad) values += (values.empty() ? "" : ", ") + std::to_string(v);
        throw IoError("'" + path + "' is not a CoSinGAN label map: it holds the value(s) " + values +
                      "; labels are 0 background, 1 left lung, 2 right lung, 3 infection.");
    }
    return labels;
}

}  // namespace cosingan
