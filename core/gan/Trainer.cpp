#include "Trainer.h"

#include "Device.h"
#include "SliceBundle.h"
#include "util/AtomicFile.h"
#include "util/FileSafety.h"
#include "util/JobControl.h"
#include "util/Timestamp.h"

#include <filesystem>

namespace fs = std::filesystem;

namespace cosingan::gan {

const char* phaseName(TrainingPhase phase) {
    switch (phase) {
    case TrainingPhase::Preparing: return "preparing";
    case TrainingPhase::Segmentation: return "segmentation U-Net";
    case TrainingPhase::Stage1: return "stage 1";
    case TrainingPhase::Stage2: return "stage 2";
    case TrainingPhase::Finished: return "finished";
    }
    return "";
}

uint64_t iterationSeed(uint64_t seed, int scale, int stage, int iteration) {
    uint64_t h = seed * 0x9E3779B97F4A7C15ull;
    for (uint64_t v : {uint64_t(scale + 7), uint64_t(stage + 3), uint64_t(iteration)}) {
        h ^= v + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
    }
    return h & 0x7FFFFFFFFFFFFFFFull;
}

bool modelIsComplete(const std::string& folder) {
    try {
        const Json m = readManifest(folder);
        if (m.value("complete", false)) return true;
        // A model whose every scale was saved but that was stopped before it said so (the window
        // between the last scale and the word "complete") is finished too.
        const int scales = int(m.at("config").at("scales").size());
        return scales > 0 && m.value("trained_scales", 0) == scales && m.at("weights").size() == size_t(scales);
    } catch (const std::exception&) {
        return false;
    }
}

void requireResumable(const std::string& folder) {
    const Json m = readManifest(folder);  // says what is wrong with a folder that is not a model
    if (modelIsComplete(folder)) {
        removeCheckpoint(folder);  // stale: the model was finished after it was written
        throw UserError(COSINGAN_MESSAGE("Messages", "The model in '%1' is finished (%2 scales trained): there is nothing "
                                                     "to resume."),
                        {folder, std::to_string(m.value("trained_scales", 0))});
    }
    if (describeCheckpoint(folder).empty())
        throw UserError(COSINGAN_MESSAGE("Messages", "There is no checkpoint to resume in '%1' (the training stopped "
                                                     "before its first checkpoint): start the training again."),
                        {folder});
}

namespace {
int segmentationIterations(const GanConfig& c) {
    const bool wanted = c.losses.unetFeatures > 0 && c.segmentation.weightsPath.empty();
    return wanted ? c.segmentation.pretrainIterations : 0;
}
}  // namespace

Trainer::Trainer(const TrainingRequest& request, TrainingObserver& observer)
    : request_(request),
      observer_(observer),
      config_(request.config),
      device_(resolveDevice(request.config.device)),
      pyramid_(request.config, device_),
      clock_(request.config, segmentationIterations(request.config)) {
    config_.validate();
    request_.slice.validateForTraining();
    configureThreads(config_.threads, config_.blasThreads);
    requireDeterminism(config_.deterministic);
    torch::manual_seed(config_.seed);
    // A lung-box model trains on the box alone; the full slice is what the folder keeps (resume
    // finds the same box again).
    if (config_.cropsToLungs()) lungBox_ = lungBox(request_.slice, config_.lungCropMargin);
    slice_ = prepareSlice(lungBox_ ? cropSlice(request_.slice, *lungBox_) : request_.slice, config_.augmentation.workingSize, device_);
    augmenter_ = std::make_unique<Augmenter>(config_, slice_.image, slice_.labels);
    plain_ = augmenter_->pyramid(slice_.image, slice_.labels, int(config_.scales.size()) - 1);
}

Json Trainer::savedConfig() const {
    // What must not change between a checkpoint and its resumption (device and pacing may).
    Json j = config_.toJson();
    for (const char* volatileKey : {"device", "threads", "blas_threads", "preview_every", "checkpoint_every"}) j[volatileKey] = nullptr;
    return j;
}

TrainingResult Trainer::run() {
    started_ = std::chrono::steady_clock::now();
    const std::string& folder = request_.modelFolder;
    observer_.onMessage({COSINGAN_MESSAGE("Messages", "Training on %1: %2"), {device_.is_cuda() ? "CUDA" : "CPU", runtimeSummary()}});

    CheckpointState state;
    TensorFile tensors;
    if (request_.resume) {
        requireResumable(folder);
        const int removed = removeOrphanedTemporaries(folder);  // what an interrupted save left behind
        if (removed > 0)
            observer_.onMessage({COSINGAN_MESSAGE("Messages", "Removed %1 unfinished save(s) from an earlier run."),
                                 {std::to_string(removed)}});
    }
    const bool resumed = request_.resume && readCheckpoint(folder, state, tensors, device_);
    if (request_.resume && !resumed)
        throw UserError(COSINGAN_MESSAGE("Messages", "There is no checkpoint to resume in '%1'."), {folder});
    if (resumed) {
        if (state.config != savedConfig())
            throw UserError(COSINGAN_MESSAGE("Messages", "The checkpoint in '%1' was made with another configuration: "
                                                         "resume with the same preset and options, or start a new "
                                                         "training."),
                            {folder});
        manifest_ = readManifest(folder);
        if (state.scale > 0) pyramid_ = loadModel(folder, device_, state.scale).pyramid;
        observer_.onMessage({COSINGAN_MESSAGE("Messages", "Resuming at %1."), {describeCheckpoint(folder).encoded()}});
    } else {
        std::vector<std::string> inputs = request_.inputs;
        inputs.push_back(request_.slice.source);
        claimModelFolder(folder, inputs);  // refuses anything that is not new, empty or a model of ours
        manifest_ = newManifest(config_);
        Json provenance = Json::object();
        provenance["source"] = request_.slice.source;
        provenance["slice_index"] = request_.slice.sliceIndex;
        provenance["width"] = request_.slice.width;
        provenance["height"] = request_.slice.height;
        const auto counts = request_.slice.labelCounts();
        provenance["label_pixels"] = std::vector<double>(counts.begin(), counts.end());
        if (const auto& b = lungBox_)
            provenance["lung_box"] = std::vector<double>{double(b->x), double(b->y), double(b->width), double(b->height)};
        manifest_["training_slice"] = provenance;
        saveSliceBundle(trainingSlicePath(folder), request_.slice);  // resumable from the folder alone
        writeManifest(folder, manifest_);
    }

    // stage 0: stopped during the segmentation U-Net's pre-training, which then starts again.
    if (resumed) clock_.skipTo(state.scale, std::max(1, state.stage), state.stage > 0 ? state.iteration : 0, state.stage > 0);
    prepareFeatureNetworks(resumed);

    const int scales = int(config_.scales.size());
    for (int i = resumed ? state.scale : 0; i < scales; ++i) {
        StageNets nets;
        const bool resumeHere = resumed && i == state.scale && state.stage > 0;
        if (resumeHere) {
            nets.generator = pyramid_.makeGenerator(i);
            nets.discriminator = pyramid_.makeDiscriminator(i);
            if (state.stage == 2) nets.stage1 = pyramid_.makeGenerator(i);
            const StageSchedule s = config_.schedule(i, state.stage);
            restoreStageNets(tensors, state, nets, s.learningRate, config_.adamBeta1, config_.adamBeta2);
            if (nets.stage1) {
                nets.stage1->eval();  // frozen, as beginStage2 leaves it
                setTrainable(*nets.stage1, false);
            }
        } else {
            makeStage1Nets(i, nets);
        }
        if (!resumeHere || state.stage == 1) {
            trainStage(i, 1, nets, resumeHere ? state.iteration : 0,
                       resumeHere ? state.history : LossHistory(config_.schedule(i, 1).iterations));
            beginStage2(i, nets);
            if (config_.hasStage2(i)) trainStage(i, 2, nets, 0, LossHistory(config_.schedule(i, 2).iterations));
        } else {
            trainStage(i, 2, nets, state.iteration, state.history);
        }
        finishScale(i, nets);
    }
    // Order matters: the manifest says "complete" before the checkpoint goes, so that a kill in
    // between leaves a finished model (whose stale checkpoint is ignored and cleaned up), never an
    // unfinished model without a checkpoint.
    manifest_["complete"] = true;
    manifest_["updated"] = isoTimestampNow();
    writeManifest(folder, manifest_);
    removeCheckpoint(folder);

    TrainingResult result;
    result.finished = true;
    result.trainedScales = pyramid_.trainedScales();
    result.modelFolder = folder;
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
    TrainingProgress done;
    done.phase = TrainingPhase::Finished;
    done.scaleCount = scales;
    done.overallFraction = 1.0;
    observer_.onProgress(done);
    return result;
}

void Trainer::makeStage1Nets(int scale, StageNets& nets) const {
    // Seeded, so that the initial networks do not depend on what ran before (resume = same run).
    torch::manual_seed(iterationSeed(config_.seed, scale, 1, -1));
    nets.generator = pyramid_.makeGenerator(scale);
    nets.discriminator = pyramid_.makeDiscriminator(scale);
    // Paired scales share their depth: start from the trained previous scale [paper: reusability].
    if (config_.initialiseFromPreviousScale && scale > 0) {
        const ScaleSpec& now = config_.scales[size_t(scale)];
        const ScaleSpec& before = config_.scales[size_t(scale - 1)];
        if (now.generatorDowns == before.generatorDowns)
            copyWeights(config_.hasStage2(scale - 1) ? *pyramid_.stage2(scale - 1) : *pyramid_.stage1(scale - 1), *nets.generator);
        if (now.discriminatorConvs == before.discriminatorConvs && lastDiscriminator_)
            copyWeights(*lastDiscriminator_, *nets.discriminator);
    }
    nets.makeOptimisers(config_.stage1.learningRate, config_.adamBeta1, config_.adamBeta2);
}

void Trainer::beginStage2(int scale, StageNets& nets) {
    // Stage 2 (restoration) starts as a copy of the trained stage 1 [paper]; so does its
    // discriminator [chosen]: both simply continue with fresh optimisers. Stage 1 is frozen, with
    // its weights rounded as the model folder stores them (fp16), so that stage 2 — and every
    // later scale — trains against exactly the stored stage 1, whether resumed or not.
    UNetGenerator frozen = pyramid_.makeGenerator(scale);
    copyWeights(*nets.generator, *frozen);
    roundParametersToStoredPrecision(*frozen);
    frozen->eval();
    setTrainable(*frozen, false);
    nets.stage1 = frozen;
    if (config_.hasStage2(scale)) nets.makeOptimisers(config_.stage2.learningRate, config_.adamBeta1, config_.adamBeta2);
    previewOf(scale, 1, config_.schedule(scale, 1).iterations, frozen, nullptr);
}

void Trainer::finishScale(int scale, StageNets& nets) {
    // Copy the trained stage 2 out of the optimiser's flat buffer into a plain generator (none for
    // a scale without stage 2: its stage-1 output is the scale's output).
    UNetGenerator stage2{nullptr};
    if (config_.hasStage2(scale)) {
        stage2 = pyramid_.makeGenerator(scale);
        copyWeights(*nets.generator, *stage2);
        roundParametersToStoredPrecision(*stage2);  // as stored: later scales and previews see the model's weights
    }
    pyramid_.setScale(scale, nets.stage1, stage2);
    if (stage2) previewOf(scale, 2, config_.schedule(scale, 2).iterations, stage2, nets.stage1);
    lastDiscriminator_ = nets.discriminator;
    const std::string& folder = request_.modelFolder;
    Json entry = saveScaleWeights(folder, scale, config_.scales[size_t(scale)].size, nets.stage1, stage2);
    Json& weights = manifest_["weights"];
    while (int(weights.size()) > scale) weights.asArray().pop_back();
    weights.push_back(entry);
    manifest_["trained_scales"] = scale + 1;
    manifest_["updated"] = isoTimestampNow();
    writeManifest(folder, manifest_);
}

void Trainer::report(TrainingPhase phase, int scale, int iteration, int iterations, double lr, const Losses& losses) {
    TrainingProgress p;
    p.phase = phase;
    p.scaleIndex = std::max(0, scale);
    p.scaleCount = int(config_.scales.size());
    p.scaleSize = config_.scales[size_t(std::max(0, scale))].size;
    p.iteration = iteration;
    p.iterations = iterations;
    p.overallFraction = clock_.fraction();
    p.etaSeconds = clock_.etaSeconds();
    p.iterationsPerSecond = clock_.iterationsPerSecond();
    p.learningRate = lr;
    if (deviceText_.empty()) deviceText_ = deviceLabel(device_);  // fixed for the run
    if (iteration == 1 || iteration % 20 == 0 || iteration == iterations)  // cheap, but not every iteration
        memoryMb_ = memoryInUseMb(device_);
    p.device = deviceText_;
    p.memoryInUseMb = memoryMb_;
    p.losses = losses.values;
    observer_.onProgress(p);
}

UserMessage describeCheckpoint(const std::string& modelFolder) {
    std::error_code ec;
    const fs::path statePath = fs::path(checkpointFolder(modelFolder)) / "state.json";
    if (!fs::exists(statePath, ec)) return {};
    try {
        const Json s = readJsonFile(statePath.string());
        const GanConfig c = GanConfig::fromJson(s.at("config"));
        const int scale = s.at("scale").asInt(), stage = s.at("stage").asInt();
        if (stage == 0) return {COSINGAN_MESSAGE("Messages", "the segmentation U-Net's pre-training (it starts again)"), {}};
        const int total = c.schedule(scale, stage).iterations;
        return {COSINGAN_MESSAGE("Messages", "scale %1 of %2 (%3 px), stage %4, iteration %5 of %6"),
                {std::to_string(scale + 1), std::to_string(c.scales.size()), std::to_string(c.scales.at(size_t(scale)).size),
                 std::to_string(stage), std::to_string(s.at("iteration").asInt()), std::to_string(total)}};
    } catch (const std::exception&) {
        return {};
    }
}

bool hasCheckpoint(const std::string& modelFolder) {
    return !describeCheckpoint(modelFolder).empty() && !modelIsComplete(modelFolder);
}

UserMessage modelFolderProblem(const std::string& folder, const std::vector<std::string>& inputs) {
    return modelFolderRefusal(folder, inputs);
}

std::string trainingSlicePath(const std::string& modelFolder) {
    return (fs::path(modelFolder) / "training-slice.pt").string();
}

TrainingRequest resumeRequest(const std::string& modelFolder, const std::string& device) {
    requireResumable(modelFolder);
    TrainingRequest r;
    const Json manifest = readManifest(modelFolder);
    r.config = GanConfig::fromJson(manifest.at("config"));
    if (!device.empty()) r.config.device = device;
    r.slice = loadSliceBundle(trainingSlicePath(modelFolder));
    r.modelFolder = modelFolder;
    r.resume = true;
    return r;
}

TrainingResult trainCoSinGAN(const TrainingRequest& request, TrainingObserver& observer) {
    Trainer trainer(request, observer);
    return trainer.run();
}

}  // namespace cosingan::gan
