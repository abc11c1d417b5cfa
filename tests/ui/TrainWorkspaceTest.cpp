// Training through the GUI's worker thread: loss curves and the gallery fill while the window keeps
// serving events; pause holds, stop ends within a second and leaves a resumable checkpoint; a
// trained model shows its curves and gallery again when it is opened later.
#include "Screenshots.h"
#include "gan/Training.h"
#include "util/Json.h"
#include "ui/common/EventLoopMonitor.h"
#include "ui/common/StudioDocument.h"
#include "ui/main/MainWindow.h"
#include "ui/theme/DarkTheme.h"
#include "ui/train/LossChart.h"
#include "ui/train/ScaleGallery.h"
#include "ui/train/TrainWorkspace.h"
#include "ui/train/TrainingEta.h"
#include "ui/train/TrainingIndicator.h"
#include "ui/train/TrainingSession.h"

#include <cmath>

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cosingan;
using namespace cosingan::ui;

namespace {

bool waitFor(const std::function<bool()>& done, int ms) {
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms) QTest::qWait(20);
    return done();
}

// A main window on the demo, shown, errors in the status bar only.
struct DemoWindow {
    MainWindow w;
    TrainWorkspace* train;
    TrainingSession* session;
    DemoWindow() {
        w.setModalErrors(false);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.openDemo();
        train = w.trainWorkspace();
        session = train->session();
        w.showWorkspace(train);
    }
};

}  // namespace

class TrainWorkspaceTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("CoSinGAN-tests"));
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
        applyDarkTheme(*qApp);
    }

    void etaPricesEachPhaseAndNoticesASharedCpu() {
        const gan::GanConfig c = gan::makePreset("tiny");  // U-Net 10, then 32 px and 48 px, 30 + 15 each
        TrainingEta eta(c, c.segmentation.pretrainIterations, 2);
        QVERIFY(eta.secondsLeft() < 0);  // nothing measured yet
        gan::TrainingProgress p;
        p.device = "CPU, 2 threads";
        double wall = 0, cpu = 0;
        auto step = [&](gan::TrainingPhase phase, int scale, int iteration, double seconds, double cpuPerWall) {
            p.phase = phase;
            p.scaleIndex = scale;
            p.iteration = iteration;
            wall += seconds;
            cpu += seconds * cpuPerWall;
            eta.observe(p, wall, cpu);
        };
        for (int i = 1; i <= 10; ++i) step(gan::TrainingPhase::Segmentation, 0, i, 0.05, 2.0);
        for (int i = 1; i <= 10; ++i) step(gan::TrainingPhase::Stage1, 0, i, 0.2, 2.0);
        // Left: 20 more stage-1 and 15 stage-2 iterations at 32 px (0.2 s each), then 45 at 48 px,
        // priced by area from the 32 px rate: (48² + 2048) / (32² + 2048) = 1.42.
        const double expected = 35 * 0.2 + 45 * 0.2 * (48.0 * 48 + 2048) / (32.0 * 32 + 2048);
        QVERIFY2(std::abs(eta.secondsLeft() - expected) < 0.05 * expected, qPrintable(QString::number(eta.secondsLeft())));
        QVERIFY(!eta.cpuShared());
        // A measured 48 px speed replaces the prediction.
        for (int i = 1; i <= 20; ++i) step(gan::TrainingPhase::Stage1, 0, 10 + i, 0.2, 2.0);
        for (int i = 1; i <= 15; ++i) step(gan::TrainingPhase::Stage2, 0, i, 0.2, 2.0);
        for (int i = 1; i <= 20; ++i) step(gan::TrainingPhase::Stage1, 1, i, 0.5, 0.5);  // others took the cores
        QVERIFY2(std::abs(eta.secondsLeft() - 25 * 0.5) < 0.05 * 25 * 0.5, qPrintable(QString::number(eta.secondsLeft())));
        QVERIFY(eta.cpuShared());
        QVERIFY(eta.cpuShare() < 0.5);
    }

    void modelFolderChoiceObeysTheEnginesRule() {
        DemoWindow demo;
        TrainWorkspace* t = demo.train;
        QTemporaryDir dir;
        QFile user(dir.filePath(QStringLiteral("report.txt")));
        QVERIFY(user.open(QIODevice::WriteOnly) && user.write("a user's file") > 0);
        user.close();
        t->setPreset(QStringLiteral("tiny"));
        QString why;
        t->setModelFolder(dir.path());  // a folder holding someone's file: never a model folder
        QVERIFY(!t->startTraining(&why));
        QVERIFY2(why.contains(QStringLiteral("not a CoSinGAN Studio model folder")), qPrintable(why));
        t->setModelFolder(user.fileName());  // a file
        QVERIFY(!t->startTraining(&why));
        QVERIFY2(why.contains(QStringLiteral("is a file")), qPrintable(why));
        QCOMPARE(demo.session->state(), TrainingSession::State::Idle);
        QVERIFY(QFile::exists(user.fileName()));
        QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size(), 1);
    }

    void trainsTinyModelWithLiveCurvesAndGallery() {
        DemoWindow demo;
        MainWindow& w = demo.w;
        TrainWorkspace* t = demo.train;
        TrainingSession* s = demo.session;
        QSignalSpy losses(s, &TrainingSession::lossesChanged);
        t->setPreset(QStringLiteral("tiny"));
        // Before any training the charts say they wait for iterations (no axis for nothing).
        QVERIFY(t->chart()->showsEmptyNote());
        TrainingIndicator* indicator = w.findChild<TrainingIndicator*>();
        QVERIFY(indicator && indicator->text().isEmpty());
        QString why;
        QVERIFY2(t->startTraining(&why), qPrintable(why));  // into the default folder
        QCOMPARE(s->state(), TrainingSession::State::Running);
        const QString folder = s->modelFolder();
        QCOMPARE(w.document()->modelPath(), folder);
        // Visible from every workspace: the status bar says a training runs.
        w.showWorkspace(QStringLiteral("annotate"));
        QVERIFY2(indicator->text().startsWith(QStringLiteral("Training")), qPrintable(indicator->text()));
        // The folder shown is the one being written, whatever slice the user goes to meanwhile.
        QLineEdit* folderField = nullptr;
        for (QLineEdit* e : t->findChildren<QLineEdit*>())
            if (e->text() == folder) folderField = e;
        QVERIFY(folderField && !folderField->isEnabled());
        w.document()->setSlice(w.document()->slice() + 3);
        QCOMPARE(folderField->text(), folder);
        w.showWorkspace(t);
        QVERIFY(waitFor([&] { return s->state() == TrainingSession::State::Finished; }, 120000));
        QVERIFY(indicator->text().isEmpty());

        QVERIFY(losses.count() >= 2);             // curves arrived while it trained, coalesced
        QVERIFY(losses.count() < 60 + 10 + 5);    // ... not one signal per iteration
        QVERIFY(t->chart()->pointCount() > 10);
        QCOMPARE(t->gallery()->filledTiles(), 4);  // 2 scales x 2 stages
        QCOMPARE(s->progress().phase, gan::TrainingPhase::Finished);
        // Charts titled with what they show; the U-Net's cross-entropy on its own chart; the whole
        // run marks where each stage starts.
        QVERIFY(!t->chart()->showsEmptyNote());
        QVERIFY2(t->chart()->titles().join(QLatin1Char('|')).contains(QStringLiteral("scale 2 (48 px) · stage 2")),
                 qPrintable(t->chart()->titles().join(QLatin1Char('|'))));
        QCOMPARE(s->traces().front().stage, 0);
        t->chart()->setScope(0);
        QCOMPARE(t->chart()->titles(), QStringList{QStringLiteral("Segmentation U-Net pre-training · cross-entropy")});
        t->chart()->setScope(-2);
        QVERIFY(t->chart()->titles().join(QLatin1Char('|')).contains(QStringLiteral("whole training")));
        const QStringList marks = t->chart()->markerLabels();
        QVERIFY2(marks.contains(QStringLiteral("scale 2 (48 px) · stage 1")), qPrintable(marks.join(QLatin1Char('|'))));
        // The window kept serving events while the worker used every core.
        const EventLoopMonitor* m = t->latency();
        qInfo("event loop: %d samples, 95th percentile %.1f ms, max %.1f ms", m->samples(), m->percentileLatencyMs(95),
              m->maxLatencyMs());
        QVERIFY(m->samples() > 20);
        QVERIFY(m->percentileLatencyMs(95) < 100.0);
        cosingan::test::saveScreenshot(&w, QStringLiteral("train-finished"));

        // Opened later (a session with this model), the curves and the gallery come back.
        MainWindow later;
        later.setModalErrors(false);
        later.openDemo();
        later.document()->setModelPath(folder);
        TrainWorkspace* t2 = later.trainWorkspace();
        QVERIFY(t2->chart()->pointCount() > 10);
        QCOMPARE(t2->gallery()->filledTiles(), 4);
        QCOMPARE(t2->session()->state(), TrainingSession::State::Finished);
        // ... and it says which slice the model learnt from (1-based), whatever slice is shown now.
        const int trainedSlice = t2->session()->trainingSlice().sliceIndex;
        QVERIFY(trainedSlice >= 0);
        later.document()->setSlice(trainedSlice + 2);
        bool named = false;
        for (QLabel* l : t2->findChildren<QLabel*>())
            named |= l->text().contains(QStringLiteral("Trained on")) && l->text().contains(QStringLiteral("slice %1 ").arg(trainedSlice + 1));
        QVERIFY(named);
    }

    void lungsOnlyTrainsOnTheLungBox() {
        DemoWindow demo;
        TrainWorkspace* t = demo.train;
        t->setPreset(QStringLiteral("tiny"));
        QCheckBox* lungsOnly = nullptr;
        for (QCheckBox* b : t->findChildren<QCheckBox*>())
            if (b->text() == QStringLiteral("Lungs only")) lungsOnly = b;
        QVERIFY(lungsOnly && !lungsOnly->isChecked());  // the tiny preset trains on the whole slice
        lungsOnly->setChecked(true);
        bool told = false;
        for (QLabel* l : t->findChildren<QLabel*>()) told |= l->text().contains(QStringLiteral("trains on the lung box"));
        QVERIFY(told);  // the summary says how large the box is
        QString why;
        QVERIFY2(t->startTraining(&why), qPrintable(why));
        QVERIFY(!lungsOnly->isEnabled());  // locked for the run, like the preset
        QVERIFY(waitFor([&] { return demo.session->state() == TrainingSession::State::Finished; }, 120000));
        const Json m = readJsonFile((QDir(demo.session->modelFolder()).filePath(QStringLiteral("manifest.json"))).toStdString());
        QVERIFY(m.at("config").find("crop_to_lungs") != nullptr);
        const auto& box = m.at("training_slice").at("lung_box").asArray();
        QVERIFY(box.size() == 4 && box[2].asInt() < 512 && box[2].asInt() > 100);  // the demo's lungs, not its field
        // The gallery's outlines are those of the box the model saw, not of the whole slice.
        QCOMPARE(demo.session->trainingField().width, box[2].asInt());
        QCOMPARE(demo.session->trainingSlice().width, 512);
        t->setPreset(QStringLiteral("cpu-fast"));
        QCOMPARE(lungsOnly->isChecked(), gan::makePreset("cpu-fast").cropsToLungs());  // each preset's own choice
    }

    void pauseHoldsAndStopIsQuickAndResumable() {
        DemoWindow demo;
        MainWindow& w = demo.w;
        TrainWorkspace* t = demo.train;
        TrainingSession* s = demo.session;
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("model"));
        t->setPreset(QStringLiteral("cpu-fast"));
        t->setModelFolder(folder);
        QVERIFY(t->startTraining());
        QVERIFY(waitFor([&] { return s->progress().phase == gan::TrainingPhase::Stage1 && s->progress().iteration >= 5; }, 120000));

        // Paused, the training finishes at most the iteration in flight (progress-based: however
        // slow the machine, a running training would have made several iterations meanwhile).
        s->pause();
        const int pausedAt = s->progress().iteration;
        QTest::qWait(3000);
        const int held = s->progress().iteration;
        QVERIFY2(held <= pausedAt + 1, qPrintable(QStringLiteral("paused at %1, now %2").arg(pausedAt).arg(held)));
        cosingan::test::saveScreenshot(&w, QStringLiteral("train-paused"));
        s->resume();
        QVERIFY(waitFor([&] { return s->progress().iteration > held; }, 30000));

        // Stop ends the training after the iteration in flight (and its checkpoint), not later.
        QElapsedTimer stopping;
        stopping.start();
        const int stopRequestedAt = s->progress().iteration;
        s->cancel();
        QVERIFY(waitFor([&] { return s->state() == TrainingSession::State::Stopped; }, 30000));
        qInfo("stopped %lld ms after the request, %d iteration(s) later", stopping.elapsed(),
              s->progress().iteration - stopRequestedAt);
        QVERIFY(s->progress().iteration <= stopRequestedAt + 1);
        // The checkpoint is on disk and loadable: a resume request can be built from the folder.
        QVERIFY(gan::hasCheckpoint(folder.toStdString()));
        const gan::TrainingRequest resume = gan::resumeRequest(folder.toStdString());
        QCOMPARE(resume.config.preset, std::string("cpu-fast"));
        QVERIFY(resume.slice.labels == s->trainingSlice().labels);
        // Resuming through the workspace continues where it stopped.
        const int stoppedAt = s->progress().iteration;
        QString why;
        QVERIFY2(s->resumeFrom(folder, QStringLiteral("cpu"), &why), qPrintable(why));
        QVERIFY(waitFor([&] { return s->progress().iteration > stoppedAt; }, 30000));
        QCOMPARE(int(s->resumeMarks().size()), 1);
        t->chart()->setScope(-2);
        // The curves are redrawn at most four times a second: wait for the marker, not for a time.
        QVERIFY2(waitFor([&] { return t->chart()->markerLabels().contains(QStringLiteral("resumed")); }, 10000),
                 qPrintable(t->chart()->markerLabels().join(QLatin1Char('|'))));
        s->cancel();
        QVERIFY(waitFor([&] { return s->state() == TrainingSession::State::Stopped; }, 30000));
    }
};

QTEST_MAIN(TrainWorkspaceTest)
#include "TrainWorkspaceTest.moc"
