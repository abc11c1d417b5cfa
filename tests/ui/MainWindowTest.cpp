// The first window: opens the demo, scrolls slices, changes the window and checks that what is on
// screen changes accordingly; opens a real DICOM series and rejects a bad file without a dialog.
#include "TestData.h"
#include "ui/annotate/AnnotateWorkspace.h"
#include "ui/annotate/SliceView.h"
#include "ui/common/StudioDocument.h"
#include "ui/main/MainWindow.h"

#include <QApplication>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

using namespace cosingan;
using namespace cosingan::ui;
using cosingan::test::sharedData;

namespace {

QImage grabView(SliceView* v) {
    QApplication::processEvents();
    return v->grab().toImage().convertToFormat(QImage::Format_RGB32);
}

// Grey value on screen at image pixel (i, j) of the current slice.
int screenGrey(SliceView* v, const QImage& shot, int i, int j) {
    const QPointF w = v->imageToWidget(QPointF(i + 0.5, j + 0.5));
    return qGray(shot.pixel(int(w.x() * shot.devicePixelRatio()), int(w.y() * shot.devicePixelRatio())));
}

// Image pixels of slice k with the given label, the first n found from the centre outwards.
QPoint firstPixelWithLabel(const StudioDocument* d, uint8_t label) {
    const LabelMap& l = d->labels();
    const int k = d->slice();
    for (int r = 0; r < l.columns() / 2; ++r)
        for (int j = l.rows() / 2 - r; j <= l.rows() / 2 + r; ++j)
            for (int i = l.columns() / 2 - r; i <= l.columns() / 2 + r; ++i)
                if (l.geometry().contains(i, j, k) && l.at(i, j, k) == label) return {i, j};
    return {-1, -1};
}

}  // namespace

class MainWindowTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("CoSinGAN-tests"));
    }

    void everythingFitsOnALaptopScreen() {
        // 1366 x 768, the most common laptop screen: on every workspace no visible widget outside a
        // scroll area may lie outside the window, the window must not insist on being larger, and the
        // status bar must be on screen. Side panels scroll instead.
        MainWindow w;
        w.setModalErrors(false);
        w.openDemo();
        w.resize(1366, 768);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY2(w.width() <= 1366 && w.height() <= 768,
                 qPrintable(QStringLiteral("the window insists on %1 x %2").arg(w.width()).arg(w.height())));
        for (const QString& name : {QStringLiteral("start"), QStringLiteral("annotate"), QStringLiteral("train"),
                                    QStringLiteral("synthesise")}) {
            QVERIFY(w.showWorkspace(name));
            QApplication::processEvents();
            QVERIFY(w.width() <= 1366 && w.height() <= 768);
            const QRect window = w.rect();
            for (QWidget* child : w.findChildren<QWidget*>()) {
                if (!child->isVisible() || child->isWindow()) continue;
                bool scrolled = false;  // inside a scroll area's content: it may extend beyond the window
                for (QWidget* p = child->parentWidget(); p && p != &w; p = p->parentWidget())
                    if (p->objectName() == QLatin1String("qt_scrollarea_viewport")) scrolled = true;
                if (scrolled) continue;
                const QRect r(child->mapTo(&w, QPoint(0, 0)), child->size());
                QVERIFY2(window.contains(r), qPrintable(QStringLiteral("%1: %2 (%3) lies at %4,%5 %6x%7, outside the %8x%9 window")
                                                            .arg(name, QString::fromLatin1(child->metaObject()->className()),
                                                                 child->objectName())
                                                            .arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height())
                                                            .arg(window.width()).arg(window.height())));
            }
            QWidget* status = w.statusBar();
            QVERIFY(status->isVisible());
            QVERIFY(window.contains(QRect(status->mapTo(&w, QPoint(0, 0)), status->size())));
        }
    }

    void demoScrollsAndWindows() {
        MainWindow w;
        w.openDemo();
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));  // window shortcuts need the active window
        StudioDocument* doc = w.document();
        SliceView* view = w.annotateWorkspace()->sliceView();
        QVERIFY(doc->hasVolume());
        QVERIFY(doc->volume().provenance.synthetic);
        const int k0 = doc->slice();
        const QImage first = grabView(view);

        // Scrolling with the wheel and the keyboard moves through the slices and changes the pixels.
        QWheelEvent wheel(QPointF(view->width() / 2.0, view->height() / 2.0), view->mapToGlobal(QPointF(10, 10)),
                          QPoint(), QPoint(0, 240), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view, &wheel);
        QCOMPARE(doc->slice(), k0 + 2);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(doc->slice(), k0 + 1);
        const QImage scrolled = grabView(view);
        QVERIFY(scrolled != first);

        // Hide the labels (L) so that the grey values show the window alone.
        QTest::keyClick(view, Qt::Key_L);
        QVERIFY(!doc->labelDisplay().showLabels);
        const QPoint lung = firstPixelWithLabel(doc, 2);
        QVERIFY(lung.x() >= 0);
        // A soft-tissue pixel: the descending aorta of the phantom.
        const QPoint tissue(doc->volume().columns() * 284 / 512, doc->volume().rows() * 338 / 512);
        const QImage lungWindow = grabView(view);
        const int lungInLungWindow = screenGrey(view, lungWindow, lung.x(), lung.y());
        QVERIFY2(lungInLungWindow > 25 && lungInLungWindow < 140, qPrintable(QString::number(lungInLungWindow)));

        // Mediastinal window (key 3): the lung turns black, soft tissue mid-grey.
        QTest::keyClick(view, Qt::Key_3, Qt::AltModifier);
        QCOMPARE(doc->window().width, 350.0);
        const QImage mediastinal = grabView(view);
        QVERIFY(screenGrey(view, mediastinal, lung.x(), lung.y()) < 10);
        const int tissueGrey = screenGrey(view, mediastinal, tissue.x(), tissue.y());
        QVERIFY2(tissueGrey > 60 && tissueGrey < 230, qPrintable(QString::number(tissueGrey)));

        // Alt+drag widens the window; the soft tissue then looks closer to mid-grey than before.
        const WindowLevel before = doc->window();
        const QPoint c = view->rect().center();
        QTest::mousePress(view, Qt::LeftButton, Qt::AltModifier, c);
        QTest::mouseMove(view, c + QPoint(100, 0));
        QTest::mouseRelease(view, Qt::LeftButton, Qt::AltModifier, c + QPoint(100, 0));
        QVERIFY(doc->window().width > before.width + 100);

        // Labels back on: the overlay colours the lung.
        QTest::keyClick(view, Qt::Key_L);
        QTest::keyClick(view, Qt::Key_1, Qt::AltModifier);
        const QImage overlay = grabView(view);
        const QPointF wp = view->imageToWidget(QPointF(lung.x() + 0.5, lung.y() + 0.5));
        const QRgb rgb = overlay.pixel(wp.toPoint());
        QVERIFY2(qGreen(rgb) > qRed(rgb) + 10, "the right lung is drawn green");
    }

    void opensRealSeriesAndRejectsBadFile() {
        COSINGAN_REQUIRE_DATA("ricord-ct-series");
        MainWindow w;
        w.setModalErrors(false);
        w.show();
        QVERIFY(w.openPath(sharedData("ricord-ct-series")));
        QCOMPARE(w.document()->sliceCount(), 15);
        QVERIFY(!w.document()->volume().provenance.synthetic);
        QTemporaryDir dir;
        QFile bad(dir.filePath("bad.nii.gz"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("garbage");
        bad.close();
        QVERIFY(!w.openPath(bad.fileName()));
        QVERIFY(!w.lastError().isEmpty());
        QCOMPARE(w.document()->sliceCount(), 15);  // the open study is kept
    }
};

QTEST_MAIN(MainWindowTest)
#include "MainWindowTest.moc"
