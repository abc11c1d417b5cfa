#pragma once
// Automatic lung proposal on one axial slice (OpenCV): threshold the air-filled parenchyma inside
// the body, leave out the airways, close over vessels, keep the large connected components, fill
// their holes, split them into the patient's left and right lung (along the junction line when they
// touch), add consolidation inside each lung's envelope, and unite with painted infection. The user
// corrects it.
#include <cstdint>
#include <string>
#include <vector>

namespace cosingan {

struct LungProposalOptions {
    int airThresholdHu = -500;       // parenchyma is below, soft tissue above
    double closingMm = 2.5;          // closes the lung over vessels and small nodules
    double minComponentFraction = 0.08;  // a lung is at least this share of the largest air component
    double minAreaFraction = 0.004;  // ... and of the slice
    bool includeDenseLung = true;    // add consolidation inside each lung's envelope
};

struct LungProposal {
    std::vector<uint8_t> labels;  // 0 background, 1 left lung, 2 right lung, 3 infection (kept)
    int lungComponents = 0;       // separate lung regions found before the split
    bool splitAcrossMidline = false;  // one region held both lungs and was split at the midline
    bool splitAtJunction = false;     // ... split along the line where the lungs meet
    bool airwaysRemoved = false;      // trachea or main bronchi were found and left out
    bool leftRightAlongRows = false;  // the lungs lie one above the other (a transposed image)
    std::string note;             // what happened, for the status bar
};

// hu: columns*rows HU values of the slice. existing: optional labels of the slice; its infection
// (3) is kept and united with the lungs, everything else is replaced.
LungProposal proposeLungs(const int16_t* hu, int columns, int rows, double spacingX, double spacingY,
                          const uint8_t* existing = nullptr, const LungProposalOptions& options = {});

}  // namespace cosingan
