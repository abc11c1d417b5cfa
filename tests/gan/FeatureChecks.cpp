// MS-FVL can be switched on: a VGG-19 scripted the way scripts/export-vgg19.py scripts
// torchvision's vgg19().features (an nn.Sequential: parameters "0.weight" ... "34.bias") loads, and
// training with it reports an active MS-FVL term.
#include "EngineCheck.h"
#include "TrainingFixture.h"
#include "gan/FeatureNets.h"

#include <torch/script.h>

namespace cosingan::test {

namespace {

// torchvision's vgg19().features: convolutions at these indices (ReLU and pooling in between).
void writeScriptedVgg19(const std::string& path, bool wholeNetwork) {
    const int convs[] = {0, 2, 5, 7, 10, 12, 14, 16, 19, 21, 23, 25, 28, 30, 32, 34};
    const int widths[] = {64, 64, 128, 128, 256, 256, 256, 256, 512, 512, 512, 512, 512, 512, 512, 512};
    torch::jit::Module features("__torch__.torch.nn.modules.container.Sequential");
    int64_t in = 3;
    for (int k = 0; k < 16; ++k) {
        torch::jit::Module conv("__torch__.torch.nn.modules.conv.___torch_mangle_" + std::to_string(k) + ".Conv2d");
        conv.register_parameter("weight", torch::randn({widths[k], in, 3, 3}) * 0.05, false);
        conv.register_parameter("bias", torch::zeros({widths[k]}), false);
        features.register_module(std::to_string(convs[k]), conv);
        in = widths[k];
    }
    if (!wholeNetwork) {
        features.save(path);
        return;
    }
    torch::jit::Module vgg("__torch__.torchvision.models.vgg.VGG");
    vgg.register_module("features", features);
    vgg.save(path);
}

void scriptedVggLoadsAndTrains(const CheckContext& c) {
    for (bool whole : {false, true}) {
        const std::string path = folder(c, whole ? "vgg19.pt" : "vgg19-features.pt");
        writeScriptedVgg19(path, whole);
        gan::Vgg19Features vgg;
        vgg->loadTorchScript(path);  // threw "does not hold the 16 conv layers" for every valid file
    }
    struct Watch : Recorder {
        double fvl = -1;
        void onProgress(const gan::TrainingProgress& p) override {
            Recorder::onProgress(p);
            for (const auto& l : p.losses)
                if (l.first == "MS-FVL") fvl = l.second;
        }
    } watch;
    gan::TrainingRequest r;
    r.config = microConfig(c);
    r.config.stage1 = {3, 5e-4, 2};
    r.config.stage2 = {2, 2e-4, 1};
    r.config.vggWeightsPath = folder(c, "vgg19-features.pt");
    r.slice = syntheticSlice();
    r.modelFolder = folder(c, "with-vgg");
    gan::trainCoSinGAN(r, watch);
    REQUIRE_MSG(watch.fvl > 0, "MS-FVL was not reported (" << watch.fvl << ")");
}

}  // namespace

std::vector<EngineCheck> featureChecks() {
    return {{"MS-FVL: a scripted VGG-19 loads and its term is active in training", scriptedVggLoadsAndTrains}};
}

}  // namespace cosingan::test
