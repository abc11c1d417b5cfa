// Draw -> generate: a micro model trained here on the demo opens in the worker, the condition starts
// from its training slice, removing a lung on the canvas brings a new image whose pixels change (and
// brighten) where the mask changed; the newest request wins; the workspace's shortcuts are its own;
// a condition without lungs is explained, not drawn.
#include "SynthesiseOnDemo.h"
#include "Screenshots.h"
#include "demo/ChestPhantom.h"
#include "gan/Training.h"
#include "image/SliceExtraction.h"
#include "io/VolumeIO.h"
#include "ui/annotate/AnnotateWorkspace.h"
#include "ui/annotate/AnnotationController.h"
#include "ui/annotate/SliceView.h"
#include "ui/common/StudioDocument.h"
#include "ui/main/MainWindow.h"
#include "ui/synthesise/GeneratedView.h"
#include "ui/synthesise/GenerationService.h"
#include "ui/synthesise/SynthesiseWorkspace.h"
#include "ui/synthesise/VolumePage.h"
#include "ui/synthesise/PyramidDialog.h"
#include "render/LabelSurfaceView.h"
#include "render/VolumeViews.h"
#include "TestData.h"
#include "ui/theme/DarkTheme.h"

#include <QApplication>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cosingan;
using namespace cosingan::ui;

namespace {

QPoint at(SliceView* v, double i, double j) { return v->imageToWidget(QPointF(i, j)).toPoint(); }

// Mean absolute grey difference of two images inside r (image pixels).
double meanDifference(const QImage& a, const QImage& b, const QRect& r) {
    double sum = 0;
    int n = 0;
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x, ++n) sum += std::abs(qGray(a.pixel(x, y)) - qGray(b.pixel(x, y)));
    return n ? sum / n : 0;
}

}  // namespace

class SynthesiseWorkspaceTest : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString model_, model2_;

