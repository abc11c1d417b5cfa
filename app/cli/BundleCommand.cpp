// cosingan bundle: pack a training slice (or a mask) for the engine-only build.
#include "CliArgs.h"
#include "Commands.h"
#include "SliceInput.h"

#include "gan/SliceBundle.h"
#include "util/FileSafety.h"

#include <stdexcept>

#include <cstdio>

namespace cosingan::cli {

int runBundle(const Args& argv) {
    CliArgs args(argv, {"auto-lungs", "transpose", "help"});
    if (args.has("help")) {
        std::printf("usage: cosingan bundle INPUT [input options] --out FILE.pt\n\n%s", trainInputHelp());
        return 0;
    }
    args.rejectUnknown({"out", "slice", "labels", "infection", "auto-lungs", "transpose", "help"});
    const std::string out = args.require("out");
    if (!gan::looksLikeSliceBundle(out)) throw UsageError("the bundle's name must end in .pt");
    // Never replace a file that is not a slice bundle (nor an input of this very command).
    std::vector<std::string> inputs = args.positionals();
    for (const char* file : {"labels", "infection"})
        if (args.has(file)) inputs.push_back(args.get(file));
    for (const auto& input : inputs)
        if (!input.empty() && pathIsWithin(out, input) && pathIsWithin(input, out))
            throw std::runtime_error("--out '" + out + "' is an input of this command: choose another file name");
    if (pathKind(out) != PathKind::Missing) {
        bool ours = pathKind(out) == PathKind::RegularFile;
        try {
            if (ours) gan::loadSliceBundle(out);
        } catch (const std::exception&) {
            ours = false;
        }
        if (!ours)
            throw std::runtime_error("'" + out + "' exists and is not a slice bundle: choose another file name (only a bundle "
                                     "written by cosingan is ever replaced)");
    }
    const gan::SliceData slice = loadTrainingSlice(args);
    gan::saveSliceBundle(out, slice);
    const auto c = slice.labelCounts();
    std::fprintf(stderr, "bundle %s: %dx%d, labels background %zu, left lung %zu, right lung %zu, infection %zu pixels\n",
                 out.c_str(), slice.width, slice.height, c[0], c[1], c[2], c[3]);
    return 0;
}

}  // namespace cosingan::cli
