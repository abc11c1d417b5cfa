#include "VolumeViews.h"

#include "LabelOutline.h"
#include "VtkImages.h"

#include <QHBoxLayout>

#include <vtkImageData.h>

namespace cosingan::render {

VolumeViews::VolumeViews(QWidget* parent) : QWidget(parent) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    const Plane planes[3] = {Plane::Axial, Plane::Coronal, Plane::Sagittal};
    for (int i = 0; i < 3; ++i) {
        views_[i] = new ReformatView(planes[i], this);
        layout->addWidget(views_[i], 1);
        connect(views_[i], &ReformatView::cursorPicked, this, &VolumeViews::setCursor);
    }
}

void VolumeViews::setLabelOpacity(double opacity) {
    for (ReformatView* v : views_) v->setLabelOpacity(opacity);
}

ReformatView* VolumeViews::view(Plane plane) const { return views_[int(plane)]; }

void VolumeViews::setVolume(const CtVolume& ct, const LabelMap* labels) {
    vtkSmartPointer<vtkImageData> image = toVtkImage(ct);
    vtkSmartPointer<vtkImageData> overlay = labels ? toVtkImage(*labels) : nullptr;
    for (ReformatView* v : views_) v->setImages(image, overlay);
    labels_ = overlay;
    outlineCoded_ = nullptr;
    cursor_ = views_[0]->cursor();
    if (outline_) setLabelOutline(true);
}

void VolumeViews::setLabelOutline(bool outline) {
    outline_ = outline;
    if (outline && labels_ && !outlineCoded_) outlineCoded_ = outlineCodedLabels(labels_);
    for (ReformatView* v : views_) v->setLabelOutline(outline ? outlineCoded_.Get() : nullptr);
}

void VolumeViews::setCursor(const Point3& world) {
    cursor_ = world;
    for (ReformatView* v : views_) v->setCursor(world);
    Q_EMIT cursorChanged(world);
}

void VolumeViews::setWindow(const WindowLevel& window) {
    for (ReformatView* v : views_) v->setWindow(window);
}

}  // namespace cosingan::render