private Q_SLOTS:
    void initTestCase() {
        cosingan::test::prepareSynthesiseTests();
        model_ = cosingan::test::trainDemoModelIn(dir_.filePath(QStringLiteral("demo-model")), 11);
        QVERIFY(!model_.isEmpty());
    }

    void aStrokeBringsANewImage() {
        MainWindow w;
        SynthesiseWorkspace* ws = cosingan::test::openSynthesiseOnDemo(w, model_);
        QVERIFY(ws && ws->hasModel());
        QSignalSpy shown(ws, &SynthesiseWorkspace::imageShown);
        QCOMPARE(ws->condition()->volume().columns(), 512);
        const QImage before = ws->generatedView()->image();
        QVERIFY(!before.isNull());
        QCOMPARE(before.size(), QSize(512, 512));
        // The tiny preset has no dropout layers: the control says so instead of doing nothing.
        bool dropoutDisabled = false;
        for (QCheckBox* c : ws->findChildren<QCheckBox*>())
            if (c->text().contains(QStringLiteral("AD"))) dropoutDisabled = !c->isEnabled();
        QVERIFY(dropoutDisabled);

        // Fill (G) and background (0) go to this workspace's editor, not Annotate's.
        SliceView* canvas = ws->canvas();
        canvas->setFocus();
        QTest::keyClick(canvas, Qt::Key_G);
        QTest::keyClick(canvas, Qt::Key_0);
        QCOMPARE(ws->controller()->editor().tool(), ToolKind::Fill);
        QCOMPARE(w.annotateWorkspace()->controller()->editor().tool(), ToolKind::Navigate);
        // Remove the right lung (image left): where it was, the image must change.
        const LabelMap old = ws->condition()->labels();
        QCOMPARE(int(old.at(150, 250, 0)), 2);
        shown.clear();
        QTest::mouseClick(canvas, Qt::LeftButton, Qt::NoModifier, at(canvas, 150.5, 250.5));
        QCOMPARE(int(ws->condition()->labels().at(150, 250, 0)), 0);
        QVERIFY(ws->generatedView()->updating());
        QVERIFY(shown.wait(60000));
        const QImage after = ws->generatedView()->image();
        QTRY_VERIFY(!ws->generatedView()->updating());
        double changedDiff = 0, changedGain = 0, keptDiff = 0;
        size_t changed = 0, kept = 0;
        for (int y = 0; y < 512; ++y)
            for (int x = 0; x < 512; ++x) {
                const int d = qGray(after.pixel(x, y)) - qGray(before.pixel(x, y));
                if (old.at(x, y, 0) == 2 && ws->condition()->labels().at(x, y, 0) == 0) changedDiff += std::abs(d), changedGain += d, ++changed;
                else if (old.at(x, y, 0) == 1) keptDiff += std::abs(d), ++kept;  // the other lung
            }
        changedDiff /= double(changed), changedGain /= double(changed), keptDiff /= double(kept);
        qInfo("lung removed: |change| %.1f, brighter by %.1f; the other lung: %.1f (grey levels)", changedDiff, changedGain, keptDiff);
        // The image follows the edit where the mask changed. Whether that region turns bright (body)
        // or stays dark is the micro model's reading of an ambiguous "background inside the body"
        // and varies with the CPU's floating-point path, so it is reported, not asserted.
        QVERIFY2(changed > 5000 && changedDiff > 12,
                 qPrintable(QStringLiteral("where the lung was removed: |change| %1, brighter by %2; the other lung: %3")
                                .arg(changedDiff).arg(changedGain).arg(keptDiff)));
        QVERIFY(ws->lastLatencyMs() > 0);
        cosingan::test::saveScreenshot(&w, QStringLiteral("synthesise-demo"));

        // Undo: the condition is back, and so is the image.
        shown.clear();
        ws->controller()->undo();
        QVERIFY(shown.wait(60000));
        QVERIFY(meanDifference(before, ws->generatedView()->image(), QRect(0, 0, 512, 512)) < 0.5);

        // A blank condition cannot be drawn: the reason is shown instead of an image.
        shown.clear();
        ws->startBlank();
        QVERIFY(shown.wait(60000));
        QVERIFY2(!ws->generatedView()->message().isEmpty(), "no reason shown for an empty condition");

        // Back in Annotate, B is Annotate's brush again.
        w.showWorkspace(QStringLiteral("annotate"));
        w.annotateWorkspace()->sliceView()->setFocus();
        QTest::keyClick(w.annotateWorkspace()->sliceView(), Qt::Key_B);
        QCOMPARE(w.annotateWorkspace()->controller()->editor().tool(), ToolKind::Brush);
    }

    void aVolumeIsSynthesisedViewedAndSaved() {
        MainWindow w;
        SynthesiseWorkspace* ws = cosingan::test::openSynthesiseOnDemo(w, model_);
        QVERIFY(ws);
        ws->showVolumePage(true);
        VolumePage* page = ws->volumePage();
        QSignalSpy finished(page, &VolumePage::finished);

        // Cancelled at once: nothing is produced.
        page->synthesize({});
        QVERIFY(page->running());
        page->cancel();
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.last().first().toBool(), false);
        QVERIFY(!page->result());

        // The real study alone, before any synthesis.
        page->showStudy();
        QVERIFY(page->realViews() && page->surfaces());
        QVERIFY(!page->syntheticViews()->isVisible());
        if (page->surfaces()->renderingWorks()) QVERIFY(page->surfaces()->triangles(3) > 0);

        // With MosMed lesions placed into the demo's lungs, then synthesised whole.
        QVERIFY(page->placeLesions(cosingan::test::sharedData("mosmed-masks/study_0255_mask.nii.gz")));
        finished.clear();
        page->synthesize({});
        QVERIFY(finished.wait(300000));
        QCOMPARE(finished.last().first().toBool(), true);
        const VolumeResult v = page->result();
        QVERIFY(v);
        QVERIFY(v->ct.geometry().sameGrid(w.document()->volume().geometry(), 1e-9));
        QCOMPARE(v->generatedSlices + v->referenceSlices, w.document()->sliceCount());
        size_t before = 0, after = 0;
        for (uint8_t l : w.document()->labels().voxels()) before += l == 3;
        for (uint8_t l : v->labels.voxels()) after += l == 3;
        QVERIFY2(after > before, "the placed lesions are not in the synthesised labels");
        QVERIFY(w.document()->labels().voxels() != v->labels.voxels());  // the study's own labels untouched
        QVERIFY(page->syntheticViews() && page->syntheticViews()->isVisible());
        QTest::qWait(100);
        cosingan::test::saveScreenshot(&w, QStringLiteral("synthesise-volume"));
        // Labels as outlines in every view, real and synthetic, and back.
        QCheckBox* outline = nullptr;
        for (QCheckBox* c : page->findChildren<QCheckBox*>())
            if (c->text() == QStringLiteral("Outline")) outline = c;
        QVERIFY(outline);
        outline->setChecked(true);
        QVERIFY(page->syntheticViews()->labelOutline() && page->realViews()->labelOutline());
        QTest::qWait(100);
        cosingan::test::saveScreenshot(&w, QStringLiteral("synthesise-volume-outline"));
        outline->setChecked(false);
        QVERIFY(!page->syntheticViews()->labelOutline());
        if (page->surfaces()->renderingWorks()) QVERIFY(page->surfaces()->triangles(1) > 0);

        // Saved as NIfTI with its labels; a user's file of the same name is never replaced.
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("synthetic.nii.gz"));
        QVERIFY(page->save(path));
        QVERIFY(QFileInfo::exists(out.filePath(QStringLiteral("synthetic-labels.nii.gz"))));
        const QString users = out.filePath(QStringLiteral("users.nii.gz"));
        QFile f(users);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not ours");
        f.close();
        QVERIFY(!page->save(users));
        QFile again(users);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), QByteArray("not ours"));
    }

    void pyramidAndImageFusion() {
        StudioDocument study;
        const ChestPhantom demo = makeChestPhantom({});
        study.setStudy(demo.volume, demo.labels, QStringLiteral("demo"));
        SynthesiseWorkspace ws(&study);
        ws.setInteractive(false);
        QSignalSpy shown(&ws, &SynthesiseWorkspace::imageShown);
        ws.openModel(model_);
        QVERIFY(shown.wait(120000));
        const QImage alone = ws.generatedView()->image();

        // Every scale, coarsest first, stage 1 then stage 2.
        QSignalSpy pyramid(&ws, &SynthesiseWorkspace::pyramidShown);
        ws.showPyramid();
        QVERIFY(pyramid.wait(60000));
        const GenerationResult& p = ws.lastPyramid();
        QVERIFY2(p.stages.size() >= 2, qPrintable(QString::number(p.stages.size())));
        QCOMPARE(p.stageNames.size(), p.stages.size());
        QCOMPARE(p.stages.front().width(), 32);
        QVERIFY(p.stageNames.front().contains(QStringLiteral("32 px")));
        QVERIFY(p.stages.back().width() > p.stages.front().width());
        // The demonstration plays from the coarsest scale to the final image.
        {
            PyramidDialog dialog(p.stages, p.stageNames, p.images.front());
            dialog.QDialog::show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.play();
            QCOMPARE(dialog.current(), 0);
            QTRY_COMPARE_WITH_TIMEOUT(dialog.current(), int(p.stages.size()), 30000);
            cosingan::test::saveScreenshot(&dialog, QStringLiteral("synthesise-pyramid"));
        }

        // Fusion with a second model: zeta 1 is the first model's image, zeta 0 another one.
        if (model2_.isEmpty()) model2_ = cosingan::test::trainDemoModelIn(dir_.filePath(QStringLiteral("demo-model-2")), 12);
        QVERIFY(!model2_.isEmpty());
        QDoubleSpinBox* zeta = nullptr;
        for (QDoubleSpinBox* d : ws.findChildren<QDoubleSpinBox*>())
            if (d->prefix().contains(QStringLiteral("ζ"))) zeta = d;
        QVERIFY(zeta);
        QVERIFY(!zeta->isEnabled());
        shown.clear();
        ws.openFusionModel(model2_);
        QVERIFY(shown.wait(120000));  // options changed: generated again, fused
        QVERIFY(zeta->isEnabled());
        shown.clear();
        zeta->setValue(1.0);
        QVERIFY(shown.wait(60000));
        const QRect whole(0, 0, alone.width(), alone.height());
        const double d1 = meanDifference(alone, ws.generatedView()->image(), whole);
        shown.clear();
        zeta->setValue(0.0);
        QVERIFY(shown.wait(60000));
        const double d0 = meanDifference(alone, ws.generatedView()->image(), whole);
        QVERIFY2(d1 < 1.0 && d0 > 3.0, qPrintable(QStringLiteral("zeta 1: %1, zeta 0: %2").arg(d1).arg(d0)));
        QVERIFY(ws.generatedView()->message().isEmpty());

        // The study slice with MosMed lesions placed into its lungs, saved as NIfTI where it belongs.
        shown.clear();
        QVERIFY(ws.startFromStudySliceWithLesions(cosingan::test::sharedData("mosmed-masks/study_0255_mask.nii.gz")));
        const int k = study.slice();
        size_t own = 0, placed = 0;
        for (uint8_t l : study.labels().sliceCopy(k)) own += l == 3;
        for (uint8_t l : ws.condition()->labels().sliceCopy(0)) placed += l == 3;
        QVERIFY2(placed > own, qPrintable(QStringLiteral("%1 -> %2").arg(own).arg(placed)));
        QVERIFY(shown.wait(60000));
        QTemporaryDir out;
        const QString nii = out.filePath(QStringLiteral("slice.nii.gz"));
        QVERIFY(ws.saveResult(nii));
        const CtVolume saved = readCtVolume(nii.toStdString());
        const auto where = study.volume().geometry().indexToPhysical(0, 0, k);
        QCOMPARE(saved.slices(), 1);
        QVERIFY(std::abs(saved.geometry().origin[2] - where[2]) < 1e-3);
        QVERIFY(readLabelMap(out.filePath(QStringLiteral("slice-labels.nii.gz")).toStdString()).voxels() ==
                ws.condition()->labels().voxels());
    }

    void theNewestRequestWins() {
        GenerationService service;
        QSignalSpy loaded(&service, &GenerationService::modelLoaded);
        service.loadModel(model_);
        QVERIFY(loaded.wait(120000));
        const ModelInfo info = loaded.first().first().value<ModelInfo>();
        QSignalSpy done(&service, &GenerationService::generated);
        quint64 last = 0;
        for (int i = 0; i < 10; ++i) {
            GenerationRequest r;
            r.mask = info.trainingSlice;
            r.options.seed = uint64_t(i);
            last = service.request(r);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty() && done.last().first().value<GenerationResult>().id == last, 120000);
        QTest::qWait(200);
        QVERIFY2(done.size() <= 2, qPrintable(QString::number(done.size())));  // the one running, then the newest
        QVERIFY(done.last().first().value<GenerationResult>().error.isEmpty());
    }
};

QTEST_MAIN(SynthesiseWorkspaceTest)
#include "SynthesiseWorkspaceTest.moc"
