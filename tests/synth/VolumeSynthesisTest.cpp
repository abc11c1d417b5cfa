// Whole synthetic volumes: a micro model trained here on a slice of the demo phantom synthesises a
// small label volume; the CT keeps the labels' geometry and alignment, has CT-like Hounsfield units,
// takes slices without lungs from a reference, is cancelled without a file, never replaces a user's
// file; MosMed lesions are placed inside the demo's lungs; the CLI writes a readable NIfTI.
#include "DemoModel.h"
#include "TestData.h"
#include "demo/ChestPhantom.h"
#include "gan/LungBox.h"
#include "gan/Synthesis.h"
#include "gan/Training.h"
#include "image/SliceExtraction.h"
#include "io/NiftiIntegrity.h"
#include "io/VolumeIO.h"
#include "synth/LesionPlacement.h"
#include "synth/VolumeSynthesis.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <fstream>

using namespace cosingan;
using cosingan::test::sharedData;

namespace {

ChestPhantom smallDemo() {
    ChestPhantomOptions o;
    o.size = 128;
    o.slices = 8;
    o.pixelMm = 2.8;
    ChestPhantom p = makeChestPhantom(o);
    // Above and below the lungs: no lung labels on the first and the last slice.
    for (int k : {0, p.labels.slices() - 1}) p.labels.setSlice(k, std::vector<uint8_t>(p.labels.geometry().sliceVoxels(), 0));
    return p;
}

// Cancels once the first batch has been reported.
struct CancelAfterFirst : JobControl {
    int reports = 0;
    void reportProgress(double, const std::string&) override { ++reports; }
    bool isCancelRequested() const override { return reports > 0; }
};

}  // namespace

