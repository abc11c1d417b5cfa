#pragma once
// A whole synthetic CT volume from a label volume, slice by slice in batches, with progress and
// cancellation: every slice that holds lungs is generated from its labels (the engine's lung-window
// image mapped back to Hounsfield units); slices without lungs — above and below the chest — are
// taken from a reference CT on the same grid when one is given, else filled with air. The result
// carries the labels' geometry (spacing, origin, direction) and says what it is in its description.
#include "gan/Synthesis.h"
#include "util/JobControl.h"
#include "volume/CtVolume.h"
#include "volume/Labels.h"

#include <string>

namespace cosingan {

struct VolumeSynthesisOptions {
    gan::SynthesisOptions synthesis;           // RC, dropout, seed, batch size
    const gan::CoSinGanModel* fuseWith = nullptr;  // image fusion with a second model
    gan::FusionOptions fusion;
};

struct SynthesizedVolume {
    CtVolume ct;
    LabelMap labels;
    int generatedSlices = 0, referenceSlices = 0, airSlices = 0;
};

// reference: optional real CT on the labels' grid (else std::invalid_argument). Throws
// JobCancelled when job asks to stop; nothing is written here.
SynthesizedVolume synthesizeVolume(const gan::CoSinGanModel& model, const LabelMap& labels, const CtVolume* reference,
                                   const VolumeSynthesisOptions& options, JobControl* job = nullptr);

// Writes the CT and its labels (NIfTI, each atomically: a failure leaves no partial file). The
// labels go to labelsPathFor(ctPath).
void writeSynthesizedVolume(const SynthesizedVolume& volume, const std::string& ctPath);
std::string labelsPathFor(const std::string& ctPath);  // "x.nii.gz" -> "x-labels.nii.gz"

}  // namespace cosingan
