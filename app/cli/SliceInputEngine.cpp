// Inputs of the engine-only build: slice bundles (.pt) and PGM images; PGM output.
#include "GeneratedFolder.h"
#include "Pgm.h"
#include "SliceInput.h"

#include "gan/SliceBundle.h"

#include <cstdio>
#include <filesystem>

namespace fs = std::filesystem;

namespace cosingan::cli {

const char* trainInputHelp() {
    return "  INPUT                 a slice bundle (.pt, written by 'cosingan bundle' or the app), or an 8-bit\n"
           "                        PGM image (lung-windowed) with --labels\n"
           "  --labels FILE.pgm     label image (0..3) or condition image (0/128/255) for a PGM input\n"
           "  --transpose           swap rows and columns\n";
}

const char* maskInputHelp() {
    return "  --mask FILE           a mask (repeatable): PGM label image (0..3) or condition image\n"
           "                        (0/128/255), or a slice bundle (.pt)\n"
           "  --transpose           swap rows and columns of the masks\n";
}

gan::SliceData loadTrainingSlice(const CliArgs& args) {
    if (args.positionals().size() != 1) throw UsageError("give exactly one input bundle or PGM image");
    const std::string input = args.positionals()[0];
    gan::SliceData s;
    if (gan::looksLikeSliceBundle(input)) {
        s = gan::loadSliceBundle(input);
    } else {
        const GrayImage img = readPgm(input);
        if (!args.has("labels")) throw UsageError("a PGM input needs --labels FILE.pgm");
        const GrayImage lab = readPgm(args.get("labels"));
        if (lab.width != img.width || lab.height != img.height)
            throw std::invalid_argument("the label image and the image differ in size");
        s.width = img.width;
        s.height = img.height;
        s.image = img.pixels;
        s.labels = gan::labelsFromMaskValues(lab.pixels, "the label image", args.get("labels"));
        s.source = input;
    }
    if (args.has("transpose")) s = gan::transposed(std::move(s));
    return s;
}

std::vector<gan::SliceData> loadMasks(const CliArgs& args, std::vector<std::string>& names) {
    std::vector<gan::SliceData> masks;
    const std::vector<std::string> paths = args.getAll("mask");
    const std::vector<std::string> stems = uniqueMaskNames(paths);
    for (size_t i = 0; i < paths.size(); ++i) {
        const std::string& path = paths[i];
        gan::SliceData m;
        if (gan::looksLikeSliceBundle(path)) {
            m = gan::loadSliceBundle(path);
            m.image.clear();
        } else {
            const GrayImage img = readPgm(path);
            m.width = img.width;
            m.height = img.height;
            gan::refuseBinaryLesionMask(img.pixels, "the mask", path);
            m.labels = gan::labelsFromMaskValues(img.pixels, "the mask", path);
            m.source = path;
        }
        if (args.has("transpose")) m = gan::transposed(std::move(m));
        masks.push_back(m);
        names.push_back(stems[i]);
    }
    if (masks.empty()) throw UsageError("no masks: give --mask FILE");
    return usableConditions(std::move(masks), names, [](const std::exception& why) { std::fprintf(stderr, "warning: skipped: %s\n", why.what()); });
}

const char* imageExtension() { return ".pgm"; }

std::string writeImage(const std::string& base, const std::vector<uint8_t>& pixels, int width, int height) {
    const std::string path = base + ".pgm";
    writePgm(path, {width, height, pixels});
    return path;
}

}  // namespace cosingan::cli