class VolumeSynthesisTest : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString modelFolder_;
    std::shared_ptr<gan::CoSinGanModel> model_;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        modelFolder_ = dir_.filePath(QStringLiteral("model"));
        QVERIFY(cosingan::test::trainDemoModel(modelFolder_.toStdString(), 7));
        model_ = gan::CoSinGanModel::load(modelFolder_.toStdString());
    }

    void keepsGeometryLabelsAndHounsfieldUnits() {
        const ChestPhantom p = smallDemo();
        VolumeSynthesisOptions o;
        o.synthesis.batchSize = 4;
        const SynthesizedVolume v = synthesizeVolume(*model_, p.labels, nullptr, o);
        QCOMPARE(v.generatedSlices, 6);
        QCOMPARE(v.airSlices, 2);
        QVERIFY(v.ct.geometry().sameGrid(p.labels.geometry(), 1e-9));
        for (int16_t hu : v.ct.sliceCopy(0)) QCOMPARE(hu, int16_t(-1024));
        // Generated slices: inside the lung window's range, and the lungs darker than the body
        // around them, as in the training slice (the labels are where the image says they are).
        double lung = 0, other = 0;
        size_t nl = 0, no = 0;
        for (int k = 1; k < 7; ++k)
            for (int j = 0; j < p.labels.rows(); ++j)
                for (int i = 0; i < p.labels.columns(); ++i) {
                    const int16_t hu = v.ct.at(i, j, k);
                    QVERIFY(hu >= -1250 && hu <= 250);
                    const uint8_t l = p.labels.at(i, j, k);
                    if (l == 1 || l == 2) lung += hu, ++nl;
                    else if (p.volume.at(i, j, k) > -200) other += hu, ++no;  // the body, not the air around it
                }
        QVERIFY2(lung / nl < other / no - 150, qPrintable(QStringLiteral("lung %1 HU, body %2 HU").arg(lung / nl).arg(other / no)));

        // Written and read back: the same grid, the same labels, and a description saying what it is.
        const std::string path = dir_.filePath(QStringLiteral("synthetic.nii.gz")).toStdString();
        writeSynthesizedVolume(v, path);
        const CtVolume back = readCtVolume(path);
        QVERIFY(back.geometry().sameGrid(p.labels.geometry(), 1e-4));
        QVERIFY(back.voxels() == v.ct.voxels());
        QVERIFY(readLabelMap(labelsPathFor(path), &back.geometry()).voxels() == p.labels.voxels());
        NiftiHeader h;
        QVERIFY(readNiftiHeader(path, h));
        QVERIFY2(QString::fromStdString(h.description).startsWith(QStringLiteral("CoSinGAN synthetic CT")), h.description.c_str());
        // Written again over our own files: allowed.
        writeSynthesizedVolume(v, path);
    }

    void slicesWithoutLungsComeFromTheReference() {
        const ChestPhantom p = smallDemo();
        const SynthesizedVolume v = synthesizeVolume(*model_, p.labels, &p.volume, {});
        QCOMPARE(v.referenceSlices, 2);
        QVERIFY(v.ct.sliceCopy(0) == p.volume.sliceCopy(0));
        QVERIFY(v.ct.sliceCopy(7) == p.volume.sliceCopy(7));
        QVERIFY(v.ct.sliceCopy(3) != p.volume.sliceCopy(3));
        ChestPhantomOptions other;
        other.size = 64;
        const ChestPhantom wrong = makeChestPhantom(other);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, synthesizeVolume(*model_, p.labels, &wrong.volume, {}));
    }

    void aLungBoxModelDrawsOneBoxForTheWholeVolume() {
        const QString folder = dir_.filePath(QStringLiteral("lungbox-model"));
        QVERIFY(cosingan::test::trainDemoModel(folder.toStdString(), 7, 0.1));
        const auto model = gan::CoSinGanModel::load(folder.toStdString());
        const ChestPhantom p = smallDemo();
        // The box around every slice's labels, as the engine computes it.
        std::vector<gan::SliceData> masks;
        for (int k = 1; k < 7; ++k) masks.push_back(maskForEngine(p.labels, k));
        std::vector<const gan::SliceData*> all;
        for (const auto& m : masks) all.push_back(&m);
        const gan::PixelBox box = gan::lungBox(all, 0.1);
        QVERIFY(box.width < p.labels.columns());  // the phantom's lungs do not fill its field
        const SynthesizedVolume v = synthesizeVolume(*model, p.labels, &p.volume, {});
        QVERIFY(v.ct.geometry().sameGrid(p.labels.geometry(), 1e-9));
        QCOMPARE(v.generatedSlices, 6);
        size_t drawnChanged = 0;
        for (int k = 1; k < 7; ++k)
            for (int j = 0; j < p.labels.rows(); ++j)
                for (int i = 0; i < p.labels.columns(); ++i) {
                    const bool inside = i >= box.x && i < box.x + box.width && j >= box.y && j < box.y + box.height;
                    if (!inside) QCOMPARE(v.ct.at(i, j, k), p.volume.at(i, j, k));  // around the box: the reference
                    else drawnChanged += v.ct.at(i, j, k) != p.volume.at(i, j, k);
                    if (p.labels.at(i, j, k) != 0) QVERIFY(inside);  // every label lies in the box
                }
        QVERIFY(drawnChanged > size_t(box.width) * size_t(box.height));  // the box was drawn on every slice
        // Without a reference, air around the box.
        const SynthesizedVolume air = synthesizeVolume(*model, p.labels, nullptr, {});
        QCOMPARE(air.ct.at(0, 0, 3), int16_t(-1024));
    }

    void cancelWritesNothingAndAUsersFileIsKept() {
        const ChestPhantom p = smallDemo();
        const std::string path = dir_.filePath(QStringLiteral("cancelled.nii.gz")).toStdString();
        VolumeSynthesisOptions o;
        o.synthesis.batchSize = 2;
        CancelAfterFirst cancel;
        bool cancelled = false;
        try {
            writeSynthesizedVolume(synthesizeVolume(*model_, p.labels, nullptr, o, &cancel), path);
        } catch (const JobCancelled&) {
            cancelled = true;
        }
        QVERIFY(cancelled);
        QVERIFY(!std::filesystem::exists(path));
        QVERIFY(!std::filesystem::exists(labelsPathFor(path)));

        // A user's file that happens to have the name: refused, untouched, and no labels written.
        const std::string users = dir_.filePath(QStringLiteral("users.nii.gz")).toStdString();
        writeCtVolume(p.volume, users);
        const auto before = std::filesystem::file_size(users);
        const SynthesizedVolume v = synthesizeVolume(*model_, p.labels, nullptr, {});
        QVERIFY_THROWS_EXCEPTION(IoError, writeSynthesizedVolume(v, users));
        QCOMPARE(std::filesystem::file_size(users), before);
        QVERIFY(readCtVolume(users).voxels() == p.volume.voxels());
        QVERIFY(!std::filesystem::exists(labelsPathFor(users)));
        // A user's file where the labels would go: refused too, kept, and no CT written beside it.
        const std::string ct = dir_.filePath(QStringLiteral("fresh.nii.gz")).toStdString();
        writeLabelMap(p.labels, labelsPathFor(ct));  // not marked as ours
        const auto labelsBefore = std::filesystem::file_size(labelsPathFor(ct));
        QVERIFY_THROWS_EXCEPTION(IoError, writeSynthesizedVolume(v, ct));
        QVERIFY(std::filesystem::exists(labelsPathFor(ct)));
        QCOMPARE(std::filesystem::file_size(labelsPathFor(ct)), labelsBefore);
        QVERIFY(!std::filesystem::exists(ct));
    }

    void mosmedLesionsLandInsideTheDemoLungs() {
        COSINGAN_REQUIRE_DATA("mosmed-masks/study_0255_mask.nii.gz");
        const ChestPhantom demo = makeChestPhantom({});
        const LabelMap lesions = readLabelMap(sharedData("mosmed-masks/study_0255_mask.nii.gz").toStdString());
        const LesionPlacement placed = placeLesions(demo.labels, lesions);
        QVERIFY(placed.placed > 100);
        QCOMPARE(placed.firstLungSlice, 0);
        size_t added = 0;
        for (size_t i = 0; i < demo.labels.voxels().size(); ++i) {
            const uint8_t before = demo.labels.voxels()[i], after = placed.labels.voxels()[i];
            if (after != before) {
                QCOMPARE(int(after), 3);
                QVERIFY(before == 1 || before == 2);  // only lung became infection
                ++added;
            }
        }
        QVERIFY(added > 100);
        LabelMap empty(demo.labels.geometry(), uint8_t(0));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, placeLesions(empty, lesions));
    }

    void commandLineWritesAReadableVolume() {
        COSINGAN_REQUIRE_DATA("mosmed-masks/study_0255_mask.nii.gz");
        ChestPhantomOptions o;
        o.size = 256;
        o.pixelMm = 1.4;
        const ChestPhantom demo = makeChestPhantom(o);
        const QString labels = dir_.filePath(QStringLiteral("demo-labels.nii.gz"));
        writeLabelMap(demo.labels, labels.toStdString());
        const QString out = dir_.filePath(QStringLiteral("demo-synthetic.nii.gz"));
        QProcess cli;
        cli.start(QStringLiteral(COSINGAN_CLI),
                  {"synthesize-volume", "--model", modelFolder_, "--labels", labels, "--lesions",
                   sharedData("mosmed-masks/study_0255_mask.nii.gz"), "--out", out, "--rc", "--seed", "3", "--json"});
        QVERIFY(cli.waitForFinished(600000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        const CtVolume ct = readCtVolume(out.toStdString());
        QVERIFY(ct.geometry().sameGrid(demo.labels.geometry(), 1e-4));
        const LabelMap written = readLabelMap(labelsPathFor(out.toStdString()), &ct.geometry());
        size_t infection = 0;
        for (uint8_t l : written.voxels()) infection += l == 3;
        QVERIFY(infection > 100);
        QVERIFY(cli.readAllStandardOutput().contains("\"generated_slices\": 24"));
        // Its own input is never replaced.
        QProcess refused;
        refused.start(QStringLiteral(COSINGAN_CLI), {"synthesize-volume", "--model", modelFolder_, "--labels", labels, "--out", labels});
        QVERIFY(refused.waitForFinished(600000));
        QCOMPARE(refused.exitCode(), 2);
        QVERIFY(readLabelMap(labels.toStdString()).voxels() == demo.labels.voxels());
    }
};

QTEST_GUILESS_MAIN(VolumeSynthesisTest)
#include "VolumeSynthesisTest.moc"
