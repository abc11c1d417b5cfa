#include "UpConv.h"

#include <stdexcept>

namespace cosingan::gan {

UpConvImpl::UpConvImpl(int64_t in, int64_t out, bool withBias, UpsamplingLayer layer) : layer_(layer) {
    weight = register_parameter("weight", resizes() ? torch::empty({out, in, 3, 3}) : torch::empty({in, out, 4, 4}));
    if (withBias) bias = register_parameter("bias", torch::zeros({out}));
    torch::nn::init::normal_(weight, 0.0, 0.02);
}

torch::Tensor UpConvImpl::phaseKernels() const {
    if (resizes()) throw std::logic_error("a resize-convolution layer has no phase kernels");
    // Write a kernel index as k = 2h + l. Output row 2m+a reads input rows m-1+a+t (t = 0, 1 in the
    // padded window) through kernel row k = 3-a-2t, i.e. l = 1-a and h = 1-t; columns likewise.
    // So the phase kernels are the 4x4 kernel viewed as [h, l] x [h, l] with every axis flipped.
    const int64_t in = weight.size(0), out = weight.size(1);
    const torch::Tensor w = weight.view({in, out, 2, 2, 2, 2}).flip({2, 3, 4, 5});  // [in, out, t, a, tc, b]
    return w.permute({3, 5, 1, 0, 2, 4}).contiguous();                            // [a, b, out, in, t, tc]
}

torch::Tensor UpConvImpl::forward(const torch::Tensor& x) {
    if (resizes()) {
        const torch::Tensor doubled = torch::upsample_nearest2d(x, {2 * x.size(2), 2 * x.size(3)});
        return torch::conv2d(doubled, weight, bias, 1, 1);
    }
    const bool weightFixed = !torch::GradMode::is_enabled() || !weight.requires_grad();
    const bool noGradient = weightFixed && (!torch::GradMode::is_enabled() || !x.requires_grad());
    const bool phase = kernel == UpsamplingKernel::PhaseConvolution ||
                       (kernel == UpsamplingKernel::Auto && noGradient && weight.is_cpu());
    if (!phase) return torch::conv_transpose2d(x, weight, bias, 2, 1);
    return phaseForward(x, weightFixed);
}

torch::Tensor UpConvImpl::phaseForward(const torch::Tensor& x, bool weightFixed) {
    torch::Tensor k;
    if (weightFixed && cachedKernels_.defined() && cachedFor_ == weight.data_ptr() && cachedVersion_ == weight._version()) {
        k = cachedKernels_;
    } else {
        k = phaseKernels();
        if (weightFixed) {
            cachedKernels_ = k;
            cachedFor_ = weight.data_ptr();
            cachedVersion_ = weight._version();
        } else {
            cachedKernels_ = torch::Tensor();
        }
    }
    const int64_t H = x.size(2), W = x.size(3);
    const torch::Tensor padded = torch::constant_pad_nd(x, {1, 1, 1, 1});
    std::vector<torch::Tensor> phases;
    for (int a = 0; a < 2; ++a)
        for (int b = 0; b < 2; ++b) {
            const torch::Tensor window = padded.narrow(2, a, H + 1).narrow(3, b, W + 1);
            phases.push_back(torch::conv2d(window, k[a][b], bias));  // [N, out, H, W]
        }
    // Interleave: out[n, o, 2m+a, 2j+b] = phases[a*2+b][n, o, m, j].
    const int64_t N = x.size(0), C = phases[0].size(1);
    return torch::stack(phases, 0).view({2, 2, N, C, H, W}).permute({2, 3, 4, 0, 5, 1}).reshape({N, C, 2 * H, 2 * W});
}

}  // namespace cosingan::gan
