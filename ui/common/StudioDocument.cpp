#include "StudioDocument.h"

#include <algorithm>

namespace cosingan::ui {

StudioDocument::StudioDocument(QObject* parent) : QObject(parent) {}

void StudioDocument::setStudy(CtVolume volume, LabelMap labels, const QString& displayName) {
    volume_ = std::move(volume);
    if (labels.geometry().size != volume_.geometry().size) labels = LabelMap(volume_.geometry(), uint8_t(0));
    labels_ = std::move(labels);
    displayName_ = displayName;
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

void StudioDocument::notifyLabelsEdited(int k, const QRect& rect) { Q_EMIT labelsEdited(k, rect); }

void StudioDocument::notifyLabelsReplaced() { Q_EMIT labelDisplayChanged(); }

}  // namespace cosingan::ui
