// Nothing outside a folder the app created is changed, whatever --out says; a full disk (a real
// small tmpfs where mounting is permitted, and an injected write failure everywhere) ends a job
// with a message, leaves no partial files, keeps the last good checkpoint, and resumes.
#include "BadInputFactory.h"
#include "TestData.h"
#include "io/VolumeIO.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <filesystem>
#include <sys/mount.h>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace cosingan::test;

namespace {

struct Run {
    int code = -1;
    bool crashed = false;
    QString output;
};

Run cli(const QStringList& args, const QString& workingDir = {}, const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment()) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setProcessEnvironment(env);
    if (!workingDir.isEmpty()) p.setWorkingDirectory(workingDir);
    p.start(QStringLiteral(COSINGAN_CLI), args);
    Run r;
    if (!p.waitForFinished(600000)) {
        p.kill();
        p.waitForFinished();
        r.output = QStringLiteral("(no answer within 600 s)");
        r.crashed = true;
        return r;
    }
    r.crashed = p.exitStatus() != QProcess::NormalExit;
    r.code = p.exitCode();
    r.output = QString::fromUtf8(p.readAll());
    return r;
}

// Path -> SHA-1 of every file under root (folders as entries too), to compare before and after.
QMap<QString, QByteArray> snapshot(const QString& root) {
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        files[path] = it.fileInfo().isFile() && f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha1)
                                                                          : QByteArray("entry");
    }
    return files;
}

QStringList temporariesUnder(const QString& root) {
    QStringList found;
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString name = QFileInfo(it.next()).fileName();
        if (name.contains(QStringLiteral(".saving-")) || name.contains(QStringLiteral(".old-"))) found << it.filePath();
    }
    return found;
}

void writeSlice(const QString& image, const QString& labels) {
    cv::Mat img(64, 64, CV_8U, cv::Scalar(10)), lab(64, 64, CV_8U, cv::Scalar(0));
    cv::ellipse(img, {32, 32}, {28, 24}, 0, 0, 360, cv::Scalar(170), -1);
    for (int side = 0; side < 2; ++side) {
        cv::ellipse(img, {side ? 44 : 20, 32}, {9, 16}, 0, 0, 360, cv::Scalar(45), -1);
        cv::ellipse(lab, {side ? 44 : 20, 32}, {9, 16}, 0, 0, 360, cv::Scalar(side ? 1 : 2), -1);
    }
    cv::circle(lab, {20, 36}, 4, cv::Scalar(3), -1);
    cv::imwrite(image.toStdString(), img);
    cv::imwrite(labels.toStdString(), lab);
}

}  // namespace

class CliSafetyTest : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString at(const QString& name) const { return QDir(dir_.path()).filePath(name); }
    QStringList train(const QString& out, QStringList extra = {}) const {
        return QStringList{"train", at("study/slice.png"), "--labels", at("study/labels.png"), "--preset", "tiny", "--out", out} + extra;
    }

