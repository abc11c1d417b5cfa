#pragma once
// The networks and optimiser state of the stage being trained, and their checkpoint form.
#include "FlatAdam.h"
#include "LossHistory.h"
#include "Networks.h"
#include "TensorFile.h"

#include <memory>
#include <string>

namespace cosingan::gan {

struct StageNets {
    UNetGenerator generator{nullptr};
    PatchDiscriminator discriminator{nullptr};
    UNetGenerator stage1{nullptr};  // stage 2 only: the trained, frozen stage-1 generator
    std::unique_ptr<FlatAdam> optG, optD;

    // Creates the optimisers (after the networks have their initial weights).
    void makeOptimisers(double lr, double beta1, double beta2);
};

struct CheckpointState {
    int scale = 0, stage = 1, iteration = 0;  // the next iteration to run
    LossHistory history;
    Json config;  // the configuration the checkpoint was made with
};

std::string checkpointFolder(const std::string& modelFolder);
// Writes <model>/checkpoint atomically: state.json and tensors.pt (G, D, their Adam moments, and
// the frozen stage-1 generator in stage 2).
void writeCheckpoint(const std::string& modelFolder, const CheckpointState& state, const StageNets& nets);
// A checkpoint of a run stopped during the segmentation U-Net's pre-training (stage 0, no tensors):
// resuming starts that phase again, then the pyramid.
void writeSegmentationCheckpoint(const std::string& modelFolder, const Json& config);
// Reads the state; tensors are loaded onto device. Returns false when there is no checkpoint.
bool readCheckpoint(const std::string& modelFolder, CheckpointState& state, TensorFile& tensors,
                    const torch::Device& device);
void removeCheckpoint(const std::string& modelFolder);
// Restores G, D (and stage 1) and the optimiser state into nets, whose modules must exist.
void restoreStageNets(const TensorFile& tensors, const CheckpointState& state, StageNets& nets, double lr,
                      double beta1, double beta2);

}  // namespace cosingan::gan
