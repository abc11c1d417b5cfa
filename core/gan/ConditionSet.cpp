#include "ConditionSet.h"

#include "util/UserMessage.h"

#include <filesystem>
#include <map>
#include <set>
#include <stdexcept>

namespace fs = std::filesystem;

namespace cosingan {

std::vector<std::string> uniqueMaskNames(const std::vector<std::string>& paths) {
    std::vector<std::string> names;
    std::map<std::string, int> count;
    for (const auto& p : paths) ++count[fs::path(p).stem().stem().string()];
    std::set<std::string> taken;
    for (const auto& p : paths) {
        std::string n = fs::path(p).stem().stem().string();
        if (count[n] > 1) {
            const std::string parent = fs::absolute(p).parent_path().filename().string();
            if (!parent.empty()) n = parent + "_" + n;
        }
        std::string unique = n;
        for (int k = 2; taken.count(unique); ++k) unique = n + "_" + std::to_string(k);
        taken.insert(unique);
        names.push_back(unique);
    }
    return names;
}

std::vector<gan::SliceData> usableConditions(std::vector<gan::SliceData> masks, std::vector<std::string>& names,
                                             const std::function<void(const std::exception&)>& skipped) {
    if (masks.size() == 1) {
        masks.front().validateAsCondition();
        return masks;
    }
    std::vector<gan::SliceData> usable;
    std::vector<std::string> kept;
    for (size_t i = 0; i < masks.size(); ++i) {
        try {
            masks[i].validateAsCondition();
            usable.push_back(std::move(masks[i]));
            kept.push_back(names[i]);
        } catch (const std::invalid_argument& e) {
            if (skipped) skipped(e);
        }
    }
    // What validateAsCondition refuses in a mask read from a file (each one's reason went to `skipped`).
    if (usable.empty())
        throw UserInputError(COSINGAN_MESSAGE("Messages", "None of the %1 masks can be used: each one is empty, has no lungs "
                                                          "or is smaller than 16 x 16 pixels."),
                             {std::to_string(masks.size())});
    names = kept;
    return usable;
}

}  // namespace cosingan
