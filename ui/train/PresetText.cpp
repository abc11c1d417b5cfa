#include "PresetText.h"

#include "gan/GanConfig.h"

#include <QCoreApplication>

#include <cstring>

namespace cosingan::ui {

namespace {
const char* const kDescriptions[] = {
    QT_TRANSLATE_NOOP("Presets", "the paper: 9 scales 32-512 px, 4000+2000 iterations per scale, 64 channels (hours on a GPU)"),
    QT_TRANSLATE_NOOP("Presets", "2 scales 64-128 px, stage 1 only, 64 channels (about 25 minutes on 2 CPU cores)"),
    QT_TRANSLATE_NOOP("Presets", "2 scales 64-128 px, stage 1 only, 64 channels (about 4 minutes on 2 CPU cores)"),
    QT_TRANSLATE_NOOP("Presets", "2 scales 32-48 px, 30+15 iterations, 8 channels (seconds; for tests)"),
    QT_TRANSLATE_NOOP("Presets", "baseline: pix2pix (unet_256, 3-layer PatchGAN, WPPL x100), one scale 256 px, 6000 iterations (a GPU)"),
    QT_TRANSLATE_NOOP("Presets", "baseline: pix2pix at 256 px with CoSinGAN's mixed reconstruction loss, 6000 iterations (a GPU)"),
    QT_TRANSLATE_NOOP("Presets", "baseline: pix2pix (unet_128) at 128 px, 190 iterations (about 4 minutes on 2 CPU cores)"),
    QT_TRANSLATE_NOOP("Presets", "baseline: enhanced pix2pix (unet_128) at 128 px, 165 iterations (about 5 minutes on 2 CPU cores)"),
};
}  // namespace

QString presetDescriptionText(const std::string& preset) {
    const std::string text = gan::presetDescription(preset);
    return QCoreApplication::translate("Presets", text.c_str());
}

bool presetDescriptionRegistered(const std::string& preset) {
    const std::string text = gan::presetDescription(preset);
    for (const char* d : kDescriptions)
        if (text == d) return true;
    return false;
}

}  // namespace cosingan::ui
