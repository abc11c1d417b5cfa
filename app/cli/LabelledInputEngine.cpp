// Labelled folders in the engine-only build: slice bundles (*.pt) only (no image decoders here).
#include "LabelledInput.h"

#include "CliArgs.h"
#include "gan/SliceBundle.h"
#include "util/FileSafety.h"

#include <algorithm>
#include <filesystem>
#include <set>
#include <sstream>

namespace fs = std::filesystem;

namespace cosingan::cli {

std::vector<gan::LabelledSlice> loadLabelledFolder(const std::string& folder, const LabelledFolderOptions& o) {
    requireFolder(folder, "the dataset folder");
    if (o.autoLungs) throw UsageError("--auto-lungs needs the full build (the lung proposal uses OpenCV)");
    std::set<std::string> keep;
    if (o.slices != "all") {
        std::stringstream ss(o.slices);
        for (std::string item; std::getline(ss, item, ',');) keep.insert(item);
    }
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(folder))
        if (gan::looksLikeSliceBundle(e.path().string()) && (keep.empty() || keep.count(e.path().stem().string())))
            files.push_back(e.path());
    std::sort(files.begin(), files.end());
    std::vector<gan::LabelledSlice> out;
    for (const auto& f : files) {
        const gan::SliceData b = gan::loadSliceBundle(f.string());
        if (!b.hasImage()) throw std::invalid_argument("the slice bundle '" + f.string() + "' holds a mask without an image");
        gan::LabelledSlice s;
        s.name = f.stem().string();
        s.width = b.width;
        s.height = b.height;
        s.image = b.image;
        s.labels = b.labels;
        s.hasLungs = std::any_of(s.labels.begin(), s.labels.end(), [](uint8_t v) { return v == 1 || v == 2; });
        out.push_back(std::move(s));
    }
    if (out.empty())
        throw std::invalid_argument("no slice bundles (*.pt) in '" + folder + "' (the engine-only build reads bundles; make them "
                                    "with 'cosingan bundle' in the full build)");
    return out;
}

}  // namespace cosingan::cli
