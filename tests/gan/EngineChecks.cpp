#include "EngineCheck.h"

namespace cosingan::test {

std::vector<EngineCheck> networkChecks();
std::vector<EngineCheck> lossChecks();
std::vector<EngineCheck> augmentChecks();
std::vector<EngineCheck> optimChecks();
std::vector<EngineCheck> trainingChecks();
std::vector<EngineCheck> safetyChecks();
std::vector<EngineCheck> featureChecks();
std::vector<EngineCheck> metricChecks();
std::vector<EngineCheck> baselineChecks();
std::vector<EngineCheck> lungBoxChecks();

const std::vector<EngineCheck>& engineChecks() {
    static const std::vector<EngineCheck> all = [] {
        std::vector<EngineCheck> v;
        for (auto group : {networkChecks(), lossChecks(), augmentChecks(), optimChecks(), trainingChecks(), safetyChecks(), featureChecks(), metricChecks(),
                           baselineChecks(), lungBoxChecks()})
            v.insert(v.end(), group.begin(), group.end());
        return v;
    }();
    return all;
}

}  // namespace cosingan::test
