#include "Synthesis.h"

#include "Augmentation.h"
#include "Device.h"
#include "LungBox.h"
#include "ModelStore.h"
#include "SlicePrep.h"

#include <fstream>
#include <map>
#include <sstream>

namespace cosingan::gan {

struct CoSinGanModel::Impl {
    std::string folder;
    LoadedModel model;
    torch::Device device;

    int lastScale(const SynthesisOptions& o) const {
        const int trained = model.pyramid.trainedScales();
        if (o.upToScale >= trained)
            throw UserInputError(COSINGAN_MESSAGE("Messages", "The model has %1 trained scales; scale %2 does not exist."),
                                 {std::to_string(trained), std::to_string(o.upToScale)});
        return o.upToScale < 0 ? trained - 1 : o.upToScale;
    }

    // Conditions per scale for a batch of prepared label maps [N,1,S,S].
    std::vector<torch::Tensor> conditions(const torch::Tensor& labels, int upTo, const SynthesisOptions& o) const {
        std::vector<torch::Tensor> c;
        const bool distinct = model.config.distinctLungConditions;
        for (int i = 0; i <= upTo; ++i) {
            const torch::Tensor l = resizeCondition(labels, model.config.scales[size_t(i)].size);
            RandomConditionSpec rc{o.deltaBackground, o.deltaLung, o.deltaInfection, o.randomConditionPerRegion};
            c.push_back(o.randomCondition ? randomisedCondition(l, rc, distinct) : labelsToCondition(l, distinct));
        }
        return c;
    }

