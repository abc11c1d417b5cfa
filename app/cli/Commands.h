#pragma once
// The subcommands of the cosingan tool. Each returns the process exit code.
#include <string>
#include <vector>

namespace cosingan::cli {

using Args = std::vector<std::string>;

int runInfo(const Args& args);      // needs ITK: full build only

}  // namespace cosingan::cli
