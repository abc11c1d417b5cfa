#include "AppFolders.h"

#include <QDir>
#include <QStandardPaths>

namespace cosingan::ui {

QString defaultModelsFolder() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("models"));
}

}  // namespace cosingan::ui
