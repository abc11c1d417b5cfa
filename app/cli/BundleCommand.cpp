// cosingan bundle: pack a training slice (or a mask) for the engine-only build.
#include "CliArgs.h"
#include "Commands.h"
#include "SliceInput.h"

#include "gan/SliceBundle.h"

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
    const gan::SliceData slice = loadTrainingSlice(args);
    gan::saveSliceBundle(out, slice);
    const auto c = slice.labelCounts();
    std::fprintf(stderr, "bundle %s: %dx%d, labels background %zu, left lung %zu, right lung %zu, infection %zu pixels\n",
                 out.c_str(), slice.width, slice.height, c[0], c[1], c[2], c[3]);
    return 0;
}

}  // namespace cosingan::cli
