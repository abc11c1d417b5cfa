#pragma once
// A labelled synthetic dataset, written as a whole or not at all. In nnU-Net v2's raw layout:
//
//   OUT/dataset.json                      channel_names {"0": "CT"}, labels 0..3, numTraining, file_ending
//   OUT/imagesTr/NAME_0001_0000.nii.gz    one single-slice CT per case, in Hounsfield units (int16)
//   OUT/labelsTr/NAME_0001.nii.gz         its label map (uint8: 0 background, 1 left lung, 2 right
//                                         lung, 3 infection), on exactly the same grid
//   OUT/cosingan-export.json              what made it: model checksums, every option and seed,
//                                         each case's mask source, so it can be made again
//
// or as plain pairs, images/NAME_0001.nii.gz + labels/NAME_0001.nii.gz (NIfTI, as above) or
// images/NAME_0001.png (8-bit, lung window) + labels/NAME_0001.png (values 0..3), each with the record.
//
// Cases are generated from masks with a model (variants per mask with different seeds), optionally
// with the real training slice as the first case. Everything is written into a staging folder next
// to OUT and renamed into place at the end; a cancelled or failed export leaves nothing. OUT must
// not exist, be an empty folder, or be an earlier export of ours (which is then replaced): nothing
// else is ever written into or deleted.
#include "gan/SliceData.h"
#include "gan/eval/Segmenter.h"
#include "gan/Synthesis.h"
#include "util/JobControl.h"
#include "util/Json.h"
#include "volume/CtVolume.h"
#include "volume/Labels.h"

#include <string>
#include <vector>

namespace cosingan {

enum class DatasetLayout { NnUnet, NiftiPairs, PngPairs };
DatasetLayout datasetLayoutFromName(const std::string& name);  // "nnunet", "nifti", "png"; else std::invalid_argument

struct DatasetExportOptions {
    DatasetLayout layout = DatasetLayout::NnUnet;
    std::string datasetName = "CoSinGAN";  // NAME in the file names (letters, digits, '-')
    int variantsPerMask = 1;                // > 1 needs a diversity option (RC, dropout, fusion with a random zeta)
    gan::SynthesisOptions synthesis;        // RC, dropout, seed (variant v uses seed + v)
    double spacingMm[3] = {1.0, 1.0, 1.0};  // of the masks' pixels (and the slice thickness)
    bool includeTrainingSlice = false;      // the model's real training slice as case 1
    const gan::CoSinGanModel* fuseWith = nullptr;  // image fusion (the paper's IF) with a second model
    gan::FusionOptions fusion;                     // zeta fixed, or drawn per image (< 0)
    std::string command;                    // the command line that asked for it, for the record
};

struct DatasetExportResult {
    int cases = 0;
    std::string folder;
};

// Refusals (std::invalid_argument / std::runtime_error) come before anything is written; a
// cancellation throws JobCancelled and leaves nothing behind.
DatasetExportResult exportDataset(const gan::CoSinGanModel& model, const std::vector<gan::SliceData>& masks,
                                        const std::string& outFolder, const DatasetExportOptions& options,
                                        JobControl* job = nullptr);

// Whole volumes: each label volume (times the variants) becomes one case, a synthetic CT in HU on
// the labels' grid (VolumeSynthesis: slices with lungs generated; the others from `reference`, a
// real CT on the same grid, or air) with its labels — nnU-Net's 3-D layout (or NIfTI pairs). The
// same staging, record and refusals as above; PNG and the real training slice are refused.
struct VolumeCase {
    const LabelMap* labels = nullptr;
    const CtVolume* reference = nullptr;
    std::string source, referenceSource;  // for the record
};
DatasetExportResult exportVolumeDataset(const gan::CoSinGanModel& model, const std::vector<VolumeCase>& volumes,
                                        const std::string& outFolder, const DatasetExportOptions& options,
                                        JobControl* job = nullptr);

// The cases of an export of ours read back as labelled slices (8-bit lung window, labels 0..3,
// spacing from the files; every slice with lungs of a volume case, named CASE_zK), for evaluating
// a segmenter trained on them; synthetic cases only unless withReal. Throws std::runtime_error when the folder is not an export of ours.
std::vector<gan::LabelledSlice> readExportedDataset(const std::string& folder, bool withReal = false);

// The marker file that makes a folder an export of ours.
constexpr const char* kExportRecordName = "cosingan-export.json";

}  // namespace cosingan
