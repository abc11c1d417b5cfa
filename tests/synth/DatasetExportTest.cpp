// Exporting a labelled synthetic dataset in nnU-Net v2's layout: names, dataset.json, image and
// label on one grid, labels 0..3 only; made again from the same options it is identical file for
// file; a cancel or a failure half-way leaves nothing (and an earlier export as it was); a folder
// that is not an export of ours is never written into; the command line writes the same layout
// and refuses impossible options before writing; `cosingan evaluate` reads an export and the real
// slices an evaluation in the app saved beside it.
#include "DemoModel.h"
#include "demo/ChestPhantom.h"
#include "image/SliceExtraction.h"
#include "io/VolumeIO.h"
#include "synth/DatasetExport.h"
#include "synth/EvaluationSlices.h"
#include "volume/ImageGeometry.h"
#include "util/Json.h"

#include <opencv2/imgcodecs.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <filesystem>
#include <set>

using namespace cosingan;

namespace {

QByteArray digest(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha1) : QByteArray();
}

// Every file under a folder (relative name -> SHA-1), except the record's creation time.
std::map<QString, QByteArray> contents(const QString& folder) {
    std::map<QString, QByteArray> m;
    for (const auto& e : std::filesystem::recursive_directory_iterator(folder.toStdString()))
        if (e.is_regular_file()) {
            const QString rel = QDir(folder).relativeFilePath(QString::fromStdString(e.path().string()));
            if (rel != QLatin1String(kExportRecordName)) m[rel] = digest(QString::fromStdString(e.path().string()));
        }
    return m;
}

// A failure in the middle of writing (a full disk, a removed drive): thrown from the third report.
struct FailAtThirdReport : JobControl {
    int reports = 0;
    void reportProgress(double, const std::string&) override {
        if (++reports == 3) throw std::runtime_error("No space left on device");
    }
};

struct CancelAtSecondReport : JobControl {
    mutable int polls = 0;
    bool isCancelRequested() const override { return ++polls > 2; }
};

}  // namespace

class DatasetExportTest : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::shared_ptr<gan::CoSinGanModel> model_;
    std::vector<gan::SliceData> masks_;

    DatasetExportOptions options() const {
        DatasetExportOptions o;
        o.datasetName = "Demo";
        o.variantsPerMask = 2;
        o.synthesis.randomCondition = true;
        o.synthesis.seed = 5;
        o.spacingMm[0] = o.spacingMm[1] = 0.7;
        o.spacingMm[2] = 3.0;
        o.includeTrainingSlice = true;
        return o;
    }

