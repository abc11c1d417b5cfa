// Losses against hand-computed values.
#include "EngineCheck.h"
#include "gan/Losses.h"

#include <cmath>

namespace cosingan::test {

namespace {

torch::Tensor t(std::vector<float> v, const CheckContext& c, int h, int w) {
    return torch::tensor(v).view({1, 1, h, w}).to(c.device);
}

void adversarialLossOfZeroLogits(const CheckContext& c) {
    const torch::Tensor z = torch::zeros({2, 1, 3, 3}, torch::TensorOptions().device(c.device));
    REQUIRE_NEAR(gan::adversarialLoss(z, true).item<double>(), std::log(2.0), 1e-6);
    REQUIRE_NEAR(gan::adversarialLoss(z, false).item<double>(), std::log(2.0), 1e-6);
    const torch::Tensor confident = torch::full({1, 1, 2, 2}, 10.0, z.options());
    REQUIRE(gan::adversarialLoss(confident, true).item<double>() < 1e-4);
    REQUIRE(gan::adversarialLoss(confident, false).item<double>() > 9.9);
}

void wpplWeighsClasses(const CheckContext& c) {
    // Pixels: background, lung, infection, background; |out - target| = 1, 1, 1, 0.5.
    const double lung = 128.0 / 127.5 - 1.0;
    const torch::Tensor cond = t({-1.f, float(lung), 1.f, -1.f}, c, 2, 2);
    const torch::Tensor target = t({0.f, 0.f, 0.f, 0.f}, c, 2, 2);
    const torch::Tensor out = t({1.f, -1.f, 1.f, 0.5f}, c, 2, 2);
    const double expected = (0.1 * 1 + 0.5 * 1 + 1.0 * 1 + 0.1 * 0.5) / 4.0;
    REQUIRE_NEAR(gan::wppl(out, target, cond, 0.1, 0.5, 1.0).item<double>(), expected, 1e-6);
    // Equal weights give plain L1.
    REQUIRE_NEAR(gan::wppl(out, target, cond, 1, 1, 1).item<double>(), 3.5 / 4.0, 1e-6);
}

void ssimOfConstantImages(const CheckContext& c) {
    // Constant images x = 0.5, y = 0.25 on the [0,1] scale: SSIM = (2xy + C1) / (x^2 + y^2 + C1).
    const torch::Tensor x = torch::zeros({1, 1, 16, 16}, torch::TensorOptions().device(c.device));
    const torch::Tensor y = torch::full({1, 1, 16, 16}, -0.5, x.options());
    const double C1 = 1e-4;
    REQUIRE_NEAR(gan::ssim(x, y).item<double>(), (2 * 0.5 * 0.25 + C1) / (0.25 + 0.0625 + C1), 1e-5);
}

void msssimIdentityAndSymmetry(const CheckContext& c) {
    torch::manual_seed(5);
    for (int side : {32, 48, 64, 128, 256}) {
        const torch::Tensor a = torch::rand({2, 1, side, side}, torch::TensorOptions().device(c.device)) * 2 - 1;
        const torch::Tensor b = (a + 0.3 * torch::randn_like(a)).clamp(-1, 1);
        REQUIRE_NEAR(gan::msssim(a, a).item<double>(), 1.0, 1e-5);
        REQUIRE_NEAR(gan::msssim(a, b).item<double>(), gan::msssim(b, a).item<double>(), 1e-6);
        const double noisy = gan::msssim(a, b).item<double>();
        const double noisier = gan::msssim(a, (a + 0.8 * torch::randn_like(a)).clamp(-1, 1)).item<double>();
        REQUIRE_MSG(noisy < 1.0 && noisier < noisy, side << " px: " << noisy << ", " << noisier);
    }
    REQUIRE(gan::msssimLevels(32) == 2);
    REQUIRE(gan::msssimLevels(48) == 3);
    REQUIRE(gan::msssimLevels(128) == 4);
    REQUIRE(gan::msssimLevels(512) == 5);
}

struct ScaledIdentity : gan::FeatureExtractor {
    std::vector<torch::Tensor> features(const torch::Tensor& x) override { return {x, 2 * x}; }
};

void featureMatchingWeightsLevels(const CheckContext& c) {
    ScaledIdentity f;
    const torch::Tensor a = torch::zeros({1, 1, 4, 4}, torch::TensorOptions().device(c.device));
    const torch::Tensor b = torch::ones_like(a);
    // Level 0 weight 1/32 on |0-1| = 1; level 1 weight 1/16 on |0-2| = 2.
    REQUIRE_NEAR(gan::featureMatchingLoss(f, a, b).item<double>(), 1.0 / 32 + 2.0 / 16, 1e-6);
    REQUIRE_NEAR(gan::featureMatchingLoss(f, a, a).item<double>(), 0.0, 1e-9);
}

}  // namespace

std::vector<EngineCheck> lossChecks() {
    return {{"adversarial loss of zero logits is ln 2", adversarialLossOfZeroLogits},
            {"WPPL weighs background 0.1, lung 0.5, infection 1", wpplWeighsClasses},
            {"SSIM of constant images matches the formula", ssimOfConstantImages},
            {"MS-SSIM: identical = 1, symmetric, falls with noise", msssimIdentityAndSymmetry},
            {"feature matching weighs levels 1/32, 1/16, ...", featureMatchingWeightsLevels}};
}

}  // namespace cosingan::test
