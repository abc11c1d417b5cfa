// The VTK views. Reformats of a phantom with one asymmetric marker (patient's left, anterior, superior;
// anisotropic 1 x 1 x 4 mm voxels): each view shows the marker where radiologists expect it and with
// its physical aspect (pixels read back from the framebuffer, not "not blank"), and a click in one
// view moves the cursor of the others. The 3-D label view shows an infection inside a translucent
// lung and turns with the mouse.
#include "ui/Screenshots.h"
#include "render/LabelSurfaceView.h"
#include "render/ReformatView.h"
#include "render/VolumeViews.h"
#include "render/VtkHostWidget.h"

#include <QApplication>
#include <QSurfaceFormat>
#include <QTest>

using namespace cosingan;
using namespace cosingan::render;

namespace {

// 64 x 48 x 20 voxels of 1 x 1 x 4 mm, air, with a +1000 HU block at i 44..53, j 6..13, k 14..16:
// 10 mm wide (towards the patient's left), 8 mm deep (anterior), 12 mm high (superior).
CtVolume phantom() {
    ImageGeometry g;
    g.size = {64, 48, 20};
    g.spacing = {1, 1, 4};
    g.origin = {-20, 30, -100};
    CtVolume v(g, int16_t(-1000));
    for (int k = 14; k < 17; ++k)
        for (int j = 6; j < 14; ++j)
            for (int i = 44; i < 54; ++i) v.at(i, j, k) = 1000;
    return v;
}

Point3 world(const CtVolume& v, double i, double j, double k) {
    const auto p = v.geometry().indexToPhysical(i, j, k);
    return {p[0], p[1], p[2]};
}

// Bounding box (logical pixels) of the white marker, ignoring a 40 px frame (letters, scale bar).
QRectF markerBox(ReformatView* view) {
    const QImage img = view->grabFramebuffer();
    const double dpr = img.devicePixelRatio();
    int x0 = img.width(), y0 = img.height(), x1 = -1, y1 = -1;
    for (int y = 40; y < img.height() - 40; ++y)
        for (int x = 40; x < img.width() - 40; ++x) {
            const QRgb c = img.pixel(x, y);
            if (qRed(c) > 200 && qGreen(c) > 200 && qBlue(c) > 200) {
                x0 = std::min(x0, x), x1 = std::max(x1, x);
                y0 = std::min(y0, y), y1 = std::max(y1, y);
            }
        }
    if (x1 < 0) return {};
    return QRectF(x0 / dpr, y0 / dpr, (x1 - x0 + 1) / dpr, (y1 - y0 + 1) / dpr);
}

}  // namespace

class ReformatViewTest : public QObject {
    Q_OBJECT
    CtVolume ct_ = phantom();

