// cosingan synthesize-volume: model + label volume -> a synthetic CT volume (NIfTI, HU) with its
// labels beside it, on the labels' grid.
#include "CliArgs.h"
#include "Commands.h"

#include "io/VolumeIO.h"
#include "synth/LesionPlacement.h"
#include "synth/VolumeSynthesis.h"
#include "util/FileSafety.h"
#include "util/Json.h"

#include <chrono>
#include <cstdio>
#include <iostream>

namespace cosingan::cli {

namespace {

// Progress on stderr, one line per batch (a terminal or a log both read it).
class StderrProgress : public JobControl {
public:
    void reportProgress(double fraction, const std::string& message) override {
        std::fprintf(stderr, "  %3.0f%%  %s\n", 100.0 * fraction, message.c_str());
    }
};

}  // namespace

int runSynthesizeVolume(const Args& argv) {
    CliArgs args(argv, {"json", "rc", "dropout", "help"});
    if (args.has("help")) {
        std::printf("usage: cosingan synthesize-volume --model DIR --labels LABELS.nii.gz --out SYNTH.nii.gz [options]\n\n"
                    "Synthesises a CT volume slice by slice from a label volume (0 background, 1 left lung,\n"
                    "2 right lung, 3 infection). Slices with lungs are generated; the others are copied from\n"
                    "--reference when given, else filled with air (-1024 HU). The CT is written in Hounsfield\n"
                    "units (the engine's lung window -1250..250 HU inverted) with the labels' geometry, and its\n"
                    "labels beside it as SYNTH-labels.nii.gz. An existing file is replaced only when an earlier\n"
                    "synthesis wrote it.\n\n"
                    "  --model DIR           a trained model folder\n"
                    "  --labels FILE         the label volume (NIfTI; values 0..3)\n"
                    "  --lesions FILE        a lesion mask volume (e.g. MosMed's 0/1) placed into the labels'\n"
                    "                        lungs as infection: its slices spread over the lung extent,\n"
                    "                        resized in plane, kept only inside the lungs (docs/synthesis.md)\n"
                    "  --reference FILE      a real CT on the same grid, for the slices without lungs\n"
                    "  --out FILE            the synthetic CT (.nii or .nii.gz)\n"
                    "  --rc                  randomised condition (the paper's RC)\n"
                    "  --dropout             dropout at test time (the paper's AD)\n"
                    "  --fuse MODEL2         image fusion with a second model (the paper's IF)\n"
                    "  --zeta Z              fusion weight of the first model (default: random U[0,1])\n"
                    "  --seed N              random seed (default 1)\n"
                    "  --batch N             slices per batch (default 8)\n"
                    "  --device cpu|cuda\n"
                    "  --json                print what was written as JSON\n");
        return 0;
    }
    args.rejectUnknown({"json", "rc", "dropout", "help", "model", "labels", "lesions", "reference", "out", "fuse", "zeta",
                        "seed", "batch", "device"});
    const std::string out = args.require("out");
    if (!isWritableVolumePath(out)) throw UsageError("--out must name a .nii or .nii.gz file, not '" + out + "'");
    VolumeSynthesisOptions options;
    options.synthesis.randomCondition = args.has("rc");
    options.synthesis.dropout = args.has("dropout");
    options.synthesis.seed = args.getSeed("seed", 1);
    options.synthesis.batchSize = args.getInt("batch", 8, 1, 1024);
    options.fusion.zeta = args.getDouble("zeta", -1, 0, 1);
    if (args.has("zeta") && !args.has("fuse")) throw UsageError("--zeta belongs to image fusion: give --fuse MODEL2 too");
    const std::string labelsPath = args.require("labels");
    for (const std::string& input : {labelsPath, args.get("lesions"), args.get("reference")})
        if (!input.empty() && (pathIsWithin(out, input) || pathIsWithin(labelsPathFor(out), input)))
            throw UsageError("--out would replace the input '" + input + "': choose another name");
    requireReadableFile(labelsPath, "the label volume");

    const std::string device = args.get("device", "cpu");
    const auto model = gan::CoSinGanModel::load(args.require("model"), device);
    if (options.synthesis.dropout && !model->hasDropout())
        throw UsageError("--dropout: this model's generators have no dropout layers (" + model->config().preset +
                         " preset), so dropout at synthesis would change nothing; use --rc for diversity");
    std::shared_ptr<gan::CoSinGanModel> second;
    if (args.has("fuse")) {
        second = gan::CoSinGanModel::load(args.get("fuse"), device);
        options.fuseWith = second.get();
    }

    LabelMap labels = readLabelMap(labelsPath);
    Json placement = Json::object();
    if (args.has("lesions")) {
        const LesionPlacement p = placeLesions(labels, readLabelMap(args.get("lesions")));
        labels = p.labels;
        placement["lesions"] = args.get("lesions");
        placement["lung_slices"] = std::to_string(p.firstLungSlice + 1) + ".." + std::to_string(p.lastLungSlice + 1);
        placement["placed_voxels"] = double(p.placed);
        placement["outside_lungs_voxels"] = double(p.outsideLungs);
        std::fprintf(stderr, "lesions placed into slices %d..%d: %zu voxels of infection, %zu outside the lungs dropped\n",
                     p.firstLungSlice + 1, p.lastLungSlice + 1, p.placed, p.outsideLungs);
    }
    std::unique_ptr<CtVolume> reference;
    if (args.has("reference")) reference = std::make_unique<CtVolume>(readCtVolume(args.get("reference")));

    StderrProgress progress;
    const auto start = std::chrono::steady_clock::now();
    const SynthesizedVolume v = synthesizeVolume(*model, labels, reference.get(), options, &progress);
    writeSynthesizedVolume(v, out);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::fprintf(stderr, "%s: %d slices generated, %d from the reference, %d air; labels in %s (%.1f s, %.0f ms per slice)\n",
                 out.c_str(), v.generatedSlices, v.referenceSlices, v.airSlices, labelsPathFor(out).c_str(), seconds,
                 1000.0 * seconds / std::max(1, v.generatedSlices));
    if (args.has("json")) {
        Json j = Json::object();
        j["model"] = model->folder();
        j["ct"] = out;
        j["labels"] = labelsPathFor(out);
        j["generated_slices"] = v.generatedSlices;
        j["reference_slices"] = v.referenceSlices;
        j["air_slices"] = v.airSlices;
        j["seconds"] = seconds;
        if (args.has("lesions")) j["placement"] = placement;
        std::cout << j.dump(2) << '\n';
    }
    return 0;
}

}  // namespace cosingan::cli
