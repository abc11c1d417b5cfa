#include "MaskFiles.h"

#include "gan/SliceBundle.h"
#include "image/MaskImage.h"
#include "image/SliceExtraction.h"
#include "io/VolumeIO.h"
#include "util/FileSafety.h"

#include <algorithm>
#include <filesystem>
#include <set>
#include <stdexcept>

namespace fs = std::filesystem;

namespace cosingan {

void appendMasksFromFile(const std::string& path, const std::string& stem, const MaskFileOptions& o,
                         std::vector<gan::SliceData>& masks, std::vector<std::string>& names) {
    if (gan::looksLikeSliceBundle(path)) {
        requireReadableFile(path, COSINGAN_MESSAGE("Messages", "the mask"));
        masks.push_back(gan::loadSliceBundle(path));
        masks.back().image.clear();
        names.push_back(stem);
        return;
    }
    if (isPlainMaskImagePath(path)) {
        const MaskImage img = readMaskImage(path, COSINGAN_MESSAGE("Messages", "the mask"));
        gan::SliceData s;
        s.width = img.width;
        s.height = img.height;
        gan::refuseBinaryLesionMask(img.values, COSINGAN_MESSAGE("Messages", "the mask"), path);
        s.labels = gan::labelsFromMaskValues(img.values, COSINGAN_MESSAGE("Messages", "the mask"), path);
        if (o.transpose) s = gan::transposed(std::move(s));
        s.source = path;
        masks.push_back(s);
        names.push_back(stem);
        return;
    }
    // A label volume: its slices with lungs (or the requested range).
    requireReadableFile(path, COSINGAN_MESSAGE("Messages", "the mask"));
    appendMasksFromVolume(readLabelMap(path, nullptr), path, stem, o, masks, names);
}

void appendMasksFromVolume(const LabelMap& labels, const std::string& path, const std::string& stem, const MaskFileOptions& o,
                           std::vector<gan::SliceData>& masks, std::vector<std::string>& names) {
    gan::refuseBinaryLesionMask(labels.voxels(), COSINGAN_MESSAGE("Messages", "the label volume"), path);
    int from = 0, to = labels.slices() - 1;
    if (o.volumeRange) std::tie(from, to) = o.volumeRange(labels.slices());
    const size_t before = masks.size();
    for (int k = from; k <= to; ++k) {
        if (!o.volumeRange && !labels.sliceHasLungs(k)) continue;
        masks.push_back(maskForEngine(labels, k, o.transpose));
        masks.back().source = path;
        names.push_back(stem + "_z" + std::to_string(k));
    }
    if (masks.size() == before) throw labelVolumeWithoutLungs(path);
}

UserInputError labelVolumeWithoutLungs(const std::string& path) {
    return UserInputError(COSINGAN_MESSAGE("Messages", "The label volume '%1' has no slice with lungs. %2"),
                          {path, gan::lesionMaskAdvice()});
}

bool isLabelVolumePath(const std::string& path) { return !gan::looksLikeSliceBundle(path) && !isPlainMaskImagePath(path); }

std::vector<std::string> maskFilesInFolder(const std::string& folder) {
    requireFolder(folder, "the folder of masks");
    static const std::set<std::string> extensions{".png", ".bmp", ".pgm", ".nii", ".gz", ".nrrd", ".nhdr", ".mha", ".mhd", ".pt"};
    std::vector<std::string> files;
    for (const auto& e : fs::directory_iterator(folder)) {
        if (!e.is_regular_file()) continue;
        std::string ext = e.path().extension().string();
        std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
        if (ext == ".gz" && e.path().stem().extension() != ".nii") continue;
        if (extensions.count(ext)) files.push_back(e.path().string());
    }
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace cosingan
