#pragma once
// What the Export and Evaluate dialogs work from, taken out of the open study: the masks a dataset
// can be generated from (the study's slices with lungs, the condition canvas), the real slices a
// segmenter is tested on (those with painted infection, not the one the model learnt from), and
// the model's real training slice as a training set of its own.
#include "EvaluateDialog.h"
#include "ExportDialog.h"

#include <array>
#include <utility>
#include <vector>

namespace cosingan::ui {

class StudioDocument;

std::vector<ExportSource> exportSources(const StudioDocument& study, const StudioDocument& condition);
std::array<double, 3> studySpacing(const StudioDocument& study);  // 1 mm without a study

std::vector<gan::LabelledSlice> paintedTestSlices(const StudioDocument& study, const gan::SliceData& trainedOn);
EvaluationSet realSliceSet(const gan::SliceData& trainedOn);  // empty slices when it has no image
// "More real data": every second painted test slice (in slice order) as a real training set, the
// others as the test set. Empty when fewer than four slices are painted.
std::pair<EvaluationSet, std::vector<gan::LabelledSlice>> moreRealSplit(const std::vector<gan::LabelledSlice>& painted);

}  // namespace cosingan::ui
