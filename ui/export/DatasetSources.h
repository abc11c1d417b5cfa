#pragma once
// What the Export and Evaluate dialogs work from, taken out of the open study or files: the masks a
// dataset can be generated from (the study's slices with lungs, the condition canvas, mask files,
// the study with another study's lesions), the real slices a
// segmenter is tested on (those with painted infection, not the one the model learnt from), and
// the model's real training slice as a training set of its own.
#include "EvaluateDialog.h"
#include "ExportDialog.h"

#include <QStringList>

#include <array>
#include <utility>
#include <vector>

namespace cosingan::ui {

class StudioDocument;

std::vector<ExportSource> exportSources(const StudioDocument& study, const StudioDocument& condition);
std::array<double, 3> studySpacing(const StudioDocument& study);  // 1 mm without a study
// Masks from files a user has (label images, slice bundles, label volumes — those also kept whole,
// for "whole volumes"), named `label` (or by their count). A file or mask that cannot be used is
// left out, its reason added to leftOut; std::invalid_argument when none can be used.
ExportSource maskFileSource(const QStringList& paths, const QString& label, QStringList& leftOut);
// `base`'s label volume with the lesions of a 0/1 lesion volume placed into its lungs; summary
// says how many voxels became infection. Throws with the reason.
ExportSource lesionSource(const ExportSource& base, const QString& lesionVolume, QString& summary);

std::vector<gan::LabelledSlice> paintedTestSlices(const StudioDocument& study, const gan::SliceData& trainedOn);
EvaluationSet realSliceSet(const gan::SliceData& trainedOn);  // empty slices when it has no image
// "More real data": every second painted test slice (in slice order) as a real training set, the
// others as the test set. Empty when fewer than four slices are painted.
std::pair<EvaluationSet, std::vector<gan::LabelledSlice>> moreRealSplit(const std::vector<gan::LabelledSlice>& painted);

}  // namespace cosingan::ui
