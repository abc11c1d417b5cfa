#include "LossHistory.h"

#include <algorithm>

namespace cosingan::gan {

LossHistory::LossHistory(int iterations) : window_(std::max(1, iterations / 200)) {}

void LossHistory::add(int iteration, const std::vector<std::pair<std::string, double>>& losses) {
    if (sums_.empty())
        for (const auto& l : losses) sums_.push_back({l.first, 0.0});
    for (size_t i = 0; i < losses.size() && i < sums_.size(); ++i) sums_[i].second += losses[i].second;
    ++count_;
    lastIteration_ = iteration;
    if (count_ >= window_) flush();
}

void LossHistory::flush() {
    if (count_ == 0) return;
    curves_["iteration"].push_back(lastIteration_ + 1);
    for (auto& s : sums_) {
        curves_[s.first].push_back(s.second / count_);
        s.second = 0.0;
    }
    count_ = 0;
}

Json LossHistory::toJson() const {
    LossHistory copy = *this;
    copy.flush();
    return copy.curves_;
}

Json LossHistory::saveState() const {
    Json s = Json::object();
    s["window"] = window_;
    s["curves"] = curves_;
    Json sums = Json::object();
    for (const auto& kv : sums_) sums[kv.first] = kv.second;
    s["sums"] = sums;
    s["count"] = count_;
    s["last_iteration"] = lastIteration_;
    return s;
}

LossHistory LossHistory::fromState(const Json& state) {
    LossHistory h;
    h.window_ = state.value("window", 1);
    if (const Json* c = state.find("curves")) h.curves_ = *c;
    if (const Json* sums = state.find("sums"))
        for (const auto& kv : sums->asObject()) h.sums_.push_back({kv.first, kv.second.asNumber()});
    h.count_ = state.value("count", 0);
    h.lastIteration_ = state.value("last_iteration", 0);
    return h;
}

}  // namespace cosingan::gan
