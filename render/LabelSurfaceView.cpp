#include "LabelSurfaceView.h"

#include "VtkImages.h"

#include <QMouseEvent>
#include <QWheelEvent>

#include <vtkActor.h>
#include <vtkCamera.h>
#include <vtkCommand.h>
#include <vtkDiscreteFlyingEdges3D.h>
#include <vtkGenericRenderWindowInteractor.h>
#include <vtkImageData.h>
#include <vtkInteractorStyleTrackballCamera.h>
#include <vtkPlaneSource.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>

namespace cosingan::render {

namespace {
// Label colours as in the 2-D views; lungs translucent so the infection inside them shows.
const double kColour[4][4] = {{0, 0, 0, 0}, {0.30, 0.75, 0.95, 0.25}, {0.35, 0.85, 0.45, 0.25}, {0.95, 0.25, 0.20, 1.0}};
const double kPlaneColour[3][3] = {{0.95, 0.85, 0.3}, {0.3, 0.9, 0.9}, {0.9, 0.4, 0.9}};
}  // namespace

LabelSurfaceView::LabelSurfaceView(QWidget* parent) : VtkHostWidget(parent) {
    renderer()->SetBackground(0.06, 0.06, 0.08);
    vtkNew<vtkInteractorStyleTrackballCamera> style;
    interactor()->SetInteractorStyle(style);
    for (int i = 0; i < 3; ++i) {
        planes_[size_t(i)] = vtkSmartPointer<vtkPlaneSource>::New();
        vtkNew<vtkPolyDataMapper> mapper;
        mapper->SetInputConnection(planes_[size_t(i)]->GetOutputPort());
        planeActors_[size_t(i)] = vtkSmartPointer<vtkActor>::New();
        planeActors_[size_t(i)]->SetMapper(mapper);
        planeActors_[size_t(i)]->GetProperty()->SetRepresentationToWireframe();
        planeActors_[size_t(i)]->GetProperty()->SetColor(kPlaneColour[i][0], kPlaneColour[i][1], kPlaneColour[i][2]);
        planeActors_[size_t(i)]->GetProperty()->LightingOff();
        planeActors_[size_t(i)]->SetVisibility(false);
        renderer()->AddActor(planeActors_[size_t(i)]);
    }
}

LabelSurfaceView::~LabelSurfaceView() = default;

void LabelSurfaceView::setLabels(const LabelMap& labels) {
    vtkSmartPointer<vtkImageData> image = toVtkImage(labels);
    image->GetBounds(bounds_);
    for (int label = 1; label <= 3; ++label) {
        if (surfaces_[size_t(label)]) renderer()->RemoveActor(surfaces_[size_t(label)]);
        vtkNew<vtkDiscreteFlyingEdges3D> surface;
        surface->SetInputData(image);
        surface->SetValue(0, label);
        surface->ComputeNormalsOn();
        surface->Update();
        triangles_[size_t(label)] = size_t(surface->GetOutput()->GetNumberOfPolys());
        vtkNew<vtkPolyDataMapper> mapper;
        mapper->SetInputConnection(surface->GetOutputPort());
        mapper->ScalarVisibilityOff();
        auto actor = vtkSmartPointer<vtkActor>::New();
        actor->SetMapper(mapper);
        actor->GetProperty()->SetColor(kColour[label][0], kColour[label][1], kColour[label][2]);
        actor->GetProperty()->SetOpacity(kColour[label][3]);
        renderer()->AddActor(actor);
        surfaces_[size_t(label)] = actor;
    }
    setCursor({(bounds_[0] + bounds_[1]) / 2, (bounds_[2] + bounds_[3]) / 2, (bounds_[4] + bounds_[5]) / 2});
    userMovedCamera_ = false;
    resetCamera();
}

size_t LabelSurfaceView::triangles(int label) const { return label >= 0 && label < 4 ? triangles_[size_t(label)] : 0; }

void LabelSurfaceView::setCursor(const std::array<double, 3>& p) {
    const double* b = bounds_;
    // Axial (z), coronal (y) and sagittal (x) planes spanning the volume's bounds.
    planes_[0]->SetOrigin(b[0], b[2], p[2]);
    planes_[0]->SetPoint1(b[1], b[2], p[2]);
    planes_[0]->SetPoint2(b[0], b[3], p[2]);
    planes_[1]->SetOrigin(b[0], p[1], b[4]);
    planes_[1]->SetPoint1(b[1], p[1], b[4]);
    planes_[1]->SetPoint2(b[0], p[1], b[5]);
    planes_[2]->SetOrigin(p[0], b[2], b[4]);
    planes_[2]->SetPoint1(p[0], b[3], b[4]);
    planes_[2]->SetPoint2(p[0], b[2], b[5]);
    for (auto& a : planeActors_) a->SetVisibility(true);
    update();
}

void LabelSurfaceView::resetCamera() {
    // Seen from the front (anterior), head up, slightly from the patient's left, like a chest film.
    vtkCamera* cam = renderer()->GetActiveCamera();
    const double c[3] = {(bounds_[0] + bounds_[1]) / 2, (bounds_[2] + bounds_[3]) / 2, (bounds_[4] + bounds_[5]) / 2};
    cam->SetFocalPoint(c);
    cam->SetPosition(c[0] + 150, c[1] - 600, c[2] + 150);
    cam->SetViewUp(0, 0, 1);
    renderer()->ResetCamera(bounds_);
    update();
}

void LabelSurfaceView::resizeGL(int w, int h) {
    VtkHostWidget::resizeGL(w, h);
    if (!userMovedCamera_) resetCamera();
}

void LabelSurfaceView::forward(QMouseEvent* e, unsigned long event) {
    const QPointF d = toDisplay(e->position());
    interactor()->SetEventInformation(int(d.x()), int(d.y()), e->modifiers() & Qt::ControlModifier,
                                      e->modifiers() & Qt::ShiftModifier);
    interactor()->InvokeEvent(event, nullptr);
}

void LabelSurfaceView::mousePressEvent(QMouseEvent* e) {
    userMovedCamera_ = true;
    forward(e, e->button() == Qt::LeftButton    ? vtkCommand::LeftButtonPressEvent
               : e->button() == Qt::MiddleButton ? vtkCommand::MiddleButtonPressEvent
                                                 : vtkCommand::RightButtonPressEvent);
}

void LabelSurfaceView::mouseMoveEvent(QMouseEvent* e) { forward(e, vtkCommand::MouseMoveEvent); }

void LabelSurfaceView::mouseReleaseEvent(QMouseEvent* e) {
    forward(e, e->button() == Qt::LeftButton    ? vtkCommand::LeftButtonReleaseEvent
               : e->button() == Qt::MiddleButton ? vtkCommand::MiddleButtonReleaseEvent
                                                 : vtkCommand::RightButtonReleaseEvent);
}

void LabelSurfaceView::wheelEvent(QWheelEvent* e) {
    userMovedCamera_ = true;
    const QPointF d = toDisplay(e->position());
    interactor()->SetEventInformation(int(d.x()), int(d.y()));
    interactor()->InvokeEvent(e->angleDelta().y() > 0 ? vtkCommand::MouseWheelForwardEvent : vtkCommand::MouseWheelBackwardEvent,
                              nullptr);
}

}  // namespace cosingan::render
