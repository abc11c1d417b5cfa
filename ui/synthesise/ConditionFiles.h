#pragma once
// The Synthesise workspace's conditions and results as data, apart from its widgets: a condition
// taken from a study slice or read from a mask file, and a generated slice written with the
// condition it came from.
#include "volume/CtVolume.h"
#include "volume/Labels.h"

#include <QImage>
#include <QString>

namespace cosingan::ui {

struct ConditionSlice {
    CtVolume ct;
    LabelMap labels;
};

// Slice k of a study with the given labels (the study's, or others on its grid), as a one-slice
// study that keeps its place in the patient (a NIfTI saved from it lands there).
ConditionSlice studySliceCondition(const CtVolume& volume, const LabelMap& labels, int k);

// A condition from a file: a mask image (0..3 labels or a 0/128/255 condition image) or a label
// volume (its first slice with lungs). Throws with the reason.
ConditionSlice readConditionFile(const QString& path);

// Where a generated PNG's condition goes: <name>-condition.png beside it.
QString conditionPathFor(const QString& imagePath);

// Writes a generated 8-bit slice: to a NIfTI volume path as HU on the condition's grid with its
// labels beside it, otherwise as a grey PNG with the condition's labels (0..3) at conditionPathFor.
// Throws with the reason.
void saveGeneratedSlice(const QImage& image, const ConditionSlice& condition, const QString& path);

}  // namespace cosingan::ui
