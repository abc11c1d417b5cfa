#include "Pyramid.h"

#include <stdexcept>

namespace cosingan::gan {

namespace F = torch::nn::functional;

torch::Tensor upsampleTo(const torch::Tensor& x, int size) {
    return F::interpolate(x, F::InterpolateFuncOptions()
                                 .size(std::vector<int64_t>{size, size})
                                 .mode(torch::kBilinear)
                                 .align_corners(false));
}

GeneratorPyramid::GeneratorPyramid(const GanConfig& config, const torch::Device& device)
    : config_(config), device_(device) {}

UNetGenerator GeneratorPyramid::makeGenerator(int scale) const {
    const ScaleSpec& s = config_.scales.at(size_t(scale));
    UNetGenerator g(s.generatorDowns, config_.generatorBaseChannels, 1, 1, config_.upsamplingLayer);
    initialiseWeights(*g);
    g->setUpsampling(config_.upsampling);
    g->to(device_);
    return g;
}

PatchDiscriminator GeneratorPyramid::makeDiscriminator(int scale) const {
    const ScaleSpec& s = config_.scales.at(size_t(scale));
    PatchDiscriminator d(s.discriminatorConvs, config_.discriminatorBaseChannels, config_.discriminatorPadding);
    initialiseWeights(*d);
    d->to(device_);
    return d;
}

void GeneratorPyramid::setScale(int scale, UNetGenerator stage1, UNetGenerator stage2) {
    if (scale != trainedScales()) throw std::logic_error("scales must be installed in order");
    for (auto* g : {&stage1, &stage2}) {
        if (!*g) continue;  // a scale without stage 2
        (*g)->eval();
        (*g)->setUpsampling(config_.upsampling);
        setTrainable(**g, false);
    }
    stage1_.push_back(stage1);
    stage2_.push_back(stage2);
}

torch::Tensor GeneratorPyramid::stage1Input(const std::vector<torch::Tensor>& conditions, int scale) const {
    if (scale == 0) return conditions.at(0);
    if (scale > trainedScales()) throw std::logic_error("scale " + std::to_string(scale) + " needs the scales below it trained");
    torch::Tensor previous;
    {
        torch::NoGradGuard noGrad;
        previous = generate(conditions, scale - 1);
    }
    return upsampleTo(previous, config_.scales[size_t(scale)].size) + conditions.at(size_t(scale));
}

torch::Tensor GeneratorPyramid::generate(const std::vector<torch::Tensor>& conditions, int upTo,
                                         std::vector<StageOutputs>* intermediates) const {
    if (upTo >= trainedScales()) throw std::logic_error("generate: scale " + std::to_string(upTo) + " is not trained");
    torch::NoGradGuard noGrad;
    torch::Tensor out;
    for (int i = 0; i <= upTo; ++i) {
        const torch::Tensor& c = conditions.at(size_t(i));
        const torch::Tensor input = i == 0 ? c : upsampleTo(out, config_.scales[size_t(i)].size) + c;
        const torch::Tensor s1 = stage1_[size_t(i)].ptr()->forward(input);
        out = stage2_[size_t(i)] ? stage2_[size_t(i)].ptr()->forward(s1) : s1;
        if (intermediates) intermediates->push_back({s1, out});
    }
    return out;
}

void GeneratorPyramid::setForceDropout(bool on) {
    for (auto& g : stage1_) g->setForceDropout(on);
    for (auto& g : stage2_)
        if (g) g->setForceDropout(on);
}

}  // namespace cosingan::gan
