// cosingan export: model + masks -> a labelled synthetic dataset (nnU-Net v2's raw layout, NIfTI or PNG pairs).
#include "CliArgs.h"
#include "Commands.h"
#include "ConfigOptions.h"
#include "SliceInput.h"

#include "synth/DatasetExport.h"

#include <cstdio>

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

}  // namespace

int runExport(const Args& argv) {
    CliArgs args(argv, {"rc", "dropout", "include-real", "transpose", "help"});
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
                    "  --seed N              first seed (default 1)\n"
                    "  --spacing X,Y,Z       pixel spacing and slice thickness in mm (default 1,1,1)\n"
                    "  --include-real        the model's real training slice as the first case\n"
                    "  --batch N             masks per batch (default 8)\n"
                    "  --device cpu|cuda\n",
                    maskInputHelp());
        return 0;
    }
    args.rejectUnknown({"rc", "rc-deltas", "dropout", "include-real", "transpose", "help", "model", "mask", "out", "name", "layout",
                        "variants", "seed", "spacing", "batch", "device", "slices"});
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
    if (o.variantsPerMask > 1 && !o.synthesis.randomCondition && !o.synthesis.dropout)
        throw UsageError("--variants " + std::to_string(o.variantsPerMask) + " would write identical images: add --rc or --dropout");

    const auto model = gan::CoSinGanModel::load(args.require("model"), args.get("device", "cpu"));
    if (o.synthesis.dropout && !model->hasDropout())
        throw UsageError("--dropout: this model's generators have no dropout layers; use --rc for diversity");
    std::vector<std::string> names;
    const std::vector<gan::SliceData> masks = loadMasks(args, names);
    StderrProgress progress;
    const DatasetExportResult r = exportDataset(*model, masks, out, o, &progress);
    std::printf("%d cases written to %s\n", r.cases, r.folder.c_str());
    return 0;
}

}  // namespace cosingan::cli
