#pragma once
// Task-driven evaluation [paper §3.1.3]: train a 2-D U-Net segmenter (background, lungs, infection)
// on labelled slices — synthetic, real or mixed — and test it on real labelled slices, with Dice and
// normalised surface Dice per label and per case. No LibTorch in this header: the CLI and the app
// call it like the trainer. Runs on CPU or CUDA.
#include "SegmentationMetrics.h"
#include "gan/SliceData.h"

#include <algorithm>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace cosingan::gan {

struct LabelledSlice {
    std::string name;                // for the per-case table
    int width = 0, height = 0;
    std::vector<uint8_t> image;      // 8-bit lung-windowed grey
    std::vector<uint8_t> labels;     // 0 background, 1/2 lungs, 3 infection
    bool hasLungs = true;            // false: lungs unknown (test slices only: no lung scores)
    double spacingX = 1, spacingY = 1;  // mm per pixel (for NSD)
    double weight = 1;               // how often training draws it, relative to the others (> 0)
};

// A slice's image and labels as a labelled slice, its lungs known where it has any.
inline LabelledSlice labelledSlice(const SliceData& s, std::string name, double spacingX = 1, double spacingY = 1) {
    const bool lungs = std::any_of(s.labels.begin(), s.labels.end(), [](uint8_t v) { return v == 1 || v == 2; });
    return {std::move(name), s.width, s.height, s.image, s.labels, lungs, spacingX, spacingY};
}

struct SegmenterOptions {
    int size = 128;             // slices are resized to size x size (as the fidelity yardstick)
    int iterations = 800;
    int batchSize = 8;
    int baseChannels = 16;      // U-Net widths base, 2x, 4x, 8x, 16x (4 poolings)
    double learningRate = 1e-3;
    uint64_t seed = 0;
    std::string device = "cpu";
    double lungToleranceMm = 1.0, infectionToleranceMm = 3.0;  // NSD tolerances [chosen]
};

struct CaseScores {
    std::string name;
    double diceInfection = 0, nsdInfection = 0;
    double diceLungs = -1, nsdLungs = -1;  // -1: the case has no lung labels
};

struct ScoreSummary {
    double mean = 0, sd = 0;
    int count = 0;
};

struct EvaluationResult {
    std::string label;          // "synthetic", "one real slice", ...
    int trainingSlices = 0;
    double seconds = 0;
    double finalLoss = 0;
    std::vector<CaseScores> cases;
    ScoreSummary diceInfection, nsdInfection, diceLungs, nsdLungs;
};

// progress(iteration, iterations, loss); returning false stops (JobCancelled is thrown).
using SegmenterProgress = std::function<bool(int, int, double)>;

// Throws std::invalid_argument for empty or inconsistent inputs.
EvaluationResult trainAndTestSegmenter(const std::vector<LabelledSlice>& training, const std::vector<LabelledSlice>& test,
                                       const SegmenterOptions& options, const SegmenterProgress& progress = {});

// Mean and sample standard deviation of the values that are >= 0.
ScoreSummary summarise(const std::vector<double>& values);

}  // namespace cosingan::gan
