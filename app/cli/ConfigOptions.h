#pragma once
// The configuration options shared by train and bench: a preset or a JSON file, plus overrides;
// and the synthesis options shared by generate and export.
#include "CliArgs.h"
#include "gan/GanConfig.h"
#include "gan/Synthesis.h"

#include <set>
#include <string>

namespace cosingan::cli {

gan::GanConfig configFromArgs(const CliArgs& args);
const std::set<std::string>& configOptionNames();
const char* configHelp();

// --rc-deltas B,L,I: the randomised condition's noise magnitudes (UsageError when malformed).
// --zeta Z (fixed) or --beta-alpha A (random Beta(A, A); default U[0,1]) with --fuse MODEL2.
gan::FusionOptions fusionFromArgs(const CliArgs& args);
void parseDeltas(const std::string& text, gan::SynthesisOptions& o);

}  // namespace cosingan::cli
