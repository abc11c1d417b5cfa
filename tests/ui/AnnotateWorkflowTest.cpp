// Painting through the GUI with synthetic mouse events: on the demo and on a real DICOM slice,
// with undo, redo, the automatic lungs, the intensity range, saving and reloading the labels; and a
// plain image stored transposed, shown the usual way round, whose files keep the stored layout.
#include "Screenshots.h"
#include "TestData.h"
#include "image/InPlaneTranspose.h"
#include "io/VolumeIO.h"
#include "ui/annotate/AnnotateWorkspace.h"
#include "ui/annotate/AnnotationController.h"
#include "ui/annotate/MeasurePanel.h"
#include "ui/annotate/SliceView.h"
#include "ui/common/StudioDocument.h"
#include "ui/main/MainWindow.h"
#include "ui/main/StudyFiles.h"
#include "ui/theme/DarkTheme.h"

#include <QApplication>
#include <QAction>
#include <QDir>
#include <QImage>
#include <QSpinBox>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cosingan;
using namespace cosingan::ui;
using cosingan::test::sharedData;

namespace {

size_t labelCount(const StudioDocument* d, uint8_t label) { return d->labels().countsOnSlice(d->slice())[label]; }

QPoint at(SliceView* v, double i, double j) { return v->imageToWidget(QPointF(i, j)).toPoint(); }

void stroke(SliceView* v, QPointF from, QPointF to, Qt::MouseButton button = Qt::LeftButton,
            Qt::KeyboardModifiers mods = Qt::NoModifier) {
    QTest::mousePress(v, button, mods, at(v, from.x(), from.y()));
    for (int s = 1; s <= 4; ++s) {
        const QPointF p = from + (to - from) * (s / 4.0);
        QTest::mouseMove(v, at(v, p.x(), p.y()));
    }
    QTest::mouseRelease(v, button, mods, at(v, to.x(), to.y()));
}

struct Window {
    MainWindow w;
    StudioDocument* doc;
    SliceView* view;
    Window() {
        w.setModalErrors(false);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        doc = w.document();
        view = w.annotateWorkspace()->sliceView();
        view->setFocus();
    }
};

}  // namespace

class AnnotateWorkflowTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);  // autosave and settings under ~/.qttest, not the user's
        QApplication::setOrganizationName(QStringLiteral("CoSinGAN-tests"));
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
        applyDarkTheme(*qApp);  // screenshots show what the app shows
    }

    void paintUndoRedoOnTheDemo() {
        Window win;
        win.w.openDemo();
        StudioDocument* doc = win.doc;
        SliceView* v = win.view;
        const size_t before = labelCount(doc, 3);
        const std::vector<uint8_t> original = doc->labels().voxels();

        QTest::keyClick(v, Qt::Key_B);  // brush
        QTest::keyClick(v, Qt::Key_3);  // infection
        QCOMPARE(win.w.annotateWorkspace()->controller()->editor().tool(), ToolKind::Brush);
        win.w.annotateWorkspace()->controller()->setBrushDiameter(12);
        // A stroke across the (left) lung: mid-height of a 512 px slice.
        stroke(v, {150, 250}, {190, 300});
        QApplication::processEvents();
        const size_t painted = labelCount(doc, 3);
        QVERIFY2(painted > before + 300, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(painted)));
        QCOMPARE(int(doc->labels().at(170, 275, doc->slice())), 3);
        // What is on screen is red there.
        const QImage shot = v->grab().toImage();
        const QRgb px = shot.pixel(at(v, 170.5, 275.5));
        QVERIFY(qRed(px) > qGreen(px) + 20);
        QVERIFY(doc->hasUnsavedLabels());

        // A right-drag changes the window, never the labels.
        const WindowLevel windowBefore = doc->window();
        stroke(v, {150, 250}, {190, 262}, Qt::RightButton);
        QCOMPARE(labelCount(doc, 3), painted);
        QVERIFY(doc->window().width > windowBefore.width);
        doc->setWindow(windowBefore);

        // Erase part of it with Shift: infection inside the lung becomes lung again.
        stroke(v, {150, 250}, {160, 262}, Qt::LeftButton, Qt::ShiftModifier);
        const size_t afterErase = labelCount(doc, 3);
        QVERIFY(afterErase < painted);

        QTest::keyClick(v, Qt::Key_Z, Qt::ControlModifier);  // undo the erase
        QCOMPARE(labelCount(doc, 3), painted);
        QTest::keyClick(v, Qt::Key_Z, Qt::ControlModifier);  // undo the stroke
        QVERIFY(doc->labels().voxels() == original);
        QTest::keyClick(v, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);  // redo
        QCOMPARE(labelCount(doc, 3), painted);

        // Save, then load into a fresh window: identical.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo-labels.nii.gz"));
        QVERIFY(win.w.files()->saveLabelsAs(path));
        QVERIFY(!doc->hasUnsavedLabels());
        Window other;
        other.w.openDemo();
        QVERIFY(other.w.files()->importLabels(path));
        QVERIFY(other.doc->labels().voxels() == doc->labels().voxels());
        // Undo still works after the save, and the import is itself undoable.
        win.w.annotateWorkspace()->controller()->undo();
        QCOMPARE(labelCount(doc, 3), before);
        other.w.annotateWorkspace()->controller()->undo();
        QVERIFY(other.doc->labels().voxels() == original);
    }

    void realSliceLungsRangePaintSaveReload() {
        COSINGAN_REQUIRE_DATA("ricord-ct-series");
        Window win;
        QVERIFY(win.w.openPath(sharedData("ricord-ct-series")));
        StudioDocument* doc = win.doc;
        SliceView* v = win.view;
        doc->setSlice(7);
        QTest::keyClick(v, Qt::Key_L, Qt::ControlModifier);  // propose lungs
        QVERIFY(labelCount(doc, 1) > 8000 && labelCount(doc, 2) > 8000);
        const size_t lungsBefore = labelCount(doc, 1) + labelCount(doc, 2);

        // Paint infection with the intensity range on (only ground glass and denser: -750..100 HU).
        AnnotationController* c = win.w.annotateWorkspace()->controller();
        MaskingPolicy policy = c->editor().policy();
        policy.huMin = -750;
        policy.huMax = 100;
        policy.paintOver = PaintOver::LungsOnly;
        c->setPolicy(policy);
        QTest::keyClick(v, Qt::Key_R);
        QVERIFY(c->editor().policy().rangeEnabled);
        QTest::keyClick(v, Qt::Key_B);
        QTest::keyClick(v, Qt::Key_3);
        c->setBrushDiameter(40);
        stroke(v, {150, 260}, {210, 330});
        stroke(v, {330, 330}, {400, 250});
        const int k = doc->slice();
        size_t painted = 0, outsideRange = 0;
        for (int j = 0; j < doc->volume().rows(); ++j)
            for (int i = 0; i < doc->volume().columns(); ++i)
                if (doc->labels().at(i, j, k) == 3) {
                    ++painted;
                    const int hu = doc->volume().at(i, j, k);
                    outsideRange += hu < -750 || hu > 100;
                }
        QVERIFY(painted > 0);
        QCOMPARE(outsideRange, size_t(0));  // the range held for every painted pixel
        // Painting over the lungs only: the lungs plus infection cover exactly what they did.
        QCOMPARE(labelCount(doc, 1) + labelCount(doc, 2) + labelCount(doc, 3), lungsBefore);
        // The measurements follow: the painted area in mm² (0.703 mm pixels) and its HU.
        MeasurePanel* measure = win.w.annotateWorkspace()->measurePanel();
        QTRY_VERIFY(measure->sliceText(3).contains(QStringLiteral("mm²")));
        const double mm2 = painted * doc->volume().geometry().spacing[0] * doc->volume().geometry().spacing[1];
        QVERIFY2(measure->sliceText(3).startsWith(QString::number(mm2, 'f', 0) + QStringLiteral(" mm²")),
                 qPrintable(measure->sliceText(3) + QStringLiteral(" vs %1").arg(mm2)));
        measure->measureStudy();
        QVERIFY(measure->studyText(3).contains(QStringLiteral("mL")));
        QVERIFY(measure->studyText(1).contains(QStringLiteral("HU")));
        QTest::mouseMove(v, at(v, 150, 250));
        cosingan::test::saveScreenshot(&win.w, QStringLiteral("annotate-ricord"));
        LabelDisplay outline = doc->labelDisplay();
        outline.outlineOnly = true;
        doc->setLabelDisplay(outline);
        cosingan::test::saveScreenshot(&win.w, QStringLiteral("annotate-ricord-outline"));
        doc->setLabelDisplay(LabelDisplay());

        // Fix a mistake: undo the stroke, redo it.
        const std::vector<uint8_t> withStroke = doc->labels().voxels();
        c->undo();
        c->undo();
        QCOMPARE(labelCount(doc, 3), size_t(0));
        c->redo();
        c->redo();
        QVERIFY(doc->labels().voxels() == withStroke);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ricord-labels.nii.gz"));
        QVERIFY(win.w.files()->saveLabelsAs(path));
        Window again;
        QVERIFY(again.w.openPath(sharedData("ricord-ct-series")));
        QVERIFY(again.w.files()->importLabels(path));
        QVERIFY(again.doc->labels().voxels() == withStroke);
        // And as PNG of the slice.
        const QString png = dir.filePath(QStringLiteral("slice7.png"));
        QVERIFY(win.w.files()->exportSliceLabels(png));
        Window third;
        QVERIFY(third.w.openPath(sharedData("ricord-ct-series")));
        third.doc->setSlice(7);
        QVERIFY(third.w.files()->importLabels(png));
        QVERIFY(third.doc->labels().sliceCopy(7) == doc->labels().sliceCopy(7));
    }

    void transposedImageKeepsTheStoredLayoutOnDisk() {
        COSINGAN_REQUIRE_DATA("infnet-train/images/10.jpg");
        const QString jpg = sharedData("infnet-train/images/10.jpg");
        const CtVolume stored = readCtVolume(jpg.toStdString());  // 456 columns x 487 rows
        Window win;
        QVERIFY(win.w.openPath(jpg));
        StudioDocument* doc = win.doc;
        QAction* transpose = win.w.files()->transposeAction();
        QVERIFY(transpose->isEnabled());
        QVERIFY(!transpose->isChecked());
        transpose->trigger();
        QVERIFY(doc->transposed());
        QVERIFY(transpose->isChecked());
        QCOMPARE(doc->volume().columns(), stored.rows());
        QCOMPARE(doc->volume().rows(), stored.columns());
        for (int j = 0; j < stored.rows(); j += 7)
            for (int i = 0; i < stored.columns(); i += 5) QCOMPARE(doc->volume().at(j, i, 0), stored.at(i, j, 0));

        // Paint infection where the shown image has it: it lands on the shown grid.
        AnnotationController* c = win.w.annotateWorkspace()->controller();
        QTest::keyClick(win.view, Qt::Key_B);
        QTest::keyClick(win.view, Qt::Key_3);
        c->setBrushDiameter(20);
        stroke(win.view, {60, 100}, {200, 110});
        const LabelMap shown = doc->labels();
        QVERIFY(labelCount(doc, 3) > 2000);
        QTest::mouseMove(win.view, at(win.view, 240, 300));
        cosingan::test::saveScreenshot(&win.w, QStringLiteral("annotate-infnet-transposed"));

        // Saved NIfTI and PNG are in the JPG's layout: a pixel painted at (x, y) is stored at (y, x).
        QTemporaryDir dir;
        const QString nii = dir.filePath(QStringLiteral("10-labels.nii.gz"));
        QVERIFY(win.w.files()->saveLabelsAs(nii));
        const LabelMap onDisk = readLabelMap(nii.toStdString());
        QCOMPARE(onDisk.columns(), stored.columns());
        QCOMPARE(onDisk.rows(), stored.rows());
        QVERIFY(transposedInPlane(onDisk).voxels() == shown.voxels());
        const QString png = dir.filePath(QStringLiteral("10-labels.png"));
        QVERIFY(win.w.files()->exportSliceLabels(png));
        const QImage img(png);
        QCOMPARE(img.width(), stored.columns());
        QCOMPARE(img.height(), stored.rows());
        QCOMPARE(qGray(img.pixel(105, 130)), int(shown.at(130, 105, 0)));
        QCOMPARE(qGray(img.pixel(105, 130)), 3);
        // Importing that PNG again puts it back where it was painted.
        QVERIFY(win.w.files()->importLabels(png));
        QVERIFY(doc->labels().voxels() == shown.voxels());

        // A session remembers the layout: reopened, the labels lie where they were painted.
        const QString session = dir.filePath(QStringLiteral("10.cosingan-session"));
        QVERIFY(win.w.files()->saveSession(session));
        {
            Window again;
            QVERIFY(again.w.files()->openSession(session));
            QVERIFY(again.doc->transposed());
            QVERIFY(again.doc->labels().voxels() == shown.voxels());
            QVERIFY(!again.doc->hasUnsavedLabels());
        }

        // Back to the stored layout with an unsaved edit: the edit comes along and stays unsaved.
        stroke(win.view, {60, 300}, {120, 300});
        const LabelMap edited = doc->labels();
        QVERIFY(doc->hasUnsavedLabels());
        transpose->trigger();
        QVERIFY(!doc->transposed());
        QVERIFY(doc->hasUnsavedLabels());
        QVERIFY(doc->labels().voxels() == transposedInPlane(edited).voxels());
        c->undo();  // the carried-over labels are one undo step
        QCOMPARE(labelCount(doc, 3), size_t(0));

        // Files that carry their own orientation are never transposed.
        COSINGAN_REQUIRE_DATA("ricord-ct-series");
        Window third;
        QVERIFY(third.w.openPath(sharedData("ricord-ct-series")));
        QVERIFY(!third.w.files()->transposeAction()->isEnabled());
        QVERIFY(!third.w.files()->setTransposed(true));
        QVERIFY(!third.doc->transposed());
    }

    void crashLosesAtMostTheLastStroke() {
        std::vector<uint8_t> painted;
        {
            // Paint two strokes and "crash": the window goes away without saving or asking.
            Window win;
            win.w.openDemo();
            QTest::keyClick(win.view, Qt::Key_B);
            QTest::keyClick(win.view, Qt::Key_3);
            stroke(win.view, {140, 240}, {180, 280});
            stroke(win.view, {330, 240}, {370, 280});
            painted = win.doc->labels().voxels();
            win.w.setModalErrors(false);
            win.doc->markLabelsSaved();  // pretend nothing to ask on close: the journal stays behind
        }
        Window again;
        again.w.files()->setRecovery(StudyFiles::Recovery::Restore);
        again.w.openDemo();
        QVERIFY(again.doc->labels().voxels() == painted);
        // The recovery is itself undoable.
        again.w.annotateWorkspace()->controller()->undo();
        QVERIFY(again.doc->labels().voxels() != painted);
    }

    void importingInfectionKeepsTheLungs() {
        COSINGAN_REQUIRE_DATA("infnet-train/infection/10.png");
        Window win;
        QVERIFY(win.w.openPath(sharedData("infnet-train/images/10.jpg")));
        AnnotationController* c = win.w.annotateWorkspace()->controller();
        c->proposeLungs();
        const LabelMap lungs = win.doc->labels();
        QVERIFY(labelCount(win.doc, 1) + labelCount(win.doc, 2) > 10000);
        // Inf-Net's infection mask is 0/255: imported (as infection, guessed from its name) it adds
        // infection and leaves every other pixel's label alone.
        const QString png = sharedData("infnet-train/infection/10.png");
        QVERIFY(win.w.files()->importLabels(png));
        const QImage mask = QImage(png).convertToFormat(QImage::Format_Grayscale8);
        size_t inside = 0;
        for (int y = 0; y < mask.height(); ++y)
            for (int x = 0; x < mask.width(); ++x) {
                const bool infected = qGray(mask.pixel(x, y)) > 0;
                inside += infected;
                QCOMPARE(int(win.doc->labels().at(x, y, 0)), infected ? 3 : int(lungs.at(x, y, 0)));
            }
        QVERIFY(inside > 500);
        size_t lungOutside = 0;  // lung pixels the mask does not cover: all kept
        for (int y = 0; y < mask.height(); ++y)
            for (int x = 0; x < mask.width(); ++x)
                lungOutside += qGray(mask.pixel(x, y)) == 0 && (lungs.at(x, y, 0) == 1 || lungs.at(x, y, 0) == 2);
        QCOMPARE(labelCount(win.doc, 1) + labelCount(win.doc, 2), lungOutside);
        QVERIFY(win.w.statusBar()->currentMessage().contains(QStringLiteral("as infection")));
        c->undo();
        QVERIFY(win.doc->labels().voxels() == lungs.voxels());
        // Asked to import the same mask as a label map, it replaces the slice (255 is infection there).
        QVERIFY(win.w.files()->importLabels(png, ImportAs::LabelMap));
        QCOMPARE(labelCount(win.doc, 1) + labelCount(win.doc, 2), size_t(0));
    }

    void labelDigitsAfterAFieldEditSelectALabel() {
        Window win;
        win.w.openDemo();
        AnnotationController* c = win.w.annotateWorkspace()->controller();
        QList<QSpinBox*> hu;
        for (QSpinBox* s : win.w.annotateWorkspace()->findChildren<QSpinBox*>())
            if (s->suffix().contains(QStringLiteral("HU"))) hu << s;
        QCOMPARE(hu.size(), 2);
        QSpinBox* upper = hu[1];
        upper->setFocus();
        QTRY_VERIFY(upper->hasFocus());
        upper->selectAll();
        QTest::keyClicks(upper, QStringLiteral("100"));
        QTest::keyClick(upper, Qt::Key_Return);
        QCOMPARE(c->editor().policy().huMax, 100);
        QTRY_VERIFY(win.view->hasFocus());  // the keyboard is back on the image
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_2);
        QCOMPARE(int(c->editor().activeLabel()), 2);
        QCOMPARE(upper->value(), 100);
        QCOMPARE(c->editor().policy().huMax, 100);

        // A fill that the HU range refuses says why in the status bar.
        c->rangeAction()->setChecked(true);
        QTest::keyClick(win.view, Qt::Key_G);
        QCOMPARE(c->editor().tool(), ToolKind::Fill);
        const int k = win.doc->slice();
        QPoint tissue;  // bone: above the range's new upper limit of 100 HU
        for (int y = 100; y < win.doc->volume().rows() && tissue.isNull(); ++y)
            for (int x = 100; x < win.doc->volume().columns() && tissue.isNull(); ++x)
                if (win.doc->volume().at(x, y, k) > 300) tissue = QPoint(x, y);
        QVERIFY(!tissue.isNull());
        const std::vector<uint8_t> before = win.doc->labels().voxels();
        QTest::mouseClick(win.view, Qt::LeftButton, Qt::NoModifier, at(win.view, tissue.x() + 0.5, tissue.y() + 0.5));
        QVERIFY(win.doc->labels().voxels() == before);
        QVERIFY2(win.w.statusBar()->currentMessage().contains(QStringLiteral("outside the editable range")),
                 qPrintable(win.w.statusBar()->currentMessage()));
    }

    void polygonWithDoubleClick() {
        Window win;
        win.w.openDemo();
        SliceView* v = win.view;
        StudioDocument* doc = win.doc;
        QTest::keyClick(v, Qt::Key_P);
        QTest::keyClick(v, Qt::Key_0);  // background: clear a square
        const size_t bg = labelCount(doc, 0);
        for (QPointF p : {QPointF(150.5, 230.5), QPointF(189.5, 230.5), QPointF(189.5, 269.5)}) {
            QTest::mouseClick(v, Qt::LeftButton, Qt::NoModifier, at(v, p.x(), p.y()));
        }
        QTest::mouseDClick(v, Qt::LeftButton, Qt::NoModifier, at(v, 150.5, 269.5));
        QVERIFY(labelCount(doc, 0) > bg + 200);
    }
};

QTEST_MAIN(AnnotateWorkflowTest)
#include "AnnotateWorkflowTest.moc"
