#include "TrainStep.h"

#include "Losses.h"

#include <chrono>

namespace cosingan::gan {

namespace {
double msSince(std::chrono::steady_clock::time_point& t, const torch::Device& device) {
    (void)device;
    const auto now = std::chrono::steady_clock::now();
    const double ms = std::chrono::duration<double, std::milli>(now - t).count();
    t = now;
    return ms;
}
}  // namespace

std::vector<std::pair<std::string, double>> trainingStep(const StepContext& ctx, int scale, int stage, StageNets& nets,
                                                         StepTimes* times) {
    const LossWeights& w = ctx.config.losses;
    auto clock = std::chrono::steady_clock::now();
    const AugmentedPyramid batch = ctx.augmenter.sample(
        ctx.config.batchAt(scale), scale, stage == 1 ? AugmentationStrength::Strong : AugmentationStrength::Weak);
    if (times) times->augmentMs += msSince(clock, ctx.pyramid.device());
    torch::Tensor input;
    {
        torch::NoGradGuard frozen;
        input = ctx.pyramid.stage1Input(batch.conditions, scale);
        if (stage == 2) input = nets.stage1->forward(input);
    }
    if (times) times->pyramidMs += msSince(clock, ctx.pyramid.device());
    torch::Tensor real = batch.images[size_t(scale)];
    torch::Tensor cond = batch.conditions[size_t(scale)];
    if (const int crop = ctx.config.scales[size_t(scale)].trainCrop; crop > 0) {
        // A random window of the scale, the same for input, target and condition (one per batch).
        const int64_t side = real.size(-1), y = torch::randint(side - crop + 1, {1}).item<int64_t>(),
                      x = torch::randint(side - crop + 1, {1}).item<int64_t>();
        auto window = [&](const torch::Tensor& t) { return t.narrow(2, y, crop).narrow(3, x, crop); };
        input = window(input);
        real = window(real);
        cond = window(cond);
    }
    const torch::Tensor fake = nets.generator->forward(input);

    // Discriminator: 1/2 [BCE(D(C, fake), 0) + BCE(D(C, real), 1)].
    nets.optD->zeroGrad();
    const torch::Tensor dFake = adversarialLoss(nets.discriminator->forward(torch::cat({cond, fake.detach()}, 1)), false);
    const torch::Tensor dReal = adversarialLoss(nets.discriminator->forward(torch::cat({cond, real}, 1)), true);
    (0.5 * (dFake + dReal)).backward();
    nets.optD->step();

    // Generator: adversarial + 10 WPPL + 1 MS-SSIM + 10 MS-FVL + 10 MS-FUL. D's weights need no
    // gradient here (pix2pix freezes D during the G step): the backward pass is restricted to G's
    // parameters, so autograd skips D's weight gradients without touching requires_grad.
    nets.optG->zeroGrad();
    const torch::Tensor gAdv = adversarialLoss(nets.discriminator->forward(torch::cat({cond, fake}, 1)), true);
    const torch::Tensor lWppl = wppl(fake, real, cond, w.classBackground, w.classLung, w.classInfection);
    const torch::Tensor lSsim = msssimLoss(fake, real);
    torch::Tensor total = w.adversarial * gAdv + w.wppl * lWppl + w.msssim * lSsim;
    torch::Tensor lVgg = torch::zeros({}, fake.options()), lSeg = torch::zeros({}, fake.options());
    if (ctx.vgg) {
        lVgg = featureMatchingLoss(*ctx.vgg.ptr(), fake, real);
        total = total + w.vggFeatures * lVgg;
    }
    if (ctx.seg) {
        lSeg = featureMatchingLoss(*ctx.seg.ptr(), fake, real);
        total = total + w.unetFeatures * lSeg;
    }
    torch::autograd::backward({total}, {}, c10::nullopt, false, nets.generator->parameters());
    nets.optG->step();

    // One device-to-host transfer for all the values (it also waits for the device).
    const torch::Tensor values = torch::stack({gAdv, dReal, dFake, lWppl, lSsim, lVgg, lSeg, total}).detach().to(torch::kCPU);
    if (times) times->networksMs += msSince(clock, ctx.pyramid.device());
    const float* v = values.data_ptr<float>();
    std::vector<std::pair<std::string, double>> out;
    const char* names[] = {"G_adv", "D_real", "D_fake", "WPPL", "MS-SSIM", "MS-FVL", "MS-FUL", "G_total"};
    for (int i = 0; i < 8; ++i) {
        if ((i == 5 && !ctx.vgg) || (i == 6 && !ctx.seg)) continue;
        out.push_back({names[i], double(v[i])});
    }
    return out;
}

}  // namespace cosingan::gan
