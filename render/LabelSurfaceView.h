#pragma once
// The 3-D view of a label volume: lung surfaces translucent, infection opaque (discrete flying
// edges per label, in millimetres), the three reformat planes as outlines, rotated with the left
// button (trackball), zoomed with the wheel, panned with the middle button.
#include "VtkHostWidget.h"
#include "volume/Labels.h"

#include <vtkSmartPointer.h>

#include <array>

class vtkActor;
class vtkPlaneSource;

namespace cosingan::render {

class LabelSurfaceView : public VtkHostWidget {
    Q_OBJECT
public:
    explicit LabelSurfaceView(QWidget* parent = nullptr);
    ~LabelSurfaceView() override;

    void setLabels(const LabelMap& labels);
    // The reformat planes through this point (LPS mm).
    void setCursor(const std::array<double, 3>& world);
    void resetCamera();
    // Triangles in each label's surface (0 when it has none): 1 left lung, 2 right lung, 3 infection.
    size_t triangles(int label) const;

protected:
    void mousePressEvent(QMouseEvent* e) override;
    void mouseMoveEvent(QMouseEvent* e) override;
    void mouseReleaseEvent(QMouseEvent* e) override;
    void wheelEvent(QWheelEvent* e) override;
    void resizeGL(int w, int h) override;

private:
    void forward(QMouseEvent* e, unsigned long event);

    std::array<vtkSmartPointer<vtkActor>, 4> surfaces_;
    std::array<size_t, 4> triangles_{};
    std::array<vtkSmartPointer<vtkPlaneSource>, 3> planes_;
    std::array<vtkSmartPointer<vtkActor>, 3> planeActors_;
    double bounds_[6] = {0, 1, 0, 1, 0, 1};
    // The fit depends on the widget's aspect: refit on resize (a view filled while hidden has a
    // placeholder size) until the user turns or zooms the camera.
    bool userMovedCamera_ = false;
};

}  // namespace cosingan::render
