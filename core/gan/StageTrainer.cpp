// One stage of one scale: the iteration loop, the D and G steps with the full objective,
// previews and periodic checkpoints.
#include "Trainer.h"

#include "TrainStep.h"
#include "util/JobControl.h"

namespace cosingan::gan {

void Trainer::trainStage(int scale, int stage, StageNets& nets, int startIteration, LossHistory history) {
    const StageSchedule schedule = config_.schedule(scale, stage);
    const TrainingPhase phase = stage == 1 ? TrainingPhase::Stage1 : TrainingPhase::Stage2;
    nets.generator->train();
    nets.discriminator->train();
    const std::string key = "scale" + std::to_string(scale);
    for (int it = startIteration; it < schedule.iterations; ++it) {
        // Periodic checkpoints, and one at the start of every stage (not again where we resumed).
        if (it % config_.checkpointEvery == 0 && (it != startIteration || it == 0))
            writeCheckpoint(request_.modelFolder, {scale, stage, it, history, savedConfig()}, nets);
        if (observer_.stopRequested()) {
            writeCheckpoint(request_.modelFolder, {scale, stage, it, history, savedConfig()}, nets);
            manifest_["loss_history"][key]["stage" + std::to_string(stage)] = history.toJson();
            writeManifest(request_.modelFolder, manifest_);
            throw JobCancelled();
        }
        torch::manual_seed(iterationSeed(config_.seed, scale, stage, it));
        const double lr = scheduledLearningRate(schedule.learningRate, it, schedule.decayStart, schedule.iterations);
        nets.optG->setLearningRate(lr);
        nets.optD->setLearningRate(lr);
        const Losses losses = step(scale, stage, nets);
        history.add(it, losses.values);
        clock_.tick(scale, stage);
        report(phase, scale, it + 1, schedule.iterations, lr, losses);
        // The stage's last preview comes after its weights are rounded as they are stored (finalPreview).
        if ((it + 1) % config_.previewEvery == 0 && it + 1 < schedule.iterations) preview(scale, stage, it + 1, nets);
    }
    manifest_["loss_history"][key]["stage" + std::to_string(stage)] = history.toJson();
}

Trainer::Losses Trainer::step(int scale, int stage, StageNets& nets) {
    const StepContext ctx{config_, *augmenter_, pyramid_, vgg_, seg_};
    return Losses{trainingStep(ctx, scale, stage, nets)};
}

void Trainer::preview(int scale, int stage, int iteration, StageNets& nets) {
    previewOf(scale, stage, iteration, nets.generator, nets.stage1);
}

void Trainer::previewOf(int scale, int stage, int iteration, UNetGenerator generator, UNetGenerator stage1) {
    torch::NoGradGuard noGrad;
    const bool training = generator->is_training();
    generator->eval();
    torch::Tensor input = pyramid_.stage1Input(plain_.conditions, scale);
    if (stage == 2) input = stage1->forward(input);
    const torch::Tensor out = generator->forward(input);
    if (training) generator->train();
    TrainingPreview p;
    p.scaleIndex = scale;
    p.stage = stage;
    p.size = config_.scales[size_t(scale)].size;
    p.iteration = iteration;
    p.pixels = toEightBit(out).front();
    observer_.onPreview(p);
}

}  // namespace cosingan::gan
