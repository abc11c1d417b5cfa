#include "SliceRenderer.h"

#include "SliceView.h"
#include "ui/common/StudioDocument.h"

#include <QImage>

namespace cosingan::ui {

SliceRenderer::SliceRenderer(StudioDocument* document, SliceView* view, QObject* parent)
    : QObject(parent), document_(document), view_(view) {
    connect(document_, &StudioDocument::studyChanged, this, &SliceRenderer::renderAll);
    connect(document_, &StudioDocument::sliceChanged, this, &SliceRenderer::renderAll);
    connect(document_, &StudioDocument::windowChanged, this, &SliceRenderer::renderAll);
    connect(document_, &StudioDocument::labelDisplayChanged, this, &SliceRenderer::renderAll);
    connect(document_, &StudioDocument::labelsReplaced, this, &SliceRenderer::renderAll);
    connect(document_, &StudioDocument::labelsEdited, this, [this](int k, const QRect& r) {
        if (k == document_->slice()) renderRect(r);
    });
}

void SliceRenderer::renderAll() {
    if (!document_->hasVolume()) {
        view_->setSliceImage(QImage(), 1, 1);
        return;
    }
    const CtVolume& v = document_->volume();
    QImage image(v.columns(), v.rows(), QImage::Format_RGBX8888);
    composeSlice(v, &document_->labels(), document_->slice(), document_->window(), document_->labelDisplay(),
                 image.bits(), PixelRect::whole(v.columns(), v.rows()));
    view_->setSliceImage(image, v.geometry().spacing[0], v.geometry().spacing[1]);
    view_->setSpacingAssumed(v.provenance.spacingAssumed);
    updateOverlayText();
}

void SliceRenderer::renderRect(const QRect& r) {
    if (!document_->hasVolume()) return;
    QImage& image = view_->sliceImage();
    const CtVolume& v = document_->volume();
    if (image.width() != v.columns() || image.height() != v.rows()) {
        renderAll();
        return;
    }
    composeSlice(v, &document_->labels(), document_->slice(), document_->window(), document_->labelDisplay(),
                 image.bits(), {r.x(), r.y(), r.width(), r.height()});
    view_->updateImageRect(r);
}

void SliceRenderer::updateOverlayText() {
    const CtVolume& v = document_->volume();
    const WindowLevel w = document_->window();
    const auto& g = v.geometry();
    const double z = g.indexToPhysical(0, 0, document_->slice())[2];
    view_->setOverlayText(tr("Axial %1 / %2\nz = %3 mm").arg(document_->slice() + 1).arg(v.slices()).arg(z, 0, 'f', 1),
                          tr("W %1  L %2").arg(w.width, 0, 'f', 0).arg(w.level, 0, 'f', 0),
                          document_->displayName());
    view_->setBadge(v.provenance.synthetic ? tr("SYNTHETIC — not patient data") : QString());
}

}  // namespace cosingan::ui
