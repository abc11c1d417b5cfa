#include "VolumeIO.h"

#include "ItkConversion.h"
#include "NiftiIntegrity.h"
#include "util/AtomicFile.h"

#include <zlib.h>

#include <cstdio>
#include <cstring>
#include <fstream>

#include <itkImageFileWriter.h>
#include <itkMetaDataObject.h>

namespace cosingan {

namespace {

std::string lowered(std::string s) {
    for (char& c : s) c = char(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

bool endsWith(const std::string& s, const std::string& tail) {
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// Writes `description` (79 characters at most) into the NIfTI-1 header of the uncompressed file
// `plain`; with `gzipTo`, compresses it there and removes `plain`.
void setNiftiDescription(const std::string& plain, const std::string& description, const std::string& gzipTo) {
    {
        std::fstream f(plain, std::ios::in | std::ios::out | std::ios::binary);
        int32_t headerSize = 0;
        f.read(reinterpret_cast<char*>(&headerSize), sizeof headerSize);
        char field[80] = {};
        std::strncpy(field, description.c_str(), 79);
        f.seekp(headerSize == 540 ? 240 : 148);  // NIfTI-2 : NIfTI-1 (ITK writes little-endian here)
        f.write(field, sizeof field);
        if (!f) throw IoError("the description could not be written into the header");
    }
    if (gzipTo.empty()) return;
    struct Cleanup {
        const std::string& path;
        ~Cleanup() { std::remove(path.c_str()); }
    } cleanup{plain};
    std::ifstream in(plain, std::ios::binary);
    gzFile out = gzopen(gzipTo.c_str(), "wb6");
    if (!out) throw IoError("the compressed file could not be created");
    std::vector<char> buffer(1 << 20);
    bool ok = true;
    while (ok && in) {
        in.read(buffer.data(), std::streamsize(buffer.size()));
        const std::streamsize n = in.gcount();
        if (n > 0) ok = gzwrite(out, buffer.data(), unsigned(n)) == int(n);
    }
    ok = gzclose(out) == Z_OK && ok && in.eof();
    if (!ok) throw IoError("the compressed file could not be written completely");
}

constexpr const char* kCannotSave = COSINGAN_MESSAGE("Messages", "Cannot save '%1': %2");

template <typename T>
void writeGrid(const VoxelGrid<T>& grid, const std::string& path, const char* what, const std::string& description = {}) {
    if (!isWritableVolumePath(path))
        throw IoError(COSINGAN_MESSAGE("Messages", "Cannot save '%1': use a .nii or .nii.gz file name."), {path});
    if (grid.isEmpty()) throw IoError("There is no " + std::string(what) + " to save.");
    auto image = itkconv::toItk(grid);
    try {
        writeFileAtomically(path, [&](const std::string& tmp) {
            const bool gz = endsWith(lowered(path), ".gz");
            // ITK's NIfTI writer leaves the header's description empty: with one to write, ITK writes
            // an uncompressed file, the description goes into its header, and zlib compresses it.
            const std::string plain = description.empty() || !gz ? tmp : tmp.substr(0, tmp.size() - 3);
            auto writer = itk::ImageFileWriter<itk::Image<T, 3>>::New();
            writer->SetFileName(plain);
            writer->SetInput(image);
            writer->SetUseCompression(gz && description.empty());
            writer->Update();
            if (!description.empty()) setNiftiDescription(plain, description, gz ? tmp : std::string());
        }, [&](const std::string& tmp) {
            // ITK's gzip writer does not report a failed write (a full disk): read the file back.
            NiftiHeader h;
            if (!readNiftiHeader(tmp, h)) throw IoError("the written file is not a complete NIfTI image");
            checkNiftiComplete(tmp, h);
        });
    } catch (const itk::ExceptionObject& e) {
        throw IoError(kCannotSave, {path, e.GetDescription()});
    } catch (const DiskFullError& e) {
        throw IoError(kCannotSave, {path, e.encoded()});
    } catch (const IoError& e) {
        throw IoError(COSINGAN_MESSAGE("Messages", "Cannot save '%1': the file could not be written completely (%2). Is "
                                       "the disk full? The previous version, if any, is kept."),
                      {path, e.what()});
    } catch (const std::exception& e) {
        throw IoError(kCannotSave, {path, e.what()});
    }
}

}  // namespace

bool isWritableVolumePath(const std::string& path) {
    const std::string p = lowered(path);
    return endsWith(p, ".nii") || endsWith(p, ".nii.gz");
}

void writeCtVolume(const CtVolume& volume, const std::string& path) {
    writeGrid(volume, path, "the CT volume", volume.provenance.description);
}

void writeLabelMap(const LabelMap& labels, const std::string& path, const std::string& description) {
    writeGrid(labels, path, "the label map", description);
}

}  // namespace cosingan
