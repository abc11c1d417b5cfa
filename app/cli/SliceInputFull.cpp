// Inputs of the full build: medical images through ITK, 2-D masks through OpenCV, PNG output.
#include "SliceInput.h"

#include "annotate/LungProposal.h"
#include "gan/SliceBundle.h"
#include "image/SliceExtraction.h"
#include "io/VolumeIO.h"

#include <opencv2/imgcodecs.hpp>

#include <filesystem>
#include <stdexcept>

namespace fs = std::filesystem;

namespace cosingan::cli {

namespace {

std::vector<uint8_t> readGrayImage(const std::string& path, int expectWidth, int expectHeight, const std::string& what) {
    if (!fs::exists(path)) throw std::invalid_argument(what + " '" + path + "' does not exist");
    cv::Mat m = cv::imread(path, cv::IMREAD_GRAYSCALE);
    if (m.empty()) throw std::invalid_argument(what + " '" + path + "' is not an image OpenCV can read");
    if (expectWidth > 0 && (m.cols != expectWidth || m.rows != expectHeight))
        throw std::invalid_argument(what + " '" + path + "' is " + std::to_string(m.cols) + "x" + std::to_string(m.rows) +
                                    " but the image is " + std::to_string(expectWidth) + "x" + std::to_string(expectHeight));
    m = m.clone();
    return std::vector<uint8_t>(m.data, m.data + m.total());
}

std::vector<int16_t> sliceForEngineHu(const CtVolume& v, int k, bool transpose) {
    std::vector<int16_t> hu = v.sliceCopy(k);
    if (!transpose) return hu;
    std::vector<int16_t> t(hu.size());
    const int w = v.columns(), h = v.rows();
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) t[size_t(x) * size_t(h) + size_t(y)] = hu[size_t(y) * size_t(w) + size_t(x)];
    return t;
}

int chooseSlice(const CliArgs& args, const CtVolume& v) {
    if (args.has("slice")) return args.getInt("slice", 0);
    if (v.slices() == 1) return 0;
    throw UsageError("the volume has " + std::to_string(v.slices()) + " slices: choose one with --slice K");
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
           "  --transpose           swap rows and columns of the masks\n";
}

gan::SliceData loadTrainingSlice(const CliArgs& args) {
    if (args.positionals().size() != 1) throw UsageError("give exactly one input image, volume or bundle");
    const std::string input = args.positionals()[0];
    if (gan::looksLikeSliceBundle(input)) return gan::loadSliceBundle(input);

    const CtVolume volume = readCtVolume(input);
    const int k = chooseSlice(args, volume);
    if (k < 0 || k >= volume.slices())
        throw UsageError("--slice " + std::to_string(k) + " is outside 0.." + std::to_string(volume.slices() - 1));
    LabelMap labels(volume.geometry(), uint8_t(0));
    if (args.has("labels")) {
        const std::string path = args.get("labels");
        const bool plain2d = volume.slices() == 1 && (path.size() > 4 && path.substr(path.size() - 4) == ".png");
        if (plain2d) {
            const auto values = readGrayImage(path, volume.columns(), volume.rows(), "the label image");
            labels.setSlice(0, maskValuesToLabels(values, "the label image '" + path + "'"));
        } else {
            labels = readLabelMap(path, &volume.geometry());
        }
    }
    if (args.has("infection")) {
        const auto mask = readGrayImage(args.get("infection"), volume.columns(), volume.rows(), "the infection mask");
        uint8_t* s = labels.slice(k);
        for (size_t i = 0; i < mask.size(); ++i)
            if (mask[i]) s[i] = 3;
    }
    const bool transpose = args.has("transpose");
    gan::SliceData slice = sliceForEngine(volume, &labels, k, transpose);
    if (args.has("auto-lungs")) {
        // On the slice as the engine sees it (after any transposition), in HU.
        const auto& g = volume.geometry();
        const double sx = transpose ? g.spacing[1] : g.spacing[0], sy = transpose ? g.spacing[0] : g.spacing[1];
        const std::vector<int16_t> hu = volume.provenance.fromEightBitImage
                                            ? eightBitToHuSlice(slice.image)
                                            : sliceForEngineHu(volume, k, transpose);
        const LungProposal p = proposeLungs(hu.data(), slice.width, slice.height, sx, sy, slice.labels.data());
        slice.labels = p.labels;
        std::fprintf(stderr, "automatic lungs: %s\n", p.note.c_str());
    }
    return slice;
}

std::vector<gan::SliceData> loadMasks(const CliArgs& args, std::vector<std::string>& names) {
    std::vector<gan::SliceData> masks;
    const bool transpose = args.has("transpose");
    for (const std::string& path : args.getAll("mask")) {
        const std::string stem = fs::path(path).stem().stem().string();
        if (gan::looksLikeSliceBundle(path)) {
            masks.push_back(gan::loadSliceBundle(path));
            masks.back().image.clear();
            names.push_back(stem);
            continue;
        }
        const std::string lower = fs::path(path).extension().string();
        if (lower == ".png" || lower == ".jpg" || lower == ".bmp" || lower == ".pgm") {
            gan::SliceData m;
            cv::Mat img = cv::imread(path, cv::IMREAD_GRAYSCALE);
            if (img.empty()) throw std::invalid_argument("the mask '" + path + "' is not an image OpenCV can read");
            if (transpose) img = img.t();
            img = img.clone();
            m.width = img.cols;
            m.height = img.rows;
            m.labels = maskValuesToLabels(std::vector<uint8_t>(img.data, img.data + img.total()), "the mask '" + path + "'");
            m.source = path;
            masks.push_back(m);
            names.push_back(stem);
            continue;
        }
        // A label volume: its slices with lungs (or the requested range).
        const LabelMap labels = readLabelMap(path, nullptr);
        int from = 0, to = labels.slices() - 1;
        if (args.has("slices")) {
            const std::string r = args.get("slices");
            const auto colon = r.find(':');
            if (colon == std::string::npos) throw UsageError("--slices needs A:B");
            from = std::stoi(r.substr(0, colon));
            to = std::stoi(r.substr(colon + 1));
        }
        for (int k = std::max(0, from); k <= std::min(to, labels.slices() - 1); ++k) {
            if (!args.has("slices") && !labels.sliceHasLungs(k)) continue;
            masks.push_back(maskForEngine(labels, k, transpose));
            masks.back().source = path;
            names.push_back(stem + "_z" + std::to_string(k));
        }
    }
    if (masks.empty()) throw UsageError("no masks: give --mask FILE (slices with lungs are used from volumes)");
    return masks;
}

std::string writeImage(const std::string& base, const std::vector<uint8_t>& pixels, int width, int height) {
    const std::string path = base + ".png";
    writeGrayPng(path, pixels, width, height);
    return path;
}

}  // namespace cosingan::cli
