#include "ModelStore.h"

#include "TensorFile.h"

#include <ctime>
#include <filesystem>
#include <stdexcept>

namespace fs = std::filesystem;

namespace cosingan::gan {

std::string manifestPath(const std::string& folder) { return (fs::path(folder) / "manifest.json").string(); }

std::string isoTimestampNow() {
    std::time_t t = std::time(nullptr);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&t));
    return buf;
}

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
    if (!fs::is_directory(folder, ec)) throw std::runtime_error("'" + folder + "' is not a model folder (no such folder)");
    const std::string path = manifestPath(folder);
    if (!fs::exists(path, ec))
        throw std::runtime_error("'" + folder + "' is not a CoSinGAN Studio model: it has no manifest.json");
    Json m;
    try {
        m = readJsonFile(path);
    } catch (const std::exception& e) {
        throw std::runtime_error("the model's manifest is damaged: " + std::string(e.what()));
    }
    if (!m.isObject() || m.value("format", "") != std::string(kModelFormat))
        throw std::runtime_error("'" + folder + "' holds a manifest.json of another kind, not a CoSinGAN Studio model");
    const int version = m.value("version", 0);
    if (version != kModelFormatVersion)
        throw std::runtime_error("the model in '" + folder + "' has format version " + std::to_string(version) +
                                 "; this CoSinGAN Studio reads version " + std::to_string(kModelFormatVersion));
    return m;
}

void writeManifest(const std::string& folder, const Json& manifest) { writeJsonFile(manifestPath(folder), manifest); }

Json saveScaleWeights(const std::string& folder, int scale, int size, const UNetGenerator& stage1,
                      const UNetGenerator& stage2) {
    TensorFile f;
    f.putModule("s.", *stage1);
    f.putModule("r.", *stage2);
    const std::string relative = "generators/scale" + std::to_string(scale) + ".pt";
    const std::string path = (fs::path(folder) / relative).string();
    f.save(path);
    Json entry = Json::object();
    entry["scale"] = scale;
    entry["size"] = size;
    entry["file"] = relative;
    entry["bytes"] = double(fs::file_size(path));
    entry["checksum"] = fileChecksum(path);
    return entry;
}

LoadedModel loadModel(const std::string& folder, const torch::Device& device, int maxScales) {
    Json manifest = readManifest(folder);
    GanConfig config;
    try {
        config = GanConfig::fromJson(manifest.at("config"));
        config.validate();
    } catch (const std::exception& e) {
        throw std::runtime_error("the model's configuration is damaged: " + std::string(e.what()));
    }
    LoadedModel model{config, manifest, GeneratorPyramid(config, device)};
    int trained = manifest.value("trained_scales", 0);
    if (maxScales >= 0) {
        if (trained < maxScales) throw std::runtime_error("the model in '" + folder + "' has fewer trained scales than its checkpoint needs");
        trained = maxScales;
    }
    if (trained < 1 && maxScales != 0) throw std::runtime_error("the model in '" + folder + "' has no trained scale yet");
    const Json::Array& weights = manifest.at("weights").asArray();
    if (int(weights.size()) < trained || trained > int(config.scales.size()))
        throw std::runtime_error("the model's manifest lists fewer weight files than trained scales (damaged)");
    for (int i = 0; i < trained; ++i) {
        const Json& entry = weights[size_t(i)];
        const std::string path = (fs::path(folder) / entry.at("file").asString()).string();
        std::error_code ec;
        if (!fs::exists(path, ec)) throw std::runtime_error("the model is incomplete: " + entry.at("file").asString() + " is missing");
        if (fileChecksum(path) != entry.at("checksum").asString())
            throw std::runtime_error("the model's weights file " + entry.at("file").asString() +
                                     " is damaged (its checksum does not match the manifest)");
        const TensorFile f = TensorFile::load(path, device);
        UNetGenerator s = model.pyramid.makeGenerator(i), r = model.pyramid.makeGenerator(i);
        f.restoreModule("s.", *s);
        f.restoreModule("r.", *r);
        model.pyramid.setScale(i, s, r);
    }
    return model;
}

}  // namespace cosingan::gan
