#include "VtkHostWidget.h"

#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QSurfaceFormat>

#include <vtkCallbackCommand.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkGenericRenderWindowInteractor.h>
#include <vtkOpenGLState.h>
#include <vtkRenderer.h>
#include <vtkVersion.h>

namespace cosingan::render {

QString vtkVersionText() { return QString::fromLatin1(vtkVersion::GetVTKVersion()); }

QSurfaceFormat vtkSurfaceFormat() {
    QSurfaceFormat f;
    f.setRenderableType(QSurfaceFormat::OpenGL);
    f.setVersion(3, 2);
    f.setProfile(QSurfaceFormat::CoreProfile);
    f.setDepthBufferSize(24);
    f.setStencilBufferSize(0);
    f.setSamples(0);
    return f;
}

VtkHostWidget::VtkHostWidget(QWidget* parent) : QOpenGLWidget(parent) {
    window_->SetReadyForRendering(false);
    window_->SetFrameBlitModeToNoBlit();
    window_->AddRenderer(renderer_);
    interactor_->SetRenderWindow(window_);
    interactor_->EnableRenderOff();  // VTK asks; Qt decides when to paint

    auto observe = [this](vtkObject* subject, unsigned long event, void (*fn)(vtkObject*, unsigned long, void*, void*)) {
        vtkNew<vtkCallbackCommand> cb;
        cb->SetClientData(this);
        cb->SetCallback(fn);
        subject->AddObserver(event, cb);
    };
    observe(window_, vtkCommand::WindowMakeCurrentEvent, &VtkHostWidget::onMakeCurrent);
    observe(window_, vtkCommand::WindowIsCurrentEvent, &VtkHostWidget::onIsCurrent);
    observe(interactor_, vtkCommand::RenderEvent, &VtkHostWidget::onRenderRequest);
    setMinimumSize(120, 120);
}

VtkHostWidget::~VtkHostWidget() {
    makeCurrent();
    cleanup();
    doneCurrent();
}

void VtkHostWidget::onMakeCurrent(vtkObject*, unsigned long, void* self, void*) {
    auto* w = static_cast<VtkHostWidget*>(self);
    // Not QOpenGLWidget::makeCurrent(): it would rebind Qt's framebuffer under VTK (a black view).
    if (w->context() && w->surface_) w->context()->makeCurrent(w->surface_);
}

void VtkHostWidget::onIsCurrent(vtkObject*, unsigned long, void* self, void* answer) {
    auto* w = static_cast<VtkHostWidget*>(self);
    *static_cast<bool*>(answer) = w->context() && QOpenGLContext::currentContext() == w->context();
}

void VtkHostWidget::onRenderRequest(vtkObject*, unsigned long, void* self, void*) { static_cast<VtkHostWidget*>(self)->update(); }

void VtkHostWidget::initializeGL() {
    surface_ = context()->surface();
    const QSurfaceFormat f = context()->format();
    initialised_ = f.majorVersion() > 3 || (f.majorVersion() == 3 && f.minorVersion() >= 2);
    if (!initialised_) return;  // too old an OpenGL: the view stays empty, the app does not crash
    window_->SetOwnContext(0);
    window_->SetForceMaximumHardwareLineWidth(1);
    window_->SetMapped(1);
    window_->SetIsCurrent(true);
    window_->OpenGLInitContext();
    window_->SetReadyForRendering(true);
    connect(context(), &QOpenGLContext::aboutToBeDestroyed, this, &VtkHostWidget::cleanup, Qt::UniqueConnection);
}

void VtkHostWidget::cleanup() {
    if (!initialised_) return;
    window_->Finalize();
    window_->SetReadyForRendering(false);
    initialised_ = false;
}

void VtkHostWidget::resizeGL(int w, int h) {
    const double dpr = devicePixelRatioF();
    interactor_->UpdateSize(int(w * dpr), int(h * dpr));
    window_->SetSize(int(w * dpr), int(h * dpr));
}

void VtkHostWidget::renderNow() {
    if (!isValid()) return;
    makeCurrent();
    paintGL();
    context()->functions()->glFinish();
    doneCurrent();
}

QPointF VtkHostWidget::toDisplay(const QPointF& p) const {
    const double dpr = devicePixelRatioF();
    return {p.x() * dpr, (height() - p.y()) * dpr - 1};
}

void VtkHostWidget::paintGL() {
    QOpenGLFunctions* gl = context()->functions();
    if (!initialised_) {
        gl->glClearColor(0.08f, 0.08f, 0.09f, 1.0f);
        gl->glClear(GL_COLOR_BUFFER_BIT);
        return;
    }
    vtkOpenGLState* state = window_->GetState();
    state->Reset();
    state->Push();
    state->vtkglDepthMask(GL_TRUE);
    state->vtkglEnable(GL_DEPTH_TEST);
    state->vtkglDepthFunc(GL_LEQUAL);
    window_->Render();
    const double dpr = devicePixelRatioF();
    const int w = int(width() * dpr), h = int(height() * dpr);
    state->PushDrawFramebufferBinding();
    gl->glBindFramebuffer(GL_DRAW_FRAMEBUFFER, defaultFramebufferObject());
    window_->BlitDisplayFramebuffer(0, 0, 0, w, h, 0, 0, w, h, GL_COLOR_BUFFER_BIT, GL_NEAREST);
    // VTK leaves alpha as it rendered it; the widget is composed as opaque.
    state->vtkglColorMask(GL_FALSE, GL_FALSE, GL_FALSE, GL_TRUE);
    state->vtkglClearColor(0, 0, 0, 1);
    state->vtkglClear(GL_COLOR_BUFFER_BIT);
    state->PopDrawFramebufferBinding();
    state->Pop();
    // Qt's framebuffer again, for whatever a subclass paints on top (QPainter).
    gl->glBindFramebuffer(GL_FRAMEBUFFER, defaultFramebufferObject());
    gl->glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
    gl->glDisable(GL_DEPTH_TEST);
}

}  // namespace cosingan::render
