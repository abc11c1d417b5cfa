#pragma once
// The user's preferences, kept with QSettings: where training runs and with how many threads, the
// preset and VGG-19 weights a new training starts from, default folders, theme and language.
#include <QString>

namespace cosingan::ui {

struct Preferences {
    QString device = QStringLiteral("cpu");      // "cpu" or "cuda" (offered only where LibTorch sees a GPU)
    int threads = 0;                             // CPU threads for training; 0 = all cores
    QString preset = QStringLiteral("cpu-fast");  // the preset a new training starts with
    QString vggWeights;                          // optional ImageNet VGG-19 (TorchScript) for MS-FVL
    QString modelsFolder;   // where new models are written (each in a new folder); empty = the app's own
    QString dataFolder;     // where Open dialogs start; empty = the home folder
    QString exportsFolder;  // where the Export dialog's Browse starts; empty = the home folder
    QString theme = QStringLiteral("dark");      // "dark" or "light"
    QString language;                            // "" = the system's, else "en", "de" or "zh_CN"
    bool showStartPage = true;                   // the Start page when the app opens without a study

    static Preferences load();
    void save() const;
    // The folder new models go in: modelsFolder, or the app's own models folder when unset.
    QString modelsParent() const;
};

}  // namespace cosingan::ui
