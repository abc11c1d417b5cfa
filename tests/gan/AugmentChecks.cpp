// Augmentation keeps image and condition aligned; conditions and randomised conditions have the
// paper's values; slice preparation keeps geometry.
#include "EngineCheck.h"
#include "SyntheticSlice.h"
#include "gan/Augmentation.h"
#include "gan/GanConfig.h"
#include "gan/SlicePrep.h"

namespace cosingan::test {

namespace {

gan::GanConfig smallConfig() {
    gan::GanConfig c = gan::makePreset("tiny");
    c.augmentation.workingSize = 96;
    return c;
}

void augmentationKeepsAlignment(const CheckContext& c) {
    // Image = a function of the labels (big blocks): after any augmentation every pixel's value must
    // still match its label, except on the blocks' edges (bilinear image vs nearest labels).
    const int n = 96;
    torch::Tensor labels = torch::zeros({1, 1, n, n});
    labels.narrow(2, 8, 40).narrow(3, 8, 36).fill_(1);
    labels.narrow(2, 50, 38).narrow(3, 30, 50).fill_(2);
    labels.narrow(2, 20, 24).narrow(3, 56, 30).fill_(3);
    const torch::Tensor image = labels * 0.5 - 0.9;  // -0.9, -0.4, 0.1, 0.6
    const gan::GanConfig cfg = smallConfig();
    gan::Augmenter aug(cfg, image.to(c.device), labels.to(c.device));
    torch::manual_seed(11);
    for (auto strength : {gan::AugmentationStrength::Strong, gan::AugmentationStrength::Weak}) {
        auto [img, lab] = aug.augmentPair(8, 0, strength);
        REQUIRE(img.sizes() == lab.sizes());
        const torch::Tensor expected = torch::where(lab > 0, lab * 0.5 - 0.9, torch::full_like(lab, -1.0));
        // Outside the slice the image is air (-1) and the labels background; inside, value follows label.
        const torch::Tensor inside = img > -0.95;
        const torch::Tensor agree = ((img - expected).abs() < 0.05) | ((lab == 0) & (img < -0.85));
        const double share = agree.to(torch::kFloat).mean().item<double>();
        REQUIRE_MSG(share > 0.93, "only " << share << " of the pixels agree");
        // It did augment: the batch samples differ from the original and from each other.
        REQUIRE(!torch::equal(lab[0], labels[0].to(c.device)));
        REQUIRE(!torch::equal(lab[0], lab[1]));
        REQUIRE(inside.any().item<bool>());
    }
    // Labels stay label ids (nearest), images stay in range.
    auto [img, lab] = aug.augmentPair(4, 1, gan::AugmentationStrength::Strong);
    const torch::Tensor ids = std::get<0>(torch::_unique(lab.flatten().to(torch::kCPU)));
    REQUIRE(ids.max().item<double>() <= 3 && ids.min().item<double>() >= 0);
    REQUIRE(torch::equal(ids, ids.round()));
    REQUIRE(img.min().item<double>() >= -1.0001 && img.max().item<double>() <= 1.0001);
}

void noAugmentationIsIdentityAndPyramidHasScaleSizes(const CheckContext& c) {
    const gan::GanConfig cfg = smallConfig();
    const gan::PreparedSlice p = gan::prepareSlice(syntheticSlice(), cfg.augmentation.workingSize, c.device);
    gan::Augmenter aug(cfg, p.image, p.labels);
    const gan::AugmentedPyramid pyr = aug.sample(2, 1, gan::AugmentationStrength::None);
    REQUIRE(pyr.images.size() == 2 && pyr.conditions.size() == 2);
    REQUIRE(pyr.images[0].size(-1) == 32 && pyr.images[1].size(-1) == 48);
    REQUIRE(torch::equal(pyr.conditions[1][0], pyr.conditions[1][1]));
    // Condition values: background -1, lung 128/127.5 - 1, infection 1.
    const torch::Tensor values = std::get<0>(torch::_unique(pyr.conditions[1].flatten().to(torch::kCPU)));
    REQUIRE(values.numel() == 3);
    REQUIRE_NEAR(values[0].item<double>(), -1.0, 1e-6);
    REQUIRE_NEAR(values[1].item<double>(), 128.0 / 127.5 - 1.0, 1e-6);
    REQUIRE_NEAR(values[2].item<double>(), 1.0, 1e-6);
}

void randomisedConditionStaysInItsIntervals(const CheckContext& c) {
    torch::Tensor labels = torch::tensor({0.f, 1.f, 2.f, 3.f}).view({1, 1, 2, 2}).repeat({64, 1, 1, 1}).to(c.device);
    torch::manual_seed(2);
    const torch::Tensor rc = (gan::randomisedCondition(labels, {16, 16, 32}, false) + 1) * 127.5;
    auto range = [&](int l) {
        const torch::Tensor v = rc.masked_select(labels == l);
        return std::make_pair(v.min().item<double>(), v.max().item<double>());
    };
    auto [b0, b1] = range(0);
    auto [l0, l1] = range(1);
    auto [r0, r1] = range(2);
    auto [i0, i1] = range(3);
    REQUIRE(b0 >= -1e-3 && b1 <= 16.001 && b1 - b0 > 8);
    REQUIRE(l0 >= 111.999 && l1 <= 144.001 && l1 - l0 > 16);
    REQUIRE(r0 >= 111.999 && r1 <= 144.001);
    REQUIRE(i0 >= 222.999 && i1 <= 255.001 && i1 - i0 > 16);
    // Fresh values at every call.
    REQUIRE(!torch::equal(rc, (gan::randomisedCondition(labels, {16, 16, 32}, false) + 1) * 127.5));
}

void squareFitRoundTrip(const CheckContext& c) {
    // A non-square slice is padded to a square, and outputs come back in its own size.
    const gan::SliceData s = syntheticSlice(72, 40);
    const gan::PreparedSlice p = gan::prepareSlice(s, 96, c.device);
    REQUIRE(p.fit.side == 72 && p.fit.padTop == 16 && p.fit.padLeft == 0);
    REQUIRE(p.image.size(-1) == 96 && p.labels.size(-1) == 96);
    const auto back = gan::restoreImages(p.image, p.fit);
    REQUIRE(back.size() == 1 && back[0].size() == s.image.size());
    double err = 0;
    for (size_t i = 0; i < s.image.size(); ++i) err += std::abs(int(back[0][i]) - int(s.image[i]));
    REQUIRE_MSG(err / double(s.image.size()) < 12.0, "mean error " << err / double(s.image.size()));
}

}  // namespace

std::vector<EngineCheck> augmentChecks() {
    return {{"augmentation keeps image and condition aligned", augmentationKeepsAlignment},
            {"no augmentation is identity; pyramid sizes; condition values", noAugmentationIsIdentityAndPyramidHasScaleSizes},
            {"randomised condition stays in its class intervals", randomisedConditionStaysInItsIntervals},
            {"square padding and back", squareFitRoundTrip}};
}

}  // namespace cosingan::test
