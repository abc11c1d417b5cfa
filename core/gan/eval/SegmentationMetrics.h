#pragma once
// The paper's two segmentation measures [cosingan-spec.md "Evaluation"], on 2-D binary masks
// (plain C++: the CLI, the app and the tests use them without LibTorch).
//  - Dice similarity coefficient: 2|A∩B| / (|A|+|B|); 1 when both masks are empty.
//  - Normalised surface Dice (Nikolov et al. 2018): the share of both boundaries that lies within
//    a tolerance (mm) of the other boundary, distances measured with the pixel spacing
//    (anisotropic allowed); 1 when both are empty, 0 when only one is.
// A boundary pixel is a mask pixel with a 4-neighbour outside the mask (or on the image border).
#include <cstdint>
#include <vector>

namespace cosingan::gan {

struct BinaryMask {
    int width = 0, height = 0;
    std::vector<uint8_t> on;  // width*height, non-zero = inside
};

double diceCoefficient(const BinaryMask& a, const BinaryMask& b);
double normalisedSurfaceDice(const BinaryMask& a, const BinaryMask& b, double spacingX, double spacingY,
                             double toleranceMm);

// Pixels of labels (0..3) that belong to `which`: lungs = {1, 2, 3} (infection lies in the lungs),
// infection = {3}.
enum class EvaluatedLabel { Lungs, Infection };
BinaryMask maskOf(const std::vector<uint8_t>& labels, int width, int height, EvaluatedLabel which);

}  // namespace cosingan::gan
