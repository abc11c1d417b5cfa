#include "FeatureNets.h"

#include "util/UserMessage.h"

#include <torch/script.h>

#include <map>
#include <stdexcept>

namespace cosingan::gan {

namespace nn = torch::nn;

Vgg19FeaturesImpl::Vgg19FeaturesImpl() {
    // torchvision's vgg19 "E" configuration up to relu5_1 (layer 29).
    const int cfg[] = {64, 64, -1, 128, 128, -1, 256, 256, 256, 256, -1, 512, 512, 512, 512, -1, 512};
    layers = nn::Sequential();
    int64_t in = 3;
    for (int c : cfg) {
        if (c < 0) {
            layers->push_back(nn::MaxPool2d(nn::MaxPool2dOptions(2).stride(2)));
        } else {
            layers->push_back(nn::Conv2d(nn::Conv2dOptions(in, c, 3).padding(1)));
            layers->push_back(nn::ReLU());
            in = c;
        }
    }
    register_module("features", layers);
    mean = register_buffer("mean", torch::tensor({0.485f, 0.456f, 0.406f}).view({1, 3, 1, 1}));
    stdev = register_buffer("std", torch::tensor({0.229f, 0.224f, 0.225f}).view({1, 3, 1, 1}));
    for (auto& p : parameters()) p.set_requires_grad(false);
}

std::vector<torch::Tensor> Vgg19FeaturesImpl::features(const torch::Tensor& image) {
    // relu1_1, relu2_1, relu3_1, relu4_1, relu5_1 are the outputs of layers 1, 6, 11, 20, 29.
    static const int taps[] = {1, 6, 11, 20, 29};
    torch::Tensor h = (((image + 1) * 0.5).expand({-1, 3, -1, -1}) - mean) / stdev;
    std::vector<torch::Tensor> out;
    size_t next = 0;
    for (size_t i = 0; i < layers->size() && next < 5; ++i) {
        h = layers[i]->as<nn::Conv2d>() ? layers[i]->as<nn::Conv2d>()->forward(h)
            : layers[i]->as<nn::ReLU>() ? torch::relu(h)
                                        : torch::max_pool2d(h, 2, 2);
        if (int(i) == taps[next]) {
            out.push_back(h);
            ++next;
        }
    }
    return out;
}

void Vgg19FeaturesImpl::loadTorchScript(const std::string& path) {
    torch::jit::script::Module scripted;
    try {
        scripted = torch::jit::load(path, torch::kCPU);
    } catch (const c10::Error& e) {
        throw UserError(COSINGAN_MESSAGE("Messages", "The VGG-19 weights '%1' cannot be loaded: not a TorchScript file "
                                                     "(%2)."),
                        {path, std::string(e.what_without_backtrace()).substr(0, 200)});
    }
    std::map<std::string, torch::Tensor> source;
    for (const auto& p : scripted.named_parameters(/*recurse=*/true)) {
        std::string name = p.name;
        if (name.rfind("features.", 0) == 0) name = name.substr(9);
        source[name] = p.value;
    }
    torch::NoGradGuard noGrad;
    int loaded = 0;
    for (auto& p : layers->named_parameters(true)) {
        auto it = source.find(p.key());
        if (it == source.end())
            throw UserError(COSINGAN_MESSAGE("Messages", "'%1' is not a VGG-19: it has no parameter '%2'."), {path, p.key()});
        if (it->second.sizes() != p.value().sizes())
            throw UserError(COSINGAN_MESSAGE("Messages", "'%1' is not a VGG-19: its parameter '%2' has another shape."),
                            {path, p.key()});
        p.value().copy_(it->second.to(p.value().device(), p.value().scalar_type()));
        ++loaded;
    }
    // Every parameter of the 13 convolutions up to conv5_1 (weights and biases) came from the file;
    // the file may hold more (the whole features block, or the whole network).
    const int expected = int(layers->named_parameters(true).size());
    if (loaded != expected || expected != 26)
        throw UserError(COSINGAN_MESSAGE("Messages", "'%1' does not hold the 13 convolutions of VGG-19 up to conv5_1."), {path});
}

namespace {
nn::Sequential doubleConv(int64_t in, int64_t out) {
    return nn::Sequential(nn::Conv2d(nn::Conv2dOptions(in, out, 3).padding(1).bias(false)), nn::BatchNorm2d(out),
                          nn::ReLU(), nn::Conv2d(nn::Conv2dOptions(out, out, 3).padding(1).bias(false)),
                          nn::BatchNorm2d(out), nn::ReLU());
}
}  // namespace

SegmentationUNetImpl::SegmentationUNetImpl(int baseChannels, int classes) : base(baseChannels) {
    std::vector<int64_t> c;
    for (int k = 0; k < 5; ++k) c.push_back(int64_t(baseChannels) << k);
    for (int k = 0; k < 5; ++k)
        encoder.push_back(register_module("enc" + std::to_string(k), doubleConv(k == 0 ? 1 : c[size_t(k - 1)], c[size_t(k)])));
    for (int k = 3; k >= 0; --k) {
        upsample.push_back(register_module("up" + std::to_string(k),
                                           nn::ConvTranspose2d(nn::ConvTranspose2dOptions(c[size_t(k + 1)], c[size_t(k)], 2).stride(2))));
        decoder.push_back(register_module("dec" + std::to_string(k), doubleConv(2 * c[size_t(k)], c[size_t(k)])));
    }
    head = register_module("head", nn::Conv2d(nn::Conv2dOptions(c[0], classes, 1)));
}

std::vector<torch::Tensor> SegmentationUNetImpl::features(const torch::Tensor& image) {
    std::vector<torch::Tensor> out;
    torch::Tensor h = image;
    for (size_t k = 0; k < encoder.size(); ++k) {
        if (k) h = torch::max_pool2d(h, 2);
        h = encoder[k]->forward(h);
        out.push_back(h);
    }
    return out;
}

torch::Tensor SegmentationUNetImpl::forward(const torch::Tensor& image) {
    std::vector<torch::Tensor> skips = features(image);
    torch::Tensor h = skips.back();
    for (size_t i = 0; i < decoder.size(); ++i) {
        const torch::Tensor& skip = skips[skips.size() - 2 - i];
        h = upsample[i]->forward(h);
        h = decoder[i]->forward(torch::cat({skip, h}, 1));
    }
    return head->forward(h);
}

}  // namespace cosingan::gan
