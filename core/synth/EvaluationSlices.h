#pragma once
// The real slices an evaluation in the app trained and tested on, written beside its results so
// that the same evaluation can be run again from the command line (`cosingan evaluate`):
//
//   DATASET/evaluation-slices/test/images/NAME.png + labels/NAME.png     (8-bit lung window, 0..3)
//   DATASET/evaluation-slices/one-real/…, more-real/…                    (the real training sets)
//   DATASET/evaluation-slices/cosingan-evaluation-slices.json            (what this folder is)
//
// Written as a whole (util/AtomicFile's folder swap); an earlier such folder (with its marker) is
// replaced, any other folder of that name is left alone and the write refused.
#include "gan/eval/Segmenter.h"

#include <string>
#include <utility>
#include <vector>

namespace cosingan {

constexpr const char* kEvaluationSlicesFolder = "evaluation-slices";

// sets: (subfolder name, slices). Returns the folder written. Throws std::runtime_error.
std::string writeEvaluationSlices(const std::string& datasetFolder,
                                  const std::vector<std::pair<std::string, std::vector<gan::LabelledSlice>>>& sets);

}  // namespace cosingan
