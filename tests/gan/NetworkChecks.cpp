// Networks: the phase form of the up-sampling equals the transposed convolution; U-Net and
// PatchGAN shapes at every paper scale (parameter counts logged); the resize-convolution
// up-sampling leaves no checkerboard.
#include "EngineCheck.h"
#include "gan/GanConfig.h"
#include "gan/Networks.h"

#include <cmath>

namespace cosingan::test {

namespace {

void phaseUpConvEqualsTransposed(const CheckContext& c) {
    torch::manual_seed(3);
    for (bool bias : {false, true}) {
        gan::UpConv up(6, 5, bias);
        up->to(c.device);
        if (bias) {
            torch::NoGradGuard g;
            up->bias.normal_();
        }
        const torch::Tensor x = torch::randn({2, 6, 7, 9}, torch::TensorOptions().device(c.device)).requires_grad_(true);
        up->kernel = gan::UpsamplingKernel::Transposed;
        const torch::Tensor ref = up->forward(x);
        const torch::Tensor gRef = torch::randn_like(ref);
        ref.backward(gRef);
        const torch::Tensor dxRef = x.grad().clone(), dwRef = up->weight.grad().clone();
        x.mutable_grad().zero_();
        up->weight.mutable_grad().zero_();
        up->kernel = gan::UpsamplingKernel::PhaseConvolution;
        const torch::Tensor out = up->forward(x);
        REQUIRE(out.sizes() == ref.sizes());
        REQUIRE(out.size(2) == 14 && out.size(3) == 18);
        REQUIRE_NEAR((out - ref).abs().max().item<double>(), 0.0, 1e-5);
        out.backward(gRef);
        REQUIRE_NEAR((x.grad() - dxRef).abs().max().item<double>(), 0.0, 1e-4);
        REQUIRE_NEAR((up->weight.grad() - dwRef).abs().max().item<double>(), 0.0, 1e-3);

        // Without gradients Auto takes the phase form on CPU and caches its kernels; the cache must
        // follow in-place weight updates (an optimiser step, loading a checkpoint).
        torch::NoGradGuard noGrad;
        up->kernel = gan::UpsamplingKernel::Auto;
        for (int step = 0; step < 2; ++step) {
            const torch::Tensor cached = up->forward(x);
            up->kernel = gan::UpsamplingKernel::Transposed;
            const torch::Tensor want = up->forward(x);
            up->kernel = gan::UpsamplingKernel::Auto;
            REQUIRE_NEAR((cached - want).abs().max().item<double>(), 0.0, 1e-5);
            up->weight.mul_(-1.5);
        }
    }
}

void paperShapesAndParameterCounts(const CheckContext& c) {
    torch::NoGradGuard g;
    const auto scales = gan::paperScales();
    int64_t total = 0;
    for (const auto& s : scales) {
        gan::UNetGenerator gen(s.generatorDowns, 64);
        gan::PatchDiscriminator d(s.discriminatorConvs, 64, 2);
        gen->eval();
        d->eval();
        // Shapes at every scale with a cheap 8-channel copy of the same depth (the 64-channel
        // forward at 512 px is the benchmark's job, not a unit test's).
        gan::UNetGenerator small(s.generatorDowns, 8);
        small->eval();
        small->to(c.device);
        const torch::Tensor x = torch::zeros({1, 1, s.size, s.size}, torch::TensorOptions().device(c.device));
        const torch::Tensor y = small->forward(x);
        REQUIRE(y.sizes() == x.sizes());
        REQUIRE(y.abs().max().item<double>() <= 1.0);  // tanh
        gan::PatchDiscriminator smallD(s.discriminatorConvs, 8, 2);
        smallD->eval();
        smallD->to(c.device);
        const torch::Tensor p = smallD->forward(torch::zeros({1, 2, s.size, s.size}, x.options()));
        REQUIRE_MSG(p.size(1) == 1 && p.size(2) >= 1 && p.size(3) >= 1, "patch map collapsed at " << s.size << " px");
        const int64_t gp = gan::parameterCount(*gen), dp = gan::parameterCount(*d);
        total += 2 * gp;
        c.log("scale " + std::to_string(s.size) + " px: U-Net " + std::to_string(s.generatorDowns) + " downs " +
              std::to_string(gp) + " parameters, PatchGAN " + std::to_string(s.discriminatorConvs) + " convs " +
              std::to_string(dp) + " parameters, patch map " + std::to_string(p.size(2)) + "x" + std::to_string(p.size(3)));
    }
    c.log("two-stage generator pyramid: " + std::to_string(total) + " parameters");
    // cosingan-spec.md: the 9-scale pyramid has about 459 M generator parameters.
    REQUIRE_MSG(std::fabs(double(total) / 1e6 - 459.0) < 10.0, double(total) / 1e6 << " M");
}

void dropoutOnlyOnInnerBlocks(const CheckContext& c) {
    // pix2pix: dropout on the 8*ngf -> 8*ngf decoder blocks only (num_downs - 5 of them); it is
    // active in training and with forced dropout (AD), inactive in eval.
    torch::manual_seed(1);
    gan::UNetGenerator g(7, 4);
    g->to(c.device);
    g->eval();
    const torch::Tensor x = torch::randn({1, 1, 128, 128}, torch::TensorOptions().device(c.device));
    torch::NoGradGuard ng;
    REQUIRE(torch::equal(g->forward(x), g->forward(x)));
    g->setForceDropout(true);
    REQUIRE(!torch::equal(g->forward(x), g->forward(x)));
    gan::UNetGenerator shallow(5, 4);  // depth 5: no 8*ngf -> 8*ngf block, so no dropout at all
    shallow->to(c.device);
    shallow->eval();
    shallow->setForceDropout(true);
    const torch::Tensor y = torch::randn({1, 1, 64, 64}, x.options());
    REQUIRE(torch::equal(shallow->forward(y), shallow->forward(y)));
}

// A flat input through a freshly initialised up-sampling layer: the transposed convolution's output
// alternates with the pixel's parity (the checkerboard), the resize-convolution's is flat inside.
void resizeConvolutionHasNoCheckerboard(const CheckContext& c) {
    torch::NoGradGuard noGrad;
    torch::manual_seed(3);
    const torch::Tensor flat = torch::ones({1, 8, 8, 8}, torch::TensorOptions().device(c.device));
    auto interiorSpread = [&](gan::UpsamplingLayer layer) {
        gan::UpConv up(8, 4, true, layer);
        up->to(c.device);
        const torch::Tensor y = up->forward(flat);
        REQUIRE(y.sizes() == torch::IntArrayRef({1, 4, 16, 16}));
        const torch::Tensor inside = y.narrow(2, 2, 12).narrow(3, 2, 12);
        return (inside.amax({2, 3}) - inside.amin({2, 3})).max().item<double>();
    };
    const double transposed = interiorSpread(gan::UpsamplingLayer::TransposedConvolution);
    const double resize = interiorSpread(gan::UpsamplingLayer::ResizeConvolution);
    c.log("flat input, interior max-min: transposed " + std::to_string(transposed) + ", resize " + std::to_string(resize));
    REQUIRE_MSG(transposed > 0.05, transposed);
    REQUIRE_MSG(resize < 1e-5, resize);

    gan::UNetGenerator g(5, 4, 1, 1, gan::UpsamplingLayer::ResizeConvolution);
    g->to(c.device);
    g->eval();
    const torch::Tensor x = torch::randn({2, 1, 64, 64}, flat.options());
    REQUIRE(g->forward(x).sizes() == x.sizes());
}

}  // namespace

std::vector<EngineCheck> networkChecks() {
    return {{"phase up-convolution equals transposed convolution", phaseUpConvEqualsTransposed},
            {"U-Net and PatchGAN shapes at every paper scale", paperShapesAndParameterCounts},
            {"dropout only on the inner decoder blocks", dropoutOnlyOnInnerBlocks},
            {"resize-convolution up-sampling has no checkerboard", resizeConvolutionHasNoCheckerboard}};
}

}  // namespace cosingan::test
