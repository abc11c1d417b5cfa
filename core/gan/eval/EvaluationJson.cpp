#include "EvaluationJson.h"

namespace cosingan::gan {

Json evaluationSummaryJson(const ScoreSummary& s) {
    Json j = Json::object();
    j["mean"] = s.mean;
    j["sd"] = s.sd;
    j["cases"] = s.count;
    return j;
}

Json evaluationResultJson(const EvaluationResult& r) {
    Json j = Json::object();
    j["training_set"] = r.label;
    j["training_slices"] = r.trainingSlices;
    j["seconds"] = r.seconds;
    j["infection"]["dice"] = evaluationSummaryJson(r.diceInfection);
    j["infection"]["nsd"] = evaluationSummaryJson(r.nsdInfection);
    j["lungs"]["dice"] = evaluationSummaryJson(r.diceLungs);
    j["lungs"]["nsd"] = evaluationSummaryJson(r.nsdLungs);
    Json cases = Json::array();
    for (const auto& c : r.cases) {
        Json e = Json::object();
        e["case"] = c.name;
        e["infection_dice"] = c.diceInfection;
        e["infection_nsd"] = c.nsdInfection;
        e["lungs_dice"] = c.diceLungs >= 0 ? Json(c.diceLungs) : Json();
        e["lungs_nsd"] = c.nsdLungs >= 0 ? Json(c.nsdLungs) : Json();
        cases.push_back(e);
    }
    j["per_case"] = cases;
    return j;
}

}  // namespace cosingan::gan
