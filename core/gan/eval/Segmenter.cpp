#include "Segmenter.h"

#include "../Device.h"
#include "../FeatureNets.h"
#include "util/JobControl.h"

#include <torch/torch.h>

#include <chrono>
#include <cmath>
#include <stdexcept>

namespace cosingan::gan {

namespace F = torch::nn::functional;

namespace {

constexpr int kClasses = 3;  // background, lungs, infection

// Labels 0..3 -> classes 0 (background), 1 (lungs), 2 (infection).
torch::Tensor classesOf(const LabelledSlice& s) {
    torch::Tensor l = torch::from_blob(const_cast<uint8_t*>(s.labels.data()), {1, 1, s.height, s.width}, torch::kUInt8).to(torch::kFloat);
    return torch::where(l >= 3, torch::full_like(l, 2), torch::where(l >= 1, torch::ones_like(l), torch::zeros_like(l)));
}

torch::Tensor imageOf(const LabelledSlice& s) {
    return torch::from_blob(const_cast<uint8_t*>(s.image.data()), {1, 1, s.height, s.width}, torch::kUInt8).to(torch::kFloat) / 255.0;
}

torch::Tensor resized(const torch::Tensor& x, int size, bool nearest) {
    auto o = F::InterpolateFuncOptions().size(std::vector<int64_t>{size, size});
    if (nearest) o.mode(torch::kNearest);
    else o.mode(torch::kBilinear).align_corners(false).antialias(false);
    return F::interpolate(x, o);
}

void check(const LabelledSlice& s, const char* role) {
    if (s.width < 8 || s.height < 8 || s.image.size() != size_t(s.width) * size_t(s.height) || s.labels.size() != s.image.size())
        throw std::invalid_argument(std::string("the ") + role + " slice '" + s.name + "' has no image and labels of one size");
}

// The yardstick's augmentation: rotation +-15 deg, scale 0.8-1.2, shift +-10 %, horizontal flips,
// intensity x0.9-1.1 and +-0.05; labels follow with nearest-neighbour sampling.
std::pair<torch::Tensor, torch::Tensor> augment(const torch::Tensor& x, const torch::Tensor& y) {
    const int64_t n = x.size(0);
    const auto cpu = torch::TensorOptions().dtype(torch::kFloat);
    const torch::Tensor angle = (torch::rand({n}, cpu) * 2 - 1) * (15.0 * M_PI / 180.0);
    const torch::Tensor scale = 0.8 + 0.4 * torch::rand({n}, cpu);
    torch::Tensor theta = torch::zeros({n, 2, 3}, cpu);
    theta.select(1, 0).select(1, 0).copy_(torch::cos(angle) / scale);
    theta.select(1, 0).select(1, 1).copy_(-torch::sin(angle) / scale);
    theta.select(1, 1).select(1, 0).copy_(torch::sin(angle) / scale);
    theta.select(1, 1).select(1, 1).copy_(torch::cos(angle) / scale);
    theta.select(2, 2).copy_((torch::rand({n, 2}, cpu) * 2 - 1) * 0.1);
    const torch::Tensor flip = torch::where(torch::rand({n}, cpu) < 0.5, torch::full({n}, -1.0f), torch::ones({n}));
    theta.select(1, 0).mul_(flip.unsqueeze(1));
    const torch::Tensor grid = F::affine_grid(theta.to(x.device()), x.sizes(), false);
    torch::Tensor xa = F::grid_sample(x, grid, F::GridSampleFuncOptions().mode(torch::kBilinear).padding_mode(torch::kBorder).align_corners(false));
    const torch::Tensor ya = F::grid_sample(y, grid, F::GridSampleFuncOptions().mode(torch::kNearest).padding_mode(torch::kZeros).align_corners(false));
    xa = xa * (0.9 + 0.2 * torch::rand({n, 1, 1, 1}, cpu).to(x.device())) + (torch::rand({n, 1, 1, 1}, cpu).to(x.device()) - 0.5) * 0.1;
    return {xa, ya};
}

}  // namespace

ScoreSummary summarise(const std::vector<double>& values) {
    ScoreSummary s;
    double sum = 0;
    for (double v : values)
        if (v >= 0) {
            sum += v;
            ++s.count;
        }
    if (s.count == 0) return s;
    s.mean = sum / s.count;
    double sq = 0;
    for (double v : values)
        if (v >= 0) sq += (v - s.mean) * (v - s.mean);
    s.sd = s.count > 1 ? std::sqrt(sq / (s.count - 1)) : 0.0;
    return s;
}

EvaluationResult trainAndTestSegmenter(const std::vector<LabelledSlice>& training, const std::vector<LabelledSlice>& test,
                                       const SegmenterOptions& o, const SegmenterProgress& progress) {
    if (training.empty()) throw std::invalid_argument("there is nothing to train the segmenter on");
    if (test.empty()) throw std::invalid_argument("there are no test slices");
    if (o.size < 32 || o.size % 16 != 0) throw std::invalid_argument("the segmenter size must be a multiple of 16, at least 32");
    if (o.iterations < 1 || o.batchSize < 1 || o.baseChannels < 1) throw std::invalid_argument("impossible segmenter options");
    bool weighted = false;
    for (const auto& s : training) {
        check(s, "training");
        if (!(s.weight > 0) || !std::isfinite(s.weight))
            throw std::invalid_argument("the training slice '" + s.name + "' has no positive sampling weight");
        weighted = weighted || s.weight != training.front().weight;
        if (!s.hasLungs)
            throw std::invalid_argument("the training slice '" + s.name + "' has no lung labels: the segmenter learns lungs and "
                                        "infection (propose the lungs first)");
    }
    for (const auto& s : test) check(s, "test");
    const auto started = std::chrono::steady_clock::now();
    const torch::Device device = resolveDevice(o.device);
    torch::manual_seed(o.seed);

    std::vector<torch::Tensor> images, classes;
    for (const auto& s : training) {
        images.push_back(resized(imageOf(s), o.size, false));
        classes.push_back(resized(classesOf(s), o.size, true));
    }
    const torch::Tensor X = torch::cat(images).to(device), Y = torch::cat(classes).to(device);
    // Uneven weights (e.g. one real slice among many synthetic ones): draw in proportion to them.
    std::vector<float> weights;
    for (const auto& s : training) weights.push_back(float(s.weight));
    const torch::Tensor drawWeights = torch::tensor(weights);

    SegmentationUNet net(o.baseChannels, kClasses);
    net->to(device);
    net->train();
    torch::optim::Adam opt(net->parameters(), torch::optim::AdamOptions(o.learningRate));
    EvaluationResult result;
    result.trainingSlices = int(training.size());
    for (int it = 0; it < o.iterations; ++it) {
        const torch::Tensor idx = (weighted ? torch::multinomial(drawWeights, o.batchSize, /*replacement=*/true)
                                            : torch::randint(int64_t(training.size()), {o.batchSize}, torch::kLong))
                                      .to(device);
        auto [x, y] = augment(X.index_select(0, idx), Y.index_select(0, idx));
        const torch::Tensor target = y.squeeze(1).to(torch::kLong);
        const torch::Tensor logits = net->forward(x);
        const torch::Tensor ce = F::cross_entropy(logits, target);
        const torch::Tensor prob = torch::softmax(logits, 1);
        torch::Tensor dice = torch::zeros({}, logits.options());
        for (int c = 1; c < kClasses; ++c) {
            const torch::Tensor p = prob.select(1, c), t = (target == c).to(torch::kFloat);
            dice = dice + 1 - (2 * (p * t).sum() + 1) / (p.sum() + t.sum() + 1);
        }
        const torch::Tensor loss = ce + dice / (kClasses - 1);
        opt.zero_grad();
        loss.backward();
        opt.step();
        if (progress && ((it + 1) % 10 == 0 || it + 1 == o.iterations)) {
            result.finalLoss = loss.item<double>();
            if (!progress(it + 1, o.iterations, result.finalLoss)) throw JobCancelled();
        }
    }

    net->eval();
    torch::NoGradGuard noGrad;
    std::vector<double> di, ni, dl, nl;
    for (const auto& s : test) {
        const torch::Tensor logits = net->forward(resized(imageOf(s), o.size, false).to(device));
        const torch::Tensor full = F::interpolate(logits, F::InterpolateFuncOptions()
                                                              .size(std::vector<int64_t>{s.height, s.width})
                                                              .mode(torch::kBilinear)
                                                              .align_corners(false));
        const torch::Tensor predicted = full.argmax(1)[0].to(torch::kCPU).to(torch::kUInt8).contiguous();
        std::vector<uint8_t> labels(predicted.data_ptr<uint8_t>(), predicted.data_ptr<uint8_t>() + predicted.numel());
        for (auto& v : labels) v = v == 2 ? 3 : v;  // back to label values: 1 lungs, 3 infection
        CaseScores c;
        c.name = s.name;
        const BinaryMask pi = maskOf(labels, s.width, s.height, EvaluatedLabel::Infection);
        const BinaryMask ti = maskOf(s.labels, s.width, s.height, EvaluatedLabel::Infection);
        c.diceInfection = diceCoefficient(pi, ti);
        c.nsdInfection = normalisedSurfaceDice(pi, ti, s.spacingX, s.spacingY, o.infectionToleranceMm);
        if (s.hasLungs) {
            const BinaryMask pl = maskOf(labels, s.width, s.height, EvaluatedLabel::Lungs);
            const BinaryMask tl = maskOf(s.labels, s.width, s.height, EvaluatedLabel::Lungs);
            c.diceLungs = diceCoefficient(pl, tl);
            c.nsdLungs = normalisedSurfaceDice(pl, tl, s.spacingX, s.spacingY, o.lungToleranceMm);
        }
        di.push_back(c.diceInfection);
        ni.push_back(c.nsdInfection);
        dl.push_back(c.diceLungs);
        nl.push_back(c.nsdLungs);
        result.cases.push_back(c);
    }
    result.diceInfection = summarise(di);
    result.nsdInfection = summarise(ni);
    result.diceLungs = summarise(dl);
    result.nsdLungs = summarise(nl);
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return result;
}

}  // namespace cosingan::gan
