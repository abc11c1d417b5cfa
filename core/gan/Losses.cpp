#include "Losses.h"

#include <cmath>

namespace cosingan::gan {

namespace F = torch::nn::functional;

torch::Tensor adversarialLoss(const torch::Tensor& logits, bool real) {
    return torch::binary_cross_entropy_with_logits(logits, real ? torch::ones_like(logits) : torch::zeros_like(logits));
}

torch::Tensor wppl(const torch::Tensor& out, const torch::Tensor& target, const torch::Tensor& condition,
                   double wBackground, double wLung, double wInfection) {
    torch::Tensor c01;
    torch::Tensor weights;
    {
        torch::NoGradGuard noGrad;
        c01 = (condition + 1.0) * 0.5;
        weights = torch::full_like(c01, wBackground);
        weights.masked_fill_(c01 >= 0.25, wLung);
        weights.masked_fill_(c01 >= 0.75, wInfection);
    }
    return (weights * (out - target).abs()).mean();
}

namespace {

const double kLevelWeights[5] = {0.0448, 0.2856, 0.3001, 0.2363, 0.1333};
constexpr int kWindow = 11;

torch::Tensor gaussian1d(int size, const torch::TensorOptions& opts) {
    std::vector<float> g(static_cast<size_t>(size));
    double sum = 0;
    for (int i = 0; i < size; ++i) {
        g[size_t(i)] = float(std::exp(-std::pow(i - size / 2, 2) / (2 * 1.5 * 1.5)));
        sum += g[size_t(i)];
    }
    for (auto& v : g) v = float(v / sum);
    return torch::from_blob(g.data(), {size}, torch::kFloat).clone().to(opts);
}

// Per-image mean SSIM and contrast-structure terms, [N] each, of [N,1,H,W] images in [0,1].
std::pair<torch::Tensor, torch::Tensor> ssimTerms(const torch::Tensor& x, const torch::Tensor& y) {
    const int ws = int(std::min<int64_t>({kWindow, x.size(-1), x.size(-2)}));
    const torch::Tensor g = gaussian1d(ws, x.options());
    // Separable Gaussian on the five maps at once (as channels of one grouped convolution).
    torch::Tensor maps = torch::cat({x, y, x * x, y * y, x * y}, 1);
    maps = F::conv2d(maps, g.view({1, 1, ws, 1}).expand({5, 1, ws, 1}), F::Conv2dFuncOptions().groups(5));
    maps = F::conv2d(maps, g.view({1, 1, 1, ws}).expand({5, 1, 1, ws}), F::Conv2dFuncOptions().groups(5));
    const torch::Tensor mu1 = maps.select(1, 0), mu2 = maps.select(1, 1);
    const torch::Tensor s11 = maps.select(1, 2) - mu1 * mu1, s22 = maps.select(1, 3) - mu2 * mu2;
    const torch::Tensor s12 = maps.select(1, 4) - mu1 * mu2;
    const double C1 = 0.01 * 0.01, C2 = 0.03 * 0.03;
    const torch::Tensor cs = (2 * s12 + C2) / (s11 + s22 + C2);
    const torch::Tensor ss = (2 * mu1 * mu2 + C1) / (mu1 * mu1 + mu2 * mu2 + C1) * cs;
    return {ss.flatten(1).mean(1), cs.flatten(1).mean(1)};
}

}  // namespace

int msssimLevels(int64_t side) {
    int levels = 1;
    while (levels < 5 && (side >> levels) >= kWindow) ++levels;
    return levels;
}

torch::Tensor ssim(const torch::Tensor& x, const torch::Tensor& y) {
    return ssimTerms((x + 1) * 0.5, (y + 1) * 0.5).first.mean();
}

torch::Tensor msssim(const torch::Tensor& xIn, const torch::Tensor& yIn) {
    torch::Tensor x = (xIn + 1) * 0.5, y = (yIn + 1) * 0.5;
    const int levels = msssimLevels(std::min(x.size(-1), x.size(-2)));
    double total = 0;
    for (int l = 0; l < levels; ++l) total += kLevelWeights[l];
    torch::Tensor result;
    for (int l = 0; l < levels; ++l) {
        auto [ss, cs] = ssimTerms(x, y);
        const double w = kLevelWeights[l] / total;
        // Negative contrast-structure values (anti-correlated patches) would make the power NaN.
        const torch::Tensor term = (l == levels - 1 ? ss : cs).clamp_min(1e-6).pow(w);
        result = result.defined() ? result * term : term;
        if (l + 1 < levels) {
            x = torch::avg_pool2d(x, 2);
            y = torch::avg_pool2d(y, 2);
        }
    }
    return result.mean();
}

torch::Tensor featureMatchingLoss(FeatureExtractor& net, const torch::Tensor& out, const torch::Tensor& target) {
    static const double weights[5] = {1.0 / 32, 1.0 / 16, 1.0 / 8, 1.0 / 4, 1.0};
    std::vector<torch::Tensor> targetFeatures;
    {
        torch::NoGradGuard noGrad;
        targetFeatures = net.features(target);
    }
    const std::vector<torch::Tensor> outFeatures = net.features(out);
    torch::Tensor loss = torch::zeros({}, out.options());
    for (size_t l = 0; l < outFeatures.size() && l < 5; ++l)
        loss = loss + weights[l] * torch::l1_loss(outFeatures[l], targetFeatures[l]);
    return loss;
}

}  // namespace cosingan::gan
