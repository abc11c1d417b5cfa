// The engine never replaces what is not a model of ours, finishes in an order a kill cannot
// break, resumes from every phase, and survives a full disk with its last good checkpoint.
#include "EngineCheck.h"
#include "TrainingFixture.h"
#include "gan/Networks.h"
#include "gan/Synthesis.h"
#include "gan/TensorFile.h"
#include "util/AtomicFile.h"
#include "util/JobControl.h"
#include "util/Json.h"

#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;

namespace cosingan::test {

namespace {

std::string refusal(const CheckContext& c, const std::string& out, const std::string& source = {}) {
    Recorder rec;
    gan::TrainingRequest r;
    r.config = microConfig(c);
    r.slice = syntheticSlice();
    r.slice.source = source;
    r.modelFolder = out;
    try {
        gan::trainCoSinGAN(r, rec);
    } catch (const std::invalid_argument& e) {
        return e.what();
    }
    return {};
}

void onlyModelFoldersAreReplaced(const CheckContext& c) {
    // A file, a folder holding a user's file, a folder holding the input: refused, untouched.
    std::ofstream(folder(c, "scan.png")) << "a user's image";
    REQUIRE(refusal(c, folder(c, "scan.png")).find("is a file") != std::string::npos);
    fs::create_directories(folder(c, "study"));
    std::ofstream(folder(c, "study") + "/notes.txt") << "notes";
    REQUIRE(refusal(c, folder(c, "study")).find("not a CoSinGAN Studio model folder") != std::string::npos);
    REQUIRE(fs::exists(folder(c, "study") + "/notes.txt"));
    fs::create_directories(folder(c, "with-input"));
    std::ofstream(folder(c, "with-input") + "/slice.png") << "input";
    REQUIRE(refusal(c, folder(c, "with-input"), folder(c, "with-input") + "/slice.png").find("contains the training input") !=
            std::string::npos);
    REQUIRE(fs::exists(folder(c, "with-input") + "/slice.png"));
    // New, empty, and our own model folder: accepted; the old model's files are replaced.
    fs::create_directories(folder(c, "empty"));
    REQUIRE(refusal(c, folder(c, "empty")).empty());
    REQUIRE(refusal(c, folder(c, "empty")).empty());
    REQUIRE(gan::modelFolderProblem(folder(c, "empty"), {}).empty());
    // The same model folder with one foreign file in it: refused, nothing removed.
    std::ofstream(folder(c, "empty") + "/mine.txt") << "mine";
    REQUIRE(refusal(c, folder(c, "empty")).find("mine.txt") != std::string::npos);
    REQUIRE(fs::exists(folder(c, "empty") + "/manifest.json") && fs::exists(folder(c, "empty") + "/generators/scale1.pt"));
}

void finishingWindowLeavesAFinishedModel(const CheckContext& c) {
    Recorder rec;
    train(c, folder(c, "done"), rec);
    // A kill after "complete" was written but before the checkpoint went (the new order): the
    // stale checkpoint is not offered, resume says the model is finished and removes it.
    Recorder stopper;
    stopper.stopScale = 1;
    stopper.stopStage = 2;
    stopper.stopIteration = 3;
    try {
        train(c, folder(c, "stopped"), stopper);
    } catch (const JobCancelled&) {
    }
    fs::copy(folder(c, "stopped") + "/checkpoint", folder(c, "done") + "/checkpoint", fs::copy_options::recursive);
    REQUIRE(!gan::hasCheckpoint(folder(c, "done")));
    try {
        train(c, folder(c, "done"), rec, true);
        REQUIRE(false);
    } catch (const std::runtime_error& e) {
        REQUIRE_MSG(std::string(e.what()).find("is finished") != std::string::npos, e.what());
    }
    REQUIRE(!fs::exists(folder(c, "done") + "/checkpoint"));
    // The old order's window (every scale saved, checkpoint gone, "complete" not yet written): a
    // finished model too, which loads and generates.
    const std::string manifest = folder(c, "done") + "/manifest.json";
    Json m = readJsonFile(manifest);
    m["complete"] = false;
    writeJsonFile(manifest, m);
    REQUIRE(gan::CoSinGanModel::load(folder(c, "done"), c.device.str())->trainedScales() == 2);
    try {
        train(c, folder(c, "done"), rec, true);
        REQUIRE(false);
    } catch (const std::runtime_error& e) {
        REQUIRE_MSG(std::string(e.what()).find("is finished") != std::string::npos, e.what());
    }
}

void stopDuringSegmentationResumes(const CheckContext& c) {
    Recorder whole;
    train(c, folder(c, "whole"), whole);
    Recorder stopper;
    stopper.stopScale = 0;
    stopper.stopStage = 0;  // the segmentation U-Net's pre-training
    stopper.stopIteration = 2;
    bool cancelled = false;
    try {
        train(c, folder(c, "seg-stopped"), stopper);
    } catch (const JobCancelled&) {
        cancelled = true;
    }
    REQUIRE(cancelled);
    REQUIRE(gan::hasCheckpoint(folder(c, "seg-stopped")));
    REQUIRE(gan::describeCheckpoint(folder(c, "seg-stopped")).english().find("segmentation") != std::string::npos);
    Recorder rest;
    train(c, folder(c, "seg-stopped"), rest, true);
    expectSameWeights(folder(c, "whole"), folder(c, "seg-stopped"));
}

void fullDiskKeepsTheLastCheckpoint(const CheckContext& c) {
    // LibTorch's writer used to throw from a destructor on a failed write (an abort): now a message.
    gan::TensorFile f;
    f.put("x", torch::ones({1000}));
    injectWriteFailureAfter(100);
    bool reported = false;
    try {
        f.save(folder(c, "t.pt"));
    } catch (const DiskFullError& e) {
        reported = std::string(e.what()).find("no space left") != std::string::npos;
    }
    injectWriteFailureAfter(-1);
    REQUIRE(reported && !fs::exists(folder(c, "t.pt")));
    // A training that runs out of space: the job fails with the sentence, the last checkpoint is
    // whole, no temporary is left, and resuming later gives the uninterrupted result.
    Recorder whole;
    train(c, folder(c, "reference"), whole);
    struct FillDisk : Recorder {
        void onProgress(const gan::TrainingProgress& p) override {
            Recorder::onProgress(p);
            if (p.phase == gan::TrainingPhase::Stage1 && p.scaleIndex == 1 && p.iteration == 3) injectWriteFailureAfter(2000);
        }
    } filler;
    bool full = false;
    try {
        train(c, folder(c, "full"), filler);
    } catch (const DiskFullError&) {
        full = true;
    }
    injectWriteFailureAfter(-1);
    REQUIRE(full);
    REQUIRE(removeOrphanedTemporaries(folder(c, "full")) == 0);
    REQUIRE(gan::hasCheckpoint(folder(c, "full")));
    Recorder rest;
    train(c, folder(c, "full"), rest, true);
    expectSameWeights(folder(c, "reference"), folder(c, "full"));
}

void perScaleScheduleCropsAndNoStage2(const CheckContext& c) {
    // Scale 0 without stage 2 and its own iteration count; scale 1 on 16-px crops with batch 3.
    auto request = [&](const std::string& out) {
        gan::TrainingRequest r;
        r.config = microConfig(c);
        r.config.scales[0].stage1Iterations = 9;
        r.config.scales[0].stage2Iterations = -1;
        r.config.scales[1].trainCrop = 16;
        r.config.scales[1].batchSize = 3;
        r.slice = syntheticSlice();
        r.modelFolder = folder(c, out);
        return r;
    };
    Recorder whole;
    gan::trainCoSinGAN(request("sched"), whole);
    int stage1At0 = 0, stage2At0 = 0;
    for (const auto& p : whole.progress) {
        stage1At0 += p.phase == gan::TrainingPhase::Stage1 && p.scaleIndex == 0;
        stage2At0 += p.phase == gan::TrainingPhase::Stage2 && p.scaleIndex == 0;
    }
    REQUIRE(stage1At0 == 9 && stage2At0 == 0);
    // Stopped on the cropped scale and resumed: the same model as the uninterrupted run.
    Recorder stopper;
    stopper.stopScale = 1;
    stopper.stopStage = 1;
    stopper.stopIteration = 7;
    try {
        gan::trainCoSinGAN(request("sched-stopped"), stopper);
        REQUIRE(false);
    } catch (const JobCancelled&) {
    }
    gan::TrainingRequest again = request("sched-stopped");
    again.resume = true;
    Recorder rest;
    gan::trainCoSinGAN(again, rest);
    expectSameWeights(folder(c, "sched"), folder(c, "sched-stopped"));
    // The model loads and generates; scale 0's "stage 2" output is its stage-1 output.
    gan::SliceData mask = syntheticSlice();
    mask.image.clear();
    gan::SynthesisOptions o;
    o.intermediates = true;
    const auto out = gan::CoSinGanModel::load(folder(c, "sched"), c.device.str())->generate({mask}, o);
    REQUIRE(out[0].stages.size() == 4 && out[0].stages[0].pixels == out[0].stages[1].pixels);
}

void dropoutOnlyWhereTheNetworkHasIt(const CheckContext& c) {
    Recorder rec;
    train(c, folder(c, "m"), rec);
    REQUIRE(!gan::CoSinGanModel::load(folder(c, "m"), c.device.str())->hasDropout());  // 4-down generators
    REQUIRE(gan::UNetGenerator(6, 8)->hasDropout());
    REQUIRE(!gan::UNetGenerator(5, 8)->hasDropout());
}

// The CPU presets reach 128 px with the paper's depths there, keep the JSON round trip, and a
// global iteration count (the CLI's --stage1-iterations) replaces every per-scale count.
void presetSchedules(const CheckContext&) {
    for (const char* name : {"cpu-fast", "cpu-medium"}) {
        gan::GanConfig p = gan::makePreset(name);
        p.validate();
        REQUIRE_MSG(p.finestSize() == 128 && p.scales.back().generatorDowns == 6, name);
        const gan::GanConfig back = gan::GanConfig::fromJson(p.toJson());
        REQUIRE(back.toJson() == p.toJson());
        for (int k = 0; k < int(p.scales.size()); ++k)
            REQUIRE(back.iterationsAt(k) == p.iterationsAt(k));
        p.setIterations(1, 7);
        p.setIterations(2, 3);
        for (int k = 0; k < int(p.scales.size()); ++k) {
            REQUIRE(p.schedule(k, 1).iterations == 7 && p.schedule(k, 1).decayStart == 4);  // the constant half, rounded
            REQUIRE(p.iterationsAt(k) == (p.hasStage2(k) ? 10 : 7));
        }
    }
    // A scale without stage 2 keeps none.
    gan::GanConfig t = gan::makePreset("tiny");
    t.scales[0].stage2Iterations = -1;
    t.setIterations(2, 5);
    REQUIRE(!t.hasStage2(0) && t.hasStage2(1) && t.schedule(1, 2).iterations == 5);
}

}  // namespace

std::vector<EngineCheck> safetyChecks() {
    return {{"only new, empty or model folders of ours are written", onlyModelFoldersAreReplaced},
            {"a kill while finishing leaves a finished model", finishingWindowLeavesAFinishedModel},
            {"stop during segmentation pre-training + resume equals an uninterrupted run", stopDuringSegmentationResumes},
            {"a full disk keeps the last checkpoint; resume equals an uninterrupted run", fullDiskKeepsTheLastCheckpoint},
            {"per-scale schedules, training crops and scales without stage 2 train, resume and generate",
             perScaleScheduleCropsAndNoStage2},
            {"dropout at synthesis only where the generators have dropout", dropoutOnlyWhereTheNetworkHasIt},
            {"CPU presets reach 128 px; a global iteration count replaces per-scale ones", presetSchedules}};
}

}  // namespace cosingan::test