    // Runs the pyramid; returns the finest output [N,1,s,s] and fills stage outputs if asked.
    torch::Tensor run(const std::vector<torch::Tensor>& conds, int upTo, const SynthesisOptions& o,
                      std::vector<GeneratorPyramid::StageOutputs>* stages) const {
        GeneratorPyramid& p = const_cast<GeneratorPyramid&>(model.pyramid);
        p.setForceDropout(o.dropout);
        torch::Tensor out = p.generate(conds, upTo, stages);
        p.setForceDropout(false);
        return out;
    }
};

CoSinGanModel::CoSinGanModel() = default;
CoSinGanModel::~CoSinGanModel() = default;

std::shared_ptr<CoSinGanModel> CoSinGanModel::load(const std::string& folder, const std::string& device) {
    const torch::Device d = resolveDevice(device);
    std::shared_ptr<CoSinGanModel> m(new CoSinGanModel());
    m->impl_ = std::make_unique<Impl>(Impl{folder, loadModel(folder, d), d});
    return m;
}

const GanConfig& CoSinGanModel::config() const { return impl_->model.config; }
int CoSinGanModel::trainedScales() const { return impl_->model.pyramid.trainedScales(); }
int CoSinGanModel::finestSize() const { return impl_->model.config.scales[size_t(trainedScales() - 1)].size; }
std::string CoSinGanModel::folder() const { return impl_->folder; }

bool CoSinGanModel::hasDropout() const {
    const GeneratorPyramid& p = impl_->model.pyramid;
    for (int i = 0; i < p.trainedScales(); ++i)
        if (p.stage1(i)->hasDropout() || (p.stage2(i) && p.stage2(i)->hasDropout())) return true;
    return false;
}

std::string CoSinGanModel::manifestText() const {
    std::ifstream in(manifestPath(impl_->folder));
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

namespace {

// What each mask's image covers: the whole mask or, for a lung-box model, the mask's lung box.
std::vector<SliceData> drawnFields(const std::vector<SliceData>& masks, const GanConfig& c, const SynthesisOptions& o,
                                   std::vector<PixelBox>& boxes) {
    std::vector<SliceData> fields;
    for (const auto& m : masks) {
        m.validateAsMask();
        const PixelBox b = !c.cropsToLungs() ? PixelBox{0, 0, m.width, m.height} : o.lungBox ? *o.lungBox : lungBox(m, c.lungCropMargin);
        boxes.push_back(b);
        fields.push_back(b.covers(m.width, m.height) ? m : cropSlice(m, b));
    }
    return fields;
}

// Every result says where it lies in its mask and carries the labels under it.
void placeResults(std::vector<SynthesisResult>& results, const std::vector<SliceData>& fields, const std::vector<PixelBox>& boxes) {
    for (size_t i = 0; i < results.size(); ++i) {
        results[i].x = boxes[i].x;
        results[i].y = boxes[i].y;
        results[i].labels = fields[i].labels;
    }
}

// Groups masks by size so that each group runs as batches.
std::map<std::pair<int, int>, std::vector<size_t>> groupBySize(const std::vector<SliceData>& masks) {
    std::map<std::pair<int, int>, std::vector<size_t>> groups;
    for (size_t i = 0; i < masks.size(); ++i) {
        masks[i].validateAsMask();
        groups[{masks[i].width, masks[i].height}].push_back(i);
    }
    return groups;
}

torch::Tensor preparedLabels(const std::vector<SliceData>& masks, const std::vector<size_t>& idx, size_t from,
                             size_t to, int workingSize, const torch::Device& device, SquareFit& fit) {
    std::vector<torch::Tensor> batch;
    for (size_t k = from; k < to; ++k) {
        SliceData maskOnly = masks[idx[k]];
        maskOnly.image.clear();
        PreparedSlice p = prepareSlice(maskOnly, workingSize, device);
        fit = p.fit;
        batch.push_back(p.labels);
    }
    return torch::cat(batch, 0);
}

void collectStages(const std::vector<GeneratorPyramid::StageOutputs>& stages, const GanConfig& config, size_t n,
                   std::vector<SynthesisResult>& results, const std::vector<size_t>& targets) {
    for (size_t s = 0; s < stages.size(); ++s) {
        const int size = config.scales[s].size;
        const auto one = toEightBit(stages[s].stage1), two = toEightBit(stages[s].stage2);
        for (size_t k = 0; k < n; ++k) {
            results[targets[k]].stages.push_back({int(s), 1, size, one[k]});
            results[targets[k]].stages.push_back({int(s), 2, size, two[k]});
        }
    }
}

}  // namespace

std::vector<SynthesisResult> CoSinGanModel::generate(const std::vector<SliceData>& masks,
                                                     const SynthesisOptions& o) const {
    torch::NoGradGuard noGrad;
    torch::manual_seed(o.seed);
    const int upTo = impl_->lastScale(o);
    std::vector<PixelBox> boxes;
    const std::vector<SliceData> fields = drawnFields(masks, config(), o, boxes);
    std::vector<SynthesisResult> results(masks.size());
    for (const auto& group : groupBySize(fields)) {
        const auto& idx = group.second;
        for (size_t from = 0; from < idx.size(); from += size_t(std::max(1, o.batchSize))) {
            const size_t to = std::min(idx.size(), from + size_t(std::max(1, o.batchSize)));
            SquareFit fit;
            const torch::Tensor labels = preparedLabels(fields, idx, from, to, impl_->model.config.augmentation.workingSize,
                                                        impl_->device, fit);
            std::vector<GeneratorPyramid::StageOutputs> stages;
            const torch::Tensor out = impl_->run(impl_->conditions(labels, upTo, o), upTo, o, o.intermediates ? &stages : nullptr);
            const auto images = restoreImages(out, fit);
            const std::vector<size_t> targets(idx.begin() + long(from), idx.begin() + long(to));
            for (size_t k = 0; k < images.size(); ++k) {
                SynthesisResult& r = results[targets[k]];
                r.width = fit.width;
                r.height = fit.height;
                r.image = images[k];
            }
            if (o.intermediates) collectStages(stages, impl_->model.config, images.size(), results, targets);
        }
    }
    placeResults(results, fields, boxes);
    return results;
}

std::vector<SynthesisResult> CoSinGanModel::generateFused(const CoSinGanModel& a, const CoSinGanModel& b,
                                                          const std::vector<SliceData>& masks,
                                                          const SynthesisOptions& o, const FusionOptions& fusion) {
    if (a.config().scales.size() < size_t(a.trainedScales()) || a.finestSize() != b.finestSize())
        throw UserInputError(COSINGAN_MESSAGE("Messages", "Image fusion needs two models of the same finest size (%1 vs %2 px)."),
                             {std::to_string(a.finestSize()), std::to_string(b.finestSize())});
    if (a.config().scales.size() != b.config().scales.size() || a.trainedScales() != b.trainedScales())
        throw UserInputError(COSINGAN_MESSAGE("Messages", "Image fusion needs two models with the same pyramid."), {});
    if (fusion.zeta > 1)
        throw UserInputError(COSINGAN_MESSAGE("Messages", "The fusion weight zeta must be in [0, 1]."), {});
    if (a.config().lungCropMargin != b.config().lungCropMargin)
        throw UserInputError(COSINGAN_MESSAGE("Messages", "Image fusion needs two models that draw the same field (one was "
                                                          "trained on the lung box alone, or with another margin)."),
                             {});
    torch::NoGradGuard noGrad;
    torch::manual_seed(o.seed);
    const int upTo = a.impl_->lastScale(o);
    std::vector<PixelBox> boxes;
    const std::vector<SliceData> fields = drawnFields(masks, a.config(), o, boxes);
    std::vector<SynthesisResult> results(masks.size());
    for (const auto& group : groupBySize(fields)) {
        const auto& idx = group.second;
        SquareFit fit;
        const torch::Tensor labels =
            preparedLabels(fields, idx, 0, idx.size(), a.config().augmentation.workingSize, a.impl_->device, fit);
        const auto conds = a.impl_->conditions(labels, upTo, o);  // the same condition for both models
        std::vector<torch::Tensor> condsB;
        for (const auto& c : conds) condsB.push_back(c.to(b.impl_->device));
        const torch::Tensor ia = a.impl_->run(conds, upTo, o, nullptr);
        const torch::Tensor ib = b.impl_->run(condsB, upTo, o, nullptr).to(ia.device());
        const int64_t n = ia.size(0);
        torch::Tensor zeta;
        if (fusion.zeta >= 0) {
            zeta = torch::full({n}, fusion.zeta);
        } else if (fusion.betaAlpha > 0) {
            // Beta(a, a) from two Gamma draws.
            const torch::Tensor x = torch::_standard_gamma(torch::full({n}, fusion.betaAlpha));
            const torch::Tensor y = torch::_standard_gamma(torch::full({n}, fusion.betaAlpha));
            zeta = x / (x + y);
        } else {
            zeta = torch::rand({n});
        }
        const torch::Tensor z = zeta.to(ia.device()).view({n, 1, 1, 1});
        const auto images = restoreImages(z * ia + (1 - z) * ib, fit);
        for (size_t k = 0; k < images.size(); ++k) {
            SynthesisResult& r = results[idx[k]];
            r.width = fit.width;
            r.height = fit.height;
            r.image = images[k];
            r.zeta = zeta[int64_t(k)].item<double>();
        }
    }
    placeResults(results, fields, boxes);
    return results;
}

}  // namespace cosingan::gan
