// A benchmark, not a test: the interactive speed of the app on a generated 512 x 512 x 300 CT (the
// demo phantom at 300 slices, written as NIfTI first), printed as a table:
//   open       File > Open of the NIfTI until the first slice is on screen
//   dab        one brush dab redrawn (a mouse move of the brush, painted and repainted)
//   scroll     one slice step, composed and repainted
//   reslice    the three VTK reformats rendered after a cursor move
//   generate   draw -> generated image in the Synthesise workspace (with --model), mouse release to
//              the image on screen, for each model given
//
//   bench_interaction [--model DIR ...] [--repeats N] [--volume CT.nii.gz]   (under Xvfb or on a desktop)
//   --volume keeps the generated CT (and its labels beside it) between runs: written when missing.
#include "demo/ChestPhantom.h"
#include "io/VolumeIO.h"
#include "render/VolumeViews.h"
#include "render/VtkHostWidget.h"
#include "ui/annotate/AnnotateWorkspace.h"
#include "ui/annotate/AnnotationController.h"
#include "ui/annotate/SliceView.h"
#include "ui/common/StudioDocument.h"
#include "ui/main/MainWindow.h"
#include "ui/main/StudyFiles.h"
#include "ui/synthesise/GeneratedView.h"
#include "ui/synthesise/SynthesiseWorkspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSurfaceFormat>
#include <QTemporaryDir>
#include <QTest>
#include <QFileInfo>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace cosingan;
using namespace cosingan::ui;

namespace {

struct Stat {
    std::vector<double> ms;
    double median() const {
        std::vector<double> v = ms;
        std::sort(v.begin(), v.end());
        return v.empty() ? 0 : v[v.size() / 2];
    }
    double max() const { return ms.empty() ? 0 : *std::max_element(ms.begin(), ms.end()); }
};

void report(const char* what, const Stat& s, double target) {
    std::printf("%-34s %9.1f ms median %9.1f ms max  (n=%zu)%s\n", what, s.median(), s.max(), s.ms.size(),
                target > 0 ? (s.median() <= target ? "  target met" : "  TARGET MISSED") : "");
}

double msSince(const QElapsedTimer& t) { return double(t.nsecsElapsed()) / 1e6; }

}  // namespace

