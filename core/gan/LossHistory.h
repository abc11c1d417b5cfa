#pragma once
// Loss curves kept with the model: means over windows of iterations (about 200 points per stage),
// as JSON arrays {"iteration": [...], "<term>": [...]} so that the manifest shows them and the app
// can redraw the curves of a loaded model.
#include "util/Json.h"

#include <string>
#include <utility>
#include <vector>

namespace cosingan::gan {

class LossHistory {
public:
    explicit LossHistory(int iterations = 0);

    void add(int iteration, const std::vector<std::pair<std::string, double>>& losses);
    // The curves so far (including a partial last window).
    Json toJson() const;

    // Complete state (for checkpoints: a resumed run continues the same windows).
    Json saveState() const;
    static LossHistory fromState(const Json& state);

private:
    void flush();

    int window_ = 1;
    Json curves_ = Json::object();
    std::vector<std::pair<std::string, double>> sums_;
    int count_ = 0, lastIteration_ = 0;
};

}  // namespace cosingan::gan
