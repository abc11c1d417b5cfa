#include "ReformatView.h"

#include "LabelOutline.h"

#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <vtkCamera.h>
#include <vtkImageData.h>
#include <vtkImageProperty.h>
#include <vtkImageResliceMapper.h>
#include <vtkImageSlice.h>
#include <vtkImageStack.h>
#include <vtkLookupTable.h>
#include <vtkPlane.h>
#include <vtkRenderer.h>

#include <cmath>

namespace cosingan::render {

// Letters, cross-hair and scale bar, painted by Qt in a transparent child widget on top of the GL
// view (QPainter inside paintGL would have to undo VTK's OpenGL state first).
class ReformatOverlay : public QWidget {
public:
    explicit ReformatOverlay(ReformatView* view) : QWidget(view), view_(view) {
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setAttribute(Qt::WA_NoSystemBackground);
    }

protected:
    void paintEvent(QPaintEvent*) override {
        QPainter p(this);
        view_->drawOverlay(p);
    }

private:
    ReformatView* view_;
};

namespace {

struct PlaneAxes {
    int normal;             // the world axis the plane is perpendicular to
    double projection[3];   // direction the camera looks in
    double up[3];           // world direction shown upwards
    const char* letters;    // left, right, top, bottom
};

const PlaneAxes& axesOf(Plane p) {
    // LPS world: x to the patient's left, y posterior, z superior. Radiological convention.
    static const PlaneAxes axial{2, {0, 0, 1}, {0, -1, 0}, "RLAP"};
    static const PlaneAxes coronal{1, {0, 1, 0}, {0, 0, 1}, "RLSI"};
    static const PlaneAxes sagittal{0, {-1, 0, 0}, {0, 0, 1}, "APSI"};
    return p == Plane::Axial ? axial : p == Plane::Coronal ? coronal : sagittal;
}

}  // namespace

ReformatView::ReformatView(Plane plane, QWidget* parent) : VtkHostWidget(parent), plane_(plane) {
    renderer()->SetBackground(0, 0, 0);
    renderer()->GetActiveCamera()->ParallelProjectionOn();
    ctMapper_ = vtkSmartPointer<vtkImageResliceMapper>::New();
    ctMapper_->SliceFacesCameraOff();
    ctMapper_->SliceAtFocalPointOff();
    ctSlice_ = vtkSmartPointer<vtkImageSlice>::New();
    ctSlice_->SetMapper(ctMapper_);
    ctSlice_->GetProperty()->SetInterpolationTypeToLinear();
    labelMapper_ = vtkSmartPointer<vtkImageResliceMapper>::New();
    labelMapper_->SliceFacesCameraOff();
    labelMapper_->SliceAtFocalPointOff();
    labelColours_ = labelColours();
    outlineColours_ = outlineColours(axesOf(plane).normal);
    labelSlice_ = vtkSmartPointer<vtkImageSlice>::New();
    labelSlice_->SetMapper(labelMapper_);
    labelSlice_->GetProperty()->SetLookupTable(labelColours_);
    labelSlice_->GetProperty()->UseLookupTableScalarRangeOn();
    labelSlice_->GetProperty()->SetInterpolationTypeToNearest();
    labelSlice_->GetProperty()->SetOpacity(0.35);
    labelSlice_->GetProperty()->SetLayerNumber(1);
    auto stack = vtkSmartPointer<vtkImageStack>::New();
    stack->AddImage(ctSlice_);
    stack->AddImage(labelSlice_);
    stack->SetActiveLayer(0);
    stack_ = stack;  // shown once there are images: a mapper without input must never render
    setWindow({1500, -500});
    overlay_ = new ReformatOverlay(this);
}

ReformatView::~ReformatView() = default;

int ReformatView::normalAxis() const { return axesOf(plane_).normal; }

void ReformatView::setImages(vtkImageData* ct, vtkImageData* labels) {
    ct_ = ct;
    labels_ = labels;
    ctMapper_->SetInputData(ct);
    if (!renderer()->HasViewProp(stack_)) renderer()->AddViewProp(stack_);
    labelSlice_->SetVisibility(labels != nullptr);
    if (labels) labelMapper_->SetInputData(labels);
    labelSlice_->GetProperty()->SetLookupTable(labelColours_);
    double b[6];
    ct->GetBounds(b);
    setCursor({(b[0] + b[1]) / 2, (b[2] + b[3]) / 2, (b[4] + b[5]) / 2});
    placeCamera();
}

void ReformatView::setCursor(const Point3& world) {
    cursor_ = world;
    const PlaneAxes& a = axesOf(plane_);
    for (vtkImageResliceMapper* m : {ctMapper_.Get(), labelMapper_.Get()}) {
        m->GetSlicePlane()->SetOrigin(world.data());
        m->GetSlicePlane()->SetNormal(a.projection[0], a.projection[1], a.projection[2]);
    }
    if (ct_) {
        // The camera's focal point moves with the plane, so the plane never leaves the clipping range.
        vtkCamera* cam = renderer()->GetActiveCamera();
        double f[3], p[3];
        cam->GetFocalPoint(f);
        cam->GetPosition(p);
        const int n = a.normal;
        const double shift = world[size_t(n)] - f[n];
        f[n] += shift;
        p[n] += shift;
        cam->SetFocalPoint(f);
        cam->SetPosition(p);
        renderer()->ResetCameraClippingRange();
    }
    update();
}

void ReformatView::setWindow(const WindowLevel& window) {
    ctSlice_->GetProperty()->SetColorWindow(window.width);
    ctSlice_->GetProperty()->SetColorLevel(window.level);
    update();
}

void ReformatView::setLabelOpacity(double opacity) {
    labelSlice_->GetProperty()->SetOpacity(opacity);
    update();
}

void ReformatView::setLabelOutline(vtkImageData* coded) {
    if (!labels_) return;
    labelMapper_->SetInputData(coded ? coded : labels_.Get());
    labelSlice_->GetProperty()->SetLookupTable(coded ? outlineColours_ : labelColours_);
    update();
}

void ReformatView::placeCamera() {
    if (!ct_) return;
    const PlaneAxes& a = axesOf(plane_);
    double b[6];
    ct_->GetBounds(b);
    // Voxel centres span the bounds; the voxels themselves reach half a spacing further.
    double s[3];
    ct_->GetSpacing(s);
    const double centre[3] = {(b[0] + b[1]) / 2, (b[2] + b[3]) / 2, (b[4] + b[5]) / 2};
    const double extent[3] = {b[1] - b[0] + s[0], b[3] - b[2] + s[1], b[5] - b[4] + s[2]};
    double focal[3] = {centre[0], centre[1], centre[2]};
    focal[a.normal] = cursor_[size_t(a.normal)];
    vtkCamera* cam = renderer()->GetActiveCamera();
    const double distance = extent[0] + extent[1] + extent[2];
    cam->SetFocalPoint(focal);
    cam->SetPosition(focal[0] - a.projection[0] * distance, focal[1] - a.projection[1] * distance,
                     focal[2] - a.projection[2] * distance);
    cam->SetViewUp(a.up[0], a.up[1], a.up[2]);
    // Fit the plane's two in-plane extents into the widget, keeping millimetres square.
    int upAxis = 0;
    for (int i = 0; i < 3; ++i)
        if (a.up[i] != 0) upAxis = i;
    const int rightAxis = 3 - a.normal - upAxis;
    const double aspect = double(std::max(1, width())) / double(std::max(1, height()));
    cam->SetParallelScale(1.04 * std::max(extent[upAxis] / 2, extent[rightAxis] / 2 / aspect));
    renderer()->ResetCameraClippingRange();
    update();
}

void ReformatView::resizeEvent(QResizeEvent* e) {
    VtkHostWidget::resizeEvent(e);
    overlay_->setGeometry(rect());
    placeCamera();
}

QPointF ReformatView::worldToWidget(const Point3& world) {
    renderer()->SetWorldPoint(world[0], world[1], world[2], 1.0);
    renderer()->WorldToDisplay();
    double d[3];
    renderer()->GetDisplayPoint(d);
    const double dpr = devicePixelRatioF();
    return {d[0] / dpr, height() - (d[1] + 1) / dpr};
}

Point3 ReformatView::widgetToWorld(const QPointF& p) {
    const QPointF d = toDisplay(p);
    renderer()->SetDisplayPoint(d.x(), d.y(), 0.0);
    renderer()->DisplayToWorld();
    double w[4];
    renderer()->GetWorldPoint(w);
    Point3 world{w[0] / w[3], w[1] / w[3], w[2] / w[3]};
    world[size_t(normalAxis())] = cursor_[size_t(normalAxis())];
    return world;
}

void ReformatView::mousePressEvent(QMouseEvent* e) {
    if (e->button() == Qt::LeftButton && ct_) Q_EMIT cursorPicked(widgetToWorld(e->position()));
}

void ReformatView::mouseMoveEvent(QMouseEvent* e) {
    if ((e->buttons() & Qt::LeftButton) && ct_) Q_EMIT cursorPicked(widgetToWorld(e->position()));
}

void ReformatView::wheelEvent(QWheelEvent* e) {
    if (!ct_) return;
    const int steps = e->angleDelta().y() / 120;
    if (steps == 0) return;
    double s[3], b[6];
    ct_->GetSpacing(s);
    ct_->GetBounds(b);
    const int n = normalAxis();
    Point3 next = cursor_;
    // Up the wheel = towards the viewer's "next" plane: superior, anterior, patient's left.
    const double direction = plane_ == Plane::Coronal ? -1.0 : 1.0;
    next[size_t(n)] = std::clamp(next[size_t(n)] + direction * steps * s[n], b[2 * n], b[2 * n + 1]);
    Q_EMIT cursorPicked(next);
}

void ReformatView::paintGL() {
    VtkHostWidget::paintGL();
    overlay_->update();
}

void ReformatView::drawOverlay(QPainter& p) {
    if (!ct_ || !renderingWorks()) return;
    const PlaneAxes& a = axesOf(plane_);
    p.setRenderHint(QPainter::Antialiasing);
    // Cross-hair through the cursor.
    const QPointF c = worldToWidget(cursor_);
    p.setPen(QPen(QColor(255, 210, 60, 170), 1));
    p.drawLine(QPointF(c.x(), 0), QPointF(c.x(), height()));
    p.drawLine(QPointF(0, c.y()), QPointF(width(), c.y()));
    // Orientation letters.
    QFont f = p.font();
    f.setBold(true);
    p.setFont(f);
    p.setPen(QColor(230, 230, 120));
    const QRect r = rect().adjusted(6, 4, -6, -4);
    p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, QString(QChar(a.letters[0])));
    p.drawText(r, Qt::AlignRight | Qt::AlignVCenter, QString(QChar(a.letters[1])));
    p.drawText(r, Qt::AlignHCenter | Qt::AlignTop, QString(QChar(a.letters[2])));
    p.drawText(r, Qt::AlignHCenter | Qt::AlignBottom, QString(QChar(a.letters[3])));
    // Scale bar: a round number of millimetres, about a fifth of the width.
    const double pxPerMm = height() / (2.0 * renderer()->GetActiveCamera()->GetParallelScale());
    double mm = 1;
    for (double step : {1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0})
        if (step * pxPerMm <= width() / 5.0) mm = step;
    const double len = mm * pxPerMm;
    const QPointF end(width() - 12, height() - 22);
    p.setPen(QPen(QColor(240, 240, 240), 2));
    p.drawLine(end - QPointF(len, 0), end);
    const double textWidth = std::max(len, 60.0);  // never clipped, centred over the bar
    p.drawText(QRectF(end.x() - len / 2 - textWidth / 2, end.y() - 18, textWidth, 16), Qt::AlignCenter,
               QStringLiteral("%1 mm").arg(mm));
}

}  // namespace cosingan::render
