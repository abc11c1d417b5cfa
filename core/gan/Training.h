#pragma once
// Training a CoSinGAN: the facade the CLI and the app use (no LibTorch in this header).
// Progress, loss values and preview images arrive through TrainingObserver, which is also asked at
// every iteration whether to stop; a stop writes a checkpoint from which `resume` continues with
// exactly the result an uninterrupted run would have given.
#include "GanConfig.h"
#include "SliceData.h"
#include "util/UserMessage.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace cosingan::gan {

enum class TrainingPhase { Preparing, Segmentation, Stage1, Stage2, Finished };
const char* phaseName(TrainingPhase phase);

struct TrainingProgress {
    TrainingPhase phase = TrainingPhase::Preparing;
    int scaleIndex = 0, scaleCount = 0, scaleSize = 0;
    int iteration = 0, iterations = 0;       // within the current phase/stage (iteration is 1-based when reported)
    double overallFraction = 0;              // of the whole job, by estimated time
    double iterationsPerSecond = 0;
    double etaSeconds = 0;
    double learningRate = 0;
    std::vector<std::pair<std::string, double>> losses;  // G_adv, D_real, D_fake, WPPL or L1, [MS-SSIM, MS-FVL, MS-FUL], G_total
    std::string device;            // "CPU, 2 threads" or "CUDA: <GPU name>"
    double memoryInUseMb = -1;     // GPU memory held by LibTorch, or the process's resident memory on CPU
};

struct TrainingPreview {
    int scaleIndex = 0, stage = 1, size = 0, iteration = 0;
    std::vector<uint8_t> pixels;  // size*size, 8-bit, the generator's output for the training mask
};

class TrainingObserver {
public:
    virtual ~TrainingObserver() = default;
    virtual void onProgress(const TrainingProgress& progress) { (void)progress; }
    virtual void onPreview(const TrainingPreview& preview) { (void)preview; }
    virtual void onMessage(const UserMessage& message) { (void)message; }  // a notice for the user
    // Polled before every iteration; true stops after writing a checkpoint (JobCancelled is thrown).
    virtual bool stopRequested() { return false; }
};

struct TrainingRequest {
    GanConfig config;
    SliceData slice;          // validated with validateForTraining()
    std::string modelFolder;  // created; an existing model of ours there is replaced unless resuming
                              // (see modelFolderRefusal: nothing else is ever replaced)
    bool resume = false;      // continue from modelFolder/checkpoint
    std::vector<std::string> inputs;  // files and folders the job reads (besides slice.source): the
                                      // model folder may not contain them
};

struct TrainingResult {
    bool finished = false;
    int trainedScales = 0;
    double seconds = 0;
    std::string modelFolder;
};

// Throws std::invalid_argument for bad input/configuration, std::runtime_error for I/O or device
// problems, cosingan::JobCancelled when the observer stopped it (the checkpoint is then on disk).
TrainingResult trainCoSinGAN(const TrainingRequest& request, TrainingObserver& observer);

// Why `folder` cannot receive a new model trained from `inputs` (empty when it can); see ModelStore.
UserMessage modelFolderProblem(const std::string& folder, const std::vector<std::string>& inputs);

// A resumable checkpoint in the folder: where it stands, a phrase ("scale 2 of 2 (128 px), stage 1,
// iteration 150 of 300"), or empty when there is none.
UserMessage describeCheckpoint(const std::string& modelFolder);
bool hasCheckpoint(const std::string& modelFolder);

// Devices LibTorch can train on here: "cpu", and "cuda" when a CUDA device is visible.
std::vector<std::string> availableDevices();

// The training slice a model folder was trained on (a slice bundle, see SliceBundle.h).
std::string trainingSlicePath(const std::string& modelFolder);
// Everything needed to continue the checkpoint in modelFolder: its configuration and training
// slice from the folder itself (device: "" keeps the configuration's). Throws when there is none.
TrainingRequest resumeRequest(const std::string& modelFolder, const std::string& device = "");

}  // namespace cosingan::gan
