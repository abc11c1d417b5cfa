// Inputs of the full build: medical images through ITK, 2-D masks through OpenCV, PNG output.
#include "SliceInput.h"

#include "GeneratedFolder.h"

#include "gan/SliceBundle.h"
#include "image/SliceExtraction.h"
#include "image/InPlaneTranspose.h"
#include "image/MaskImage.h"
#include "io/VolumeIO.h"
#include "synth/MaskFiles.h"
#include "gan/ConditionSet.h"
#include "util/FileSafety.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <set>
#include <tuple>
#include <stdexcept>

namespace fs = std::filesystem;

namespace cosingan::cli {

namespace {

std::vector<uint8_t> readGrayImage(const std::string& path, int expectWidth, int expectHeight, const std::string& what) {
    MaskImage m = readMaskImage(path, what);
    if (expectWidth > 0 && (m.width != expectWidth || m.height != expectHeight))
        throw std::invalid_argument(what + " '" + path + "' is " + std::to_string(m.width) + "x" + std::to_string(m.height) +
                                    " but the image is " + std::to_string(expectWidth) + "x" + std::to_string(expectHeight));
    return std::move(m.values);
}

int chooseSlice(const CliArgs& args, const CtVolume& v) {
    if (args.has("slice")) return args.getInt("slice", 0, 0, v.slices() - 1);
    if (v.slices() == 1) return 0;
    throw UsageError("the volume has " + std::to_string(v.slices()) + " slices: choose one with --slice K (0.." +
                     std::to_string(v.slices() - 1) + ")");
}

// "--slices A:B" (0-based, inclusive); slices < 0 checks the form only.
std::pair<int, int> sliceRange(const CliArgs& args, int slices) {
    const std::string r = args.get("slices");
    const auto colon = r.find(':');
    const std::string limit = slices > 0 ? " from 0 to " + std::to_string(slices - 1) : std::string();
    auto number = [&](const std::string& t) {
        char* end = nullptr;
        const long v = std::strtol(t.c_str(), &end, 10);
        if (t.empty() || *end || v < 0 || (slices > 0 && v >= slices))
            throw UsageError("--slices needs A:B with whole numbers" + limit + ", not '" + r + "'");
        return int(v);
    };
    if (colon == std::string::npos) throw UsageError("--slices needs A:B (first and last slice, 0-based), not '" + r + "'");
    const int a = number(r.substr(0, colon)), b = number(r.substr(colon + 1));
    if (a > b) throw UsageError("--slices " + r + ": the first slice comes after the last");
    return {a, b};
}

}  // namespace

const char* trainInputHelp() {
    return "  INPUT                 a 2-D image (PNG/JPEG, read as lung-windowed), a DICOM file or series\n"
           "                        folder, a NIfTI volume, or a slice bundle (.pt)\n"
           "  --slice K             axial slice of a volume (0-based)\n"
           "  --labels FILE         label map on the image's grid (NIfTI volume or 2-D PNG: 0 background,\n"
           "                        1 left lung, 2 right lung, 3 infection; or 0/128/255 condition image)\n"
           "  --infection FILE      binary infection mask (2-D image; non-zero = infection)\n"
           "  --auto-lungs          propose the lungs automatically (threshold + morphology), united\n"
           "                        with the infection\n"
           "  --transpose           swap rows and columns (images stored transposed, e.g. Inf-Net's)\n";
}

const char* maskInputHelp() {
    return "  --mask FILE           a mask (repeatable): 2-D PNG label map (0..3) or condition image\n"
           "                        (0/128/255), a slice bundle (.pt), or a NIfTI label volume (every slice\n"
           "                        with lungs, or --slices A:B)\n"
           "  --transpose           the masks are stored transposed: generate from them the usual way round\n"
           "                        and write the results back in the masks' layout (not for bundles)\n";
}

gan::SliceData loadTrainingSlice(const CliArgs& args) {
    if (args.positionals().size() != 1) throw UsageError("give exactly one input image, volume or bundle");
    const std::string input = args.positionals()[0];
    if (gan::looksLikeSliceBundle(input)) return gan::loadSliceBundle(input);

    const CtVolume volume = readCtVolume(input);
    if (volume.provenance.looksLikeLabelMap)
        throw std::invalid_argument("'" + input + "' is a label map (it holds only label values), not a CT image: give the "
                                    "CT as INPUT and this file as --labels");
    for (const auto& w : volume.provenance.warnings) std::fprintf(stderr, "warning: %s\n", w.c_str());
    const int k = chooseSlice(args, volume);
    if (k < 0 || k >= volume.slices())
        throw UsageError("--slice " + std::to_string(k) + " is outside 0.." + std::to_string(volume.slices() - 1));
    LabelMap labels(volume.geometry(), uint8_t(0));
    if (args.has("labels")) {
        const std::string path = args.get("labels");
        const bool plain2d = volume.slices() == 1 && (path.size() > 4 && path.substr(path.size() - 4) == ".png");
        if (plain2d) {
            const auto values = readGrayImage(path, volume.columns(), volume.rows(), "the label image");
            labels.setSlice(0, gan::labelsFromMaskValues(values, "the label image", path));
        } else {
            labels = readLabelMap(path, &volume.geometry());
        }
    }
    std::vector<uint8_t> infection;
    if (args.has("infection"))
        infection = readGrayImage(args.get("infection"), volume.columns(), volume.rows(), "the infection mask");
    std::string note;
    gan::SliceData slice = assembleTrainingSlice(volume, std::move(labels), k, args.has("infection") ? &infection : nullptr,
                                                 args.has("auto-lungs"), args.has("transpose"), &note);
    if (!note.empty()) std::fprintf(stderr, "automatic lungs: %s\n", note.c_str());
    return slice;
}

std::vector<gan::SliceData> loadMasks(const CliArgs& args, std::vector<std::string>& names) {
    std::vector<gan::SliceData> masks;
    const bool transpose = args.has("transpose");
    if (args.has("slices")) sliceRange(args, -1);  // a usage error before any file is read
    const std::vector<std::string> paths = args.getAll("mask");
    const std::vector<std::string> stems = uniqueMaskNames(paths);
    MaskFileOptions options;
    options.transpose = transpose;
    if (args.has("slices")) options.volumeRange = [&args](int slices) { return sliceRange(args, slices); };
    for (size_t m = 0; m < paths.size(); ++m) appendMasksFromFile(paths[m], stems[m], options, masks, names);
    if (masks.empty()) throw UsageError("no masks: give --mask FILE (slices with lungs are used from volumes)");
    return usableConditions(std::move(masks), names, [](const std::exception& why) { std::fprintf(stderr, "warning: skipped: %s\n", why.what()); });
}

const char* imageExtension() { return ".png"; }

std::string writeImage(const std::string& base, const std::vector<uint8_t>& pixels, int width, int height) {
    const std::string path = base + ".png";
    writeGrayPng(path, pixels, width, height);
    return path;
}

}  // namespace cosingan::cli