    // Renders the plane through the marker's centre; returns the marker's box and the widget size.
    QRectF show(VolumeViews& views, Plane plane, QSize* size) {
        ReformatView* v = views.view(plane);
        QTest::qWait(50);
        *size = v->size();
        const QRectF box = markerBox(v);
        cosingan::test::saveScreenshot(&views, QStringLiteral("reformat-phantom"));
        return box;
    }

private Q_SLOTS:
    void markerAtTheRightPlaceAndAspect() {
        VolumeViews views;
        views.resize(1260, 420);
        views.setVolume(ct_, nullptr);
        views.setWindow({2000, 0});
        views.show();
        QVERIFY(QTest::qWaitForWindowExposed(&views));
        if (!views.view(Plane::Axial)->renderingWorks()) QSKIP("no OpenGL 3.2 here: the views stay blank by design");
        views.setCursor(world(ct_, 48.5, 9.5, 15));
        QSize size;

        // Coronal: patient's left on the viewer's right, superior up; 10 mm wide, 12 mm high.
        const QRectF coronal = show(views, Plane::Coronal, &size);
        QVERIFY2(!coronal.isEmpty(), "the marker is not drawn in the coronal view");
        QVERIFY(coronal.center().x() > size.width() / 2.0);
        QVERIFY(coronal.center().y() < size.height() / 2.0);
        const double coronalAspect = coronal.height() / coronal.width();
        QVERIFY2(coronalAspect > 1.0 && coronalAspect < 1.45, qPrintable(QString::number(coronalAspect)));

        // Sagittal: anterior on the viewer's left, superior up; 8 mm wide, 12 mm high.
        const QRectF sagittal = show(views, Plane::Sagittal, &size);
        QVERIFY(!sagittal.isEmpty());
        QVERIFY(sagittal.center().x() < size.width() / 2.0);
        QVERIFY(sagittal.center().y() < size.height() / 2.0);
        const double sagittalAspect = sagittal.height() / sagittal.width();
        QVERIFY2(sagittalAspect > 1.25 && sagittalAspect < 1.8, qPrintable(QString::number(sagittalAspect)));

        // Axial: patient's left on the right, anterior up; 10 mm wide, 8 mm high.
        const QRectF axial = show(views, Plane::Axial, &size);
        QVERIFY(!axial.isEmpty());
        QVERIFY(axial.center().x() > size.width() / 2.0);
        QVERIFY(axial.center().y() < size.height() / 2.0);
        const double axialAspect = axial.height() / axial.width();
        QVERIFY2(axialAspect > 0.65 && axialAspect < 0.95, qPrintable(QString::number(axialAspect)));

        // The same physical size on every view: millimetres are millimetres.
        QVERIFY(std::abs(coronal.height() - sagittal.height()) < 3);

        // Away from the marker's planes it is not drawn.
        views.setCursor(world(ct_, 20, 30, 5));
        QTest::qWait(50);
        QVERIFY(markerBox(views.view(Plane::Coronal)).isEmpty());
    }

    void aClickMovesTheOtherViews() {
        VolumeViews views;
        views.resize(1260, 420);
        views.setVolume(ct_, nullptr);
        views.show();
        QVERIFY(QTest::qWaitForWindowExposed(&views));
        if (!views.view(Plane::Axial)->renderingWorks()) QSKIP("no OpenGL 3.2 here");
        ReformatView* coronal = views.view(Plane::Coronal);
        const Point3 target = world(ct_, 48, 20, 15);
        views.setCursor(world(ct_, 10, 20, 3));
        QTest::qWait(50);
        const QPoint at = coronal->worldToWidget({target[0], views.cursor()[1], target[2]}).toPoint();
        QTest::mouseClick(coronal, Qt::LeftButton, Qt::NoModifier, at);
        // The axial plane moved to the clicked height, the sagittal plane to the clicked side.
        QVERIFY2(std::abs(views.view(Plane::Axial)->cursor()[2] - target[2]) < 4.5,
                 qPrintable(QString::number(views.view(Plane::Axial)->cursor()[2])));
        QVERIFY(std::abs(views.view(Plane::Sagittal)->cursor()[0] - target[0]) < 1.5);
        QVERIFY(std::abs(views.cursor()[1] - world(ct_, 10, 20, 3)[1]) < 1e-6);  // the coronal plane stays
    }

