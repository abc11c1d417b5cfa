// Inputs of the full build: medical images through ITK, 2-D masks through OpenCV, PNG output.
#include "SliceInput.h"

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
            labels.setSlice(0, gan::labelsFromMaskValues(values, "the label image '" + path + "'"));
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
            m.labels = gan::labelsFromMaskValues(std::vector<uint8_t>(img.data, img.data + img.total()), "the mask '" + path + "'");
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
