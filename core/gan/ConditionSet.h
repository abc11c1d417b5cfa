#pragma once
// A set of condition masks from files: names that stay unique across folders, and the masks that
// can condition a model (the others skipped with their reason). Plain C++ (the engine-only CLI
// uses it too).
#include "SliceData.h"

#include <functional>
#include <string>
#include <vector>

namespace cosingan {

// File stems that stay unique when masks of the same name come from different folders
// (a/10.png, b/10.png -> a_10, b_10).
std::vector<std::string> uniqueMaskNames(const std::vector<std::string>& paths);

// The masks that can condition a model (validateAsCondition), with their names; the others are
// reported through `skipped` with their refusal (a UserInputError the app can translate), or, for a
// single mask, thrown; none usable of several: a UserInputError saying so.
std::vector<gan::SliceData> usableConditions(std::vector<gan::SliceData> masks, std::vector<std::string>& names,
                                             const std::function<void(const std::exception&)>& skipped = {});

}  // namespace cosingan
