#pragma once
// A trained model is a folder:
//   manifest.json            human-readable: format/version, configuration, trained scales,
//                            training-slice provenance, loss history, weight files with checksums
//   generators/scale<i>.pt   both stages of scale i (stage 1 "s.", stage 2 "r.")
//   training-slice.pt        the prepared training image and labels (for previews and provenance)
//   checkpoint/              only while training is unfinished (see Checkpoint.h)
// Loading rejects a folder that is not a model, comes from another format version, or whose
// weight files are damaged (checksum mismatch), with a message that says which.
#include "GanConfig.h"
#include "Pyramid.h"
#include "util/Json.h"
#include "util/UserMessage.h"

#include <string>
#include <vector>

namespace cosingan::gan {

constexpr const char* kModelFormat = "cosingan-studio-model";
constexpr int kModelFormatVersion = 1;

std::string manifestPath(const std::string& folder);

// Reads and checks manifest.json. Throws std::runtime_error with a user-facing reason.
Json readManifest(const std::string& folder);
void writeManifest(const std::string& folder, const Json& manifest);

// Saves scale i's two stages; returns its manifest entry ({scale, size, file, bytes, checksum}).
Json saveScaleWeights(const std::string& folder, int scale, int size, const UNetGenerator& stage1,
                      const UNetGenerator& stage2);

// Loads the generator pyramid of a model folder onto the device (checksums verified).
struct LoadedModel {
    GanConfig config;
    Json manifest;
    GeneratorPyramid pyramid;
};
// With maxScales >= 0 only the first maxScales scales are loaded (resuming a training).
LoadedModel loadModel(const std::string& folder, const torch::Device& device, int maxScales = -1);

// The rule for where a new model may be written (the CLI, the app and the engine share it):
// a folder that does not exist yet, an empty folder, or a folder that is recognisably a model of
// ours (its manifest.json, and nothing but the files a model holds). Never a file, never a folder
// holding anything else, never a folder that contains one of the job's inputs, never inside a
// DICOM series folder that is an input. Returns no message when the folder may be used, else the
// reason (a sentence that also says what to do).
UserMessage modelFolderRefusal(const std::string& folder, const std::vector<std::string>& inputs);
// Makes the folder ready for a new model: creates it, or removes the old model's files from a
// model folder of ours. Throws UserInputError (std::invalid_argument) with modelFolderRefusal's
// reason otherwise.
void claimModelFolder(const std::string& folder, const std::vector<std::string>& inputs);
// True when the folder holds a manifest.json of a CoSinGAN Studio model (finished or not).
bool isModelFolder(const std::string& folder);

// A fresh manifest for a model trained with config (no scales yet).
Json newManifest(const GanConfig& config);

}  // namespace cosingan::gan