private Q_SLOTS:
    void initTestCase() {
        const QString folder = dir_.filePath(QStringLiteral("model"));
        QVERIFY(cosingan::test::trainDemoModel(folder.toStdString(), 3));
        model_ = gan::CoSinGanModel::load(folder.toStdString());
        const ChestPhantom demo = makeChestPhantom({});
        for (int k : {8, 10, 14}) {
            gan::SliceData m = sliceForEngine(demo.volume, &demo.labels, k);
            m.image.clear();
            masks_.push_back(m);
        }
    }

    void nnUnetLayoutAndDatasetJson() {
        const QString out = dir_.filePath(QStringLiteral("Dataset501_Demo"));
        const DatasetExportResult r = exportDataset(*model_, masks_, out.toStdString(), options());
        QCOMPARE(r.cases, 1 + 3 * 2);
        const Json d = readJsonFile(QDir(out).filePath(QStringLiteral("dataset.json")).toStdString());
        QCOMPARE(QString::fromStdString(d.at("channel_names").at("0").asString()), QStringLiteral("CT"));
        QCOMPARE(d.at("labels").at("background").asInt(), 0);
        QCOMPARE(d.at("labels").at("left lung").asInt(), 1);
        QCOMPARE(d.at("labels").at("right lung").asInt(), 2);
        QCOMPARE(d.at("labels").at("infection").asInt(), 3);
        QCOMPARE(d.at("numTraining").asInt(), 7);
        QCOMPARE(QString::fromStdString(d.at("file_ending").asString()), QStringLiteral(".nii.gz"));
        QCOMPARE(QDir(out + "/imagesTr").entryList(QDir::Files).size(), 7);
        QCOMPARE(QDir(out + "/labelsTr").entryList(QDir::Files).size(), 7);
        for (int i = 1; i <= 7; ++i) {
            const QString name = QStringLiteral("Demo_%1").arg(i, 4, 10, QLatin1Char('0'));
            const CtVolume ct = readCtVolume((out + "/imagesTr/" + name + "_0000.nii.gz").toStdString());
            const LabelMap labels = readLabelMap((out + "/labelsTr/" + name + ".nii.gz").toStdString(), &ct.geometry());
            QVERIFY(labels.geometry().sameGrid(ct.geometry(), 1e-6));
            QCOMPARE(ct.slices(), 1);
            QVERIFY(std::abs(ct.geometry().spacing[0] - 0.7) < 1e-6 && std::abs(ct.geometry().spacing[2] - 3.0) < 1e-6);
            std::set<int> values(labels.voxels().begin(), labels.voxels().end());
            QVERIFY(*values.rbegin() <= 3);
            QVERIFY(values.count(1) && values.count(2));  // lungs in every case
            const auto hu = ct.huRange();
            QVERIFY2(hu.first >= -1250 && hu.second <= 250 && hu.second - hu.first > 300, "HU from the lung window");
        }
        // The record says what made it: the model's weight checksums, options, each case's mask.
        const Json rec = readJsonFile(QDir(out).filePath(QLatin1String(kExportRecordName)).toStdString());
        QVERIFY(rec.at("model_weights").asArray().size() >= 1);
        QCOMPARE(rec.at("cases").asArray().size(), size_t(7));
        QVERIFY(rec.at("cases").asArray()[0].value("real", false));
    }

    void plainPairLayouts() {
        DatasetExportOptions o = options();
        o.includeTrainingSlice = false;
        o.variantsPerMask = 1;
        o.layout = DatasetLayout::PngPairs;
        const QString png = dir_.filePath(QStringLiteral("png"));
        QCOMPARE(exportDataset(*model_, masks_, png.toStdString(), o).cases, 3);
        QCOMPARE(QDir(png + "/images").entryList(QDir::Files), (QStringList{"Demo_0001.png", "Demo_0002.png", "Demo_0003.png"}));
        const cv::Mat labels = cv::imread((png + "/labels/Demo_0002.png").toStdString(), cv::IMREAD_UNCHANGED);
        QCOMPARE(labels.cols, masks_[1].width);
        QVERIFY(std::equal(masks_[1].labels.begin(), masks_[1].labels.end(), labels.data));  // the mask, values 0..3
        QVERIFY(!QFileInfo::exists(png + "/dataset.json"));
        o.layout = DatasetLayout::NiftiPairs;
        const QString nifti = dir_.filePath(QStringLiteral("nifti"));
        exportDataset(*model_, masks_, nifti.toStdString(), o);
        const CtVolume ct = readCtVolume((nifti + "/images/Demo_0003.nii.gz").toStdString());
        QVERIFY(readLabelMap((nifti + "/labels/Demo_0003.nii.gz").toStdString(), &ct.geometry()).geometry().sameGrid(ct.geometry(), 1e-6));
        // Read back for evaluation, from every layout: the masks, the images in the lung window.
        for (const QString& folder : {png, nifti}) {
            const std::vector<gan::LabelledSlice> back = readExportedDataset(folder.toStdString());
            QCOMPARE(back.size(), size_t(3));
            QVERIFY(back[1].labels == masks_[1].labels);
            QCOMPARE(int(back[1].image.size()), masks_[1].width * masks_[1].height);
        }
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, readExportedDataset(dir_.path().toStdString()));
    }

    void sameOptionsGiveTheSameFiles() {
        const QString a = dir_.filePath(QStringLiteral("again-a")), b = dir_.filePath(QStringLiteral("again-b"));
        exportDataset(*model_, masks_, a.toStdString(), options());
        exportDataset(*model_, masks_, b.toStdString(), options());
        const auto ca = contents(a), cb = contents(b);
        QCOMPARE(ca.size(), size_t(2 * 7 + 1));
        QVERIFY(ca == cb);
        // Exported again over itself (ours): replaced, same files.
        exportDataset(*model_, masks_, a.toStdString(), options());
        QVERIFY(contents(a) == cb);
    }

    void cancelLeavesNothing() {
        const QString out = dir_.filePath(QStringLiteral("cancelled"));
        CancelAtSecondReport cancel;
        QVERIFY_THROWS_EXCEPTION(JobCancelled, exportDataset(*model_, masks_, out.toStdString(), options(), &cancel));
        QVERIFY(!QFileInfo::exists(out));
        for (const QString& e : QDir(dir_.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            QVERIFY2(!e.contains(QStringLiteral(".partial-")), qPrintable(e));
    }

    void aFailureLeavesTheEarlierExportAsItWas() {
        const QString out = dir_.filePath(QStringLiteral("kept"));
        exportDataset(*model_, masks_, out.toStdString(), options());
        const auto before = contents(out);
        const QByteArray record = digest(QDir(out).filePath(QLatin1String(kExportRecordName)));
        FailAtThirdReport failing;
        DatasetExportOptions other = options();
        other.synthesis.seed = 99;  // a different dataset, failing half-way
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, exportDataset(*model_, masks_, out.toStdString(), other, &failing));
        QVERIFY(contents(out) == before);
        QCOMPARE(digest(QDir(out).filePath(QLatin1String(kExportRecordName))), record);
        for (const QString& e : QDir(dir_.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            QVERIFY2(!e.contains(QStringLiteral(".partial-")) && !e.contains(QStringLiteral(".previous-")), qPrintable(e));
        // Failing on a new folder: nothing at all.
        FailAtThirdReport again;
        const QString fresh = dir_.filePath(QStringLiteral("fresh"));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, exportDataset(*model_, masks_, fresh.toStdString(), other, &again));
        QVERIFY(!QFileInfo::exists(fresh));
    }

    void neverWritesIntoSomeoneElsesFolder() {
        const QString out = dir_.filePath(QStringLiteral("mine"));
        QVERIFY(QDir().mkpath(out));
        QFile user(out + "/notes.txt");
        QVERIFY(user.open(QIODevice::WriteOnly) && user.write("a user's file") > 0);
        user.close();
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, exportDataset(*model_, masks_, out.toStdString(), options()));
        QCOMPARE(QDir(out).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot), QStringList{QStringLiteral("notes.txt")});
        // A user's file where the dataset would go: refused, kept as it was.
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, exportDataset(*model_, masks_, user.fileName().toStdString(), options()));
        QCOMPARE(digest(user.fileName()), QCryptographicHash::hash("a user's file", QCryptographicHash::Sha1));
        // Impossible options are refused before anything is written.
        DatasetExportOptions same = options();
        same.synthesis.randomCondition = false;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 exportDataset(*model_, masks_, dir_.filePath(QStringLiteral("x")).toStdString(), same));
        QVERIFY(!QFileInfo::exists(dir_.filePath(QStringLiteral("x"))));
        // Dropout at synthesis on a model without dropout layers would change nothing: refused.
        DatasetExportOptions dropout = options();
        dropout.synthesis.dropout = true;
        QVERIFY(!model_->hasDropout());
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 exportDataset(*model_, masks_, dir_.filePath(QStringLiteral("x")).toStdString(), dropout));
        QVERIFY(!QFileInfo::exists(dir_.filePath(QStringLiteral("x"))));
    }

    void commandLineWritesTheSameLayout() {
        // Two label images (values 0..3) as a user would have them, exported from the command line.
        QStringList maskArgs;
        for (size_t i = 0; i < 2; ++i) {
            const gan::SliceData& m = masks_[i];
            const cv::Mat img(m.height, m.width, CV_8U, const_cast<uint8_t*>(m.labels.data()));
            const QString path = dir_.filePath(QStringLiteral("mask%1.png").arg(i));
            QVERIFY(cv::imwrite(path.toStdString(), img));
            maskArgs << QStringLiteral("--mask") << path;
        }
        const QString model = dir_.filePath(QStringLiteral("model")), out = dir_.filePath(QStringLiteral("Dataset502_Cli"));
        QProcess p;
        p.start(QStringLiteral(COSINGAN_CLI), QStringList{QStringLiteral("export"), QStringLiteral("--model"), model, QStringLiteral("--out"), out,
                                                        QStringLiteral("--variants"), QStringLiteral("2"), QStringLiteral("--rc"),
                                                        QStringLiteral("--spacing"), QStringLiteral("0.7,0.7,3"), QStringLiteral("--name"),
                                                        QStringLiteral("Cli")} + maskArgs);
        QVERIFY(p.waitForFinished(300000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const Json d = readJsonFile(QDir(out).filePath(QStringLiteral("dataset.json")).toStdString());
        QCOMPARE(d.at("numTraining").asInt(), 4);
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/imagesTr/Cli_0004_0000.nii.gz")));
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/labelsTr/Cli_0004.nii.gz")));
        // The record's command line, run again into another folder, makes the same files.
        const Json cliRecord = readJsonFile(QDir(out).filePath(QLatin1String(kExportRecordName)).toStdString());
        QStringList again = QString::fromStdString(cliRecord.at("command").asString()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QVERIFY(again.size() > 3 && again.takeFirst() == QStringLiteral("cosingan"));
        const QString out2 = dir_.filePath(QStringLiteral("Dataset502_Again"));
        again[again.indexOf(QStringLiteral("--out")) + 1] = out2;
        p.start(QStringLiteral(COSINGAN_CLI), again);
        QVERIFY(p.waitForFinished(300000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY(contents(out) == contents(out2));
        // --volumes: a label volume as one 3-D case; PNG cannot hold one (refused, nothing written).
        const ChestPhantom demo = makeChestPhantom({});
        const QString labels = dir_.filePath(QStringLiteral("demo-labels.nii.gz"));
        writeLabelMap(demo.labels, labels.toStdString(), "demo");
        // With lesions from another "study" (a 0/1 blob volume of another size) placed into its lungs.
        ImageGeometry lg;
        lg.size = {64, 64, 8};
        LabelMap lesion(lg, uint8_t(0));
        for (int k = 2; k < 6; ++k)
            for (int j = 16; j < 44; ++j)
                for (int i = 6; i < 58; ++i) lesion.at(i, j, k) = 1;  // across both lungs
        const QString lesions = dir_.filePath(QStringLiteral("lesions.nii.gz"));
        writeLabelMap(lesion, lesions.toStdString(), "lesions");
        const QString volumes = dir_.filePath(QStringLiteral("Dataset506_CliVolumes"));
        p.start(QStringLiteral(COSINGAN_CLI), {QStringLiteral("export"), QStringLiteral("--volumes"), QStringLiteral("--model"), model,
                                               QStringLiteral("--mask"), labels, QStringLiteral("--lesions"), lesions,
                                               QStringLiteral("--out"), volumes});
        QVERIFY(p.waitForFinished(300000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QCOMPARE(readJsonFile(QDir(volumes).filePath(QStringLiteral("dataset.json")).toStdString()).at("numTraining").asInt(), 1);
        const CtVolume volumeCt = readCtVolume((volumes + QStringLiteral("/imagesTr/CoSinGAN_0001_0000.nii.gz")).toStdString());
        QVERIFY(volumeCt.geometry().size == demo.labels.geometry().size);
        const LabelMap placed = readLabelMap((volumes + QStringLiteral("/labelsTr/CoSinGAN_0001.nii.gz")).toStdString(), &volumeCt.geometry());
        auto infection = [](const LabelMap& m) { return std::count(m.voxels().begin(), m.voxels().end(), uint8_t(3)); };
        QVERIFY2(infection(placed) > infection(demo.labels), qPrintable(QStringLiteral("%1 vs %2").arg(infection(placed)).arg(infection(demo.labels))));
        const Json volumeRecord = readJsonFile(QDir(volumes).filePath(QLatin1String(kExportRecordName)).toStdString());
        QVERIFY(QString::fromStdString(volumeRecord.at("cases").asArray()[0].at("mask").asString()).contains(QStringLiteral("lesions")));
        const QString pngVolumes = dir_.filePath(QStringLiteral("png-volumes"));
        p.start(QStringLiteral(COSINGAN_CLI), {QStringLiteral("export"), QStringLiteral("--volumes"), QStringLiteral("--layout"),
                                               QStringLiteral("png"), QStringLiteral("--model"), model, QStringLiteral("--mask"), labels,
                                               QStringLiteral("--out"), pngVolumes});
        QVERIFY(p.waitForFinished(300000));
        QVERIFY(p.exitCode() != 0);
        QVERIFY(!QFileInfo::exists(pngVolumes));

        // Identical variants are refused as a usage error, before anything is written.
        const QString refused = dir_.filePath(QStringLiteral("refused"));
        p.start(QStringLiteral(COSINGAN_CLI), QStringList{QStringLiteral("export"), QStringLiteral("--model"), model, QStringLiteral("--out"),
                                                        refused, QStringLiteral("--variants"), QStringLiteral("2")} + maskArgs);
        QVERIFY(p.waitForFinished(300000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(!QFileInfo::exists(refused));
    }

    // Image fusion with a second model: variants with a random weight differ without RC, the record
    // names both models and each case's weight, and the same options make the same files again.
    void fusionWithASecondModel() {
        const QString secondFolder = dir_.filePath(QStringLiteral("second-model"));
        QVERIFY(cosingan::test::trainDemoModel(secondFolder.toStdString(), 11));
        const auto second = gan::CoSinGanModel::load(secondFolder.toStdString());
        DatasetExportOptions o = options();
        o.synthesis.randomCondition = false;
        o.includeTrainingSlice = false;
        o.layout = DatasetLayout::PngPairs;
        o.fuseWith = second.get();
        const QString a = dir_.filePath(QStringLiteral("fused-a")), b = dir_.filePath(QStringLiteral("fused-b"));
        QCOMPARE(exportDataset(*model_, masks_, a.toStdString(), o).cases, 6);
        exportDataset(*model_, masks_, b.toStdString(), o);
        QVERIFY(contents(a) == contents(b));
        QVERIFY(digest(a + QStringLiteral("/images/Demo_0001.png")) != digest(a + QStringLiteral("/images/Demo_0004.png")));
        const Json record = readJsonFile(QDir(a).filePath(QLatin1String(kExportRecordName)).toStdString());
        QCOMPARE(QString::fromStdString(record.at("fused_with").asString()), secondFolder);
        QVERIFY(record.find("fused_with_weights") != nullptr);
        const double zeta = record.at("cases").asArray()[0].at("zeta").asNumber();
        QVERIFY(zeta >= 0 && zeta <= 1);
        // A fixed weight makes variants identical: refused.
        o.fusion.zeta = 0.5;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, exportDataset(*model_, masks_, dir_.filePath(QStringLiteral("fixed")).toStdString(), o));
    }

    // Whole volumes: one case per label volume, a CT in HU on exactly the labels' grid, its slices
    // without lungs from the reference CT; read back as the slices with lungs; PNG refused.
    void volumesBecomeCasesOnTheirGrid() {
        ChestPhantom demo = makeChestPhantom({});
        for (int k : {0, demo.labels.slices() - 1})  // above and below the chest
            std::fill(demo.labels.slice(k), demo.labels.slice(k) + demo.labels.geometry().sliceVoxels(), uint8_t(0));
        int withLungs = 0;
        for (int k = 0; k < demo.labels.slices(); ++k) withLungs += demo.labels.sliceHasLungs(k);
        QVERIFY(withLungs > 0 && withLungs < demo.labels.slices());
        DatasetExportOptions o = options();
        o.includeTrainingSlice = false;
        o.variantsPerMask = 1;
        const QString out = dir_.filePath(QStringLiteral("Dataset505_Volumes"));
        const VolumeCase c{&demo.labels, &demo.volume, "demo labels", "demo CT"};
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, [&] {
            DatasetExportOptions png = o;
            png.layout = DatasetLayout::PngPairs;
            exportVolumeDataset(*model_, {c}, out.toStdString(), png);
        }());
        QVERIFY(!QFileInfo::exists(out));
        const DatasetExportResult r = exportVolumeDataset(*model_, {c}, out.toStdString(), o);
        QCOMPARE(r.cases, 1);
        const CtVolume ct = readCtVolume((out + QStringLiteral("/imagesTr/Demo_0001_0000.nii.gz")).toStdString());
        const LabelMap labels = readLabelMap((out + QStringLiteral("/labelsTr/Demo_0001.nii.gz")).toStdString(), &ct.geometry());
        QVERIFY(ct.geometry().size == demo.labels.geometry().size);
        for (int a = 0; a < 3; ++a) QVERIFY(std::abs(ct.geometry().spacing[size_t(a)] - demo.labels.geometry().spacing[size_t(a)]) < 1e-6);
        QVERIFY(labels.voxels() == demo.labels.voxels());
        // A slice without lungs is the reference CT's; a slice with lungs is not.
        const size_t plane = size_t(ct.columns()) * size_t(ct.rows());
        int noLungs = 0, lungs = 0;
        while (demo.labels.sliceHasLungs(noLungs)) ++noLungs;
        while (!demo.labels.sliceHasLungs(lungs)) ++lungs;
        auto sliceOf = [&](const CtVolume& v, int k) {
            return std::vector<int16_t>(v.voxels().begin() + long(size_t(k) * plane), v.voxels().begin() + long(size_t(k + 1) * plane));
        };
        QVERIFY(sliceOf(ct, noLungs) == sliceOf(demo.volume, noLungs));
        QVERIFY(sliceOf(ct, lungs) != sliceOf(demo.volume, lungs));
        const Json d = readJsonFile(QDir(out).filePath(QStringLiteral("dataset.json")).toStdString());
        QCOMPARE(d.at("numTraining").asInt(), 1);
        const Json record = readJsonFile(QDir(out).filePath(QLatin1String(kExportRecordName)).toStdString());
        QCOMPARE(record.at("cases").asArray()[0].at("generated_slices").asInt(), withLungs);
        QCOMPARE(int(readExportedDataset(out.toStdString()).size()), withLungs);
    }

    // An evaluation made in the app leaves its real slices beside the dataset, so that the command
    // line repeats it: `cosingan evaluate` reads the export itself (with its files' spacing) and
    // the saved slices; a folder of that name not written by us is never replaced.
    void evaluateReadsTheExportAndTheSavedSlices() {
        const QString out = dir_.filePath(QStringLiteral("Dataset503_Eval"));
        exportDataset(*model_, masks_, out.toStdString(), options());
        std::vector<gan::LabelledSlice> test;
        for (const gan::LabelledSlice& s : readExportedDataset(out.toStdString(), true))
            if (test.size() < 2) test.push_back(s);
        test[0].name = "slice 8";  // a name with a space: written as slice-8.png
        const std::string written = writeEvaluationSlices(out.toStdString(), {{"test", test}, {"one-real", {test[1]}}});
        QVERIFY(QFileInfo::exists(QString::fromStdString(written) + QStringLiteral("/test/images/slice-8.png")));
        QVERIFY(QFileInfo::exists(QString::fromStdString(written) + QStringLiteral("/one-real/labels/") +
                                  QString::fromStdString(test[1].name) + QStringLiteral(".png")));
        // Written again: replaced as a whole (the old set's files are gone).
        writeEvaluationSlices(out.toStdString(), {{"test", {test[1]}}});
        QVERIFY(!QFileInfo::exists(QString::fromStdString(written) + QStringLiteral("/one-real")));

        const QString json = dir_.filePath(QStringLiteral("evaluate.json"));
        QProcess p;
        p.start(QStringLiteral(COSINGAN_CLI),
                {QStringLiteral("evaluate"), QStringLiteral("--train"), out, QStringLiteral("--test"),
                 QString::fromStdString(written) + QStringLiteral("/test"), QStringLiteral("--also-real"),
                 QString::fromStdString(written) + QStringLiteral("/test"), QStringLiteral("--spacing"), QStringLiteral("0.7,0.7"),
                 QStringLiteral("--iterations"), QStringLiteral("4"), QStringLiteral("--size"), QStringLiteral("32"),
                 QStringLiteral("--batch"), QStringLiteral("2"), QStringLiteral("--channels"), QStringLiteral("4"),
                 QStringLiteral("--json"), json});
        QVERIFY(p.waitForFinished(300000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const Json r = readJsonFile(json.toStdString());
        QCOMPARE(int(r.at("results").size()), 2);
        QCOMPARE(r.at("results").asArray()[0].at("training_slices").asInt(), 3 * 2);  // the synthetic cases only
        QCOMPARE(r.at("results").asArray()[1].at("training_slices").asInt(), 1);
        QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).contains(QStringLiteral("0.7,0.7 mm per pixel")));

        const QString foreign = dir_.filePath(QStringLiteral("foreign"));
        QDir().mkpath(foreign + QStringLiteral("/") + QLatin1String(kEvaluationSlicesFolder));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, writeEvaluationSlices(foreign.toStdString(), {{"test", test}}));
        QVERIFY(QDir(foreign + QStringLiteral("/") + QLatin1String(kEvaluationSlicesFolder)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(DatasetExportTest)
#include "DatasetExportTest.moc"
