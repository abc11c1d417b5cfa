#pragma once
// Synthesis from masks with a trained model (no LibTorch in this header): any scale, all
// intermediate outputs on request, batched; the paper's diversity tools — randomised condition
// (RC), dropout at test time (AD) and image fusion of two models (IF).
#include "GanConfig.h"
#include "LungBox.h"
#include "SliceData.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace cosingan::gan {

struct SynthesisOptions {
    bool randomCondition = false;  // RC: every pixel's condition value drawn in its class interval
    double deltaBackground = 16, deltaLung = 16, deltaInfection = 32;
    bool randomConditionPerRegion = false;  // RC drawn once per class region of each image (see SlicePrep.h)
    bool dropout = false;          // AD: dropout 0.5 active at inference
    int upToScale = -1;            // -1: the finest trained scale
    bool intermediates = false;    // also return every scale's stage-1 and stage-2 output
    uint64_t seed = 1;             // RC noise, dropout masks and a random fusion weight
    int batchSize = 8;
    // A lung-box model draws each mask's own lung box, or this one for every mask (a volume's
    // slices, so that all share one field and one scale).
    std::optional<PixelBox> lungBox;
};

struct FusionOptions {
    double zeta = -1;       // weight of the first model's image; < 0: drawn per image
    double betaAlpha = 0;   // > 0: zeta ~ Beta(a, a) (the paper's suggested improvement), else U[0,1]
};

struct StageImage {
    int scaleIndex = 0, stage = 1, size = 0;
    std::vector<uint8_t> pixels;  // size*size
};

struct SynthesisResult {
    // What was drawn: the whole mask or, for a model trained on the lung box (GanConfig::
    // cropsToLungs), the mask's lung box, whose corner lies at (x, y) in the mask.
    int width = 0, height = 0;
    int x = 0, y = 0;
    std::vector<uint8_t> image;    // width*height, 8-bit, lung window
    std::vector<uint8_t> labels;   // width*height: the mask's labels under the image
    std::vector<StageImage> stages;
    double zeta = -1;              // image fusion weight used, if any
};

class CoSinGanModel {
public:
    // Loads a model folder (checksums verified); throws std::runtime_error with the reason.
    static std::shared_ptr<CoSinGanModel> load(const std::string& folder, const std::string& device = "cpu");
    ~CoSinGanModel();

    const GanConfig& config() const;
    int trainedScales() const;
    int finestSize() const;
    std::string folder() const;
    std::string manifestText() const;  // manifest.json as stored
    // Whether dropout at synthesis (AD) can change anything: pix2pix's U-Net has dropout only in
    // generators with at least six down-samplings (none of the CPU presets' scales).
    bool hasDropout() const;

    // One result per mask (masks are validated; their sizes may differ).
    std::vector<SynthesisResult> generate(const std::vector<SliceData>& masks, const SynthesisOptions& options) const;

    // IF: I = zeta*I_a + (1 - zeta)*I_b, both models given the same (randomised) condition.
    static std::vector<SynthesisResult> generateFused(const CoSinGanModel& a, const CoSinGanModel& b,
                                                      const std::vector<SliceData>& masks,
                                                      const SynthesisOptions& options, const FusionOptions& fusion);

    struct Impl;

private:
    CoSinGanModel();
    std::unique_ptr<Impl> impl_;
};

}  // namespace cosingan::gan
