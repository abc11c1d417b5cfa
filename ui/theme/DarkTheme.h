#pragma once
class QApplication;

namespace cosingan::ui {
// Fusion style with a dark palette close to the tools radiologists use (ITK-SNAP, Slicer).
void applyDarkTheme(QApplication& app);
}  // namespace cosingan::ui
