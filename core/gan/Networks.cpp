#include "Networks.h"

#include <algorithm>
#include <stdexcept>

namespace cosingan::gan {

namespace nn = torch::nn;

UNetGeneratorImpl::UNetGeneratorImpl(int downs, int ngf, int inChannels, int outChannels, UpsamplingLayer upsampling)
    : downs_(downs), ngf_(ngf) {
    if (downs < 2) throw std::invalid_argument("a U-Net needs at least two down-samplings");
    const std::vector<int64_t> ch = channels();
    const int D = downs;
    auto conv = [](int64_t in, int64_t out) { return nn::Conv2d(nn::Conv2dOptions(in, out, 4).stride(2).padding(1).bias(false)); };
    for (int k = 0; k < D; ++k) {
        down_.push_back(register_module("down" + std::to_string(k), conv(k == 0 ? inChannels : ch[size_t(k - 1)], ch[size_t(k)])));
        if (k >= 1 && k <= D - 2)
            downNorm_.push_back(register_module("down_norm" + std::to_string(k), nn::BatchNorm2d(ch[size_t(k)])));
    }
    // Up-sampling layer k maps to ch[k-1] (k >= 1) or to the output (k == 0); the innermost takes
    // ch[D-1] channels, the others take the concatenation 2*ch[k].
    for (int k = 0; k < D; ++k) {
        const int64_t in = (k == D - 1) ? ch[size_t(k)] : 2 * ch[size_t(k)];
        const int64_t out = k == 0 ? outChannels : ch[size_t(k - 1)];
        up_.push_back(register_module("up" + std::to_string(k), UpConv(in, out, k == 0, upsampling)));
        if (k >= 1) upNorm_.push_back(register_module("up_norm" + std::to_string(k), nn::BatchNorm2d(out)));
        dropout_.push_back(k >= 1 && k <= D - 2 && ch[size_t(k)] == 8 * ngf && ch[size_t(k - 1)] == 8 * ngf);
    }
}

std::vector<int64_t> UNetGeneratorImpl::channels() const {
    std::vector<int64_t> ch;
    for (int k = 0; k < downs_; ++k) ch.push_back(int64_t(ngf_) * std::min(1 << k, 8));
    return ch;
}

bool UNetGeneratorImpl::hasDropout() const {
    for (bool d : dropout_)
        if (d) return true;
    return false;
}

void UNetGeneratorImpl::setUpsampling(UpsamplingKernel kernel) {
    for (auto& u : up_) u->kernel = kernel;
}

torch::Tensor UNetGeneratorImpl::forward(const torch::Tensor& x) {
    const int D = downs_;
    std::vector<torch::Tensor> d(static_cast<size_t>(D));
    d[0] = down_[0]->forward(x);
    for (int k = 1; k < D; ++k) {
        torch::Tensor h = down_[size_t(k)]->forward(torch::leaky_relu(d[size_t(k - 1)], 0.2));
        if (k <= D - 2) h = downNorm_[size_t(k - 1)]->forward(h);
        d[size_t(k)] = h;
    }
    const bool dropoutOn = is_training() || forceDropout_;
    torch::Tensor u = d[size_t(D - 1)];
    for (int k = D - 1; k >= 1; --k) {
        torch::Tensor y = upNorm_[size_t(k - 1)]->forward(up_[size_t(k)]->forward(torch::relu(u)));
        if (dropout_[size_t(k)]) y = torch::dropout(y, 0.5, dropoutOn);
        u = torch::cat({d[size_t(k - 1)], y}, 1);
    }
    return torch::tanh(up_[0]->forward(torch::relu(u)));
}

PatchDiscriminatorImpl::PatchDiscriminatorImpl(int convLayers, int ndf, int padding, int inChannels)
    : convLayers_(convLayers) {
    const int nLayers = convLayers - 2;
    auto conv = [&](int64_t in, int64_t out, int stride, bool bias) {
        return nn::Conv2d(nn::Conv2dOptions(in, out, 4).stride(stride).padding(padding).bias(bias));
    };
    auto leaky = [] { return nn::LeakyReLU(nn::LeakyReLUOptions().negative_slope(0.2)); };
    body_->push_back(conv(inChannels, ndf, 2, true));
    body_->push_back(leaky());
    int mult = 1;
    for (int n = 1; n < nLayers; ++n) {
        const int prev = mult;
        mult = std::min(1 << n, 8);
        body_->push_back(conv(int64_t(ndf) * prev, int64_t(ndf) * mult, 2, false));
        body_->push_back(nn::BatchNorm2d(int64_t(ndf) * mult));
        body_->push_back(leaky());
    }
    const int prev = mult;
    mult = std::min(1 << nLayers, 8);
    body_->push_back(conv(int64_t(ndf) * prev, int64_t(ndf) * mult, 1, false));
    body_->push_back(nn::BatchNorm2d(int64_t(ndf) * mult));
    body_->push_back(leaky());
    body_->push_back(conv(int64_t(ndf) * mult, 1, 1, true));
    register_module("body", body_);
}

torch::Tensor PatchDiscriminatorImpl::forward(const torch::Tensor& x) { return body_->forward(x); }

void initialiseWeights(torch::nn::Module& module) {
    torch::NoGradGuard noGrad;
    for (auto& m : module.modules(/*include_self=*/true)) {
        if (auto* c = m->as<nn::Conv2d>()) {
            c->weight.normal_(0.0, 0.02);
            if (c->bias.defined()) c->bias.zero_();
        } else if (auto* u = m->as<UpConv>()) {
            u->weight.normal_(0.0, 0.02);
            if (u->bias.defined()) u->bias.zero_();
        } else if (auto* b = m->as<nn::BatchNorm2d>()) {
            b->weight.normal_(1.0, 0.02);
            b->bias.zero_();
        }
    }
}

int64_t parameterCount(const torch::nn::Module& module) {
    int64_t n = 0;
    for (const auto& p : module.parameters()) n += p.numel();
    return n;
}

void copyWeights(const torch::nn::Module& from, torch::nn::Module& to) {
    torch::NoGradGuard noGrad;
    auto src = from.named_parameters(true);
    for (auto& p : to.named_parameters(true)) {
        const torch::Tensor* s = src.find(p.key());
        if (!s || s->sizes() != p.value().sizes()) throw std::runtime_error("copyWeights: architectures differ at " + p.key());
        p.value().copy_(*s);
    }
    auto srcBuffers = from.named_buffers(true);
    for (auto& b : to.named_buffers(true)) {
        const torch::Tensor* s = srcBuffers.find(b.key());
        if (!s) throw std::runtime_error("copyWeights: missing buffer " + b.key());
        b.value().copy_(*s);
    }
}

void setTrainable(torch::nn::Module& module, bool trainable) {
    for (auto& p : module.parameters(true)) p.set_requires_grad(trainable);
}

}  // namespace cosingan::gan
