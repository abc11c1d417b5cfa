#include "VolumeIO.h"

#include "DicomCheck.h"
#include "ItkConversion.h"
#include "ItkReading.h"
#include "NiftiIntegrity.h"
#include "StderrCapture.h"
#include "util/FileSafety.h"

#include <itkGDCMImageIO.h>
#include <itkGDCMSeriesFileNames.h>
#include <itkImageSeriesReader.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <type_traits>
#include <filesystem>
#include <set>

namespace fs = std::filesystem;

namespace cosingan {

using itkread::FloatImage;

namespace {

std::string sizeText(const std::array<int, 3>& size) {
    return std::to_string(size[0]) + "x" + std::to_string(size[1]) + "x" + std::to_string(size[2]);
}

void requireStudyPath(const std::string& path, bool folderOk) {
    try {
        if (folderOk) requireFileOrFolder(path, "");
        else requireReadableFile(path, "");
    } catch (const PathError& e) {
        throw IoError(e);  // the same message ("'x' does not exist."), as an I/O error
    }
}

struct DicomSeries {
    std::vector<std::string> files;
    size_t seriesCount = 0;
};

DicomSeries findDicomSeries(const std::string& folder) {
    // A FIFO or device among the files would hang the scanner that opens every file: refuse first.
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(folder, ec)) {
        const PathKind k = pathKind(e.path().string());
        if (k != PathKind::RegularFile && k != PathKind::Directory)
            throw IoError("The folder '" + folder + "' holds '" + e.path().filename().string() + "', which is " +
                          describeKind(k) + ". Choose a folder that holds only the .dcm files of one CT series.");
    }
    auto names = itk::GDCMSeriesFileNames::New();
    names->SetUseSeriesDetails(true);
    names->SetRecursive(false);
    DicomSeries best;
    std::vector<std::vector<std::string>> groups;
    {
        StderrCapture capture;  // GDCM's notes about private tags
        try {
            names->SetDirectory(folder);
            for (const auto& uid : names->GetSeriesUIDs()) groups.push_back(names->GetFileNames(uid));
        } catch (const itk::ExceptionObject& e) {
            throw IoError("Cannot scan '" + folder + "' for DICOM files: " + itkread::itkReason(e));
        }
    }
    best.seriesCount = groups.size();
    for (const auto& files : groups)
        if (files.size() > best.files.size()) best.files = files;
    if (best.files.empty())
        throw IoError(COSINGAN_MESSAGE("Messages", "No DICOM series was found in the folder '%1'. Choose a folder that holds "
                                       "the .dcm files of one CT series, or open a NIfTI file."),
                      {folder});
    // The scanner splits one series whose slices differ (in size, thickness, ...) into groups;
    // reading the largest would silently drop slices of the same series.
    const DicomFacts chosen = vetDicomFile(best.files.front());
    for (const auto& files : groups) {
        if (files == best.files || files.empty()) continue;
        const DicomFacts other = vetDicomFile(files.front());
        if (!chosen.seriesUid.empty() && other.seriesUid == chosen.seriesUid)
            throw IoError("The series in '" + folder + "' mixes slice sizes or geometries: '" +
                          fs::path(files.front()).filename().string() + "' is " + std::to_string(other.columns) + " x " +
                          std::to_string(other.rows) + " but '" + fs::path(best.files.front()).filename().string() + "' is " +
                          std::to_string(chosen.columns) + " x " + std::to_string(chosen.rows) +
                          ". Remove the odd slices or choose a folder with one consistent series.");
    }
    return best;
}

// Every slice is vetted (a series with one truncated slice must not be read with zeros) and all
// must have the same size.
void vetSeries(const DicomSeries& series, const std::string& folder, std::vector<std::string>& warnings) {
    DicomFacts first;
    for (size_t i = 0; i < series.files.size(); ++i) {
        const DicomFacts f = vetDicomFile(series.files[i]);
        if (i == 0) first = f;
        else if (f.rows != first.rows || f.columns != first.columns)
            throw IoError("The series in '" + folder + "' mixes slice sizes: '" + fs::path(series.files[i]).filename().string() +
                          "' is " + std::to_string(f.columns) + " x " + std::to_string(f.rows) + " but '" +
                          fs::path(series.files[0]).filename().string() + "' is " + std::to_string(first.columns) + " x " +
                          std::to_string(first.rows) + ". Remove the odd slice or choose a folder with one series.");
    }
    if (first.spacingMissing) warnings.push_back(itkread::missingSpacingWarning());
}

FloatImage::Pointer readDicomSeries(const DicomSeries& series, const std::string& folder, std::vector<std::string>& warnings) {
    vetSeries(series, folder, warnings);
    auto io = itk::GDCMImageIO::New();
    auto reader = itk::ImageSeriesReader<FloatImage>::New();
    reader->SetImageIO(io);
    reader->SetFileNames(series.files);
    StderrCapture capture;
    try {
        reader->Update();
    } catch (const itk::ExceptionObject& e) {
        throw IoError("Cannot read the DICOM series in '" + folder + "': " + itkread::itkReason(e));
    }
    const std::string damage = damageReportedByDecoder(capture.finish());
    if (!damage.empty())
        throw IoError("The DICOM series in '" + folder + "' is damaged: the decoder reported \"" + damage +
                      "\". Its pixels would be wrong; use an undamaged copy.");
    return reader->GetOutput();
}

// Integer-valued volumes holding only 0..3: a label map (MosMed's lesion masks, our own labels).
template <typename T>
bool looksLikeLabelMap(const T* v, size_t n, std::set<int>& values) {
    for (size_t i = 0; i < n; ++i) {
        const T x = v[i];
        if (!(x >= 0 && x <= 3) || x != std::floor(x)) return false;
        if (values.size() < 5) values.insert(int(x));
    }
    return true;
}

using Int16Image = itk::Image<int16_t, 3>;

bool isIdentity(const ImageGeometry& g) {
    for (int r = 0; r < 3; ++r)
        for (int c = 0; c < 3; ++c)
            if (g.direction[r * 3 + c] != (r == c ? 1.0 : 0.0)) return false;
    return true;
}

// An unscaled int16 NIfTI-1 (how CT is stored) read in one pass into its native type: the geometry
// from ITK's header reading (qform/sform, RAS to LPS), the voxels straight into the image buffer.
Int16Image::Pointer int16ImageShell(itk::ImageIOBase* io) {
    auto image = Int16Image::New();
    Int16Image::RegionType region;
    Int16Image::SpacingType spacing;
    Int16Image::PointType origin;
    Int16Image::DirectionType direction;
    for (unsigned a = 0; a < 3; ++a) {
        region.SetSize(a, io->GetDimensions(a));
        region.SetIndex(a, 0);
        spacing[a] = io->GetSpacing(a);
        origin[a] = io->GetOrigin(a);
        const std::vector<double> axis = io->GetDirection(a);
        for (unsigned c = 0; c < 3; ++c) direction[c][a] = axis[c];
    }
    image->SetRegions(region);
    image->SetSpacing(spacing);
    image->SetOrigin(origin);
    image->SetDirection(direction);
    return image;
}

// What every reader records once the voxels are in: a label map opened as if it were a CT, and the
// file's own orientation.
template <typename Pixel>
void finish(CtVolume& volume, const Pixel* src, bool eightBit, const ImageGeometry& original) {
    std::set<int> values;
    if (!eightBit && volume.slices() > 1 && looksLikeLabelMap(src, volume.voxels().size(), values) && values.size() >= 2) {
        volume.provenance.looksLikeLabelMap = true;
        std::string list;
        for (int v : values) list += (list.empty() ? "" : ", ") + std::to_string(v);
        volume.provenance.warnings.push_back("this looks like a label map (it holds only the values " + list +
                                             "), not a CT: open the CT first, then import it as labels");
    }
    volume.provenance.originalOrientation = original.orientationCode();
    volume.provenance.fromEightBitImage = eightBit;
}

template <typename ImageT>
CtVolume toCtVolume(typename ImageT::Pointer image, bool eightBit, const std::string& shown) {
    using Pixel = typename ImageT::PixelType;
    const ImageGeometry original = itkconv::geometryOf(image.GetPointer());
    typename ImageT::Pointer canonical = isIdentity(original) ? image : itkconv::toCanonical<ImageT>(image);
    CtVolume volume(itkconv::geometryOf(canonical.GetPointer()));
    const Pixel* src = canonical->GetBufferPointer();
    auto& dst = volume.voxels();
    size_t nonFinite = 0;
    if constexpr (std::is_same_v<Pixel, int16_t>) {
        std::memcpy(dst.data(), src, dst.size() * sizeof(int16_t));
    } else {
        for (size_t i = 0; i < dst.size(); ++i) {
            if (eightBit) {
                float v = std::clamp(src[i], 0.0f, 255.0f);
                dst[i] = eightBitToHu(uint8_t(std::lround(v)));
            } else {
                const bool finite = std::isfinite(src[i]);
                nonFinite += !finite;
                const float v = finite ? src[i] : -1024.0f;
                dst[i] = int16_t(std::lround(std::clamp(v, -32768.0f, 32767.0f)));
            }
        }
    }
    if (!dst.empty() && nonFinite == dst.size())
        throw IoError("'" + shown + "' holds no numbers: every voxel is NaN or infinite. The file is damaged or was "
                      "written incorrectly.");
    if (nonFinite > 0)
        volume.provenance.warnings.push_back(std::to_string(nonFinite) + " voxels are NaN or infinite; they are shown as "
                                             "-1024 HU (air). The file may be damaged.");
    finish(volume, src, eightBit, original);
    return volume;
}

// An unscaled int16 NIfTI: decompressed once, straight into the volume when no reorientation is
// needed (else into an ITK image that is reoriented), its HU range found on the way.
CtVolume readInt16Volume(const NiftiForItk& nifti, itk::ImageIOBase* io, const std::string& shown) {
    Int16Image::Pointer image = int16ImageShell(io);
    const ImageGeometry original = itkconv::geometryOf(image.GetPointer());
    std::pair<int16_t, int16_t> range;
    CtVolume volume;
    if (isIdentity(original)) {
        volume = CtVolume(original);
        range = readNiftiInt16Voxels(nifti.path(), nifti.header(), volume.voxels().data());
        finish(volume, volume.voxels().data(), false, original);
    } else {
        image->Allocate();
        range = readNiftiInt16Voxels(nifti.path(), nifti.header(), image->GetBufferPointer());
        volume = toCtVolume<Int16Image>(image, false, shown);
    }
    volume.provenance.rangeRead = true;
    volume.provenance.minHu = range.first;
    volume.provenance.maxHu = range.second;
    return volume;
}

}  // namespace

