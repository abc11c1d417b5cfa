#include "VolumeIO.h"

#include "ItkConversion.h"
#include "NiftiIntegrity.h"
#include "util/AtomicFile.h"

#include <itkImageFileWriter.h>

namespace cosingan {

namespace {

std::string lowered(std::string s) {
    for (char& c : s) c = char(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

bool endsWith(const std::string& s, const std::string& tail) {
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

template <typename T>
void writeGrid(const VoxelGrid<T>& grid, const std::string& path, const char* what) {
    if (!isWritableVolumePath(path))
        throw IoError("Cannot save " + std::string(what) + " as '" + path + "': use a .nii or .nii.gz file name.");
    if (grid.isEmpty()) throw IoError("There is no " + std::string(what) + " to save.");
    auto image = itkconv::toItk(grid);
    try {
        writeFileAtomically(path, [&](const std::string& tmp) {
            auto writer = itk::ImageFileWriter<itk::Image<T, 3>>::New();
            writer->SetFileName(tmp);
            writer->SetInput(image);
            writer->SetUseCompression(endsWith(lowered(path), ".gz"));
            writer->Update();
        }, [&](const std::string& tmp) {
            // ITK's gzip writer does not report a failed write (a full disk): read the file back.
            NiftiHeader h;
            if (!readNiftiHeader(tmp, h)) throw IoError("the written file is not a complete NIfTI image");
            checkNiftiComplete(tmp, h);
        });
    } catch (const itk::ExceptionObject& e) {
        throw IoError("Cannot save '" + path + "': " + std::string(e.GetDescription()));
    } catch (const DiskFullError& e) {
        throw IoError("Cannot save '" + path + "': " + e.what());
    } catch (const IoError& e) {
        throw IoError("Cannot save '" + path + "': the file could not be written completely (" + e.what() +
                      "). Is the disk full? The previous version, if any, is kept.");
    } catch (const std::exception& e) {
        throw IoError("Cannot save '" + path + "': " + e.what());
    }
}

}  // namespace

bool isWritableVolumePath(const std::string& path) {
    const std::string p = lowered(path);
    return endsWith(p, ".nii") || endsWith(p, ".nii.gz");
}

void writeCtVolume(const CtVolume& volume, const std::string& path) { writeGrid(volume, path, "the CT volume"); }

void writeLabelMap(const LabelMap& labels, const std::string& path) { writeGrid(labels, path, "the label map"); }

}  // namespace cosingan
