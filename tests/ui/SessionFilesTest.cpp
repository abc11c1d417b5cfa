// Sessions own their files: a second session never overwrites the first one's label file, a user's
// file of the same name is never replaced, paths are relative (a session folder can be moved), and
// a finished model in the app's own folder moves into the session.
#include "../gan/SyntheticSlice.h"
#include "demo/ChestPhantom.h"
#include "gan/Training.h"
#include "io/VolumeIO.h"
#include "ui/annotate/AnnotateWorkspace.h"
#include "ui/annotate/AnnotationController.h"
#include "ui/common/AppFolders.h"
#include "ui/common/StudioDocument.h"
#include "ui/main/MainWindow.h"
#include "ui/main/StudyFiles.h"
#include "util/Json.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QStatusBar>
#include <QTest>

using namespace cosingan;
using namespace cosingan::ui;

namespace {

QByteArray digest(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha1) : QByteArray();
}

size_t infection(const StudioDocument* d) {
    size_t n = 0;
    for (uint8_t v : d->labels().voxels()) n += v == 3;
    return n;
}

void paintDisc(MainWindow& w, int cx, int cy) {
    AnnotationController* c = w.annotateWorkspace()->controller();
    c->setActiveLabel(3);
    c->setBrushDiameter(12);
    StudioDocument* d = w.document();
    LabelMap labels = d->labels();
    for (int y = cy - 6; y <= cy + 6; ++y)
        for (int x = cx - 6; x <= cx + 6; ++x) labels.at(x, y, d->slice()) = 3;
    c->replaceLabels(labels, QStringLiteral("test paint"));
}

struct NoObserver : gan::TrainingObserver {};

}  // namespace

class SessionFilesTest : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString at(const QString& name) const { return QDir(dir_.path()).filePath(name); }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("CoSinGAN-tests"));
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
        QVERIFY(QDir().mkpath(at("case/study")) && QDir().mkpath(at("case/sessions")));
        ChestPhantomOptions small;
        small.size = 256;
        small.slices = 6;
        const ChestPhantom demo = makeChestPhantom(small);
        writeCtVolume(demo.volume, at("case/study/ct.nii.gz").toStdString());
    }

    void secondSessionKeepsTheFirstSessionsLabels() {
        MainWindow w;
        w.setModalErrors(false);
        QVERIFY(w.files()->openPath(at("case/study/ct.nii.gz")));
        paintDisc(w, 100, 100);
        const QString a = at("case/sessions/A.cosingan-session"), b = at("case/sessions/B.cosingan-session");
        QVERIFY(w.files()->saveSession(a));
        QVERIFY(QFile::exists(at("case/sessions/A-labels.nii.gz")));
        const QByteArray labelsA = digest(at("case/sessions/A-labels.nii.gz"));
        const size_t paintedA = infection(w.document());
        paintDisc(w, 200, 120);  // more, then a second session
        QVERIFY(w.files()->saveSession(b));
        QCOMPARE(digest(at("case/sessions/A-labels.nii.gz")), labelsA);  // untouched
        QVERIFY(QFile::exists(at("case/sessions/B-labels.nii.gz")));
        // A user's file that happens to have the next session's label name is not replaced.
        QFile user(at("case/sessions/C-labels.nii.gz"));
        QVERIFY(user.open(QIODevice::WriteOnly) && user.write("a user's file") > 0);
        user.close();
        QVERIFY(w.files()->saveSession(at("case/sessions/C.cosingan-session")));
        QCOMPARE(digest(at("case/sessions/C-labels.nii.gz")), QCryptographicHash::hash("a user's file", QCryptographicHash::Sha1));
        QVERIFY(QFile::exists(at("case/sessions/C-labels-2.nii.gz")));
        // Saving session A again over itself rewrites A's own label file (it is the session's).
        QVERIFY(w.files()->saveSession(a));
        QVERIFY(digest(at("case/sessions/A-labels.nii.gz")) != labelsA);
        // Relative paths inside: the session folder and the study move together and still open.
        const Json j = readJsonFile(b.toStdString());
        QCOMPARE(QString::fromStdString(j.at("image").asString()), QStringLiteral("../study/ct.nii.gz"));
        QCOMPARE(QString::fromStdString(j.at("labels").asString()), QStringLiteral("B-labels.nii.gz"));
        QVERIFY(QDir().rename(at("case"), at("moved")));
        MainWindow again;
        again.setModalErrors(false);
        QVERIFY2(again.files()->openSession(at("moved/sessions/A.cosingan-session")), qPrintable(again.files()->lastError()));
        QVERIFY(again.document()->sourcePath().startsWith(at("moved")));
        QVERIFY(infection(again.document()) > paintedA);
        QVERIFY(QDir().rename(at("moved"), at("case")));
    }

    void savedLabelsComeBackWhenTheStudyIsOpenedAgain() {
        const QString ct = at("case/study/ct.nii.gz");
        const QString beside = at("case/study/ct-labels.nii.gz");
        QVERIFY(!QFile::exists(beside));
        size_t painted = 0;
        {
            MainWindow w;
            w.setModalErrors(false);
            QVERIFY(w.files()->openPath(ct));
            paintDisc(w, 120, 90);
            painted = infection(w.document());
            QVERIFY(w.files()->saveLabelsAs(beside));  // where Save Labels proposes them, and a reopen looks
            QVERIFY(QFile::exists(beside));
        }
        // Without a person to ask, the status bar names the file and nothing is loaded.
        {
            MainWindow w;
            w.setModalErrors(false);
            QVERIFY(w.files()->openPath(ct));
            QCOMPARE(infection(w.document()), size_t(0));
            QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("ct-labels.nii.gz")));
        }
        // Answered yes: the saved labels are the study's labels again, and saving goes back there.
        MainWindow w;
        w.setModalErrors(false);
        w.files()->setSavedLabels(StudyFiles::SavedLabels::Load);
        QVERIFY(w.files()->openPath(ct));
        QCOMPARE(infection(w.document()), painted);
        QVERIFY(!w.document()->hasUnsavedLabels());
        QCOMPARE(w.document()->labelsPath(), beside);
        QVERIFY(QFile::remove(beside));
    }

    void aFinishedModelOfTheAppMovesIntoTheSession() {
        // A finished model where training puts it by default.
        const QString model = QDir(defaultModelsFolder()).filePath(QStringLiteral("ct-z1-test"));
        gan::TrainingRequest r;
        r.config = gan::makePreset("tiny");
        r.config.stage1 = {6, 5e-4, 3};
        r.config.stage2 = {4, 2e-4, 2};
        r.config.segmentation.pretrainIterations = 2;
        r.slice = cosingan::test::syntheticSlice();
        r.modelFolder = model.toStdString();
        NoObserver quiet;
        QVERIFY(gan::trainCoSinGAN(r, quiet).finished);
        MainWindow w;
        w.setModalErrors(false);
        QVERIFY(w.files()->openPath(at("case/study/ct.nii.gz")));
        w.document()->setModelPath(model);
        const QString session = at("case/sessions/M.cosingan-session");
        QVERIFY(w.files()->saveSession(session));
        QVERIFY(!QFile::exists(model));
        QVERIFY(QFile::exists(at("case/sessions/M-model/manifest.json")));
        QCOMPARE(w.document()->modelPath(), at("case/sessions/M-model"));
        QCOMPARE(QString::fromStdString(readJsonFile(session.toStdString()).at("model").asString()), QStringLiteral("M-model"));
    }
};

QTEST_MAIN(SessionFilesTest)
#include "SessionFilesTest.moc"