CtVolume readCtVolume(const std::string& path) {
    if (path.empty()) throw IoError(COSINGAN_MESSAGE("Messages", "No file name was given."), {});
    requireStudyPath(path, true);

    if (pathKind(path) == PathKind::Directory) {
        DicomSeries series = findDicomSeries(path);
        std::vector<std::string> warnings;
        CtVolume volume = toCtVolume<FloatImage>(readDicomSeries(series, path, warnings), false, path);
        volume.provenance.warnings.insert(volume.provenance.warnings.begin(), warnings.begin(), warnings.end());
        volume.provenance.spacingAssumed =
            std::find(warnings.begin(), warnings.end(), itkread::missingSpacingWarning()) != warnings.end();
        volume.provenance.source = path;
        volume.provenance.format = "DICOM series";
        volume.provenance.description = std::to_string(series.files.size()) + " DICOM files";
        if (series.seriesCount > 1)
            volume.provenance.description += " (largest of " + std::to_string(series.seriesCount) + " series in the folder)";
        return volume;
    }

    // Header, spacing and completeness checks; NIfTI-2 made readable.
    const NiftiForItk nifti(path, NiftiForItk::Voxels::Int16ReadByCaller);
    std::vector<std::string> warnings;
    itk::ImageIOBase::Pointer io = itkread::probeFile(nifti.path(), path, true, &warnings);
    const bool plain = itkread::isPlainImageFormat(io);
    const bool eightBit = plain && io->GetComponentType() == itk::IOComponentEnum::UCHAR;
    const bool nativeInt16 = nifti.int16ReadByCaller() && io->GetNumberOfDimensions() == 3 &&
                             io->GetComponentType() == itk::IOComponentEnum::SHORT && io->GetNumberOfComponents() == 1;
    if (nifti.int16ReadByCaller() && !nativeInt16) checkNiftiComplete(nifti.path(), nifti.header());
    CtVolume volume = nativeInt16 ? readInt16Volume(nifti, io, path)
                                  : toCtVolume<FloatImage>(itkread::readVoxels(nifti.path(), path, io), eightBit, path);
    volume.provenance.warnings.insert(volume.provenance.warnings.begin(), warnings.begin(), warnings.end());
    if (nifti.nonFiniteVoxels() > 0)
        volume.provenance.warnings.insert(volume.provenance.warnings.begin(),
                                          std::to_string(nifti.nonFiniteVoxels()) + " voxels are NaN or infinite in the file; "
                                          "they are read as 0. The file may be damaged.");
    volume.provenance.source = path;
    volume.provenance.format = itkread::formatName(io) + (nifti.header().version == 2 ? std::string("-2") : std::string());
    // Plain images carry no physical size (ITK reports 1 mm); a DICOM file may lack its spacing.
    const auto& spacing = volume.geometry().spacing;
    volume.provenance.spacingAssumed =
        (plain && spacing[0] == 1.0 && spacing[1] == 1.0) ||
        std::find(warnings.begin(), warnings.end(), itkread::missingSpacingWarning()) != warnings.end();
    if (eightBit) volume.provenance.description = "8-bit image read as lung-windowed CT (-1250..250 HU)";
    if (plain && (volume.columns() < 16 || volume.rows() < 16))
        throw IoError(COSINGAN_MESSAGE("Messages", "'%1' is only %2 x %3 pixels: too small to be a CT slice (at least 16 x 16)."),
                      {path, std::to_string(volume.columns()), std::to_string(volume.rows())});
    return volume;
}

