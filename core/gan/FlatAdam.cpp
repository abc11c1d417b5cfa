#include "FlatAdam.h"

#include <ATen/Parallel.h>
#include <torch/csrc/autograd/variable.h>

#include <cmath>

namespace cosingan::gan {

FlatAdam::FlatAdam(const std::vector<torch::Tensor>& parameters, double lr, double beta1, double beta2, double eps)
    : params_(parameters), lr_(lr), beta1_(beta1), beta2_(beta2), eps_(eps) {
    int64_t total = 0;
    for (const auto& p : params_) total += p.numel();
    const auto opts = params_.empty() ? torch::TensorOptions().dtype(torch::kFloat) : params_.front().options();
    flatParams_ = torch::empty({total}, opts.requires_grad(false));
    flatGrads_ = torch::zeros({total}, opts.requires_grad(false));
    m_ = torch::zeros({total}, opts.requires_grad(false));
    v_ = torch::zeros({total}, opts.requires_grad(false));
    torch::NoGradGuard noGrad;
    int64_t offset = 0;
    for (auto& p : params_) {
        const int64_t n = p.numel();
        torch::Tensor slot = flatParams_.narrow(0, offset, n);
        slot.copy_(p.detach().reshape({n}));
        p.set_data(slot.view(p.sizes()));
        p.mutable_grad() = flatGrads_.narrow(0, offset, n).view(p.sizes());
        offset += n;
    }
}

void FlatAdam::zeroGrad() { flatGrads_.zero_(); }

void FlatAdam::step() {
    ++step_;
    const double bc1 = 1.0 - std::pow(beta1_, double(step_));
    const double bc2 = 1.0 - std::pow(beta2_, double(step_));
    const double stepSize = lr_ / bc1;
    const double sqrtBc2 = std::sqrt(bc2);
    torch::NoGradGuard noGrad;
    if (flatParams_.is_cpu() && flatParams_.scalar_type() == torch::kFloat) {
        float* p = flatParams_.data_ptr<float>();
        const float* g = flatGrads_.data_ptr<float>();
        float* m = m_.data_ptr<float>();
        float* v = v_.data_ptr<float>();
        const float b1 = float(beta1_), b2 = float(beta2_), ob1 = float(1.0 - beta1_), ob2 = float(1.0 - beta2_);
        const float ss = float(stepSize), inv = float(1.0 / sqrtBc2), eps = float(eps_);
        at::parallel_for(0, flatParams_.numel(), 1 << 15, [&](int64_t begin, int64_t end) {
            for (int64_t i = begin; i < end; ++i) {
                const float gi = g[i];
                const float mi = b1 * m[i] + ob1 * gi;
                const float vi = b2 * v[i] + ob2 * gi * gi;
                m[i] = mi;
                v[i] = vi;
                p[i] -= ss * mi / (std::sqrt(vi) * inv + eps);
            }
        });
    } else {
        m_.mul_(beta1_).add_(flatGrads_, 1.0 - beta1_);
        v_.mul_(beta2_).addcmul_(flatGrads_, flatGrads_, 1.0 - beta2_);
        const torch::Tensor denom = (v_.sqrt() / sqrtBc2).add_(eps_);
        flatParams_.addcdiv_(m_, denom, -stepSize);
    }
    // The parameters are views made with set_data, so writes to the flat buffer do not reach their
    // version counters; bump them, so anything keyed on a weight's version (UpConv's cached phase
    // kernels) sees the step.
    for (const auto& param : params_) torch::autograd::impl::bump_version(param);
}

double scheduledLearningRate(double base, int it, int decayStart, int iterations) {
    if (it < decayStart || iterations <= decayStart) return base;
    const double rate = 1.0 / double(iterations - decayStart);  // fraction of base lost per iteration
    return std::max(0.0, base * (1.0 - rate * double(it - decayStart)));
}

}  // namespace cosingan::gan
