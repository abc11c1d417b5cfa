#pragma once
// Adam (as torch::optim::Adam, no weight decay) over one flat buffer: the module's parameters and
// their gradients become views into two contiguous tensors, so zeroing gradients is one memset and
// a step is a single fused pass over the buffers on the CPU (a handful of whole-buffer ops on
// CUDA), instead of ~8 kernels per parameter tensor. At small scales the per-parameter optimizer
// dominated a pix2pix step on this CPU (stack-notes.md).
#include <torch/torch.h>

#include <vector>

namespace cosingan::gan {

class FlatAdam {
public:
    FlatAdam(const std::vector<torch::Tensor>& parameters, double lr, double beta1, double beta2, double eps = 1e-8);

    void zeroGrad();
    void step();
    void setLearningRate(double lr) { lr_ = lr; }
    double learningRate() const { return lr_; }

    // State for checkpoints: first and second moments and the step count.
    torch::Tensor& expAvg() { return m_; }
    torch::Tensor& expAvgSq() { return v_; }
    int64_t stepCount() const { return step_; }
    void setStepCount(int64_t s) { step_ = s; }

private:
    std::vector<torch::Tensor> params_;
    torch::Tensor flatParams_, flatGrads_, m_, v_;
    double lr_, beta1_, beta2_, eps_;
    int64_t step_ = 0;
};

// Learning rate of iteration `it` (0-based): constant until decayStart, then linear to 0 at the
// last iteration [paper: 0.05 %/iteration after 2000 of 4000; 0.1 %/iteration after 1000 of 2000].
double scheduledLearningRate(double base, int it, int decayStart, int iterations);

}  // namespace cosingan::gan
