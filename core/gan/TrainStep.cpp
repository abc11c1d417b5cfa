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

    // Generator: adversarial + 10 WPPL + 1 MS-SSIM + 10 MS-FVL + 10 MS-FUL (the baselines: + 100
    // WPPL or plain L1 alone). A term of weight 0 is neither computed nor reported (WPPL is, when
    // it is the only pixel-level term). D's weights need no gradient here (pix2pix freezes D
    // during the G step): the backward pass is restricted to G's parameters, so autograd skips D's
    // weight gradients without touching requires_grad.
    nets.optG->zeroGrad();
    const torch::Tensor gAdv = adversarialLoss(nets.discriminator->forward(torch::cat({cond, fake}, 1)), true);
    std::vector<std::pair<const char*, torch::Tensor>> terms;  // reported reconstruction terms
    torch::Tensor total = w.adversarial * gAdv;
    auto add = [&](const char* name, double weight, const torch::Tensor& value) {
        terms.push_back({name, value});
        total = total + weight * value;
    };
    if (w.wppl > 0 || w.l1 == 0) add("WPPL", w.wppl, wppl(fake, real, cond, w.classBackground, w.classLung, w.classInfection));
    if (w.l1 > 0) add("L1", w.l1, (fake - real).abs().mean());
    if (w.msssim > 0) add("MS-SSIM", w.msssim, msssimLoss(fake, real));
    if (ctx.vgg) add("MS-FVL", w.vggFeatures, featureMatchingLoss(*ctx.vgg.ptr(), fake, real));
    if (ctx.seg) add("MS-FUL", w.unetFeatures, featureMatchingLoss(*ctx.seg.ptr(), fake, real));
    torch::autograd::backward({total}, {}, c10::nullopt, false, nets.generator->parameters());
    nets.optG->step();

    // One device-to-host transfer for all the values (it also waits for the device).
    std::vector<torch::Tensor> all{gAdv, dReal, dFake};
    for (const auto& t : terms) all.push_back(t.second);
    all.push_back(total);
    const torch::Tensor values = torch::stack(all).detach().to(torch::kCPU);
    if (times) times->networksMs += msSince(clock, ctx.pyramid.device());
    const float* v = values.data_ptr<float>();
    std::vector<std::pair<std::string, double>> out{{"G_adv", v[0]}, {"D_real", v[1]}, {"D_fake", v[2]}};
    for (size_t i = 0; i < terms.size(); ++i) out.push_back({terms[i].first, double(v[3 + i])});
    out.push_back({"G_total", double(v[3 + terms.size()])});
    return out;
}

}  // namespace cosingan::gan