int main(int argc, char** argv) {
    QSurfaceFormat::setDefaultFormat(render::vtkSurfaceFormat());
    QApplication app(argc, argv);
    QStringList models;
    QString volumePath;  // --volume: where the test CT is kept between runs (written when missing)
    int repeats = 20;
    for (int i = 1; i < argc; ++i) {
        const QString a = QString::fromLocal8Bit(argv[i]);
        if (a == QLatin1String("--model") && i + 1 < argc) models << QString::fromLocal8Bit(argv[++i]);
        else if (a == QLatin1String("--repeats") && i + 1 < argc) repeats = std::max(3, atoi(argv[++i]));
        else if (a == QLatin1String("--volume") && i + 1 < argc) volumePath = QString::fromLocal8Bit(argv[++i]);
    }
    std::printf("interaction benchmark: Qt %s, %d CPU threads, platform %s\n", qVersion(), QThread::idealThreadCount(),
                qPrintable(QGuiApplication::platformName()));

    QTemporaryDir dir;
    const QString path = volumePath.isEmpty() ? dir.filePath(QStringLiteral("ct-512x512x300.nii.gz")) : volumePath;
    const QString labelsPath = QString(path).replace(QStringLiteral(".nii.gz"), QStringLiteral("-labels.nii.gz"));
    if (!QFileInfo::exists(path) || !QFileInfo::exists(labelsPath)) {
        ChestPhantomOptions o;
        o.slices = 300;
        o.sliceMm = 1.0;
        QElapsedTimer t;
        t.start();
        const ChestPhantom p = makeChestPhantom(o);
        writeCtVolume(p.volume, path.toStdString());
        writeLabelMap(p.labels, labelsPath.toStdString());
        std::printf("(a 512 x 512 x 300 CT generated and written in %.1f s)\n", msSince(t) / 1000);
    }

    MainWindow w;
    w.setModalErrors(false);
    w.resize(1440, 920);
    w.show();
    if (!QTest::qWaitForWindowExposed(&w)) return 1;
    Stat open, dab, scroll, reslice;
    for (int r = 0; r < 3; ++r) {
        QElapsedTimer t;
        t.start();
        if (!w.openPath(path)) return 1;
        w.annotateWorkspace()->sliceView()->repaint();
        open.ms.push_back(msSince(t));
    }
    report("open 512x512x300 NIfTI", open, 1000);
    Stat read;
    for (int r = 0; r < 3; ++r) {
        QElapsedTimer t;
        t.start();
        const CtVolume v = readCtVolume(path.toStdString());
        read.ms.push_back(msSince(t));
    }
    report("  of which reading it (ITK)", read, 0);
    if (!w.files()->importLabels(labelsPath)) return 1;

    SliceView* view = w.annotateWorkspace()->sliceView();
    AnnotationController* c = w.annotateWorkspace()->controller();
    c->setTool(ToolKind::Brush);
    c->setActiveLabel(3);
    c->setBrushDiameter(12);
    const QPoint from = view->imageToWidget(QPointF(150, 250)).toPoint();
    QTest::mousePress(view, Qt::LeftButton, Qt::NoModifier, from);
    for (int i = 1; i <= repeats * 5; ++i) {
        QElapsedTimer t;
        t.start();
        QTest::mouseMove(view, from + QPoint(i % 60, i / 60 * 4));
        view->repaint();
        dab.ms.push_back(msSince(t));
    }
    QTest::mouseRelease(view, Qt::LeftButton, Qt::NoModifier, from + QPoint(10, 10));
    report("brush dab redraw", dab, 16);

    StudioDocument* doc = w.document();
    for (int i = 0; i < repeats * 5; ++i) {
        QElapsedTimer t;
        t.start();
        doc->setSlice((doc->slice() + 1) % doc->sliceCount());
        view->repaint();
        scroll.ms.push_back(msSince(t));
    }
    report("slice scroll (compose + repaint)", scroll, 16);

    render::VolumeViews views;
    views.resize(1200, 420);
    views.setVolume(doc->volume(), &doc->labels());
    views.show();
    if (!QTest::qWaitForWindowExposed(&views)) std::fprintf(stderr, "the VTK views were not exposed: timings may be off\n");
    QApplication::processEvents();
    for (int i = 0; i < repeats; ++i) {
        const render::Point3 p = views.cursor();
        views.setCursor({p[0] + 1.0, p[1] + 1.0, p[2] + 1.0});
        QElapsedTimer t;
        t.start();
        for (render::Plane plane : {render::Plane::Axial, render::Plane::Coronal, render::Plane::Sagittal})
            views.view(plane)->renderNow();
        reslice.ms.push_back(msSince(t) / 3);
    }
    report("VTK reslice update (per view)", reslice, 16);

    for (const QString& model : models) {
        SynthesiseWorkspace* ws = w.synthesiseWorkspace();
        w.showWorkspace(ws);
        QSignalSpy shown(ws, &SynthesiseWorkspace::imageShown);
        ws->openModel(model);
        if (!shown.wait(600000)) return 1;
        doc->setSlice(doc->sliceCount() / 2);  // a slice with lungs
        ws->startFromStudySlice();
        shown.wait(60000);
        SliceView* canvas = ws->canvas();
        ws->controller()->setTool(ToolKind::Brush);
        ws->controller()->setActiveLabel(3);
        Stat latency, engine;
        for (int i = 0; i < std::max(5, repeats / 2); ++i) {
            shown.clear();
            const QPoint p = canvas->imageToWidget(QPointF(150 + 4 * i, 250)).toPoint();
            QTest::mousePress(canvas, Qt::LeftButton, Qt::NoModifier, p);
            QTest::mouseRelease(canvas, Qt::LeftButton, Qt::NoModifier, p);
            if (!shown.wait(60000)) return 1;
            if (!ws->generatedView()->message().isEmpty()) {
                std::fprintf(stderr, "generation failed: %s\n", qPrintable(ws->generatedView()->message()));
                return 1;
            }
            latency.ms.push_back(ws->lastLatencyMs());
            engine.ms.push_back(ws->lastEngineMs());
        }
        const QByteArray name = ("draw->generate, " + ws->model().preset + " (" +
                                 QString::number(ws->model().finestSize) + " px)").toUtf8();
        report(name.constData(), latency, 1000);
        report("  of which the engine", engine, 0);
    }
    return 0;
}
