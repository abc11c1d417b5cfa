#pragma once
// A Qt 6 widget hosting a VTK render window: QOpenGLWidget + vtkGenericOpenGLRenderWindow, since
// VTK 9.1's own Qt module is built against Qt 5 here (../docs/architecture.md). VTK renders only in
// paintGL into its own framebuffer, which is then blitted into the widget's. Needs the default
// surface format of vtkSurfaceFormat() set before QApplication.
#include <QOpenGLWidget>

#include <vtkNew.h>

class vtkGenericOpenGLRenderWindow;
class vtkObject;
class vtkGenericRenderWindowInteractor;
class vtkRenderer;
class QSurface;

namespace cosingan::render {

// OpenGL 3.2 core, depth 24, no stencil, no multisampling (multisampling breaks VTK's read-back).
QSurfaceFormat vtkSurfaceFormat();
// The VTK version this build renders with (for the About box).
QString vtkVersionText();

class VtkHostWidget : public QOpenGLWidget {
    Q_OBJECT
public:
    explicit VtkHostWidget(QWidget* parent = nullptr);
    ~VtkHostWidget() override;

    vtkGenericOpenGLRenderWindow* renderWindow() const { return window_.Get(); }
    vtkRenderer* renderer() const { return renderer_.Get(); }
    vtkGenericRenderWindowInteractor* interactor() const { return interactor_.Get(); }
    // Whether VTK could initialise its OpenGL context (false: the view stays blank, the app runs on).
    bool renderingWorks() const { return initialised_; }

    // Renders now and waits for the GPU to finish (timing, tests); normally Qt paints when it wants.
    void renderNow();

    // Widget coordinates (logical pixels, y down) to VTK display coordinates (device pixels, y up).
    QPointF toDisplay(const QPointF& p) const;

protected:
    void initializeGL() override;
    void resizeGL(int w, int h) override;
    void paintGL() override;

private:
    static void onMakeCurrent(vtkObject*, unsigned long, void* self, void*);
    static void onIsCurrent(vtkObject*, unsigned long, void* self, void* answer);
    static void onRenderRequest(vtkObject*, unsigned long, void* self, void*);
    void cleanup();

    vtkNew<vtkGenericOpenGLRenderWindow> window_;
    vtkNew<vtkRenderer> renderer_;
    vtkNew<vtkGenericRenderWindowInteractor> interactor_;
    QSurface* surface_ = nullptr;
    bool initialised_ = false;
};

}  // namespace cosingan::render
