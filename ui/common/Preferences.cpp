#include "Preferences.h"

#include "AppFolders.h"

#include <QDir>
#include <QSettings>

namespace cosingan::ui {

Preferences Preferences::load() {
    QSettings s;
    Preferences p;
    p.device = s.value(QStringLiteral("preferences/device"), p.device).toString();
    p.threads = std::max(0, s.value(QStringLiteral("preferences/threads"), p.threads).toInt());
    p.preset = s.value(QStringLiteral("preferences/preset"), p.preset).toString();
    p.vggWeights = s.value(QStringLiteral("preferences/vggWeights")).toString();
    p.modelsFolder = s.value(QStringLiteral("preferences/modelsFolder")).toString();
    p.dataFolder = s.value(QStringLiteral("preferences/dataFolder")).toString();
    p.exportsFolder = s.value(QStringLiteral("preferences/exportsFolder")).toString();
    p.theme = s.value(QStringLiteral("preferences/theme"), p.theme).toString();
    p.language = s.value(QStringLiteral("preferences/language")).toString();
    p.showStartPage = s.value(QStringLiteral("preferences/showStartPage"), p.showStartPage).toBool();
    return p;
}

void Preferences::save() const {
    QSettings s;
    s.setValue(QStringLiteral("preferences/device"), device);
    s.setValue(QStringLiteral("preferences/threads"), threads);
    s.setValue(QStringLiteral("preferences/preset"), preset);
    s.setValue(QStringLiteral("preferences/vggWeights"), vggWeights);
    s.setValue(QStringLiteral("preferences/modelsFolder"), modelsFolder);
    s.setValue(QStringLiteral("preferences/dataFolder"), dataFolder);
    s.setValue(QStringLiteral("preferences/exportsFolder"), exportsFolder);
    s.setValue(QStringLiteral("preferences/theme"), theme);
    s.setValue(QStringLiteral("preferences/language"), language);
    s.setValue(QStringLiteral("preferences/showStartPage"), showStartPage);
}

QString Preferences::modelsParent() const {
    return modelsFolder.isEmpty() ? defaultModelsFolder() : QDir::cleanPath(modelsFolder);
}

}  // namespace cosingan::ui
