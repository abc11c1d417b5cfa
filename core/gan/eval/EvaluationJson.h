#pragma once
// The results of a task-driven evaluation as JSON, one format for `cosingan evaluate --json` and
// the app's Evaluate view (evaluation.json beside a dataset).
#include "Segmenter.h"
#include "util/Json.h"

namespace cosingan::gan {

Json evaluationSummaryJson(const ScoreSummary& s);    // {mean, sd, cases}
Json evaluationResultJson(const EvaluationResult& r);  // training set, scores per label, per case

}  // namespace cosingan::gan
