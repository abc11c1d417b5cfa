#include "RecentFiles.h"

#include <QSettings>

namespace cosingan::ui {

namespace {
const char* kKey = "recentFiles";
}

QStringList RecentFiles::list() { return QSettings().value(kKey).toStringList(); }

void RecentFiles::add(const QString& path) {
    QStringList files = list();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaximum) files.removeLast();
    QSettings().setValue(kKey, files);
}

void RecentFiles::remove(const QString& path) {
    QStringList files = list();
    files.removeAll(path);
    QSettings().setValue(kKey, files);
}

void RecentFiles::clear() { QSettings().remove(kKey); }

}  // namespace cosingan::ui
