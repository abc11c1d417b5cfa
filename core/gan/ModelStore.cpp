#include "ModelStore.h"

#include "TensorFile.h"
#include "util/AtomicFile.h"
#include "util/ContentHash.h"
#include "util/FileSafety.h"
#include "util/Timestamp.h"
#include "util/UserMessage.h"

#include <filesystem>
#include <stdexcept>

namespace fs = std::filesystem;

namespace cosingan::gan {

std::string manifestPath(const std::string& folder) { return (fs::path(folder) / "manifest.json").string(); }

Json newManifest(const GanConfig& config) {
    Json m = Json::object();
    m["format"] = kModelFormat;
    m["version"] = kModelFormatVersion;
    m["created"] = isoTimestampNow();
    m["updated"] = isoTimestampNow();
    m["config"] = config.toJson();
    m["trained_scales"] = 0;
    m["complete"] = false;
    m["weights"] = Json::array();
    m["loss_history"] = Json::object();
    return m;
}

Json readManifest(const std::string& folder) {
    std::error_code ec;
    const PathKind kind = pathKind(folder);
    if (kind == PathKind::Missing) throw UserError(COSINGAN_MESSAGE("Messages", "The model folder '%1' does not exist."), {folder});
    if (kind != PathKind::Directory)
        throw UserError(COSINGAN_MESSAGE("Messages", "'%1' is %2, not a model folder: choose the folder that holds "
                                         "manifest.json."),
                        {folder, describeKind(kind)});
    const std::string path = manifestPath(folder);
    if (pathKind(path) != PathKind::RegularFile)
        throw UserError(COSINGAN_MESSAGE("Messages", "'%1' is not a CoSinGAN Studio model: it has no manifest.json."), {folder});
    Json m;
    try {
        m = readJsonFile(path);
    } catch (const std::exception& e) {
        throw UserError(COSINGAN_MESSAGE("Messages", "The model's manifest in '%1' is damaged: %2"), {folder, e.what()});
    }
    if (!m.isObject() || m.value("format", "") != std::string(kModelFormat))
        throw UserError(COSINGAN_MESSAGE("Messages", "'%1' holds a manifest.json of another kind, not a CoSinGAN Studio model."),
                        {folder});
    const int version = m.value("version", 0);
    if (version != kModelFormatVersion)
        throw UserError(COSINGAN_MESSAGE("Messages", "The model in '%1' has format version %2; this CoSinGAN Studio reads "
                                         "version %3."),
                        {folder, std::to_string(version), std::to_string(kModelFormatVersion)});
    return m;
}

void writeManifest(const std::string& folder, const Json& manifest) { writeJsonFile(manifestPath(folder), manifest); }

Json saveScaleWeights(const std::string& folder, int scale, int size, const UNetGenerator& stage1,
                      const UNetGenerator& stage2) {
    // Weights as fp16 (the paper's pyramid: 0.9 GB instead of 1.8); checkpoints keep fp32.
    TensorFile f;
    f.putModule("s.", *stage1, /*halfParameters=*/true);
    if (stage2) f.putModule("r.", *stage2, /*halfParameters=*/true);  // none: a scale without stage 2
    const std::string relative = "generators/scale" + std::to_string(scale) + ".pt";
    const std::string path = (fs::path(folder) / relative).string();
    const std::string checksum = f.save(path);
    Json entry = Json::object();
    entry["scale"] = scale;
    entry["size"] = size;
    entry["file"] = relative;
    entry["bytes"] = double(fs::file_size(path));
    entry["precision"] = "fp16";
    entry["checksum_algorithm"] = ContentHash::kName;
    entry["checksum"] = checksum;
    return entry;
}

LoadedModel loadModel(const std::string& folder, const torch::Device& device, int maxScales) {
    Json manifest = readManifest(folder);
    GanConfig config;
    try {
        config = GanConfig::fromJson(manifest.at("config"));
        config.validate();
    } catch (const std::exception& e) {
        throw UserError(COSINGAN_MESSAGE("Messages", "The model's configuration in '%1' is damaged: %2"), {folder, e.what()});
    }
    LoadedModel model{config, manifest, GeneratorPyramid(config, device)};
    int trained = manifest.value("trained_scales", 0);
    if (maxScales >= 0) {
        if (trained < maxScales) throw std::runtime_error("the model in '" + folder + "' has fewer trained scales than its checkpoint needs");
        trained = maxScales;
    }
    if (trained < 1 && maxScales != 0)
        throw UserError(COSINGAN_MESSAGE("Messages", "The model in '%1' has no trained scale yet: train it for a while, or "
                                         "resume its training, before generating from it."),
                        {folder});
    const Json::Array& weights = manifest.at("weights").asArray();
    if (int(weights.size()) < trained || trained > int(config.scales.size()))
        throw std::runtime_error("the model's manifest lists fewer weight files than trained scales (damaged)");
    for (int i = 0; i < trained; ++i) {
        const Json& entry = weights[size_t(i)];
        const std::string path = (fs::path(folder) / entry.at("file").asString()).string();
        std::error_code ec;
        if (!fs::exists(path, ec))
            throw UserError(COSINGAN_MESSAGE("Messages", "The model in '%1' is incomplete: its file %2 is missing."),
                            {folder, entry.at("file").asString()});
        // Folders written before the content hash carry a byte-wise FNV-1a checksum.
        const TensorFile f = TensorFile::loadVerified(path, entry.at("checksum").asString(),
                                                      entry.value("checksum_algorithm", "fnv1a"), device);
        UNetGenerator s = model.pyramid.makeGenerator(i), r{nullptr};
        f.restoreModule("s.", *s);
        if (config.hasStage2(i)) {
            r = model.pyramid.makeGenerator(i);
            f.restoreModule("r.", *r);
        }
        model.pyramid.setScale(i, s, r);
    }
    return model;
}

}  // namespace cosingan::gan

