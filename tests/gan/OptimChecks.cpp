// The flat Adam is torch's Adam; the learning-rate schedule is the paper's.
#include "EngineCheck.h"
#include "gan/FlatAdam.h"
#include "gan/Networks.h"

namespace cosingan::test {

namespace {

void flatAdamMatchesTorchAdam(const CheckContext& c) {
    torch::manual_seed(4);
    gan::PatchDiscriminator a(4, 4, 2), b(4, 4, 2);
    a->to(c.device);
    b->to(c.device);
    gan::copyWeights(*a, *b);
    gan::FlatAdam flat(a->parameters(), 2e-3, 0.5, 0.999);
    torch::optim::Adam ref(b->parameters(), torch::optim::AdamOptions(2e-3).betas({0.5, 0.999}));
    const torch::Tensor x = torch::randn({3, 2, 32, 32}, torch::TensorOptions().device(c.device));
    for (int step = 0; step < 6; ++step) {
        flat.zeroGrad();
        a->forward(x).pow(2).mean().backward();
        flat.step();
        ref.zero_grad();
        b->forward(x).pow(2).mean().backward();
        ref.step();
    }
    auto pa = a->parameters(), pb = b->parameters();
    double worst = 0;
    for (size_t i = 0; i < pa.size(); ++i) worst = std::max(worst, (pa[i] - pb[i]).abs().max().item<double>());
    REQUIRE_MSG(worst < 1e-5, "largest difference " << worst);
    // The module's parameters are views into the optimiser's buffer: copying weights in still works.
    REQUIRE(flat.stepCount() == 6);
}

void scheduleIsThePapers(const CheckContext&) {
    // Stage 1: 2e-4 constant for 2000 iterations, then -0.05 % of it per iteration.
    REQUIRE_NEAR(gan::scheduledLearningRate(2e-4, 0, 2000, 4000), 2e-4, 1e-15);
    REQUIRE_NEAR(gan::scheduledLearningRate(2e-4, 1999, 2000, 4000), 2e-4, 1e-15);
    REQUIRE_NEAR(gan::scheduledLearningRate(2e-4, 2001, 2000, 4000), 2e-4 * (1 - 0.0005), 1e-15);
    REQUIRE_NEAR(gan::scheduledLearningRate(2e-4, 3000, 2000, 4000), 1e-4, 1e-15);
    REQUIRE_NEAR(gan::scheduledLearningRate(2e-4, 4000, 2000, 4000), 0.0, 1e-15);
    // Stage 2: 1e-4 for 1000, then -0.1 % per iteration.
    REQUIRE_NEAR(gan::scheduledLearningRate(1e-4, 1001, 1000, 2000), 1e-4 * (1 - 0.001), 1e-15);
}

}  // namespace

std::vector<EngineCheck> optimChecks() {
    return {{"flat Adam matches torch::optim::Adam", flatAdamMatchesTorchAdam},
            {"learning-rate schedule is the paper's", scheduleIsThePapers}};
}

}  // namespace cosingan::test
