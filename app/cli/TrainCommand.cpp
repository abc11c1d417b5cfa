// cosingan train: one slice + mask -> a model folder, with progress on stderr, Ctrl+C to stop
// (a checkpoint is written; --resume continues).
#include "CliArgs.h"
#include "Commands.h"
#include "ConfigOptions.h"
#include "SliceInput.h"

#include "gan/Runtime.h"
#include "gan/Training.h"
#include "util/JobControl.h"
#include "util/Json.h"
#include "util/UserMessage.h"
#include "util/Memory.h"

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <iostream>

namespace cosingan::cli {

namespace {

std::atomic<bool> interrupted{false};
void onSignal(int) { interrupted = true; }

std::string duration(double s) {
    char buf[32];
    if (s >= 3600) std::snprintf(buf, sizeof buf, "%dh%02dm", int(s / 3600), int(s / 60) % 60);
    else if (s >= 60) std::snprintf(buf, sizeof buf, "%dm%02ds", int(s / 60), int(s) % 60);
    else std::snprintf(buf, sizeof buf, "%.0fs", s);
    return buf;
}

class ProgressPrinter : public gan::TrainingObserver {
public:
    void onProgress(const gan::TrainingProgress& p) override {
        last = p;
        const auto now = std::chrono::steady_clock::now();
        const bool phaseChanged = p.phase != lastPhase || p.scaleIndex != lastScale;
        const bool due = std::chrono::duration<double>(now - lastPrint).count() >= 2.0;
        const bool end = p.iteration == p.iterations;
        if (!(phaseChanged || due || end) || p.phase == gan::TrainingPhase::Finished) return;
        lastPrint = now;
        lastPhase = p.phase;
        lastScale = p.scaleIndex;
        std::fprintf(stderr, "[%3.0f%%] ", p.overallFraction * 100);
        if (p.phase == gan::TrainingPhase::Segmentation)
            std::fprintf(stderr, "segmentation U-Net  it %d/%d", p.iteration, p.iterations);
        else
            std::fprintf(stderr, "scale %d/%d (%d px) %s  it %d/%d", p.scaleIndex + 1, p.scaleCount, p.scaleSize,
                         gan::phaseName(p.phase), p.iteration, p.iterations);
        for (const auto& l : p.losses) std::fprintf(stderr, "  %s %.4g", l.first.c_str(), l.second);
        std::fprintf(stderr, "  %.2f it/s  ETA %s\n", p.iterationsPerSecond, duration(p.etaSeconds).c_str());
    }
    void onMessage(const UserMessage& m) override { std::fprintf(stderr, "%s\n", m.english().c_str()); }
    bool stopRequested() override { return interrupted.load(); }

    gan::TrainingProgress last;
    gan::TrainingPhase lastPhase = gan::TrainingPhase::Preparing;
    int lastScale = -1;
    std::chrono::steady_clock::time_point lastPrint{};
};

}  // namespace

int runTrain(const Args& argv) {
    CliArgs args(argv, {"json", "resume", "auto-lungs", "transpose", "print-config", "help"});
    if (args.has("help")) {
        std::printf("usage: cosingan train INPUT [input options] --out MODEL_DIR [options]\n"
                    "       cosingan train --resume --out MODEL_DIR     (continue a stopped training)\n\nInput:\n%s\nTraining:\n%s"
                    "  --out DIR             the model folder to write (replaced unless --resume)\n"
                    "  --resume              continue the checkpoint in --out\n"
                    "  --json                print a JSON summary on stdout at the end\n"
                    "  --print-config        print the configuration (preset + options) as JSON and stop: a starting\n"
                    "                        point for --config\n\nPresets:\n",
                    trainInputHelp(), configHelp());
        for (const auto& name : gan::presetNames())
            std::printf("  %-20s %s\n", name.c_str(), gan::presetDescription(name).c_str());
        return 0;
    }
    std::set<std::string> known = configOptionNames();
    known.insert({"json", "resume", "out", "slice", "labels", "infection", "auto-lungs", "transpose", "print-config", "help"});
    args.rejectUnknown(known);
    if (args.has("print-config")) {
        std::cout << configFromArgs(args).toJson().dump(2) << '\n';
        return 0;
    }

    gan::TrainingRequest request;
    if (args.has("resume") && args.positionals().empty()) {
        // Everything comes from the model folder: its configuration and its training slice.
        request = gan::resumeRequest(args.require("out"), args.get("device"));
    } else {
        request.config = configFromArgs(args);
        request.modelFolder = args.require("out");
        request.resume = args.has("resume");
        request.inputs = args.positionals();
        for (const char* file : {"labels", "infection", "vgg-weights", "seg-weights"})
            if (args.has(file)) request.inputs.push_back(args.get(file));
        // Refuse a folder that is not ours before the (slow) input is read; the engine checks again.
        if (!request.resume) {
            const UserMessage why = gan::modelFolderProblem(request.modelFolder, request.inputs);
            if (!why.empty()) throw UserError(why);
        }
        request.slice = loadTrainingSlice(args);
    }
    request.slice.validateForTraining();
    std::fprintf(stderr, "training slice %dx%d from %s; preset %s: %s\n", request.slice.width, request.slice.height,
                 request.slice.source.c_str(), request.config.preset.c_str(),
                 gan::presetDescription(request.config.preset).c_str());

    retainFreedMemory();
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    ProgressPrinter printer;
    try {
        const gan::TrainingResult r = gan::trainCoSinGAN(request, printer);
        std::fprintf(stderr, "model with %d scale(s) written to %s in %s\n", r.trainedScales, r.modelFolder.c_str(),
                     duration(r.seconds).c_str());
        if (args.has("json")) {
            Json j = Json::object();
            j["model"] = r.modelFolder;
            j["finished"] = r.finished;
            j["trained_scales"] = r.trainedScales;
            j["seconds"] = r.seconds;
            j["preset"] = request.config.preset;
            Json losses = Json::object();
            for (const auto& l : printer.last.losses) losses[l.first] = l.second;
            j["last_losses"] = losses;
            std::cout << j.dump(2) << '\n';
        }
        return 0;
    } catch (const JobCancelled&) {
        std::fprintf(stderr, "stopped; the checkpoint is in %s/checkpoint: continue with --resume\n",
                     request.modelFolder.c_str());
        return 130;
    }
}

}  // namespace cosingan::cli
