#pragma once
// The U-Net's up-sampling layer: a 4x4, stride-2, padding-1 transposed convolution (pix2pix), with
// its weights stored in ConvTranspose2d's layout [in, out, 4, 4].
//
// Two ways to compute the same function:
//  - Transposed: torch's conv_transpose2d (cuDNN on CUDA; im2col + BLAS on this CPU build).
//  - PhaseConvolution: every output pixel (2m+a, 2n+b) depends on a 2x2 input neighbourhood through
//    a fixed 2x2 subset of the 4x4 kernel, so the layer equals four 2x2 convolutions, one per output
//    phase (a, b), on shifted windows of the padded input, interleaved. Exactly the transposed
//    convolution's FLOPs, on oneDNN's direct convolution. Rearranging the kernel costs a copy of
//    the weights, so it is cached while the weights need no gradient and their version is unchanged
//    (in-place writes bump the version; FlatAdam bumps it for its set_data views).
//    Same weights, same outputs (a test checks).
// Auto (the default) picks per call, from measurements (docs/benchmarks.md): the phase form on CPU
// when no gradient is needed (synthesis, previews, the frozen lower scales during training), where
// it is about 1.3x faster; conv_transpose2d when training, whose backward is faster that way, and
// on CUDA (cuDNN).
//
// With UpsamplingLayer::ResizeConvolution the layer is another function: nearest-neighbour doubling,
// then a 3x3 convolution (padding 1), weights [out, in, 3, 3]. Every output pixel then sees the same
// kernel, so there is no stride-2 overlap pattern to learn away (no checkerboard), at 9/4 of the
// transposed convolution's multiply-adds.
#include "gan/GanConfig.h"

#include <torch/torch.h>

namespace cosingan::gan {

struct UpConvImpl : torch::nn::Module {
    UpConvImpl(int64_t in, int64_t out, bool bias, UpsamplingLayer layer = UpsamplingLayer::TransposedConvolution);
    torch::Tensor forward(const torch::Tensor& x);

    // The four [out, in, 2, 2] kernels of the phase form, as [2 (a), 2 (b), out, in, 2, 2]
    // (a differentiable function of `weight`).
    torch::Tensor phaseKernels() const;

    bool resizes() const { return layer_ == UpsamplingLayer::ResizeConvolution; }

    torch::Tensor weight;  // [in, out, 4, 4], as ConvTranspose2d; [out, in, 3, 3] when resizing
    torch::Tensor bias;    // [out] or undefined
    UpsamplingKernel kernel = UpsamplingKernel::Auto;

private:
    UpsamplingLayer layer_;
    torch::Tensor phaseForward(const torch::Tensor& x, bool weightFixed);  // weightFixed: the kernel may be cached

    torch::Tensor cachedKernels_;
    const void* cachedFor_ = nullptr;
    int64_t cachedVersion_ = -1;
};
TORCH_MODULE(UpConv);

}  // namespace cosingan::gan