private Q_SLOTS:
    void initTestCase() {
        COSINGAN_REQUIRE_DATA("ricord-ct-series");
        QVERIFY(QDir().mkpath(at("study")));
        writeSlice(at("study/slice.png"), at("study/labels.png"));
        writeBytes(at("study/notes.txt").toStdString(), "the radiologist's notes");
        writeBytes(at("study/existing.jpg").toStdString(), "a user's picture");
        QVERIFY(QDir().mkpath(at("study/series")));
        for (const char* f : {"1-036.dcm", "1-037.dcm", "1-038.dcm"})
            copyFile(sharedData(QStringLiteral("ricord-ct-series/") + f).toStdString(), at(QStringLiteral("study/series/") + f).toStdString());
        QVERIFY(QDir().mkpath(at("study/other")));
        writeBytes(at("study/other/keep.txt").toStdString(), "keep me");
        const Run model = cli(train(at("model")));
        QVERIFY2(model.code == 0, qPrintable(model.output));
    }

    void nothingOutsideAModelFolderChanges() {
        const QMap<QString, QByteArray> before = snapshot(at("study"));
        const QString study = at("study");
        struct Attempt {
            QStringList args;
            QString workingDir;
        };
        const QList<Attempt> attempts = {
            {train(study), {}},                                   // the input's folder
            {train(QStringLiteral(".")), study},                  // "--out ." from there
            {train(at("study/slice.png")), {}},                   // the input itself
            {train(at("study/existing.jpg")), {}},                // a user's file
            {train(at("study/other")), {}},                       // a folder that is not a model
            {{"train", at("study/series"), "--slice", "1", "--auto-lungs", "--preset", "tiny", "--out", at("study/series")}, {}},
            {{"train", at("study/series"), "--slice", "1", "--auto-lungs", "--preset", "tiny", "--out", at("study/series/model")}, {}},
            {{"generate", "--model", at("model"), "--mask", at("study/labels.png"), "--out", study}, {}},  // would write labels.png
            {{"generate", "--model", at("model"), "--mask", at("study/labels.png"), "--out", at("study/notes.txt")}, {}},
            {{"bundle", at("study/slice.png"), "--labels", at("study/labels.png"), "--out", at("study/existing.pt")}, {}},
        };
        writeBytes(at("study/existing.pt").toStdString(), "not a bundle");
        const QMap<QString, QByteArray> withPt = snapshot(study);
        for (const Attempt& a : attempts) {
            const Run r = cli(a.args, a.workingDir);
            QVERIFY2(!r.crashed && r.code == 1, qPrintable(a.args.join(' ') + QStringLiteral("\n") + r.output));
            QVERIFY2(r.output.contains(QStringLiteral("nothing was")) || r.output.contains(QStringLiteral("choose")),
                     qPrintable(r.output));
            QCOMPARE(snapshot(study), withPt);
        }
        QVERIFY(QFile::remove(at("study/existing.pt")));
        QCOMPARE(snapshot(study), before);
    }

    void aModelOfOursIsReplacedAndOnlyThat() {
        QVERIFY(fs::exists(at("model/manifest.json").toStdString()));
        const Run again = cli(train(at("model")));
        QVERIFY2(again.code == 0, qPrintable(again.output));
        // The same model folder with a user's file in it is refused, and the file stays.
        writeBytes(at("model/my-notes.txt").toStdString(), "mine");
        const QMap<QString, QByteArray> before = snapshot(at("model"));
        const Run refused = cli(train(at("model")));
        QVERIFY2(refused.code == 1 && refused.output.contains(QStringLiteral("my-notes.txt")), qPrintable(refused.output));
        QCOMPARE(snapshot(at("model")), before);
        QVERIFY(QFile::remove(at("model/my-notes.txt")));
    }

    void masksOfTheSameNameGetTheirOwnImages() {
        QVERIFY(QDir().mkpath(at("a")) && QDir().mkpath(at("b")));
        QVERIFY(QFile::copy(at("study/labels.png"), at("a/10.png")));
        cv::Mat other = cv::imread(at("study/labels.png").toStdString(), cv::IMREAD_UNCHANGED);
        cv::circle(other, {44, 30}, 5, cv::Scalar(3), -1);
        cv::imwrite(at("b/10.png").toStdString(), other);
        const Run r = cli({"generate", "--model", at("model"), "--mask", at("a/10.png"), "--mask", at("b/10.png"), "--out", at("gen"), "--json"});
        QVERIFY2(r.code == 0, qPrintable(r.output));
        const QStringList images = QDir(at("gen")).entryList({QStringLiteral("*.png")});
        QCOMPARE(images.size(), 2);
        QVERIFY(images.contains(QStringLiteral("a_10.png")) && images.contains(QStringLiteral("b_10.png")));
        for (const QString& image : images) QVERIFY2(r.output.contains(at("gen/" + image)), qPrintable(r.output));
        // Running it again replaces its own images (recorded in generated.json) and nothing else.
        QVERIFY(cli({"generate", "--model", at("model"), "--mask", at("a/10.png"), "--out", at("gen")}).code == 0);
    }

    void aLungBoxModelWritesTheBoxAndItsLabels() {
        const Run bad = cli(train(at("lungbox"), {"--crop-to-lungs", "2"}));
        QVERIFY2(bad.code == 2 && bad.output.contains(QStringLiteral("crop-to-lungs")), qPrintable(bad.output));
        const Run trained = cli(train(at("lungbox"), {"--crop-to-lungs", "0.1"}));
        QVERIFY2(trained.code == 0, qPrintable(trained.output));
        const Run r = cli({"generate", "--model", at("lungbox"), "--mask", at("study/labels.png"), "--dataset", "--out", at("boxes"), "--json"});
        QVERIFY2(r.code == 0 && r.output.contains(QStringLiteral("\"box\"")), qPrintable(r.output));
        const cv::Mat image = cv::imread(at("boxes/images/labels.png").toStdString(), cv::IMREAD_UNCHANGED);
        const cv::Mat labels = cv::imread(at("boxes/labels/labels.png").toStdString(), cv::IMREAD_UNCHANGED);
        // The lungs' box (43 x 33 px) grown by a tenth and made square: smaller than the 64 px mask,
        // and the labels written are the mask's under that box, every infection pixel kept.
        QVERIFY2(image.cols == image.rows && image.cols > 43 && image.cols < 64, qPrintable(QString::number(image.cols)));
        QCOMPARE(labels.size(), image.size());
        const cv::Mat mask = cv::imread(at("study/labels.png").toStdString(), cv::IMREAD_UNCHANGED);
        QCOMPARE(cv::countNonZero(labels == 3), cv::countNonZero(mask == 3));
        QCOMPARE(cv::countNonZero(labels), cv::countNonZero(mask));
    }

    void injectedFullDiskKeepsTheLastCheckpointAndResumes() {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // Enough for the first checkpoint (about 3 MB with the segmentation U-Net), not for the run.
        env.insert(QStringLiteral("COSINGAN_FAIL_WRITES_AFTER_BYTES"), QStringLiteral("3400000"));
        const Run failed = cli(train(at("full-injected")), {}, env);
        QVERIFY2(!failed.crashed && failed.code == 1, qPrintable(failed.output));
        QVERIFY2(failed.output.contains(QStringLiteral("no space left")), qPrintable(failed.output));
        QVERIFY2(temporariesUnder(at("full-injected")).isEmpty(), qPrintable(temporariesUnder(at("full-injected")).join('\n')));
        QVERIFY(QFile::exists(at("full-injected/checkpoint/state.json")));
        const Run resumed = cli({"train", "--resume", "--out", at("full-injected")});
        QVERIFY2(resumed.code == 0, qPrintable(resumed.output));
        // Resumed from the kept checkpoint = the uninterrupted run (CPU training is deterministic).
        for (const char* file : {"generators/scale0.pt", "generators/scale1.pt"}) {
            QFile a(at(QStringLiteral("model/") + file)), b(at(QStringLiteral("full-injected/") + file));
            QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
            QVERIFY2(a.readAll() == b.readAll(), file);
        }
    }

    void realFullDiskOnATmpfs() {
        const QString mountPoint = at("tmpfs");
        QVERIFY(QDir().mkpath(mountPoint));
        if (::geteuid() != 0 || ::mount("tmpfs", mountPoint.toLocal8Bit().constData(), "tmpfs", 0, "size=3m") != 0)
            QSKIP("cannot mount a small tmpfs here (needs root and CAP_SYS_ADMIN); the injected full disk above covers the rest");
        struct Unmount {
            QString at;
            ~Unmount() { ::umount2(at.toLocal8Bit().constData(), MNT_DETACH); }
        } unmount{mountPoint};
        const QString model = mountPoint + QStringLiteral("/model");
        const Run failed = cli(train(model));
        QVERIFY2(!failed.crashed && failed.code == 1 && failed.output.contains(QStringLiteral("no space left")), qPrintable(failed.output));
        QVERIFY2(temporariesUnder(mountPoint).isEmpty(), qPrintable(temporariesUnder(mountPoint).join('\n')));
        QVERIFY2(!failed.output.contains(QStringLiteral(".saving-")), qPrintable(failed.output));
        // Every byte left taken: a PNG, a bundle and a NIfTI label map are refused with the message,
        // and no truncated file (nor temporary) is left under any name.
        {
            QFile filler(mountPoint + QStringLiteral("/filler"));
            QVERIFY(filler.open(QIODevice::WriteOnly));
            const QByteArray block(64 * 1024, 'x');
            while (filler.write(block) == block.size() && filler.flush()) {
            }
        }
        const Run png = cli({"generate", "--model", at("model"), "--mask", at("study/labels.png"), "--out", mountPoint + QStringLiteral("/gen")});
        QVERIFY2(!png.crashed && png.code == 1 && png.output.contains(QStringLiteral("no space left")), qPrintable(png.output));
        QVERIFY(!QFile::exists(mountPoint + QStringLiteral("/gen/labels.png")));
        const Run bundle = cli({"bundle", at("study/slice.png"), "--labels", at("study/labels.png"), "--out", mountPoint + QStringLiteral("/slice.pt")});
        QVERIFY2(!bundle.crashed && bundle.code == 1 && bundle.output.contains(QStringLiteral("no space left")), qPrintable(bundle.output));
        QVERIFY(!QFile::exists(mountPoint + QStringLiteral("/slice.pt")));
        cosingan::ImageGeometry g;
        g.size = {64, 64, 4};
        const cosingan::LabelMap labels(g, uint8_t(1));
        const std::string saved = (mountPoint + QStringLiteral("/labels.nii.gz")).toStdString();
        QVERIFY_THROWS_EXCEPTION(cosingan::IoError, cosingan::writeLabelMap(labels, saved));
        QVERIFY(!fs::exists(saved));
        QVERIFY2(temporariesUnder(mountPoint).isEmpty(), qPrintable(temporariesUnder(mountPoint).join('\n')));
        QVERIFY(QFile::remove(mountPoint + QStringLiteral("/filler")));
        // Room again: the run resumes from the checkpoint it kept and finishes.
        QVERIFY(::mount("tmpfs", mountPoint.toLocal8Bit().constData(), "tmpfs", MS_REMOUNT, "size=64m") == 0);
        QVERIFY(QFile::exists(model + QStringLiteral("/checkpoint/state.json")));
        const Run resumed = cli({"train", "--resume", "--out", model});
        QVERIFY2(resumed.code == 0, qPrintable(resumed.output));
    }
};

QTEST_GUILESS_MAIN(CliSafetyTest)
#include "CliSafetyTest.moc"
