// cosingan bundle: pack a training slice (or a mask) for the engine-only build (FILE.pt), or write
// its label map as a PNG condition mask (FILE.png, values 0..3, in the input image's layout).
#include "CliArgs.h"
#include "Commands.h"
#include "SliceInput.h"

#include "gan/SliceBundle.h"
#include "image/SliceExtraction.h"
#include "util/FileSafety.h"

#include <cstdio>
#include <stdexcept>

namespace cosingan::cli {

namespace {

bool endsWith(const std::string& s, const std::string& tail) {
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// Never replace a file that is not one of ours of the same kind, nor an input of this command.
void refuseForeignTarget(const CliArgs& args, const std::string& out, bool png) {
    std::vector<std::string> inputs = args.positionals();
    for (const char* file : {"labels", "infection"})
        if (args.has(file)) inputs.push_back(args.get(file));
    for (const auto& input : inputs)
        if (!input.empty() && pathIsWithin(out, input) && pathIsWithin(input, out))
            throw std::runtime_error("--out '" + out + "' is an input of this command: choose another file name");
    if (pathKind(out) == PathKind::Missing) return;
    bool ours = pathKind(out) == PathKind::RegularFile && !png;
    try {
        if (ours) gan::loadSliceBundle(out);
    } catch (const std::exception&) {
        ours = false;
    }
    if (!ours)
        throw std::runtime_error("'" + out + "' exists" + (png ? std::string() : " and is not a slice bundle") +
                                 ": choose another file name (only a bundle written by cosingan is ever replaced)");
}

}  // namespace

int runBundle(const Args& argv) {
    CliArgs args(argv, {"auto-lungs", "transpose", "help"});
    if (args.has("help")) {
        std::printf("usage: cosingan bundle INPUT [input options] --out FILE.pt|FILE.png\n\n%s"
                    "  --out FILE.pt         a slice bundle (image + labels) for the engine-only build\n"
                    "  --out FILE.png        the label map alone (0..3) as a condition mask for generate, in the\n"
                    "                        input image's layout (use generate --transpose with it when --transpose\n"
                    "                        was given here)\n",
                    trainInputHelp());
        return 0;
    }
    args.rejectUnknown({"out", "slice", "labels", "infection", "auto-lungs", "transpose", "help"});
    const std::string out = args.require("out");
    const bool png = endsWith(out, ".png");
    if (!png && !gan::looksLikeSliceBundle(out)) throw UsageError("--out must end in .pt (a slice bundle) or .png (a label map)");
    refuseForeignTarget(args, out, png);
    const gan::SliceData slice = loadTrainingSlice(args);
    if (png) {
        // Back to the file's layout: the label map lies on the image as it is stored.
        const bool t = args.has("transpose");
        writeGrayPng(out, t ? gan::transposedPixels(slice.labels, slice.width, slice.height) : slice.labels, t ? slice.height : slice.width,
                     t ? slice.width : slice.height);
    } else {
        gan::saveSliceBundle(out, slice);
    }
    const auto c = slice.labelCounts();
    std::fprintf(stderr, "%s %s: %dx%d, labels background %zu, left lung %zu, right lung %zu, infection %zu pixels\n",
                 png ? "label map" : "bundle", out.c_str(), slice.width, slice.height, c[0], c[1], c[2], c[3]);
    return 0;
}

}  // namespace cosingan::cli
