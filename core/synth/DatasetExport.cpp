#include "DatasetExport.h"

#include "gan/ModelStore.h"
#include "gan/SliceBundle.h"
#include "gan/Training.h"
#include "image/MaskImage.h"
#include "image/SliceExtraction.h"
#include "io/VolumeIO.h"
#include "volume/CtVolume.h"
#include "volume/Labels.h"

#include <cstdio>
#include <filesystem>
#include <random>
#include <stdexcept>

namespace fs = std::filesystem;

namespace cosingan {

namespace {

std::string caseName(const std::string& dataset, int index) {
    char number[16];
    std::snprintf(number, sizeof number, "%04d", index);
    return dataset + "_" + number;
}

// OUT may be created, filled (empty folder) or replaced (an export of ours); anything else is
// refused before any work is done.
bool mayReplace(const fs::path& out) {
    std::error_code ec;
    if (!fs::exists(out, ec)) return false;
    if (!fs::is_directory(out, ec))
        throw std::runtime_error("'" + out.string() + "' is a file: choose a folder name for the dataset");
    if (fs::is_empty(out, ec)) return false;
    if (!fs::exists(out / kExportRecordName, ec))
        throw std::runtime_error("'" + out.string() + "' is a folder with other files in it and not a dataset exported by "
                                 "CoSinGAN Studio: nothing is written there. Choose a new or empty folder.");
    return true;
}

fs::path siblingName(const fs::path& out, const char* what) {
    std::random_device rd;
    for (int attempt = 0; attempt < 100; ++attempt) {
        const fs::path p = out.parent_path() / (out.filename().string() + what + std::to_string(rd() % 1000000));
        std::error_code ec;
        if (!fs::exists(p, ec)) return p;
    }
    throw std::runtime_error("cannot find a free temporary name next to '" + out.string() + "'");
}

// Removes the staging folder unless the export completed.
struct Staging {
    fs::path path;
    bool done = false;
    ~Staging() {
        std::error_code ec;
        if (!done && !path.empty()) fs::remove_all(path, ec);
    }
};

void writeCase(const fs::path& root, DatasetLayout layout, const std::string& name, const std::vector<uint8_t>& image,
               const std::vector<uint8_t>& labels, int w, int h, const double spacing[3]) {
    if (layout == DatasetLayout::PngPairs) {
        writeGrayPng((root / "images" / (name + ".png")).string(), image, w, h);
        writeGrayPng((root / "labels" / (name + ".png")).string(), labels, w, h);
        return;
    }
    ImageGeometry g;
    g.size = {w, h, 1};
    g.spacing = {spacing[0], spacing[1], spacing[2]};
    CtVolume ct(g, int16_t(0));
    for (size_t i = 0; i < image.size(); ++i) ct.voxels()[i] = eightBitToHu(image[i]);
    ct.provenance.description = "CoSinGAN synthetic CT (HU from the lung window)";
    const bool nnunet = layout == DatasetLayout::NnUnet;
    writeCtVolume(ct, (root / (nnunet ? "imagesTr" : "images") / (name + (nnunet ? "_0000.nii.gz" : ".nii.gz"))).string());
    writeLabelMap(LabelMap(g, labels), (root / (nnunet ? "labelsTr" : "labels") / (name + ".nii.gz")).string(), "CoSinGAN labels 0..3");
}

}  // namespace

DatasetLayout datasetLayoutFromName(const std::string& name) {
    if (name == "nnunet") return DatasetLayout::NnUnet;
    if (name == "nifti") return DatasetLayout::NiftiPairs;
    if (name == "png") return DatasetLayout::PngPairs;
    throw std::invalid_argument("the dataset layout is nnunet, nifti or png, not '" + name + "'");
}

DatasetExportResult exportDataset(const gan::CoSinGanModel& model, const std::vector<gan::SliceData>& masks,
                                        const std::string& outFolder, const DatasetExportOptions& o, JobControl* job) {
    // Refusals first.
    if (outFolder.empty()) throw std::invalid_argument("no output folder was given");
    if (o.datasetName.empty() || o.datasetName.find_first_not_of(
                                     "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-") != std::string::npos)
        throw std::invalid_argument("the dataset name '" + o.datasetName + "' may hold only letters, digits and '-'");
    if (o.variantsPerMask < 1) throw std::invalid_argument("variants per mask must be at least 1");
    if (o.variantsPerMask > 1 && !o.synthesis.randomCondition && !o.synthesis.dropout)
        throw std::invalid_argument("several variants per mask would be identical: turn on the randomised condition or dropout");
    if (masks.empty() && !o.includeTrainingSlice) throw std::invalid_argument("no masks to generate from");
    for (double s : o.spacingMm)
        if (!(s > 0 && s < 1000)) throw std::invalid_argument("the pixel spacing must be positive (mm)");
    for (const auto& m : masks) m.validateAsCondition();
    const fs::path out = fs::absolute(fs::path(outFolder)).lexically_normal();
    const bool replace = mayReplace(out);

    std::error_code ec;
    fs::create_directories(out.parent_path(), ec);
    Staging staging{siblingName(out, ".partial-")};
    const bool nnunet = o.layout == DatasetLayout::NnUnet;
    fs::create_directories(staging.path / (nnunet ? "imagesTr" : "images"));
    fs::create_directories(staging.path / (nnunet ? "labelsTr" : "labels"));

    Json cases = Json::array();
    int index = 0;
    const int total = int(masks.size()) * o.variantsPerMask + (o.includeTrainingSlice ? 1 : 0);
    auto progress = [&](const std::string& what) {
        if (job && job->isCancelRequested()) throw JobCancelled();
        if (job) job->reportProgress(double(index) / std::max(1, total), what);
    };
    if (o.includeTrainingSlice) {
        progress("the real training slice");
        const gan::SliceData real = gan::loadSliceBundle(gan::trainingSlicePath(model.folder()));
        const std::string name = caseName(o.datasetName, ++index);
        writeCase(staging.path, o.layout, name, real.image, real.labels, real.width, real.height, o.spacingMm);
        Json c = Json::object();
        c["case"] = name;
        c["real"] = true;
        c["mask"] = real.source;
        cases.push_back(c);
    }
    for (int v = 0; v < o.variantsPerMask; ++v) {
        gan::SynthesisOptions so = o.synthesis;
        so.seed = o.synthesis.seed + uint64_t(v);
        so.intermediates = false;
        // In batches, so that a cancel is honoured between them and memory stays bounded.
        const size_t batch = size_t(std::max(1, so.batchSize));
        for (size_t first = 0; first < masks.size(); first += batch) {
            progress("variant " + std::to_string(v + 1) + " of " + std::to_string(o.variantsPerMask));
            const std::vector<gan::SliceData> part(masks.begin() + long(first), masks.begin() + long(std::min(masks.size(), first + batch)));
            const auto results = model.generate(part, so);
            for (size_t i = 0; i < results.size(); ++i) {
                const std::string name = caseName(o.datasetName, ++index);
                writeCase(staging.path, o.layout, name, results[i].image, part[i].labels, results[i].width, results[i].height, o.spacingMm);
                Json c = Json::object();
                c["case"] = name;
                c["mask"] = part[i].source.empty() ? "mask " + std::to_string(first + i + 1) : part[i].source;
                c["variant"] = v;
                c["seed"] = double(so.seed);
                cases.push_back(c);
            }
        }
    }
    progress("writing dataset.json");

    Json dataset = Json::object();
    Json channels = Json::object();
    channels["0"] = "CT";
    dataset["channel_names"] = channels;
    Json labels = Json::object();
    labels["background"] = 0;
    labels["left lung"] = 1;
    labels["right lung"] = 2;
    labels["infection"] = 3;
    dataset["labels"] = labels;
    dataset["numTraining"] = index;
    dataset["file_ending"] = ".nii.gz";
    dataset["name"] = o.datasetName;
    dataset["description"] = "Synthetic CT slices made by CoSinGAN Studio from one annotated slice";
    if (nnunet) writeJsonFile((staging.path / "dataset.json").string(), dataset);

    Json record = Json::object();
    record["format"] = "cosingan-studio-export";
    record["layout"] = nnunet ? "nnU-Net v2 raw" : o.layout == DatasetLayout::NiftiPairs ? "NIfTI pairs" : "PNG pairs";
    record["command"] = o.command;
    record["created"] = gan::isoTimestampNow();
    record["model"] = model.folder();
    try {
        const Json manifest = readJsonFile((fs::path(model.folder()) / "manifest.json").string());
        if (const Json* w = manifest.find("weights")) record["model_weights"] = *w;  // files and checksums
        if (const Json* c = manifest.find("config")) record["model_config"] = *c;
    } catch (const std::exception&) {
        // a model held in memory only: its folder is recorded, not its checksums
    }
    Json options = Json::object();
    options["variants_per_mask"] = o.variantsPerMask;
    options["seed"] = double(o.synthesis.seed);
    options["randomised_condition"] = o.synthesis.randomCondition;
    options["rc_deltas"] = std::vector<double>{o.synthesis.deltaBackground, o.synthesis.deltaLung, o.synthesis.deltaInfection};
    options["dropout"] = o.synthesis.dropout;
    options["spacing_mm"] = std::vector<double>{o.spacingMm[0], o.spacingMm[1], o.spacingMm[2]};
    options["include_training_slice"] = o.includeTrainingSlice;
    record["options"] = options;
    record["cases"] = cases;
    writeJsonFile((staging.path / kExportRecordName).string(), record);
    if (job && job->isCancelRequested()) throw JobCancelled();

    // Into place: an earlier export of ours is moved aside first and removed once the new one is in.
    fs::path previous;
    if (replace) {
        previous = siblingName(out, ".previous-");
        fs::rename(out, previous);
    } else if (fs::exists(out, ec)) {
        fs::remove(out);  // the empty folder it was
    }
    try {
        fs::rename(staging.path, out);
    } catch (...) {
        if (!previous.empty()) fs::rename(previous, out, ec);  // the earlier export back in place
        throw;
    }
    staging.done = true;
    if (!previous.empty()) fs::remove_all(previous, ec);
    if (job) job->reportProgress(1.0, "done");
    return {index, out.string()};
}

std::vector<gan::LabelledSlice> readExportedDataset(const std::string& folder, bool withReal) {
    const fs::path root(folder);
    const Json record = readJsonFile((root / kExportRecordName).string());
    if (record.value("format", "") != std::string("cosingan-studio-export"))
        throw std::runtime_error("'" + folder + "' is not a dataset exported by CoSinGAN Studio");
    const std::string layout = record.value("layout", "");
    std::vector<gan::LabelledSlice> slices;
    for (const Json& c : record.at("cases").asArray()) {
        if (c.value("real", false) && !withReal) continue;
        const std::string name = c.at("case").asString();
        gan::LabelledSlice s;
        s.name = name;
        if (layout == "PNG pairs") {
            const MaskImage image = readMaskImage((root / "images" / (name + ".png")).string(), "the exported image");
            const MaskImage labels = readMaskImage((root / "labels" / (name + ".png")).string(), "the exported labels");
            s.width = image.width;
            s.height = image.height;
            s.image = image.values;
            s.labels = labels.values;
        } else {
            const bool nnunet = layout == "nnU-Net v2 raw";
            const CtVolume ct = readCtVolume((root / (nnunet ? "imagesTr" : "images") / (name + (nnunet ? "_0000.nii.gz" : ".nii.gz"))).string());
            const LabelMap labels = readLabelMap((root / (nnunet ? "labelsTr" : "labels") / (name + ".nii.gz")).string(), &ct.geometry());
            s.width = ct.columns();
            s.height = ct.rows();
            s.image.resize(ct.voxels().size());
            for (size_t i = 0; i < s.image.size(); ++i) s.image[i] = huToEightBitLungWindow(ct.voxels()[i]);
            s.labels = labels.voxels();
            s.spacingX = ct.geometry().spacing[0];
            s.spacingY = ct.geometry().spacing[1];
        }
        slices.push_back(std::move(s));
    }
    return slices;
}

}  // namespace cosingan
