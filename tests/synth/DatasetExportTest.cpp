// Exporting a labelled synthetic dataset in nnU-Net v2's layout: names, dataset.json, image and
// label on one grid, labels 0..3 only; made again from the same options it is identical file for
// file; a cancel or a failure half-way leaves nothing (and an earlier export as it was); a folder
// that is not an export of ours is never written into; the command line writes the same layout
// and refuses impossible options before writing.
#include "DemoModel.h"
#include "demo/ChestPhantom.h"
#include "image/SliceExtraction.h"
#include "io/VolumeIO.h"
#include "synth/DatasetExport.h"
#include "util/Json.h"

#include <opencv2/imgcodecs.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

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
        // Identical variants are refused as a usage error, before anything is written.
        const QString refused = dir_.filePath(QStringLiteral("refused"));
        p.start(QStringLiteral(COSINGAN_CLI), QStringList{QStringLiteral("export"), QStringLiteral("--model"), model, QStringLiteral("--out"),
                                                        refused, QStringLiteral("--variants"), QStringLiteral("2")} + maskArgs);
        QVERIFY(p.waitForFinished(300000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(!QFileInfo::exists(refused));
    }
};

QTEST_GUILESS_MAIN(DatasetExportTest)
#include "DatasetExportTest.moc"