LabelMap readLabelMap(const std::string& path, const ImageGeometry* grid) {
    requireStudyPath(path, false);
    const NiftiForItk nifti(path);
    itk::ImageIOBase::Pointer io = itkread::probeFile(nifti.path(), path, true);
    const bool plain = itkread::isPlainImageFormat(io);
    FloatImage::Pointer image = itkread::readVoxels(nifti.path(), path, io);
    FloatImage::Pointer canonical = itkconv::toCanonical<FloatImage>(image);
    ImageGeometry g = itkconv::geometryOf(canonical.GetPointer());

    if (grid) {
        const bool sameSize = g.size == grid->size;
        if (!sameSize)
            throw IoError(COSINGAN_MESSAGE("Messages", "The label map '%1' is %2 but the image is %3: they do not match."),
                          {path, sizeText(g.size), sizeText(grid->size)});
        // Plain 2-D images carry no placement: they take the image's. Volumes must agree in space.
        if (!plain && !g.sameGrid(*grid, 1e-2))
            throw IoError(COSINGAN_MESSAGE("Messages", "The label map '%1' has the image's size but another position, spacing or "
                                           "orientation: it was drawn on a different grid."),
                          {path});
        g = *grid;
    }

    LabelMap labels(g);
    const float* src = canonical->GetBufferPointer();
    std::set<long> bad;
    for (size_t i = 0; i < labels.voxels().size(); ++i) {
        const float f = src[i];
        const long v = std::isfinite(f) ? std::lround(f) : -1;
        if (v < 0 || v >= kLabelCount || f != float(v)) {
            if (bad.size() < 5) bad.insert(v);
            continue;
        }
        labels.voxels()[i] = uint8_t(v);
    }
    if (!bad.empty()) {
        std::string values;
        for (long v : bad) values += (values.empty() ? "" : ", ") + (v == -1 ? std::string("a non-integer value") : std::to_string(v));
        throw IoError(COSINGAN_MESSAGE("Messages", "'%1' is not a CoSinGAN label map: it holds %2; labels are 0 background, "
                                       "1 left lung, 2 right lung, 3 infection."),
                      {path, values});
    }
    return labels;
}

}  // namespace cosingan
