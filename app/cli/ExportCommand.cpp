// cosingan export: model + masks -> a labelled synthetic dataset (nnU-Net v2's raw layout, NIfTI or PNG pairs).
#include "CliArgs.h"
#include "Commands.h"
#include "ConfigOptions.h"
#include "SliceInput.h"

#include "io/VolumeIO.h"
#include "gan/SliceBundle.h"
#include "image/MaskImage.h"
#include "image/SliceExtraction.h"
#include "synth/DatasetExport.h"
#include "synth/LesionPlacement.h"
#include "util/FileSafety.h"

#include <cstdio>
#include <memory>

namespace cosingan::cli {

namespace {

// Progress on one line of stderr.
struct StderrProgress : JobControl {
    void reportProgress(double fraction, const std::string& message) override {
        std::fprintf(stderr, "\r%3d %%  %-40s", int(fraction * 100 + 0.5), message.c_str());
        if (fraction >= 1) std::fprintf(stderr, "\n");
    }
};

void parseSpacing(const std::string& text, double spacing[3]) {
    if (std::sscanf(text.c_str(), "%lf,%lf,%lf", &spacing[0], &spacing[1], &spacing[2]) != 3 || !(spacing[0] > 0) ||
        !(spacing[1] > 0) || !(spacing[2] > 0))
        throw UsageError("--spacing needs three positive numbers in mm: columns,rows,slice thickness (e.g. 0.7,0.7,1.25)");
}

// The --mask label volumes, each with every --lesions volume placed into its lungs (or as given).
struct SourceVolume {
    LabelMap labels;
    std::string source;
};

std::vector<SourceVolume> labelVolumes(const CliArgs& args) {
    std::vector<SourceVolume> volumes;
    const std::vector<std::string> lesions = args.getAll("lesions");
    for (const auto& p : args.getAll("mask")) {
        requireReadableFile(p, "the label volume");
        if (isPlainMaskImagePath(p) || gan::looksLikeSliceBundle(p))
            throw UsageError("'" + p + "' is a 2-D mask: --volumes and --lesions need label volumes (NIfTI, NRRD, MetaImage)");
        LabelMap labels = readLabelMap(p, nullptr);
        if (lesions.empty()) {
            volumes.push_back({std::move(labels), p});
            continue;
        }
        for (const auto& l : lesions) {
            requireReadableFile(l, "the lesion volume");
            const LesionPlacement placed = placeLesions(labels, readLabelMap(l, nullptr));
            std::fprintf(stderr, "%s + lesions of %s: %zu voxels of infection, %zu outside the lungs dropped\n", p.c_str(), l.c_str(),
                         placed.placed, placed.outsideLungs);
            volumes.push_back({placed.labels, p + " + lesions " + l});
        }
    }
    if (volumes.empty()) throw UsageError("give --mask LABEL-VOLUME (one or more)");
    return volumes;
}

// --volumes: each label volume one case, on its own grid.
DatasetExportResult exportVolumes(const CliArgs& args, const gan::CoSinGanModel& model, const std::string& out,
                                  const DatasetExportOptions& o, JobControl& progress) {
    if (args.has("spacing") || args.has("slices") || args.has("transpose"))
        throw UsageError("--volumes keeps each label volume as it is: leave out --spacing, --slices and --transpose");
    const std::vector<SourceVolume> volumes = labelVolumes(args);
    if (args.has("reference") && args.getAll("mask").size() != 1)
        throw UsageError("--reference is the CT of one label volume: give one --mask");
    std::unique_ptr<CtVolume> reference;
    if (args.has("reference")) reference = std::make_unique<CtVolume>(readCtVolume(args.get("reference")));
    std::vector<VolumeCase> cases;
    for (const auto& v : volumes) cases.push_back({&v.labels, reference.get(), v.source, args.get("reference", "")});
    return exportVolumeDataset(model, cases, out, o, &progress);
}

// --lesions without --volumes: the slices with lungs of every placed volume.
std::vector<gan::SliceData> slicesWithLesions(const CliArgs& args) {
    std::vector<gan::SliceData> masks;
    for (const auto& v : labelVolumes(args))
        for (int k = 0; k < v.labels.slices(); ++k)
            if (v.labels.sliceHasLungs(k)) {
                masks.push_back(maskForEngine(v.labels, k, args.has("transpose")));
                masks.back().source = v.source + " z" + std::to_string(k);
            }
    return masks;
}

}  // namespace

int runExport(const Args& argv) {
    CliArgs args(argv, {"rc", "dropout", "include-real", "transpose", "volumes", "help"});
    if (args.has("help")) {
        std::printf("usage: cosingan export --model DIR --mask FILE [--mask FILE ...] --out DATASET [options]\n\n"
                    "Writes an nnU-Net v2 raw dataset: DATASET/imagesTr/NAME_0001_0000.nii.gz (CT in HU),\n"
                    "DATASET/labelsTr/NAME_0001.nii.gz (0 background, 1 left lung, 2 right lung, 3 infection),\n"
                    "DATASET/dataset.json, and cosingan-export.json (model checksums, options, seeds, sources).\n"
                    "All or nothing: a cancelled or failed export leaves no files. DATASET must be new, empty,\n"
                    "or an earlier export (replaced).\n\nMasks:\n%s\nOptions:\n"
                    "  --layout L            nnunet (default), nifti (images/ + labels/ NIfTI pairs) or\n"
                    "                        png (images/ 8-bit lung window + labels/ 0..3)\n"
                    "  --name NAME           case names NAME_0001... (default CoSinGAN)\n"
                    "  --variants N          images per mask, seeds SEED..SEED+N-1 (N > 1 needs --rc or --dropout)\n"
                    "  --rc                  randomised condition (the paper's RC); --rc-deltas B,L,I\n"
                    "  --dropout             dropout at synthesis (the paper's AD)\n"
                    "  --fuse MODEL2         image fusion with a second model (the paper's IF); --zeta Z fixed, or\n"
                    "                        random per image (U[0,1], or --beta-alpha A for Beta(A, A))\n"
                    "  --seed N              first seed (default 1)\n"
                    "  --spacing X,Y,Z       pixel spacing and slice thickness in mm (default 1,1,1)\n"
                    "  --include-real        the model's real training slice as the first case\n"
                    "  --volumes             whole volumes: each --mask label volume becomes one case, a synthetic CT\n"
                    "                        on its grid (slices without lungs: air, or --reference CT of that grid,\n"
                    "                        for a single --mask); nnunet or nifti layouts\n"
                    "  --lesions FILE        a lesion mask volume (e.g. MosMed's 0/1) placed into the lungs of each\n"
                    "                        --mask label volume as infection (repeatable: every mask x lesion pair)\n"
                    "  --batch N             masks per batch (default 8)\n"
                    "  --device cpu|cuda\n",
                    maskInputHelp());
        return 0;
    }
    args.rejectUnknown({"rc", "rc-deltas", "dropout", "include-real", "transpose", "help", "model", "mask", "out", "name", "layout",
                        "variants", "seed", "spacing", "batch", "device", "slices", "volumes", "reference", "fuse", "zeta",
                        "beta-alpha", "lesions"});
    DatasetExportOptions o;
    const std::string out = args.require("out");
    o.datasetName = args.get("name", "CoSinGAN");
    try {
        o.layout = datasetLayoutFromName(args.get("layout", "nnunet"));
    } catch (const std::invalid_argument& e) {
        throw UsageError(std::string("--layout: ") + e.what());
    }
    o.variantsPerMask = args.getInt("variants", 1, 1, 10000);
    o.synthesis.randomCondition = args.has("rc");
    if (args.has("rc-deltas")) parseDeltas(args.get("rc-deltas"), o.synthesis);
    o.synthesis.dropout = args.has("dropout");
    o.synthesis.seed = args.getSeed("seed", 1);
    o.synthesis.batchSize = args.getInt("batch", 8, 1, 1024);
    if (args.has("spacing")) parseSpacing(args.get("spacing"), o.spacingMm);
    o.includeTrainingSlice = args.has("include-real");
    o.command = "cosingan export";
    for (const auto& a : argv) o.command += " " + a;
    o.fusion = fusionFromArgs(args);
    if (o.variantsPerMask > 1 && !o.synthesis.randomCondition && !o.synthesis.dropout && !(args.has("fuse") && !args.has("zeta")))
        throw UsageError("--variants " + std::to_string(o.variantsPerMask) +
                         " would write identical images: add --rc, --dropout or --fuse MODEL2 with a random zeta");

    const auto model = gan::CoSinGanModel::load(args.require("model"), args.get("device", "cpu"));
    std::shared_ptr<gan::CoSinGanModel> second;
    if (args.has("fuse")) second = gan::CoSinGanModel::load(args.get("fuse"), args.get("device", "cpu"));
    o.fuseWith = second.get();
    if (o.synthesis.dropout && !model->hasDropout())
        throw UsageError("--dropout: this model's generators have no dropout layers; use --rc for diversity");
    StderrProgress progress;
    DatasetExportResult r;
    if (args.has("volumes")) {
        r = exportVolumes(args, *model, out, o, progress);
    } else {
        if (args.has("reference")) throw UsageError("--reference goes with --volumes");
        std::vector<std::string> names;
        const std::vector<gan::SliceData> masks = args.has("lesions") ? slicesWithLesions(args) : loadMasks(args, names);
        r = exportDataset(*model, masks, out, o, &progress);
    }
    std::printf("%d cases written to %s\n", r.cases, r.folder.c_str());
    return 0;
}

}  // namespace cosingan::cli