    void labelOutlinesFollowEachPlane() {
        // An "infection" block of 20 x 20 voxels (20 x 20 mm) and 10 slices (40 mm) in air.
        LabelMap labels(ct_.geometry(), uint8_t(0));
        for (int k = 5; k < 15; ++k)
            for (int j = 10; j < 30; ++j)
                for (int i = 20; i < 40; ++i) labels.at(i, j, k) = 3;
        VolumeViews views;
        views.resize(1260, 420);
        views.setVolume(ct_, &labels);
        views.setWindow({2000, 0});
        views.setLabelOpacity(1.0);
        views.show();
        QVERIFY(QTest::qWaitForWindowExposed(&views));
        if (!views.view(Plane::Axial)->renderingWorks()) QSKIP("no OpenGL 3.2 here");
        auto red = [&](Plane plane, double i, double j, double k) {
            ReformatView* v = views.view(plane);
            const QImage img = v->grabFramebuffer();
            const QPointF at = v->worldToWidget(world(ct_, i, j, k)) * img.devicePixelRatio();
            const QRgb c = img.pixel(at.toPoint());
            return qRed(c) > 150 && qGreen(c) < 120;
        };
        views.setCursor(world(ct_, 29.5, 19.5, 9));
        QTest::qWait(50);
        QVERIFY2(red(Plane::Axial, 29.5, 19.5, 9), "filled labels cover the block's centre");
        views.setLabelOutline(true);
        QTest::qWait(50);
        for (Plane p : {Plane::Axial, Plane::Coronal, Plane::Sagittal}) {
            QVERIFY2(!red(p, 29.5, 19.5, 9.5), "an outline leaves the inside clear");
            QVERIFY(red(p, 20, 20, 9.5) || red(p, 29.5, 10, 9.5));  // an edge in the plane
        }
        QVERIFY(red(Plane::Axial, 20, 19.5, 9));
        // The block's top slice: a ring in the axial plane, not the filled face of a 3-D boundary.
        views.setCursor(world(ct_, 29.5, 19.5, 14));
        QTest::qWait(50);
        QVERIFY(!red(Plane::Axial, 29.5, 19.5, 14));
        QVERIFY(red(Plane::Axial, 39, 19.5, 14));
        views.setLabelOutline(false);
        QTest::qWait(50);
        QVERIFY(red(Plane::Axial, 29.5, 19.5, 14));
    }

    void labelSurfacesAreDrawnAndRotate() {
        // A "lung" block (label 1) holding an "infection" block (label 3), 1 x 1 x 4 mm voxels.
        LabelMap labels(ct_.geometry(), uint8_t(0));
        for (int k = 4; k < 16; ++k)
            for (int j = 10; j < 40; ++j)
                for (int i = 8; i < 56; ++i) labels.at(i, j, k) = (i >= 40 && i < 50 && k >= 9 && k < 12) ? 3 : 1;
        LabelSurfaceView view;
        view.resize(420, 420);
        view.setLabels(labels);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        if (!view.renderingWorks()) QSKIP("no OpenGL 3.2 here");
        QVERIFY(view.triangles(1) > 100);
        QVERIFY(view.triangles(3) > 50);
        QCOMPARE(view.triangles(2), size_t(0));
        auto redPixels = [](const QImage& img) {
            int n = 0;
            for (int y = 0; y < img.height(); ++y)
                for (int x = 0; x < img.width(); ++x) {
                    const QRgb c = img.pixel(x, y);
                    n += qRed(c) > 120 && qRed(c) > 2 * qGreen(c) && qRed(c) > 2 * qBlue(c);
                }
            return n;
        };
        const QImage front = view.grabFramebuffer();
        QVERIFY2(redPixels(front) > 100, "the infection surface is not visible through the translucent lung");
        // A left-button drag rotates the camera: another picture.
        const QPoint c = view.rect().center();
        QTest::mousePress(&view, Qt::LeftButton, Qt::NoModifier, c);
        for (int s = 1; s <= 10; ++s) QTest::mouseMove(&view, c + QPoint(12 * s, 3 * s));
        QTest::mouseRelease(&view, Qt::LeftButton, Qt::NoModifier, c + QPoint(120, 30));
        const QImage turned = view.grabFramebuffer();
        QVERIFY(turned != front);
        cosingan::test::saveScreenshot(&view, QStringLiteral("label-surfaces"));
    }
};

int main(int argc, char** argv) {
    QSurfaceFormat::setDefaultFormat(vtkSurfaceFormat());
    QApplication app(argc, argv);
    ReformatViewTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "ReformatViewTest.moc"
