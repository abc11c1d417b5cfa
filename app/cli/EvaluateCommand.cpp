// cosingan evaluate: the paper's task-driven measure. A 2-D U-Net segmenter is trained on the given
// (synthetic, real or mixed) slices and tested on real labelled slices; in the same run the same
// segmenter trained on the real training slice(s) alone gives the baseline. Per-label Dice and NSD,
// per case and mean ± sd, as a table, JSON (with the command line) and CSV.
#include "CliArgs.h"
#include "Commands.h"
#include "LabelledInput.h"

#include "gan/Runtime.h"
#include "gan/eval/EvaluationJson.h"
#include "util/AtomicFile.h"
#include "util/Json.h"
#include "util/Memory.h"

#include <cstdio>
#include <iostream>
#include <sstream>

namespace cosingan::cli {

namespace {

const char* kHelp =
    "usage: cosingan evaluate --train DATASET [--train DATASET2 ...] --test REAL [options]\n\n"
    "Trains a 2-D U-Net segmenter (background, lungs, infection) on DATASET(s) and tests it on the real\n"
    "labelled slices in REAL; with --baseline-real the same segmenter is trained on those real slices\n"
    "alone in the same run. A dataset is a folder with images/ and labels/ (0..3) or infection/ [+ lungs/],\n"
    "slice bundles (*.pt), or a dataset written by cosingan export (any layout).\n\n"
    "  --train DIR            training slices (repeatable: the folders are used together)\n"
    "  --train-slices LIST    only these names of the training folders (e.g. 10,11)\n"
    "  --test DIR             real labelled test slices; --test-slices LIST to choose\n"
    "  --baseline-real DIR    real training slices for the baseline row; --baseline-slices LIST\n"
    "  --mixed                also a row trained on DATASET(s) plus the baseline's real slices\n"
    "  --real-share F         in the --mixed row, the share of each batch drawn from the real slices\n"
    "                         (0 < F < 1; e.g. 0.5: the real slices as often as the whole dataset;\n"
    "                         default: every slice alike)\n"
    "  --also-real DIR        another real training set as a row of its own (e.g. more real slices);\n"
    "                         repeatable\n"
    "  --auto-lungs           propose lungs where a folder has infection masks only (Inf-Net data)\n"
    "  --spacing X,Y          mm per pixel of plain images and bundles, which carry none (default 1,1);\n"
    "                         an exported dataset (cosingan export) keeps its files' spacing\n"
    "  --iterations N         segmenter iterations (default 800), --batch N (8), --size PX (128)\n"
    "  --channels N           U-Net base channels (16)\n"
    "  --seed N               (default 0); --device cpu|cuda; --threads N\n"
    "  --tolerance-lungs MM   NSD tolerance for the lungs (default 1), --tolerance-infection MM (3)\n"
    "  --json FILE            the results as JSON (with the command line); --csv FILE per case\n";

std::string cell(const gan::ScoreSummary& s) {
    if (s.count == 0) return "      n/a      ";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3f ± %.3f", s.mean, s.sd);
    return buf;
}

}  // namespace

int runEvaluate(const Args& argv) {
    CliArgs args(argv, {"auto-lungs", "mixed", "help"});
    if (args.has("help")) {
        std::printf("%s", kHelp);
        return 0;
    }
    args.rejectUnknown({"train", "train-slices", "test", "test-slices", "baseline-real", "baseline-slices", "auto-lungs",
                        "iterations", "batch", "size", "channels", "seed", "device", "threads", "tolerance-lungs",
                        "tolerance-infection", "json", "csv", "mixed", "help", "spacing", "also-real",
                        "real-share"});
    if (args.has("mixed") && !args.has("baseline-real")) throw UsageError("--mixed needs --baseline-real (the real slices to add)");
    if (!args.has("train")) throw UsageError("give --train DATASET (see --help)");
    if (args.has("real-share") && !args.has("mixed")) throw UsageError("--real-share is for the --mixed row: give --mixed too");
    const double realShare = args.has("real-share") ? args.getDouble("real-share", 0.5, 0, 1) : 0;
    if (args.has("real-share") && !(realShare > 0 && realShare < 1))
        throw UsageError("--real-share must lie strictly between 0 and 1 (the real slices' share of each batch)");
    gan::SegmenterOptions o;
    o.iterations = args.getInt("iterations", o.iterations, 1, 1000000);
    o.batchSize = args.getInt("batch", o.batchSize, 1, 1024);
    o.size = args.getInt("size", o.size, 32, 1024);
    if (o.size % 16) throw UsageError("--size must be a multiple of 16");
    o.baseChannels = args.getInt("channels", o.baseChannels, 1, 256);
    o.seed = args.getSeed("seed", 0);
    o.device = args.get("device", "cpu");
    o.lungToleranceMm = args.getDouble("tolerance-lungs", o.lungToleranceMm, 0, 100);
    o.infectionToleranceMm = args.getDouble("tolerance-infection", o.infectionToleranceMm, 0, 100);
    gan::configureThreads(args.getInt("threads", 0, 0, 1024), 0);
    retainFreedMemory();  // no page faults from fresh mappings at every iteration

    double spacingX = 0, spacingY = 0;
    if (args.has("spacing") &&
        (std::sscanf(args.get("spacing").c_str(), "%lf,%lf", &spacingX, &spacingY) != 2 || !(spacingX > 0) || !(spacingY > 0)))
        throw UsageError("--spacing needs two positive numbers in mm: columns,rows (e.g. 0.7,0.7)");
    auto folderOptions = [&](const char* slicesKey) {  // nullptr: every slice
        return LabelledFolderOptions{slicesKey ? args.get(slicesKey, "all") : "all", args.has("auto-lungs"), spacingX, spacingY};
    };
    const LabelledFolderOptions trainOptions = folderOptions("train-slices");
    std::vector<gan::LabelledSlice> training;
    for (const auto& folder : args.getAll("train")) {
        auto part = loadLabelledFolder(folder, trainOptions);
        training.insert(training.end(), part.begin(), part.end());
    }
    const auto test = loadLabelledFolder(args.require("test"), folderOptions("test-slices"));

    std::vector<std::pair<std::string, std::vector<gan::LabelledSlice>>> runs;
    std::string trainName;
    for (const auto& f : args.getAll("train")) trainName += (trainName.empty() ? "" : " + ") + f;
    runs.push_back({trainName, training});
    if (args.has("baseline-real")) {
        const std::string name =
            "real: " + args.get("baseline-real") + (args.has("baseline-slices") ? " [" + args.get("baseline-slices") + "]" : "");
        const auto real = loadLabelledFolder(args.get("baseline-real"), folderOptions("baseline-slices"));
        runs.push_back({name, real});
        if (args.has("mixed")) {
            std::vector<gan::LabelledSlice> mixed = training;
            const size_t firstReal = mixed.size();
            mixed.insert(mixed.end(), real.begin(), real.end());
            std::string label = trainName + " + " + name;
            if (realShare > 0) {  // per real slice: share / (1 - share) of the dataset's count, over the real count
                const double w = realShare / (1 - realShare) * double(firstReal) / double(real.size());
                for (size_t i = firstReal; i < mixed.size(); ++i) mixed[i].weight = w;
                char share[48];
                std::snprintf(share, sizeof share, " (real share %.2g)", realShare);
                label += share;
            }
            runs.push_back({label, mixed});
        }
    }

    for (const auto& folder : args.getAll("also-real"))
        runs.push_back({"real: " + folder, loadLabelledFolder(folder, folderOptions(nullptr))});

    std::fprintf(stderr, "segmenter: %d iterations, batch %d, %d px, base %d channels, seed %llu, %s (%s); test: %zu real slices\n",
                 o.iterations, o.batchSize, o.size, o.baseChannels, (unsigned long long)o.seed, o.device.c_str(),
                 gan::runtimeSummary().c_str(), test.size());
    std::vector<gan::EvaluationResult> results;
    for (auto& [name, slices] : runs) {
        std::fprintf(stderr, "training on %s (%zu slices)\n", name.c_str(), slices.size());
        gan::EvaluationResult r = gan::trainAndTestSegmenter(slices, test, o, [&](int it, int total, double loss) {
            if (it % 200 == 0 || it == total) std::fprintf(stderr, "  it %d/%d  loss %.4f\n", it, total, loss);
            return true;
        });
        r.label = name;
        results.push_back(std::move(r));
    }

    std::printf("%-46s %6s  %-15s  %-15s  %-15s  %-15s  %7s\n", "training set", "slices", "infection Dice", "infection NSD",
                "lungs Dice", "lungs NSD", "seconds");
    for (const auto& r : results)
        std::printf("%-46.46s %6d  %s  %s  %s  %s  %7.0f\n", r.label.c_str(), r.trainingSlices, cell(r.diceInfection).c_str(),
                    cell(r.nsdInfection).c_str(), cell(r.diceLungs).c_str(), cell(r.nsdLungs).c_str(), r.seconds);
    std::printf("(%zu test slices; NSD tolerance %.3g mm lungs, %.3g mm infection; plain images count %s mm per pixel)\n",
                test.size(), o.lungToleranceMm, o.infectionToleranceMm, args.get("spacing", "1").c_str());

    if (args.has("json")) {
        Json j = Json::object();
        std::string command = "cosingan evaluate";
        for (const auto& a : argv) command += " " + a;
        j["command"] = command;
        j["segmenter"]["iterations"] = o.iterations;
        j["segmenter"]["batch"] = o.batchSize;
        j["segmenter"]["size"] = o.size;
        j["segmenter"]["base_channels"] = o.baseChannels;
        j["segmenter"]["seed"] = (unsigned long long)o.seed;
        j["segmenter"]["device"] = o.device;
        j["nsd_tolerance_mm"]["lungs"] = o.lungToleranceMm;
        j["nsd_tolerance_mm"]["infection"] = o.infectionToleranceMm;
        j["test_slices"] = int(test.size());
        Json rows = Json::array();
        for (const auto& r : results) rows.push_back(gan::evaluationResultJson(r));
        j["results"] = rows;
        writeJsonFile(args.get("json"), j);
    }
    if (args.has("csv")) {
        std::ostringstream csv;
        csv << "training_set,case,infection_dice,infection_nsd,lungs_dice,lungs_nsd\n";
        for (const auto& r : results)
            for (const auto& c : r.cases)
                csv << '"' << r.label << "\"," << c.name << ',' << c.diceInfection << ',' << c.nsdInfection << ','
                    << (c.diceLungs >= 0 ? std::to_string(c.diceLungs) : "") << ',' << (c.nsdLungs >= 0 ? std::to_string(c.nsdLungs) : "")
                    << '\n';
        writeBytesAtomically(args.get("csv"), csv.str());
    }
    return 0;
}

}  // namespace cosingan::cli
