#include "GanConfig.h"

#include <cmath>
#include <stdexcept>

namespace cosingan::gan {

std::vector<ScaleSpec> paperScales() {
    const int sizes[] = {32, 48, 64, 96, 128, 192, 256, 384, 512};
    const int downs[] = {4, 4, 5, 5, 6, 6, 7, 7, 7};
    const int convs[] = {6, 6, 7, 7, 8, 8, 9, 9, 9};
    std::vector<ScaleSpec> s;
    for (int i = 0; i < 9; ++i) s.push_back({sizes[i], downs[i], convs[i]});
    return s;
}

namespace {

[[noreturn]] void bad(const std::string& what) { throw std::invalid_argument("invalid configuration: " + what); }

void checkStage(const StageSchedule& s, const char* name) {
    if (s.iterations < 1) bad(std::string(name) + " needs at least one iteration");
    if (!(s.learningRate > 0) || s.learningRate > 1) bad(std::string(name) + " learning rate must be in (0, 1]");
    if (s.decayStart < 0 || s.decayStart > s.iterations)
        bad(std::string(name) + " learning-rate decay must start between 0 and the iteration count");
}

Json scheduleJson(const StageSchedule& s) {
    Json j = Json::object();
    j["iterations"] = s.iterations;
    j["learning_rate"] = s.learningRate;
    j["decay_start"] = s.decayStart;
    return j;
}

StageSchedule scheduleFrom(const Json* j, StageSchedule s) {
    if (!j) return s;
    s.iterations = j->value("iterations", s.iterations);
    s.learningRate = j->value("learning_rate", s.learningRate);
    s.decayStart = j->value("decay_start", s.decayStart);
    return s;
}

const char* kernelName(UpsamplingKernel k) {
    switch (k) {
    case UpsamplingKernel::Transposed: return "transposed";
    case UpsamplingKernel::PhaseConvolution: return "phase-convolution";
    default: return "auto";
    }
}

UpsamplingKernel kernelFrom(const std::string& s) {
    if (s == "transposed") return UpsamplingKernel::Transposed;
    if (s == "phase-convolution") return UpsamplingKernel::PhaseConvolution;
    if (s == "auto") return UpsamplingKernel::Auto;
    bad("unknown upsampling kernel '" + s + "' (auto, transposed, phase-convolution)");
}

const char* layerName(UpsamplingLayer l) {
    return l == UpsamplingLayer::ResizeConvolution ? "resize-convolution" : "transposed-convolution";
}

UpsamplingLayer layerFrom(const std::string& s) {
    if (s == "transposed-convolution") return UpsamplingLayer::TransposedConvolution;
    if (s == "resize-convolution") return UpsamplingLayer::ResizeConvolution;
    bad("unknown up-sampling layer '" + s + "' (transposed-convolution, resize-convolution)");
}

}  // namespace

StageSchedule GanConfig::schedule(int scale, int stage) const {
    const StageSchedule& global = stage == 1 ? stage1 : stage2;
    const ScaleSpec& s = scales.at(size_t(scale));
    const int own = stage == 1 ? s.stage1Iterations : s.stage2Iterations;
    if (own <= 0) return global;
    StageSchedule out = global;
    out.iterations = own;
    out.decayStart = int(std::lround(double(own) * global.decayStart / std::max(1, global.iterations)));
    return out;
}

void GanConfig::setIterations(int stage, int n) {
    StageSchedule& global = stage == 1 ? stage1 : stage2;
    const double constantShare = double(global.decayStart) / std::max(1, global.iterations);
    global.iterations = n;
    global.decayStart = int(std::lround(n * constantShare));
    for (ScaleSpec& s : scales) {
        int& own = stage == 1 ? s.stage1Iterations : s.stage2Iterations;
        if (own > 0) own = 0;
    }
}

int GanConfig::batchAt(int scale) const {
    const int b = scales.at(size_t(scale)).batchSize;
    return b > 0 ? b : batchSize;
}

int GanConfig::iterationsAt(int scale) const {
    return schedule(scale, 1).iterations + (hasStage2(scale) ? schedule(scale, 2).iterations : 0);
}

void GanConfig::validate() const {
    if (scales.empty()) bad("at least one scale is needed");
    int previous = 0;
    for (size_t i = 0; i < scales.size(); ++i) {
        const ScaleSpec& s = scales[i];
        const std::string at = "scale " + std::to_string(i) + " (" + std::to_string(s.size) + " px)";
        if (s.size < 16 || s.size > 2048) bad(at + ": size must be between 16 and 2048");
        if (s.size <= previous) bad(at + ": scales must grow from coarse to fine");
        if (s.generatorDowns < 2 || (1 << s.generatorDowns) > s.size)
            bad(at + ": " + std::to_string(s.generatorDowns) + " down-samplings do not fit " + std::to_string(s.size) + " px");
        if (s.size % (1 << s.generatorDowns) != 0)
            bad(at + ": the size must be divisible by 2^" + std::to_string(s.generatorDowns) + " for the U-Net skip connections");
        if (s.discriminatorConvs < 3 || s.discriminatorConvs > 12) bad(at + ": discriminator needs 3..12 conv layers");
        if (s.stage1Iterations < 0) bad(at + ": stage-1 iterations must be >= 0 (0: the global count)");
        if (s.batchSize < 0 || s.batchSize > 256) bad(at + ": batch size must be 0 (global) .. 256");
        if (s.trainCrop != 0 && (s.trainCrop > s.size || s.trainCrop % (1 << s.generatorDowns) != 0 || s.trainCrop < 16))
            bad(at + ": a training crop must fit the scale and be divisible by 2^" + std::to_string(s.generatorDowns));
        previous = s.size;
    }
    if (generatorBaseChannels < 1 || generatorBaseChannels > 256) bad("generator base channels must be 1..256");
    if (discriminatorBaseChannels < 1 || discriminatorBaseChannels > 256) bad("discriminator base channels must be 1..256");
    if (discriminatorPadding < 0 || discriminatorPadding > 3) bad("discriminator padding must be 0..3");
    checkStage(stage1, "stage 1");
    checkStage(stage2, "stage 2");
    if (batchSize < 1 || batchSize > 256) bad("batch size must be 1..256");
    if (!(adamBeta1 >= 0 && adamBeta1 < 1) || !(adamBeta2 >= 0 && adamBeta2 < 1)) bad("Adam betas must be in [0, 1)");
    const LossWeights& w = losses;
    for (double v : {w.adversarial, w.wppl, w.l1, w.msssim, w.vggFeatures, w.unetFeatures, w.classBackground, w.classLung,
                     w.classInfection})
        if (!(v >= 0) || !std::isfinite(v)) bad("loss weights must be finite and non-negative");
    const AugmentationSpec& a = augmentation;
    if (a.workingSize < finestSize()) bad("augmentation working size must be at least the finest scale");
    for (double c : {a.strongCropMinFirst, a.strongCropMinLast, a.weakCropMin})
        if (!(c > 0 && c <= 1)) bad("crop fractions must be in (0, 1]");
    if (a.elasticGrid < 2 || a.elasticGrid > 64) bad("elastic control grid must be 2..64");
    if (segmentation.pretrainIterations < 0) bad("segmentation pre-training iterations must be >= 0");
    if (segmentation.baseChannels < 1) bad("segmentation base channels must be positive");
    if (cropsToLungs() && !(lungCropMargin <= 1)) bad("the lung box margin must be between 0 and 1 (a fraction of the box)");
    if (device != "cpu" && device.rfind("cuda", 0) != 0) bad("device must be cpu or cuda[:N], not '" + device + "'");
    if (threads < 0 || blasThreads < 0) bad("thread counts must be >= 0");
    if (previewEvery < 1 || checkpointEvery < 1) bad("preview and checkpoint intervals must be >= 1");
}

Json GanConfig::toJson() const {
    Json j = Json::object();
    j["preset"] = preset;
    Json sc = Json::array();
    for (const auto& s : scales) {
        Json e = Json::object();
        e["size"] = s.size;
        e["generator_downs"] = s.generatorDowns;
        e["discriminator_convs"] = s.discriminatorConvs;
        if (s.stage1Iterations) e["stage1_iterations"] = s.stage1Iterations;
        if (s.stage2Iterations) e["stage2_iterations"] = s.stage2Iterations;
        if (s.batchSize) e["batch_size"] = s.batchSize;
        if (s.trainCrop) e["train_crop"] = s.trainCrop;
        sc.push_back(e);
    }
    j["scales"] = sc;
    j["generator_base_channels"] = generatorBaseChannels;
    j["discriminator_base_channels"] = discriminatorBaseChannels;
    j["discriminator_padding"] = discriminatorPadding;
    j["initialise_from_previous_scale"] = initialiseFromPreviousScale;
    j["stage1"] = scheduleJson(stage1);
    j["stage2"] = scheduleJson(stage2);
    j["batch_size"] = batchSize;
    j["adam_beta1"] = adamBeta1;
    j["adam_beta2"] = adamBeta2;
    Json l = Json::object();
    l["adversarial"] = losses.adversarial;
    l["wppl"] = losses.wppl;
    if (losses.l1 > 0) l["l1"] = losses.l1;  // only where used: older manifests stay as they were
    l["msssim"] = losses.msssim;
    l["vgg_features"] = losses.vggFeatures;
    l["unet_features"] = losses.unetFeatures;
    l["class_weights"] = std::vector<double>{losses.classBackground, losses.classLung, losses.classInfection};
    j["losses"] = l;
    j["vgg_weights"] = vggWeightsPath;
    Json seg = Json::object();
    seg["weights"] = segmentation.weightsPath;
    seg["pretrain_iterations"] = segmentation.pretrainIterations;
    seg["base_channels"] = segmentation.baseChannels;
    seg["learning_rate"] = segmentation.learningRate;
    seg["batch_size"] = segmentation.batchSize;
    j["segmentation"] = seg;
    const AugmentationSpec& a = augmentation;
    Json aug = Json::object();
    aug["working_size"] = a.workingSize;
    aug["strong_crop_min"] = std::vector<double>{a.strongCropMinFirst, a.strongCropMinLast};
    aug["strong_rotation_deg"] = std::vector<double>{a.strongRotationFirst, a.strongRotationLast};
    aug["strong_elastic"] = std::vector<double>{a.strongElasticFirst, a.strongElasticLast};
    aug["elastic_grid"] = a.elasticGrid;
    aug["weak_crop_min"] = a.weakCropMin;
    aug["weak_rotation_deg"] = a.weakRotation;
    aug["flips"] = a.flips;
    j["augmentation"] = aug;
    j["upsampling"] = kernelName(upsampling);
    j["upsampling_layer"] = layerName(upsamplingLayer);
    j["distinct_lung_conditions"] = distinctLungConditions;
    if (cropsToLungs()) {  // only where used: older manifests stay as they were
        Json crop = Json::object();
        crop["margin"] = lungCropMargin;
        j["crop_to_lungs"] = crop;
    }
    j["seed"] = seed;
    j["deterministic"] = deterministic;
    j["device"] = device;
    j["threads"] = threads;
    j["blas_threads"] = blasThreads;
    j["preview_every"] = previewEvery;
    j["checkpoint_every"] = checkpointEvery;
    return j;
}

GanConfig GanConfig::fromJson(const Json& j) {
    GanConfig c = makePreset("paper");
    c.preset = j.value("preset", c.preset.c_str());
    if (const Json* sc = j.find("scales")) {
        c.scales.clear();
        for (const Json& e : sc->asArray()) {
            ScaleSpec spec{e.at("size").asInt(), e.at("generator_downs").asInt(), e.at("discriminator_convs").asInt()};
            spec.stage1Iterations = e.value("stage1_iterations", 0);
            spec.stage2Iterations = e.value("stage2_iterations", 0);
            spec.batchSize = e.value("batch_size", 0);
            spec.trainCrop = e.value("train_crop", 0);
            c.scales.push_back(spec);
        }
    }
    c.generatorBaseChannels = j.value("generator_base_channels", c.generatorBaseChannels);
    c.discriminatorBaseChannels = j.value("discriminator_base_channels", c.discriminatorBaseChannels);
    c.discriminatorPadding = j.value("discriminator_padding", c.discriminatorPadding);
    c.initialiseFromPreviousScale = j.value("initialise_from_previous_scale", c.initialiseFromPreviousScale);
    c.stage1 = scheduleFrom(j.find("stage1"), c.stage1);
    c.stage2 = scheduleFrom(j.find("stage2"), c.stage2);
    c.batchSize = j.value("batch_size", c.batchSize);
    c.adamBeta1 = j.value("adam_beta1", c.adamBeta1);
    c.adamBeta2 = j.value("adam_beta2", c.adamBeta2);
    if (const Json* l = j.find("losses")) {
        c.losses.adversarial = l->value("adversarial", c.losses.adversarial);
        c.losses.wppl = l->value("wppl", c.losses.wppl);
        c.losses.l1 = l->value("l1", 0.0);
        c.losses.msssim = l->value("msssim", c.losses.msssim);
        c.losses.vggFeatures = l->value("vgg_features", c.losses.vggFeatures);
        c.losses.unetFeatures = l->value("unet_features", c.losses.unetFeatures);
        if (const Json* w = l->find("class_weights")) {
            const auto& a = w->asArray();
            if (a.size() != 3) bad("class_weights needs three values (background, lung, infection)");
            c.losses.classBackground = a[0].asNumber();
            c.losses.classLung = a[1].asNumber();
            c.losses.classInfection = a[2].asNumber();
        }
    }
    c.vggWeightsPath = j.value("vgg_weights", c.vggWeightsPath.c_str());
    if (const Json* s = j.find("segmentation")) {
        c.segmentation.weightsPath = s->value("weights", c.segmentation.weightsPath.c_str());
        c.segmentation.pretrainIterations = s->value("pretrain_iterations", c.segmentation.pretrainIterations);
        c.segmentation.baseChannels = s->value("base_channels", c.segmentation.baseChannels);
        c.segmentation.learningRate = s->value("learning_rate", c.segmentation.learningRate);
        c.segmentation.batchSize = s->value("batch_size", c.segmentation.batchSize);
    }
    if (const Json* a = j.find("augmentation")) {
        AugmentationSpec& g = c.augmentation;
        auto pair = [&](const char* key, double& first, double& last) {
            if (const Json* v = a->find(key)) {
                if (v->size() != 2) bad(std::string(key) + " needs two values (first scale, last scale)");
                first = v->asArray()[0].asNumber();
                last = v->asArray()[1].asNumber();
            }
        };
        g.workingSize = a->value("working_size", g.workingSize);
        pair("strong_crop_min", g.strongCropMinFirst, g.strongCropMinLast);
        pair("strong_rotation_deg", g.strongRotationFirst, g.strongRotationLast);
        pair("strong_elastic", g.strongElasticFirst, g.strongElasticLast);
        g.elasticGrid = a->value("elastic_grid", g.elasticGrid);
        g.weakCropMin = a->value("weak_crop_min", g.weakCropMin);
        g.weakRotation = a->value("weak_rotation_deg", g.weakRotation);
        g.flips = a->value("flips", g.flips);
    }
    c.upsampling = kernelFrom(j.value("upsampling", "auto"));
    c.upsamplingLayer = layerFrom(j.value("upsampling_layer", "transposed-convolution"));
    c.distinctLungConditions = j.value("distinct_lung_conditions", c.distinctLungConditions);
    if (const Json* crop = j.find("crop_to_lungs"); crop && !crop->isNull()) c.lungCropMargin = crop->value("margin", 0.1);
    c.seed = j.valueUInt64("seed", c.seed);
    c.deterministic = j.value("deterministic", c.deterministic);
    c.device = j.value("device", c.device.c_str());
    c.threads = j.value("threads", c.threads);
    c.blasThreads = j.value("blas_threads", c.blasThreads);
    c.previewEvery = j.value("preview_every", c.previewEvery);
    c.checkpointEvery = j.value("checkpoint_every", c.checkpointEvery);
    return c;
}

}  // namespace cosingan::gan
