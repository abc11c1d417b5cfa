#pragma once
// The U-Net's up-sampling layer: a 4x4, stride-2, padding-1 transposed convolution (pix2pix), with
// its weights stored in ConvTranspose2d's layout [in, out, 4, 4].
//
// Two ways to compute the same function:
//  - Transposed: torch's conv_transpose2d (cuDNN on CUDA is fast).
//  - PhaseConvolution: every output pixel (2m+a, 2n+b) depends on a 2x2 input neighbourhood through
//    a fixed subset of the 4x4 kernel, so the layer equals one 3x3 convolution producing 4*out
//    channels (one per output phase (a, b), unused taps zero) followed by pixel_shuffle(2). On this
//    LibTorch CPU build conv_transpose2d runs on a slow im2col/BLAS path while conv2d runs on oneDNN,
//    so the phase form is several times faster there. Same weights, same outputs (a test checks).
#include <torch/torch.h>

namespace cosingan::gan {

struct UpConvImpl : torch::nn::Module {
    UpConvImpl(int64_t in, int64_t out, bool bias);
    torch::Tensor forward(const torch::Tensor& x);

    // The [4*out, in, 3, 3] kernel of the phase form (differentiable function of `weight`).
    torch::Tensor phaseKernel() const;

    torch::Tensor weight;  // [in, out, 4, 4], as ConvTranspose2d
    torch::Tensor bias;    // [out] or undefined
    bool usePhaseForm = true;
};
TORCH_MODULE(UpConv);

}  // namespace cosingan::gan
