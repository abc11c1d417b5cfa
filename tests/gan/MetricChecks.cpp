// Dice and normalised surface Dice against cases computed by hand, and the segmenter end to end on
// a few synthetic slices (small enough for CI).
#include "EngineCheck.h"
#include "SyntheticSlice.h"
#include "gan/eval/Segmenter.h"

#include <algorithm>
#include <cmath>

namespace cosingan::test {

namespace {

gan::BinaryMask square(int w, int h, int x0, int y0, int side) {
    gan::BinaryMask m{w, h, std::vector<uint8_t>(size_t(w) * size_t(h), 0)};
    for (int y = y0; y < y0 + side; ++y)
        for (int x = x0; x < x0 + side; ++x) m.on[size_t(y) * size_t(w) + size_t(x)] = 1;
    return m;
}

void diceByHand(const CheckContext&) {
    const gan::BinaryMask a = square(40, 40, 5, 5, 10), b = square(40, 40, 25, 25, 10), empty = square(40, 40, 0, 0, 0);
    REQUIRE_NEAR(gan::diceCoefficient(a, a), 1.0, 1e-12);
    REQUIRE_NEAR(gan::diceCoefficient(a, b), 0.0, 1e-12);
    REQUIRE_NEAR(gan::diceCoefficient(empty, empty), 1.0, 1e-12);
    REQUIRE_NEAR(gan::diceCoefficient(a, empty), 0.0, 1e-12);
    // 10x10 against the same square moved 2 pixels right: overlap 8x10 -> 2*80/200.
    REQUIRE_NEAR(gan::diceCoefficient(a, square(40, 40, 7, 5, 10)), 0.8, 1e-12);
}

void surfaceDiceByHand(const CheckContext&) {
    const gan::BinaryMask a = square(40, 40, 5, 5, 10), empty = square(40, 40, 0, 0, 0);
    REQUIRE_NEAR(gan::normalisedSurfaceDice(a, a, 1, 1, 0), 1.0, 1e-12);
    REQUIRE_NEAR(gan::normalisedSurfaceDice(empty, empty, 1, 1, 1), 1.0, 1e-12);
    REQUIRE_NEAR(gan::normalisedSurfaceDice(a, empty, 1, 1, 5), 0.0, 1e-12);
    REQUIRE_NEAR(gan::normalisedSurfaceDice(a, square(40, 40, 25, 25, 10), 1, 1, 2), 0.0, 1e-12);
    // The square shifted 2 pixels right: every boundary pixel of one lies within 2 pixels of the
    // other's boundary (the left and right edges exactly 2 away, top and bottom rows overlap).
    const gan::BinaryMask shifted = square(40, 40, 7, 5, 10);
    REQUIRE_NEAR(gan::normalisedSurfaceDice(a, shifted, 1, 1, 2.0), 1.0, 1e-12);
    // At 1 mm only part of it. Each boundary has 36 pixels. Of a's: the left column x=5 (rows 6..13,
    // 8 pixels) is 2 from the other boundary, as is the top and bottom row's pixel at x=5 (2); the
    // right column x=14 lies inside the shifted square, 2 from its right edge, except rows 6 and 13,
    // 1 from its top and bottom rows (6 of 8 too far). 16 of 36 fail, and symmetrically for the
    // shifted square: (72 - 32) / 72.
    REQUIRE_NEAR(gan::normalisedSurfaceDice(a, shifted, 1, 1, 1.0), 40.0 / 72.0, 1e-12);
    // Anisotropic spacing: columns 0.5 mm apart, the 2-pixel shift is 1 mm: within a 1 mm tolerance.
    REQUIRE_NEAR(gan::normalisedSurfaceDice(a, shifted, 0.5, 3.0, 1.0), 1.0, 1e-12);
    // ... but rows 3 mm apart: a 1-row shift is out of a 2 mm tolerance for the top/bottom edges.
    const gan::BinaryMask down = square(40, 40, 5, 6, 10);
    REQUIRE(gan::normalisedSurfaceDice(a, down, 3.0, 3.0, 2.0) < 1.0);
    REQUIRE_NEAR(gan::normalisedSurfaceDice(a, down, 3.0, 1.0, 1.0), 1.0, 1e-12);
}

// A segmenter small enough for CI: 32 px, 4 base channels, 120 iterations.
gan::SegmenterOptions tinySegmenter(const CheckContext& c) {
    gan::SegmenterOptions o;
    o.size = 32;
    o.iterations = 120;
    o.batchSize = 4;
    o.baseChannels = 4;
    o.device = c.device.str();
    return o;
}

void segmenterEndToEnd(const CheckContext& c) {
    // Dark lungs in a bright body: a hundred iterations find most of the lungs.
    std::vector<gan::LabelledSlice> train, test;
    for (int k = 0; k < 4; ++k) {
        const gan::SliceData s = syntheticSlice(64, 64, 0.25 + 0.1 * k);
        gan::LabelledSlice l{"s" + std::to_string(k), s.width, s.height, s.image, s.labels, true, 0.7, 0.7};
        (k < 3 ? train : test).push_back(l);
    }
    const gan::SegmenterOptions o = tinySegmenter(c);
    int reports = 0;
    const gan::EvaluationResult r = gan::trainAndTestSegmenter(train, test, o, [&](int, int, double loss) {
        ++reports;
        return std::isfinite(loss);
    });
    REQUIRE(reports > 0 && r.cases.size() == 1 && r.trainingSlices == 3);
    REQUIRE_MSG(r.diceLungs.mean > 0.6, "lung Dice " << r.diceLungs.mean);
    REQUIRE(r.nsdLungs.count == 1 && r.nsdLungs.mean >= 0 && r.nsdLungs.mean <= 1);
    REQUIRE(r.diceInfection.mean >= 0 && r.diceInfection.mean <= 1);
    const gan::ScoreSummary s = gan::summarise({0.5, -1, 0.7});
    REQUIRE(s.count == 2);
    REQUIRE_NEAR(s.mean, 0.6, 1e-12);
    REQUIRE_NEAR(s.sd, std::sqrt(0.02), 1e-12);
}

void segmenterDrawsByWeight(const CheckContext& c) {
    // The same slice twice: once with its lungs, once labelled all background. Whichever copy
    // carries (nearly) all the sampling weight decides what the segmenter learns.
    const gan::SliceData s = syntheticSlice(64, 64, 0.3);
    const gan::LabelledSlice truth{"truth", s.width, s.height, s.image, s.labels, true, 1, 1};
    gan::LabelledSlice blank = truth;
    blank.name = "blank";
    std::fill(blank.labels.begin(), blank.labels.end(), uint8_t(0));
    const gan::SegmenterOptions o = tinySegmenter(c);
    auto lungDice = [&](double truthWeight, double blankWeight) {
        auto a = truth, b = blank;
        a.weight = truthWeight;
        b.weight = blankWeight;
        return gan::trainAndTestSegmenter({a, b}, {truth}, o).diceLungs.mean;
    };
    const double towardsTruth = lungDice(1e6, 1), towardsBlank = lungDice(1, 1e6);
    REQUIRE_MSG(towardsTruth > 0.6, "lung Dice drawn from the labelled copy " << towardsTruth);
    REQUIRE_MSG(towardsBlank < 0.3, "lung Dice drawn from the blank copy " << towardsBlank);
    auto zero = truth;
    zero.weight = 0;
    bool refused = false;
    try {
        gan::trainAndTestSegmenter({zero, blank}, {truth}, o);
    } catch (const std::invalid_argument&) {
        refused = true;
    }
    REQUIRE(refused);
}

}  // namespace

std::vector<EngineCheck> metricChecks() {
    return {{"Dice: identical 1, disjoint 0, empty/empty 1, shifted square", diceByHand},
            {"normalised surface Dice: hand-computed shifts, anisotropic spacing", surfaceDiceByHand},
            {"evaluation segmenter trains and scores end to end", segmenterEndToEnd},
            {"evaluation segmenter draws training slices by their weights", segmenterDrawsByWeight}};
}

}  // namespace cosingan::test