namespace cosingan::gan {

namespace {

// Everything a model folder may hold: what the trainer writes, and its save temporaries.
bool isModelEntry(const fs::directory_entry& e) {
    const std::string name = e.path().filename().string();
    if (isSaveTemporaryName(name)) return true;
    static const char* files[] = {"manifest.json", "training-slice.pt", "segmentation-unet.pt"};
    for (const char* f : files)
        if (name == f) return e.is_regular_file();
    if (name == "checkpoint") return e.is_directory();
    if (name != "generators" || !e.is_directory()) return false;
    std::error_code ec;
    for (const auto& g : fs::directory_iterator(e.path(), ec)) {
        const std::string n = g.path().filename().string();
        const bool weights = n.rfind("scale", 0) == 0 && g.path().extension() == ".pt" && g.is_regular_file();
        if (!weights && !isSaveTemporaryName(n)) return false;
    }
    return true;
}

}  // namespace

bool isModelFolder(const std::string& folder) {
    std::error_code ec;
    if (!fs::is_regular_file(fs::path(folder) / "manifest.json", ec)) return false;
    try {
        readManifest(folder);
        return true;
    } catch (const std::exception&) {
        return false;
    }
}

UserMessage modelFolderRefusal(const std::string& folder, const std::vector<std::string>& inputs) {
    if (folder.empty()) return {COSINGAN_MESSAGE("Messages", "No model folder was given."), {}};
    for (const std::string& input : inputs) {
        if (input.empty()) continue;
        if (pathIsWithin(input, folder))
            return {COSINGAN_MESSAGE("Messages", "The model folder '%1' contains the training input '%2': a model gets a "
                                     "folder of its own (for example '%3'); nothing was changed."),
                    {folder, input, (fs::path(folder) / "model").lexically_normal().string()}};
        if (pathKind(input) == PathKind::Directory && pathIsWithin(folder, input))
            return {COSINGAN_MESSAGE("Messages", "The model folder '%1' lies inside the input folder '%2' (a DICOM "
                                     "series): choose a folder outside the study; nothing was changed."),
                    {folder, input}};
    }
    const PathKind kind = pathKind(folder);
    if (kind == PathKind::Missing) return {};
    if (kind != PathKind::Directory)
        return {COSINGAN_MESSAGE("Messages", "'%1' is %2, not a model folder: choose the name of a new folder; nothing "
                                 "was changed."),
                {folder, describeKind(kind)}};
    std::error_code ec;
    if (fs::is_empty(folder, ec)) return {};
    if (!isModelFolder(folder))
        return {COSINGAN_MESSAGE("Messages", "'%1' already holds files and is not a CoSinGAN Studio model folder: "
                                 "choose a new or empty folder (only a folder written by CoSinGAN Studio is ever "
                                 "replaced); nothing was changed."),
                {folder}};
    for (const auto& e : fs::directory_iterator(folder, ec))
        if (!isModelEntry(e))
            return {COSINGAN_MESSAGE("Messages", "The model folder '%1' also holds '%2', which is not part of a model: "
                                     "move it away or choose another folder; nothing was changed."),
                    {folder, e.path().filename().string()}};
    return {};
}

void claimModelFolder(const std::string& folder, const std::vector<std::string>& inputs) {
    const UserMessage why = modelFolderRefusal(folder, inputs);
    if (!why.empty()) throw UserInputError(why);
    std::error_code ec;
    if (pathKind(folder) == PathKind::Directory) {
        // Only the model's own entries (modelFolderRefusal checked that there is nothing else).
        for (const auto& e : fs::directory_iterator(folder, ec)) removeTree(e.path().string());
    }
    fs::create_directories(folder, ec);
    if (pathKind(folder) != PathKind::Directory)
        throw std::runtime_error("cannot create the model folder '" + folder + "': " + ec.message());
}

}  // namespace cosingan::gan
