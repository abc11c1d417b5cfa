// The feature networks of the reconstruction loss: VGG-19 from the user's TorchScript file (or off,
// saying so), and the segmentation U-Net — loaded, or first trained on the training slice itself
// with strong augmentation, as its own phase with progress [cosingan-spec.md "MS-FUL"].
#include "Trainer.h"

#include "util/JobControl.h"

#include <filesystem>

namespace fs = std::filesystem;

namespace cosingan::gan {

namespace {
std::string segmentationPath(const std::string& folder) { return (fs::path(folder) / "segmentation-unet.pt").string(); }
}  // namespace

void Trainer::prepareFeatureNetworks(bool resumed) {
    Json& features = manifest_["feature_losses"];
    if (config_.losses.vggFeatures > 0 && !config_.vggWeightsPath.empty()) {
        vgg_ = Vgg19Features();
        vgg_->loadTorchScript(config_.vggWeightsPath);
        vgg_->to(device_);
        vgg_->eval();
        features["ms_fvl"] = "on: VGG-19 weights from " + config_.vggWeightsPath;
    } else if (config_.losses.vggFeatures > 0) {
        features["ms_fvl"] = "off: no VGG-19 weights file was given";
        observer_.onMessage({COSINGAN_MESSAGE("Messages", "MS-FVL (the VGG-19 feature loss) is off: no ImageNet VGG-19 "
                                                          "weights file was given (the Train workspace's VGG-19 field, or "
                                                          "--vgg-weights; see docs/feature-networks.md)."),
                             {}});
    } else {
        features["ms_fvl"] = "off: weight 0";
    }

    if (config_.losses.unetFeatures <= 0) {
        features["ms_ful"] = "off: weight 0";
        return;
    }
    // Seeded, so that a pre-training restarted on resume starts from the same weights.
    torch::manual_seed(iterationSeed(config_.seed, -1, 0, -1));
    seg_ = SegmentationUNet(config_.segmentation.baseChannels, 4);
    seg_->to(device_);
    std::error_code ec;
    if (!config_.segmentation.weightsPath.empty()) {
        TensorFile::load(config_.segmentation.weightsPath, device_).restoreModule("seg.", *seg_);
        features["ms_ful"] = "on: segmentation U-Net from " + config_.segmentation.weightsPath;
    } else if (resumed && fs::exists(segmentationPath(request_.modelFolder), ec)) {
        TensorFile::load(segmentationPath(request_.modelFolder), device_).restoreModule("seg.", *seg_);
    } else if (config_.segmentation.pretrainIterations > 0) {
        pretrainSegmentation();
        features["ms_ful"] = "on: segmentation U-Net trained on the training slice (" +
                             std::to_string(config_.segmentation.pretrainIterations) + " iterations)";
    } else {
        seg_ = SegmentationUNet(nullptr);
        features["ms_ful"] = "off: no segmentation U-Net weights and no pre-training";
        return;
    }
    seg_->eval();
    setTrainable(*seg_, false);
    writeManifest(request_.modelFolder, manifest_);
}

void Trainer::pretrainSegmentation() {
    const SegmentationSpec& spec = config_.segmentation;
    seg_->train();
    FlatAdam opt(seg_->parameters(), spec.learningRate, 0.9, 0.999);
    // Class weights: the infection is small; weigh it up so its features matter.
    const torch::Tensor classWeights = torch::tensor({0.25f, 1.0f, 1.0f, 2.0f}).to(device_);
    LossHistory history(spec.pretrainIterations);
    const int scales = int(config_.scales.size());
    for (int it = 0; it < spec.pretrainIterations; ++it) {
        if (observer_.stopRequested()) {
            // A short phase: it starts again on resume (seeded, so the result is the same).
            writeSegmentationCheckpoint(request_.modelFolder, savedConfig());
            throw JobCancelled();
        }
        torch::manual_seed(iterationSeed(config_.seed, -1, 0, it));
        const int scale = it % scales;  // every scale in turn: features must work at all sizes
        const AugmentedPyramid b = augmenter_->sample(spec.batchSize, scale, AugmentationStrength::Strong);
        const torch::Tensor logits = seg_->forward(b.images[size_t(scale)]);
        const torch::Tensor target = b.labels[size_t(scale)].squeeze(1).to(torch::kLong);
        const torch::Tensor loss = torch::nn::functional::cross_entropy(
            logits, target, torch::nn::functional::CrossEntropyFuncOptions().weight(classWeights));
        opt.zeroGrad();
        loss.backward();
        opt.step();
        const Losses values{{{"CE", loss.item<double>()}}};
        history.add(it, values.values);
        clock_.tick(-1, 0);
        report(TrainingPhase::Segmentation, 0, it + 1, spec.pretrainIterations, spec.learningRate, values);
    }
    TensorFile f;
    f.putModule("seg.", *seg_);
    f.save(segmentationPath(request_.modelFolder));
    manifest_["loss_history"]["segmentation"] = history.toJson();
}

}  // namespace cosingan::gan
