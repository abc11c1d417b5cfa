#pragma once
// Axial, coronal and sagittal reformats of one volume side by side with a linked cursor: a click or
// a wheel step in one view moves the planes of the others (ITK-SNAP's linked cursor).
#include "ReformatView.h"
#include "volume/CtVolume.h"
#include "volume/Labels.h"

#include <QWidget>

#include <vtkSmartPointer.h>

class vtkImageData;

namespace cosingan::render {

class VolumeViews : public QWidget {
    Q_OBJECT
public:
    explicit VolumeViews(QWidget* parent = nullptr);

    void setVolume(const CtVolume& ct, const LabelMap* labels);
    void setCursor(const Point3& world);
    Point3 cursor() const { return cursor_; }
    void setWindow(const WindowLevel& window);
    void setLabelOpacity(double opacity);
    // Labels drawn as outlines in each view's plane rather than filled (computed on first use).
    void setLabelOutline(bool outline);
    bool labelOutline() const { return outline_; }
    ReformatView* view(Plane plane) const;

Q_SIGNALS:
    void cursorChanged(const cosingan::render::Point3& world);

private:
    ReformatView* views_[3];
    Point3 cursor_{0, 0, 0};
    vtkSmartPointer<vtkImageData> labels_, outlineCoded_;
    bool outline_ = false;
};

}  // namespace cosingan::render
