#include "UpConv.h"

namespace cosingan::gan {

UpConvImpl::UpConvImpl(int64_t in, int64_t out, bool withBias) {
    weight = register_parameter("weight", torch::empty({in, out, 4, 4}));
    if (withBias) bias = register_parameter("bias", torch::zeros({out}));
    torch::nn::init::normal_(weight, 0.0, 0.02);
}

torch::Tensor UpConvImpl::phaseKernel() const {
    // Output row 2m+a takes input rows m-1, m, m+1 (3x3 window offsets r = 0, 1, 2) with kernel rows:
    //   a = 0: r0 -> ky 3, r1 -> ky 1, r2 -> none;   a = 1: r0 -> none, r1 -> ky 2, r2 -> ky 0.
    // Index 4 points at an appended zero row/column ("none"). Columns follow the same table.
    static const int64_t table[6] = {3, 1, 4, 4, 2, 0};
    const auto opts = torch::TensorOptions().dtype(torch::kLong).device(weight.device());
    const torch::Tensor idx = torch::from_blob(const_cast<int64_t*>(table), {6}, torch::kLong).to(opts);
    const int64_t in = weight.size(0), out = weight.size(1);
    torch::Tensor w = torch::constant_pad_nd(weight, {0, 1, 0, 1});  // [in, out, 5, 5]
    w = w.index_select(2, idx).index_select(3, idx);                   // [in, out, 6(a,r), 6(b,c)]
    w = w.view({in, out, 2, 3, 2, 3});                                 // [in, out, a, r, b, c]
    return w.permute({1, 2, 4, 0, 3, 5}).reshape({out * 4, in, 3, 3}); // channel = o*4 + a*2 + b
}

torch::Tensor UpConvImpl::forward(const torch::Tensor& x) {
    if (!usePhaseForm) return torch::conv_transpose2d(x, weight, bias, 2, 1);
    torch::Tensor phaseBias;
    if (bias.defined()) phaseBias = bias.repeat_interleave(4);
    torch::Tensor y = torch::conv2d(x, phaseKernel(), phaseBias, 1, 1);
    return torch::pixel_shuffle(y, 2);
}

}  // namespace cosingan::gan
