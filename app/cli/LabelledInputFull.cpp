// Labelled folders in the full build: images and masks through the shared mask reader (OpenCV),
// lungs proposed with the app's own lung tool when asked.
#include "LabelledInput.h"

#include "CliArgs.h"
#include "annotate/LungProposal.h"
#include "gan/SliceBundle.h"
#include "gan/SliceData.h"
#include "image/MaskImage.h"
#include "synth/DatasetExport.h"
#include "util/FileSafety.h"
#include "volume/CtVolume.h"

#include <opencv2/imgcodecs.hpp>

#include <algorithm>
#include <filesystem>
#include <set>
#include <sstream>

namespace fs = std::filesystem;

namespace cosingan::cli {

namespace {

std::string firstExisting(const std::string& folder, std::initializer_list<const char*> names) {
    for (const char* n : names)
        if (pathKind((fs::path(folder) / n).string()) == PathKind::Directory) return (fs::path(folder) / n).string();
    return {};
}

std::string maskFile(const std::string& dir, const std::string& stem) {
    for (const char* ext : {".png", ".bmp", ".pgm"}) {
        const fs::path p = fs::path(dir) / (stem + ext);
        if (pathKind(p.string()) == PathKind::RegularFile) return p.string();
    }
    return {};
}

std::set<std::string> wanted(const std::string& list) {
    std::set<std::string> keep;
    if (list == "all") return keep;
    std::stringstream ss(list);
    for (std::string item; std::getline(ss, item, ',');)
        if (!item.empty()) keep.insert(item);
    return keep;
}

gan::LabelledSlice fromImages(const std::string& image, const std::string& stem, const std::string& labelsDir,
                              const std::string& infectionDir, const std::string& lungsDir, bool autoLungs) {
    const MaskImage grey = readMaskImage(image, "the image");  // 8-bit grey, checked like every mask
    gan::LabelledSlice s;
    s.name = stem;
    s.width = grey.width;
    s.height = grey.height;
    s.image = grey.values;
    auto sameSize = [&](const MaskImage& m, const std::string& path) {
        if (m.width != s.width || m.height != s.height)
            throw std::invalid_argument("'" + path + "' is " + std::to_string(m.width) + " x " + std::to_string(m.height) +
                                        " but its image is " + std::to_string(s.width) + " x " + std::to_string(s.height));
    };
    if (!labelsDir.empty()) {
        const std::string path = maskFile(labelsDir, stem);
        if (path.empty()) throw std::invalid_argument("no label map for '" + image + "' in " + labelsDir);
        const MaskImage m = readMaskImage(path, "the label map");
        sameSize(m, path);
        s.labels = gan::labelsFromMaskValues(m.values, "the label map", path);
        s.hasLungs = std::any_of(s.labels.begin(), s.labels.end(), [](uint8_t v) { return v == 1 || v == 2; });
        return s;
    }
    const std::string infPath = maskFile(infectionDir, stem);
    if (infPath.empty()) throw std::invalid_argument("no infection mask for '" + image + "' in " + infectionDir);
    const MaskImage inf = readMaskImage(infPath, "the infection mask");
    sameSize(inf, infPath);
    s.labels.assign(inf.values.size(), 0);
    s.hasLungs = false;
    if (const std::string lungPath = lungsDir.empty() ? std::string() : maskFile(lungsDir, stem); !lungPath.empty()) {
        const MaskImage lungs = readMaskImage(lungPath, "the lung mask");
        sameSize(lungs, lungPath);
        for (size_t i = 0; i < s.labels.size(); ++i) s.labels[i] = lungs.values[i] ? 1 : 0;
        s.hasLungs = true;
    }
    for (size_t i = 0; i < s.labels.size(); ++i)
        if (inf.values[i]) s.labels[i] = 3;
    if (!s.hasLungs && autoLungs) {
        std::vector<int16_t> hu(s.image.size());
        for (size_t i = 0; i < hu.size(); ++i) hu[i] = eightBitToHu(s.image[i]);
        s.labels = proposeLungs(hu.data(), s.width, s.height, 1.0, 1.0, s.labels.data()).labels;
        s.hasLungs = true;
    }
    return s;
}

// A dataset exported by us: its synthetic cases, read with their spacing.
std::vector<gan::LabelledSlice> fromExport(const std::string& folder, const std::set<std::string>& keep) {
    std::vector<gan::LabelledSlice> out;
    for (auto& s : readExportedDataset(folder))
        if (keep.empty() || keep.count(s.name)) out.push_back(std::move(s));
    return out;
}

std::vector<gan::LabelledSlice> fromFolder(const std::string& folder, const std::set<std::string>& keep,
                                           const LabelledFolderOptions& o) {
    std::vector<std::pair<std::string, std::string>> files;  // (stem, path)
    const std::string images = firstExisting(folder, {"images", "Imgs"});
    if (images.empty()) {
        for (const auto& e : fs::directory_iterator(folder))
            if (gan::looksLikeSliceBundle(e.path().string())) files.push_back({e.path().stem().string(), e.path().string()});
    } else {
        for (const auto& e : fs::directory_iterator(images)) {
            const std::string ext = e.path().extension().string();
            if (ext == ".png" || ext == ".jpg" || ext == ".jpeg" || ext == ".bmp" || ext == ".pgm")
                files.push_back({e.path().stem().string(), e.path().string()});
        }
    }
    std::sort(files.begin(), files.end(), [](const auto& a, const auto& b) {
        return a.first.size() != b.first.size() ? a.first.size() < b.first.size() : a.first < b.first;
    });
    const std::string labels = firstExisting(folder, {"labels"});
    const std::string infection = firstExisting(folder, {"infection", "GT"});
    const std::string lungs = firstExisting(folder, {"lungs"});
    if (!images.empty() && labels.empty() && infection.empty())
        throw std::invalid_argument("'" + folder + "' has images/ but neither labels/ nor infection/ beside it");
    std::vector<gan::LabelledSlice> out;
    for (const auto& [stem, path] : files) {
        if (!keep.empty() && !keep.count(stem)) continue;
        if (images.empty()) {
            const gan::SliceData b = gan::loadSliceBundle(path);
            if (!b.hasImage()) throw std::invalid_argument("the slice bundle '" + path + "' holds a mask without an image");
            out.push_back(gan::labelledSlice(b, stem));
        } else {
            out.push_back(fromImages(path, stem, labels, infection, lungs, o.autoLungs));
        }
    }
    return out;
}

}  // namespace

std::vector<gan::LabelledSlice> loadLabelledFolder(const std::string& folder, const LabelledFolderOptions& o) {
    requireFolder(folder, "the dataset folder");
    const std::set<std::string> keep = wanted(o.slices);
    std::vector<gan::LabelledSlice> out;
    if (pathKind((fs::path(folder) / kExportRecordName).string()) == PathKind::RegularFile) {
        out = fromExport(folder, keep);
    } else {
        out = fromFolder(folder, keep, o);
        for (auto& s : out) {
            if (o.spacingX > 0) s.spacingX = o.spacingX;
            if (o.spacingY > 0) s.spacingY = o.spacingY;
        }
    }
    if (out.empty()) throw std::invalid_argument("no labelled slices in '" + folder + "'" + (keep.empty() ? "" : " for --slices " + o.slices));
    if (!keep.empty() && out.size() != keep.size())
        throw std::invalid_argument("'" + folder + "' lacks some of the slices " + o.slices);
    return out;
}

}  // namespace cosingan::cli
