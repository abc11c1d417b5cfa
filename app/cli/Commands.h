#pragma once
// The subcommands of the cosingan tool. Each returns the process exit code.
#include <string>
#include <vector>

namespace cosingan::cli {

using Args = std::vector<std::string>;

int runInfo(const Args& args);      // needs ITK: full build only
int runBundle(const Args& args);
int runSynthesizeVolume(const Args& args);  // full build only: label volume -> synthetic CT (NIfTI)    // full build only: image/volume + labels -> slice bundle (.pt)
int runExport(const Args& args);  // full build only: masks -> nnU-Net v2 dataset (NIfTI)
int runTrain(const Args& args);
int runGenerate(const Args& args);
int runBench(const Args& args);
int runEvaluate(const Args& args);  // segmenter trained on synthetic/real slices, tested on real ones

}  // namespace cosingan::cli
