#pragma once
// The configuration options shared by train and bench: a preset or a JSON file, plus overrides.
#include "CliArgs.h"
#include "gan/GanConfig.h"

#include <set>
#include <string>

namespace cosingan::cli {

gan::GanConfig configFromArgs(const CliArgs& args);
const std::set<std::string>& configOptionNames();
const char* configHelp();

}  // namespace cosingan::cli
