#pragma once
// GUI tests save screenshots when COSINGAN_SCREENSHOTS names a folder, so that anyone can look at
// what the tests drove the UI to.
#include <QDir>
#include <QString>
#include <QWidget>

namespace cosingan::test {

inline void saveScreenshot(QWidget* widget, const QString& name) {
    const QString dir = qEnvironmentVariable("COSINGAN_SCREENSHOTS");
    if (dir.isEmpty()) return;
    QDir().mkpath(dir);
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

}  // namespace cosingan::test
