#pragma once
// What the Synthesise workspace's GUI tests share: settings in test mode with the dark theme, a
// micro model trained on the demo, and the main window on the demo at 1366 x 768 with it open.
#include "DemoModel.h"
#include "ui/main/MainWindow.h"
#include "ui/synthesise/SynthesiseWorkspace.h"
#include "ui/theme/DarkTheme.h"

#include <QApplication>
#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace cosingan::test {

inline void prepareSynthesiseTests() {
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("CoSinGAN-tests"));
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    ui::applyDarkTheme(*qApp);
}

// The folder, or empty when the training failed.
inline QString trainDemoModelIn(const QString& folder, uint64_t seed) {
    return trainDemoModel(folder.toStdString(), seed) ? folder : QString();
}

// The Synthesise workspace with the model loaded (in the worker) and started from its training
// slice; nullptr when the window or the first image did not appear.
inline ui::SynthesiseWorkspace* openSynthesiseOnDemo(ui::MainWindow& w, const QString& model) {
    w.setModalErrors(false);
    w.resize(1366, 768);
    w.openDemo();
    w.show();
    if (!QTest::qWaitForWindowExposed(&w)) return nullptr;
    w.activateWindow();
    if (!QTest::qWaitForWindowActive(&w) || !w.showWorkspace(QStringLiteral("synthesise"))) return nullptr;
    ui::SynthesiseWorkspace* ws = w.synthesiseWorkspace();
    QSignalSpy shown(ws, &ui::SynthesiseWorkspace::imageShown);
    ws->openModel(model);
    return shown.wait(120000) ? ws : nullptr;
}

}  // namespace cosingan::test
