#include "StageNets.h"

#include "util/AtomicFile.h"

#include <filesystem>

namespace fs = std::filesystem;

namespace cosingan::gan {

void StageNets::makeOptimisers(double lr, double beta1, double beta2) {
    optG = std::make_unique<FlatAdam>(generator->parameters(), lr, beta1, beta2);
    optD = std::make_unique<FlatAdam>(discriminator->parameters(), lr, beta1, beta2);
}

std::string checkpointFolder(const std::string& modelFolder) { return (fs::path(modelFolder) / "checkpoint").string(); }

void writeCheckpoint(const std::string& modelFolder, const CheckpointState& state, const StageNets& nets) {
    TensorFile t;
    t.putModule("G.", *nets.generator);
    t.putModule("D.", *nets.discriminator);
    if (nets.stage1) t.putModule("Gs.", *nets.stage1);
    t.put("optG.m", nets.optG->expAvg());
    t.put("optG.v", nets.optG->expAvgSq());
    t.put("optD.m", nets.optD->expAvg());
    t.put("optD.v", nets.optD->expAvgSq());
    Json s = Json::object();
    s["scale"] = state.scale;
    s["stage"] = state.stage;
    s["iteration"] = state.iteration;
    s["optG_steps"] = double(nets.optG->stepCount());
    s["optD_steps"] = double(nets.optD->stepCount());
    s["history"] = state.history.saveState();
    s["config"] = state.config;
    writeFolderAtomically(checkpointFolder(modelFolder), [&](const std::string& dir) {
        t.save((fs::path(dir) / "tensors.pt").string());
        writeJsonFile((fs::path(dir) / "state.json").string(), s);
    });
}

void writeSegmentationCheckpoint(const std::string& modelFolder, const Json& config) {
    Json s = Json::object();
    s["scale"] = 0;
    s["stage"] = 0;
    s["iteration"] = 0;
    s["history"] = LossHistory(1).saveState();
    s["config"] = config;
    writeFolderAtomically(checkpointFolder(modelFolder), [&](const std::string& dir) {
        TensorFile().save((fs::path(dir) / "tensors.pt").string());
        writeJsonFile((fs::path(dir) / "state.json").string(), s);
    });
}

bool readCheckpoint(const std::string& modelFolder, CheckpointState& state, TensorFile& tensors,
                    const torch::Device& device) {
    const fs::path dir(checkpointFolder(modelFolder));
    std::error_code ec;
    if (!fs::exists(dir / "state.json", ec) || !fs::exists(dir / "tensors.pt", ec)) return false;
    const Json s = readJsonFile((dir / "state.json").string());
    state.scale = s.at("scale").asInt();
    state.stage = s.at("stage").asInt();
    state.iteration = s.at("iteration").asInt();
    state.history = LossHistory::fromState(s.at("history"));
    state.config = s.at("config");
    tensors = TensorFile::load((dir / "tensors.pt").string(), device);
    tensors.put("#optG_steps", torch::tensor(int64_t(s.value("optG_steps", 0.0))));
    tensors.put("#optD_steps", torch::tensor(int64_t(s.value("optD_steps", 0.0))));
    return true;
}

void removeCheckpoint(const std::string& modelFolder) {
    removeTree(checkpointFolder(modelFolder));
}

void restoreStageNets(const TensorFile& t, const CheckpointState& state, StageNets& nets, double lr, double beta1,
                      double beta2) {
    t.restoreModule("G.", *nets.generator);
    t.restoreModule("D.", *nets.discriminator);
    if (state.stage == 2) t.restoreModule("Gs.", *nets.stage1);
    nets.makeOptimisers(lr, beta1, beta2);
    torch::NoGradGuard noGrad;
    nets.optG->expAvg().copy_(t.get("optG.m"));
    nets.optG->expAvgSq().copy_(t.get("optG.v"));
    nets.optD->expAvg().copy_(t.get("optD.m"));
    nets.optD->expAvgSq().copy_(t.get("optD.v"));
    nets.optG->setStepCount(t.get("#optG_steps").item<int64_t>());
    nets.optD->setStepCount(t.get("#optD_steps").item<int64_t>());
}

}  // namespace cosingan::gan
