#include "StudioDocument.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace cosingan::ui {

namespace {
// The names of core's default label styles, for the translators.
const char* const kLabelNames[kLabelCount] = {QT_TRANSLATE_NOOP("Labels", "Background"),
                                              QT_TRANSLATE_NOOP("Labels", "Left lung"),
                                              QT_TRANSLATE_NOOP("Labels", "Right lung"),
                                              QT_TRANSLATE_NOOP("Labels", "Infection")};
// The names of core's window presets, for the translators (the same text as core/volume/Window.cpp).
[[maybe_unused]] const char* const kWindowPresetNames[] = {
    QT_TRANSLATE_NOOP("WindowPresets", "Lung (paper, -1250..250 HU)"),
    QT_TRANSLATE_NOOP("WindowPresets", "CT lung (W 1400 / L -500)"),
    QT_TRANSLATE_NOOP("WindowPresets", "Mediastinum (W 350 / L 40)"), QT_TRANSLATE_NOOP("WindowPresets", "Custom")};
}  // namespace

QString StudioDocument::windowPresetName(const WindowPresetInfo& preset) {
    return QCoreApplication::translate("WindowPresets", preset.name);
}

QString StudioDocument::defaultLabelName(int label) {
    return label >= 0 && label < kLabelCount ? QCoreApplication::translate("Labels", kLabelNames[label]) : QString::number(label);
}

StudioDocument::StudioDocument(QObject* parent) : QObject(parent) {
    for (int l = 0; l < kLabelCount; ++l) labelNames_[size_t(l)] = defaultLabelName(l);
}

QString StudioDocument::studyId() const {
    QString id = sourcePath_.isEmpty() ? QStringLiteral("built-in demo") : QFileInfo(sourcePath_).absoluteFilePath();
    if (transposed_) id += QStringLiteral(" (transposed)");
    return id;
}

void StudioDocument::setLabelName(int label, const QString& name) {
    if (label < 0 || label >= kLabelCount || name.trimmed().isEmpty()) return;
    labelNames_[size_t(label)] = name.trimmed();
    Q_EMIT labelNamesChanged();
}

void StudioDocument::setStudy(CtVolume volume, LabelMap labels, const QString& displayName) {
    volume_ = std::move(volume);
    if (labels.geometry().size != volume_.geometry().size) labels = LabelMap(volume_.geometry(), uint8_t(0));
    labels_ = std::move(labels);
    displayName_ = displayName;
    labelsPath_.clear();
    labelsRevision_ = savedRevision_ = 0;
    slice_ = std::max(0, volume_.slices() / 2);
    Q_EMIT studyChanged();
    Q_EMIT sliceChanged(slice_);
}

void StudioDocument::setSlice(int k) {
    if (!hasVolume()) return;
    k = std::clamp(k, 0, volume_.slices() - 1);
    if (k == slice_) return;
    slice_ = k;
    Q_EMIT sliceChanged(k);
}

void StudioDocument::setWindow(const WindowLevel& w) {
    WindowLevel clamped{std::clamp(w.width, 1.0, 8000.0), std::clamp(w.level, -2000.0, 4000.0)};
    if (clamped == window_) return;
    window_ = clamped;
    Q_EMIT windowChanged(window_);
}

void StudioDocument::setLabelDisplay(const LabelDisplay& d) {
    labelDisplay_ = d;
    Q_EMIT labelDisplayChanged();
}

void StudioDocument::notifyLabelsEdited(int k, const QRect& rect) {
    const bool wasSaved = !hasUnsavedLabels();
    ++labelsRevision_;
    if (wasSaved) Q_EMIT labelsSavedStateChanged(true);
    Q_EMIT labelsEdited(k, rect);
}

void StudioDocument::notifyLabelsReplaced() {
    const bool wasSaved = !hasUnsavedLabels();
    ++labelsRevision_;
    if (wasSaved) Q_EMIT labelsSavedStateChanged(true);
    Q_EMIT labelsReplaced();
}

}  // namespace cosingan::ui
