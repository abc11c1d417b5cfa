// Export and evaluate, as a user does from the Synthesise workspace: an nnU-Net dataset of the
// demo study's slices with lungs (variant counts, dropout, the study's spacing in the files), its
// evaluation against the one real slice (table, chart, the equivalent command line and the real
// slices it used), a user's folder refused untouched, whole label volumes as 3-D cases, lesions of
// another study placed into the lungs, and a folder of mask images with an unusable one left out.
#include "SynthesiseOnDemo.h"
#include "Screenshots.h"
#include "image/SliceExtraction.h"
#include "io/VolumeIO.h"
#include "ui/common/StudioDocument.h"
#include "ui/export/EvaluateDialog.h"
#include "ui/export/ExportDialog.h"
#include "util/Json.h"

#include <QFile>
#include <QFileInfo>
#include <QSpinBox>
#include <QTemporaryDir>

using namespace cosingan;
using namespace cosingan::ui;

class ExportDialogTest : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString model_;

private Q_SLOTS:
    void initTestCase() {
        cosingan::test::prepareSynthesiseTests();
        model_ = cosingan::test::trainDemoModelIn(dir_.filePath(QStringLiteral("demo-model")), 11);
        QVERIFY(!model_.isEmpty());
    }

    void exportDialogWritesAnNnUnetDataset() {
        MainWindow w;
        SynthesiseWorkspace* ws = cosingan::test::openSynthesiseOnDemo(w, model_);
        QVERIFY(ws);
        int withLungs = 0;
        for (int k = 0; k < w.document()->sliceCount(); ++k) withLungs += w.document()->labels().sliceHasLungs(k);
        QVERIFY(withLungs > 5);
        ExportDialog* dialog = ws->openExportDialog();
        QVERIFY(dialog && dialog->isVisible());
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("Dataset501_Demo"));
        dialog->setOutputFolder(out);
        // Variants per mask: 16 per slice, one per whole volume, until the user sets a count.
        QVERIFY2(dialog->commandLine().contains(QStringLiteral("--variants 16 ")), qPrintable(dialog->commandLine()));
        QVERIFY(dialog->setWholeVolumes(true));
        QVERIFY2(dialog->commandLine().contains(QStringLiteral("--variants 1 ")), qPrintable(dialog->commandLine()));
        QVERIFY(dialog->setWholeVolumes(false));
        QVERIFY(dialog->commandLine().contains(QStringLiteral("--variants 16 ")));
        // A count typed into the box is the user's and stays.
        auto* variantsBox = dialog->findChild<QSpinBox*>(QStringLiteral("variants"));
        QVERIFY(variantsBox);
        variantsBox->setValue(5);
        QVERIFY2(dialog->commandLine().contains(QStringLiteral("--variants 5 ")), qPrintable(dialog->commandLine()));
        dialog->setVariants(2);
        QVERIFY2(dialog->commandLine().startsWith(QStringLiteral("cosingan export --model ")) &&
                     dialog->commandLine().contains(QStringLiteral("--variants 2 --rc")),
                 qPrintable(dialog->commandLine()));
        // Dropout at synthesis: on by default where the model has dropout layers, off where (tiny) it has none.
        QVERIFY(!dialog->commandLine().contains(QStringLiteral("--dropout")));
        dialog->setModelHasDropout(true);
        QVERIFY(dialog->commandLine().contains(QStringLiteral("--rc --dropout")));
        dialog->setModelHasDropout(false);
        QSignalSpy finished(dialog, &ExportDialog::finished);
        dialog->startExport();
        QVERIFY(dialog->running());
        QVERIFY(finished.wait(300000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(dialog->resultText()));
        const Json d = readJsonFile(QDir(out).filePath(QStringLiteral("dataset.json")).toStdString());
        QCOMPARE(d.at("numTraining").asInt(), 2 * withLungs);
        // The study's spacing went into the files.
        const CtVolume first = readCtVolume((out + QStringLiteral("/imagesTr/CoSinGAN_0001_0000.nii.gz")).toStdString());
        QVERIFY(std::abs(first.geometry().spacing[0] - w.document()->volume().geometry().spacing[0]) < 1e-6);
        cosingan::test::saveScreenshot(dialog, QStringLiteral("export-dialog"));
        // Evaluate it: synthetic against the one real slice, on the study's slices with infection
        // (a tiny segmenter: the numbers mean nothing here, the table and chart must be there).
        gan::SegmenterOptions tiny;
        tiny.size = 32;
        tiny.iterations = 60;
        tiny.batchSize = 4;
        tiny.baseChannels = 4;
        EvaluateDialog* evaluate = ws->openEvaluateDialog(out, tiny);
        QVERIFY(evaluate);
        QVERIFY(evaluate->equivalentCommand().isEmpty());
        int painted = 0;
        for (int k = 0; k < w.document()->sliceCount(); ++k) painted += w.document()->labels().countsOnSlice(k)[3] > 0;
        const bool moreReal = painted - 1 >= 4;  // the slice the model learnt from is not a test slice
        evaluate->setMoreRealData(true);  // a third row, where the study has enough painted slices
        QSignalSpy evaluated(evaluate, &EvaluateDialog::finished);
        evaluate->start();
        QVERIFY(evaluated.wait(300000));
        QVERIFY2(evaluated.first().first().toBool(), qPrintable(evaluated.first().at(1).toString()));
        QCOMPARE(evaluate->tableRows(), moreReal ? 3 : 2);
        QCOMPARE(evaluate->chartBars(), moreReal ? 6 : 4);
        QCOMPARE(int(evaluate->results().front().cases.size()) > 0, true);
        QVERIFY(QFileInfo::exists(QDir(out).filePath(QStringLiteral("evaluation.json"))));
        // The same evaluation from the command line: the real slices it used are beside the dataset.
        const QString command = evaluate->equivalentCommand();
        QVERIFY2(command.startsWith(QStringLiteral("cosingan evaluate --train ") + out) &&
                     command.contains(QStringLiteral("--baseline-real")) && command.contains(QStringLiteral("--iterations 60")) &&
                     command.contains(QStringLiteral("--also-real")) == moreReal,
                 qPrintable(command));
        const QDir testSlices(QDir(out).filePath(QStringLiteral("evaluation-slices/test/images")));
        QCOMPARE(int(testSlices.entryList(QDir::Files).size()), int(evaluate->results().front().cases.size()));
        QTest::qWait(200);
        cosingan::test::saveScreenshot(evaluate, QStringLiteral("evaluate-dialog"));
        evaluate->close();
        // Again into the same folder, which now holds our export: replaced; a user's folder: refused.
        QDir().mkpath(dir.filePath(QStringLiteral("user")));
        QFile note(dir.filePath(QStringLiteral("user/notes.txt")));
        QVERIFY(note.open(QIODevice::WriteOnly) && note.write("x") == 1);
        note.close();
        dialog->setOutputFolder(dir.filePath(QStringLiteral("user")));
        finished.clear();
        dialog->startExport();
        QVERIFY(finished.wait(300000));
        QVERIFY(!finished.first().first().toBool());
        QVERIFY2(dialog->resultText().contains(QStringLiteral("nothing was written")), qPrintable(dialog->resultText()));
        QCOMPARE(QDir(dir.filePath(QStringLiteral("user"))).entryList(QDir::Files | QDir::NoDotAndDotDot).size(), 1);

        // Whole volumes: the study's label volume as one 3-D case on its grid.
        QVERIFY(dialog->setWholeVolumes(true));
        QVERIFY2(dialog->commandLine().startsWith(QStringLiteral("cosingan export --volumes")) &&
                     dialog->commandLine().contains(QStringLiteral("--variants 2 ")),  // the user's count is kept
                 qPrintable(dialog->commandLine()));
        auto exportInto = [&](const QString& folder) {
            dialog->setOutputFolder(folder);
            finished.clear();
            dialog->startExport();
            return finished.wait(300000) && finished.first().first().toBool();
        };
        const QString volumes = dir.filePath(QStringLiteral("Dataset505_Volume"));
        QVERIFY2(exportInto(volumes), qPrintable(dialog->resultText()));
        QCOMPARE(readJsonFile(QDir(volumes).filePath(QStringLiteral("dataset.json")).toStdString()).at("numTraining").asInt(), 2);
        const CtVolume synthetic = readCtVolume((volumes + QStringLiteral("/imagesTr/CoSinGAN_0001_0000.nii.gz")).toStdString());
        QVERIFY(synthetic.geometry().size == w.document()->volume().geometry().size);
        QVERIFY(dialog->setWholeVolumes(false));
        // Lesions of another study placed into the study's lungs: a source of its own.
        ImageGeometry lg;
        lg.size = {32, 32, 4};
        LabelMap lesion(lg, uint8_t(0));
        for (int k = 0; k < 4; ++k)
            for (int j = 8; j < 22; ++j)
                for (int i = 3; i < 29; ++i) lesion.at(i, j, k) = 1;
        const QString lesionFile = dir.filePath(QStringLiteral("lesions.nii.gz"));
        writeLabelMap(lesion, lesionFile.toStdString(), "lesions");
        const int before = dialog->sourceCount();
        QVERIFY2(dialog->addLesions(lesionFile), qPrintable(dialog->resultText()));
        QCOMPARE(dialog->sourceCount(), before + 1);
        QVERIFY2(dialog->commandLine().contains(QStringLiteral("--lesions ") + lesionFile), qPrintable(dialog->commandLine()));
        QVERIFY2(dialog->resultText().contains(QStringLiteral("Lesions placed")), qPrintable(dialog->resultText()));

        // Masks from a folder of label images (a lesion-only mask among them is left out, a folder
        // without masks is refused with a reason), exported like the study's slices.
        const QString masks = dir.filePath(QStringLiteral("my masks"));
        QDir().mkpath(masks);
        int written = 0;
        for (int k = 0; k < w.document()->sliceCount() && written < 2; ++k) {
            if (!w.document()->labels().sliceHasLungs(k)) continue;
            const gan::SliceData m = sliceForEngine(w.document()->volume(), &w.document()->labels(), k);
            writeGrayPng(QDir(masks).filePath(QStringLiteral("mask%1.png").arg(k)).toStdString(), m.labels, m.width, m.height);
            ++written;
        }
        QCOMPARE(written, 2);
        const std::vector<uint8_t> lesionOnly(size_t(64) * 64, 255);  // a 0/255 lesion mask: no lungs to condition on
        writeGrayPng(QDir(masks).filePath(QStringLiteral("lesion.png")).toStdString(), lesionOnly, 64, 64);
        QVERIFY(!dialog->addMaskFolder(dir.filePath(QStringLiteral("user"))));
        QVERIFY2(dialog->resultText().contains(QStringLiteral("no mask files")), qPrintable(dialog->resultText()));
        const int sources = dialog->sourceCount();
        QVERIFY(dialog->addMaskFolder(masks));
        QCOMPARE(dialog->sourceCount(), sources + 1);
        QVERIFY2(dialog->commandLine().contains(QStringLiteral("--mask '") + masks), qPrintable(dialog->commandLine()));
        QVERIFY2(dialog->resultText().startsWith(QStringLiteral("1 left out")), qPrintable(dialog->resultText()));
        const QString fromFolder = dir.filePath(QStringLiteral("Dataset504_Folder"));
        QVERIFY2(exportInto(fromFolder), qPrintable(dialog->resultText()));
        QCOMPARE(readJsonFile(QDir(fromFolder).filePath(QStringLiteral("dataset.json")).toStdString()).at("numTraining").asInt(), 2 * 2);
        dialog->close();
    }
};

QTEST_MAIN(ExportDialogTest)
#include "ExportDialogTest.moc"
