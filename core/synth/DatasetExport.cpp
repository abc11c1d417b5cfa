#include "DatasetExport.h"

#include "DatasetWriter.h"
#include "MaskFiles.h"
#include "VolumeSynthesis.h"

#include "gan/LungBox.h"
#include "gan/SliceBundle.h"
#include "gan/Training.h"
#include "image/MaskImage.h"
#include "image/SliceExtraction.h"
#include "io/VolumeIO.h"
#include "util/UserMessage.h"
#include "volume/CtVolume.h"
#include "volume/Labels.h"

#include <cstdio>
#include <filesystem>
#include <random>
#include <stdexcept>

namespace fs = std::filesystem;

namespace cosingan {

namespace {

void checkCommonOptions(const gan::CoSinGanModel& model, const std::string& outFolder, const DatasetExportOptions& o) {
    if (o.synthesis.dropout && !model.hasDropout())
        throw UserInputError(COSINGAN_MESSAGE("Messages", "This model's generators have no dropout layers (%1 preset): "
                                              "dropout at synthesis would change nothing; use the randomised condition."),
                             {model.config().preset});
    if (outFolder.empty()) throw std::invalid_argument("no output folder was given");
    if (o.datasetName.empty() || o.datasetName.find_first_not_of(
                                     "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-") != std::string::npos)
        throw UserInputError(COSINGAN_MESSAGE("Messages", "The dataset name '%1' may hold only letters, digits and '-'."),
                             {o.datasetName});
    if (o.variantsPerMask < 1) throw UserInputError(COSINGAN_MESSAGE("Messages", "Variants per mask must be at least 1."), {});
    const bool randomZeta = o.fuseWith && o.fusion.zeta < 0;
    if (o.variantsPerMask > 1 && !o.synthesis.randomCondition && !o.synthesis.dropout && !randomZeta)
        throw UserInputError(COSINGAN_MESSAGE("Messages", "Several variants per mask would be identical: turn on the "
                                              "randomised condition, dropout or fusion with a random weight."),
                             {});
    if (o.fuseWith && o.fusion.zeta > 1)
        throw UserInputError(COSINGAN_MESSAGE("Messages", "The fusion weight zeta must be in [0, 1]."), {});
}

// What made the dataset: the model's files and checksums, every option, the command line.
// A model's folder, weight files with their checksums and configuration, for the record.
void recordModel(Json& record, const std::string& prefix, const gan::CoSinGanModel& model) {
    record[prefix] = model.folder();
    try {
        const Json manifest = readJsonFile((fs::path(model.folder()) / "manifest.json").string());
        if (const Json* w = manifest.find("weights")) record[prefix + "_weights"] = *w;  // files and checksums
        if (const Json* c = manifest.find("config")) record[prefix + "_config"] = *c;
    } catch (const std::exception&) {
        // a model held in memory only: its folder is recorded, not its checksums
    }
}

Json exportRecord(const gan::CoSinGanModel& model, const DatasetExportOptions& o, Json cases) {
    Json record = Json::object();
    record["command"] = o.command;
    recordModel(record, "model", model);
    if (o.fuseWith) {
        recordModel(record, "fused_with", *o.fuseWith);
        record["fusion_zeta"] = o.fusion.zeta < 0 ? Json("random") : Json(o.fusion.zeta);
        record["fusion_beta_alpha"] = o.fusion.betaAlpha;
    }
    Json options = Json::object();
    options["variants_per_mask"] = o.variantsPerMask;
    options["seed"] = (unsigned long long)o.synthesis.seed;
    options["randomised_condition"] = o.synthesis.randomCondition;
    options["rc_deltas"] = std::vector<double>{o.synthesis.deltaBackground, o.synthesis.deltaLung, o.synthesis.deltaInfection};
    options["dropout"] = o.synthesis.dropout;
    options["spacing_mm"] = std::vector<double>{o.spacingMm[0], o.spacingMm[1], o.spacingMm[2]};
    options["include_training_slice"] = o.includeTrainingSlice;
    record["options"] = options;
    record["cases"] = std::move(cases);
    return record;
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
    checkCommonOptions(model, outFolder, o);
    if (masks.empty() && !o.includeTrainingSlice) throw std::invalid_argument("no masks to generate from");
    for (double s : o.spacingMm)
        if (!(s > 0 && s < 1000)) throw std::invalid_argument("the pixel spacing must be positive (mm)");
    for (const auto& m : masks) m.validateAsCondition();
    DatasetWriter writer(outFolder, o.layout, o.datasetName);

    Json cases = Json::array();
    const int total = int(masks.size()) * o.variantsPerMask + (o.includeTrainingSlice ? 1 : 0);
    auto progress = [&](const std::string& what) {
        if (job && job->isCancelRequested()) throw JobCancelled();
        if (job) job->reportProgress(double(writer.cases()) / std::max(1, total), what);
    };
    const gan::GanConfig& mc = model.config();
    if (o.includeTrainingSlice) {
        progress("the real training slice");
        const gan::SliceData real = gan::modelField(gan::loadSliceBundle(gan::trainingSlicePath(model.folder())), mc.lungCropMargin);
        const std::string name = writer.nextCaseName();
        writer.writeSlice(name, real.image, real.labels, real.width, real.height, o.spacingMm);
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
            const auto results = o.fuseWith ? gan::CoSinGanModel::generateFused(model, *o.fuseWith, part, so, o.fusion)
                                            : model.generate(part, so);
            for (size_t i = 0; i < results.size(); ++i) {
                const std::string name = writer.nextCaseName();
                writer.writeSlice(name, results[i].image, results[i].labels, results[i].width, results[i].height, o.spacingMm);
                Json c = Json::object();
                c["case"] = name;
                c["mask"] = part[i].source.empty() ? "mask " + std::to_string(first + i + 1) : part[i].source;
                c["variant"] = v;
                c["seed"] = (unsigned long long)so.seed;
                if (o.fuseWith) c["zeta"] = results[i].zeta;
                if (mc.cropsToLungs())
                    c["box"] = std::vector<double>{double(results[i].x), double(results[i].y), double(results[i].width),
                                                   double(results[i].height)};
                cases.push_back(c);
            }
        }
    }
    progress("writing the record");
    const std::string folder = writer.commit(exportRecord(model, o, std::move(cases)));
    if (job) job->reportProgress(1.0, "done");
    return {writer.cases(), folder};
}

DatasetExportResult exportVolumeDataset(const gan::CoSinGanModel& model, const std::vector<VolumeCase>& volumes,
                                        const std::string& outFolder, const DatasetExportOptions& o, JobControl* job) {
    checkCommonOptions(model, outFolder, o);
    if (volumes.empty()) throw std::invalid_argument("no label volumes to generate from");
    if (o.layout == DatasetLayout::PngPairs) throw std::invalid_argument("whole volumes need a NIfTI layout (nnunet or nifti), not PNG");
    if (o.includeTrainingSlice) throw std::invalid_argument("the real training slice is a 2-D slice: it cannot be a case of a volume dataset");
    for (const auto& v : volumes) {
        if (!v.labels) throw std::invalid_argument("a volume case without labels");
        bool lungs = false;
        for (int k = 0; k < v.labels->slices() && !lungs; ++k) lungs = v.labels->sliceHasLungs(k);
        if (!lungs) throw labelVolumeWithoutLungs(v.source);
    }
    DatasetWriter writer(outFolder, o.layout, o.datasetName);
    Json cases = Json::array();
    const int total = int(volumes.size()) * o.variantsPerMask;
    // Each volume's progress within the whole export.
    struct Part : JobControl {
        JobControl* outer;
        double from, width;
        std::string label;
        Part(JobControl* o, double f, double w, std::string l) : outer(o), from(f), width(w), label(std::move(l)) {}
        void reportProgress(double fraction, const std::string&) override {
            if (outer) outer->reportProgress(from + width * fraction, label);
        }
        bool isCancelRequested() const override { return outer && outer->isCancelRequested(); }
    };
    for (int v = 0; v < o.variantsPerMask; ++v)
        for (size_t i = 0; i < volumes.size(); ++i) {
            if (job && job->isCancelRequested()) throw JobCancelled();
            VolumeSynthesisOptions so;
            so.synthesis = o.synthesis;
            so.synthesis.seed = o.synthesis.seed + uint64_t(v);
            so.synthesis.intermediates = false;
            so.fuseWith = o.fuseWith;
            so.fusion = o.fusion;
            const int done = writer.cases();
            Part part(job, double(done) / total, 1.0 / total,
                      "volume " + std::to_string(done + 1) + " of " + std::to_string(total));
            const SynthesizedVolume sv = synthesizeVolume(model, *volumes[i].labels, volumes[i].reference, so, &part);
            const std::string name = writer.nextCaseName();
            writer.writeVolume(name, sv.ct, sv.labels);
            Json c = Json::object();
            c["case"] = name;
            c["mask"] = volumes[i].source;
            c["variant"] = v;
            c["seed"] = (unsigned long long)so.synthesis.seed;
            c["volume"] = true;
            c["generated_slices"] = sv.generatedSlices;
            c["reference_slices"] = sv.referenceSlices;
            c["air_slices"] = sv.airSlices;
            if (volumes[i].reference) c["reference"] = volumes[i].referenceSource;
            cases.push_back(c);
        }
    Json record = exportRecord(model, o, std::move(cases));
    record["volumes"] = true;
    const std::string folder = writer.commit(std::move(record));
    if (job) job->reportProgress(1.0, "done");
    return {writer.cases(), folder};
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
            const MaskImage image = readMaskImage((root / "images" / (name + ".png")).string(), COSINGAN_MESSAGE("Messages", "the exported image"));
            const MaskImage labels = readMaskImage((root / "labels" / (name + ".png")).string(), COSINGAN_MESSAGE("Messages", "the exported labels"));
            s.width = image.width;
            s.height = image.height;
            s.image = image.values;
            s.labels = labels.values;
            slices.push_back(std::move(s));
        } else {
            const bool nnunet = layout == "nnU-Net v2 raw";
            const CtVolume ct = readCtVolume((root / (nnunet ? "imagesTr" : "images") / (name + (nnunet ? "_0000.nii.gz" : ".nii.gz"))).string());
            const LabelMap labels = readLabelMap((root / (nnunet ? "labelsTr" : "labels") / (name + ".nii.gz")).string(), &ct.geometry());
            const bool volume = c.value("volume", false);
            const size_t plane = size_t(ct.columns()) * size_t(ct.rows());
            for (int k = 0; k < ct.slices(); ++k) {
                if (volume && !labels.sliceHasLungs(k)) continue;
                gan::LabelledSlice t = s;
                if (volume) t.name = name + "_z" + std::to_string(k);
                t.width = ct.columns();
                t.height = ct.rows();
                t.image.resize(plane);
                for (size_t i = 0; i < plane; ++i) t.image[i] = huToEightBitLungWindow(ct.voxels()[size_t(k) * plane + i]);
                t.labels.assign(labels.voxels().begin() + long(size_t(k) * plane), labels.voxels().begin() + long(size_t(k + 1) * plane));
                t.spacingX = ct.geometry().spacing[0];
                t.spacingY = ct.geometry().spacing[1];
                slices.push_back(std::move(t));
                if (!volume) break;  // a single-slice case
            }
        }
    }
    return slices;
}

}  // namespace cosingan
