// Labelled folders in the engine-only build (no image decoders here): slice bundles (*.pt), or
// images/ + labels/ (0..3) as binary PGM — what `cosingan generate --dataset` writes in this build.
#include "LabelledInput.h"

#include "CliArgs.h"
#include "Pgm.h"
#include "gan/SliceBundle.h"
#include "gan/SliceData.h"
#include "util/FileSafety.h"

#include <algorithm>
#include <filesystem>
#include <set>
#include <sstream>

namespace fs = std::filesystem;

namespace cosingan::cli {

namespace {

bool anyLung(const std::vector<uint8_t>& labels) {
    return std::any_of(labels.begin(), labels.end(), [](uint8_t v) { return v == 1 || v == 2; });
}

gan::LabelledSlice fromBundle(const fs::path& f) {
    const gan::SliceData b = gan::loadSliceBundle(f.string());
    if (!b.hasImage()) throw std::invalid_argument("the slice bundle '" + f.string() + "' holds a mask without an image");
    return gan::labelledSlice(b, f.stem().string());
}

gan::LabelledSlice fromPgm(const fs::path& image, const fs::path& labelsDir) {
    const GrayImage img = readPgm(image.string());
    const fs::path labelsPath = labelsDir / image.filename();
    const GrayImage lab = readPgm(labelsPath.string());
    if (lab.width != img.width || lab.height != img.height)
        throw std::invalid_argument("'" + labelsPath.string() + "' and its image differ in size");
    const auto labels = gan::labelsFromMaskValues(lab.pixels, "the label map", labelsPath.string());
    return {image.stem().string(), img.width, img.height, img.pixels, labels, anyLung(labels), 1.0, 1.0};
}

}  // namespace

std::vector<gan::LabelledSlice> loadLabelledFolder(const std::string& folder, const LabelledFolderOptions& o) {
    requireFolder(folder, "the dataset folder");
    if (o.autoLungs) throw UsageError("--auto-lungs needs the full build (the lung proposal uses OpenCV)");
    std::set<std::string> keep;
    if (o.slices != "all") {
        std::stringstream ss(o.slices);
        for (std::string item; std::getline(ss, item, ',');) keep.insert(item);
    }
    const fs::path images = fs::path(folder) / "images", labels = fs::path(folder) / "labels";
    const bool pgm = pathKind(images.string()) == PathKind::Directory && pathKind(labels.string()) == PathKind::Directory;
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(pgm ? images : fs::path(folder))) {
        const bool wanted = keep.empty() || keep.count(e.path().stem().string());
        if (wanted && (pgm ? e.path().extension() == ".pgm" : gan::looksLikeSliceBundle(e.path().string())))
            files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
    std::vector<gan::LabelledSlice> out;
    for (const auto& f : files) {
        out.push_back(pgm ? fromPgm(f, labels) : fromBundle(f));
        if (o.spacingX > 0) out.back().spacingX = o.spacingX;
        if (o.spacingY > 0) out.back().spacingY = o.spacingY;
    }
    if (out.empty())
        throw std::invalid_argument("no labelled slices in '" + folder + "' (this build reads slice bundles (*.pt), or "
                                    "images/ and labels/ as PGM; make them with 'cosingan bundle' in the full build)");
    if (!keep.empty() && out.size() != keep.size()) throw std::invalid_argument("'" + folder + "' lacks some of the slices " + o.slices);
    return out;
}

}  // namespace cosingan::cli
