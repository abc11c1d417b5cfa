#pragma once
class QApplication;
class QString;

namespace cosingan::ui {
// Fusion style with a dark palette close to the tools radiologists use (ITK-SNAP, Slicer).
void applyDarkTheme(QApplication& app);
// Fusion style with Qt's light palette, for bright rooms and projectors.
void applyLightTheme(QApplication& app);
// "light" or anything else (dark).
void applyTheme(QApplication& app, const QString& name);
}  // namespace cosingan::ui
