#pragma once
// One reformatted plane (axial, coronal or sagittal) of a CT volume with its label overlay, drawn by
// VTK (vtkImageResliceMapper): parallel projection in millimetres, so anisotropic voxels keep their
// physical aspect (8 mm slices are not squashed); radiological orientation (patient's right on the
// viewer's left; anterior up in axial, superior up in coronal and sagittal, anterior left in
// sagittal) with orientation letters and a scale bar. A click moves the shared cursor; the wheel
// steps through planes.
#include "VtkHostWidget.h"
#include "volume/Window.h"

#include <vtkSmartPointer.h>

#include <array>

class vtkImageData;
class vtkImageResliceMapper;
class vtkImageSlice;
class vtkLookupTable;
class vtkProp;
class QPainter;

namespace cosingan::render {

enum class Plane { Axial, Coronal, Sagittal };
class ReformatOverlay;
using Point3 = std::array<double, 3>;

class ReformatView : public VtkHostWidget {
    Q_OBJECT
public:
    explicit ReformatView(Plane plane, QWidget* parent = nullptr);
    ~ReformatView() override;

    Plane plane() const { return plane_; }
    // labels may be null. The view keeps references to the images.
    void setImages(vtkImageData* ct, vtkImageData* labels);
    void setCursor(const Point3& world);  // the plane through this point, the cross-hair on it
    Point3 cursor() const { return cursor_; }
    void setWindow(const WindowLevel& window);
    void setLabelOpacity(double opacity);
    // Labels as outlines in this view's plane (coded: outlineCodedLabels of the labels given to
    // setImages), or filled again when coded is null.
    void setLabelOutline(vtkImageData* coded);
    // Widget position (logical pixels) of a world point on this view, and the reverse.
    QPointF worldToWidget(const Point3& world);
    Point3 widgetToWorld(const QPointF& p);

    // Orientation letters, the cursor's cross-hair and a scale bar (called by the overlay widget).
    void drawOverlay(QPainter& painter);

Q_SIGNALS:
    void cursorPicked(const cosingan::render::Point3& world);

protected:
    void paintGL() override;
    void mousePressEvent(QMouseEvent* e) override;
    void mouseMoveEvent(QMouseEvent* e) override;
    void wheelEvent(QWheelEvent* e) override;
    void resizeEvent(QResizeEvent* e) override;

private:
    void placeCamera();
    int normalAxis() const;

    Plane plane_;
    vtkSmartPointer<vtkImageData> ct_, labels_;
    vtkSmartPointer<vtkImageResliceMapper> ctMapper_, labelMapper_;
    vtkSmartPointer<vtkImageSlice> ctSlice_, labelSlice_;
    vtkSmartPointer<vtkLookupTable> labelColours_, outlineColours_;
    vtkSmartPointer<vtkProp> stack_;
    Point3 cursor_{0, 0, 0};
    QWidget* overlay_ = nullptr;
};

}  // namespace cosingan::render
