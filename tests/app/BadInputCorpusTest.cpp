// The generated bad-input corpus through the command line and through the app's loader: no crash,
// no hang (each run under a time limit), the expected exit status and message class, and no raw
// library wording in any message. docs/reliability.md reports the figures this test prints.
#include "BadInputCorpus.h"
#include "TestData.h"
#include "ui/main/MainWindow.h"
#include "ui/main/StudyFiles.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cosingan::test;

namespace {

bool mentionsAny(const QString& text, const QStringList& words) {
    for (const QString& w : words)
        if (text.contains(w, Qt::CaseInsensitive)) return true;
    return words.isEmpty();
}

QString rawWording(const QString& text) {
    for (const QString& p : rawLibraryPatterns())
        if (text.contains(p)) return p;
    return {};
}

}  // namespace

class BadInputCorpusTest : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::vector<CorpusCase> cases_;

private Q_SLOTS:
    void initTestCase() {
        COSINGAN_REQUIRE_DATA("ricord-ct-series");
        QVERIFY(dir_.isValid());
        cases_ = buildCorpus(dir_.path(), QStringLiteral(COSINGAN_CLI), sharedData(QString()));
        qInfo("corpus: %zu cases", cases_.size());
        QVERIFY2(cases_.size() >= 60, "the corpus must hold at least 60 cases");
    }

    void commandLine() {
        QStringList problems;
        int runs = 0, refusals = 0;
        for (const CorpusCase& c : cases_) {
            if (c.args.isEmpty()) continue;
            ++runs;
            QProcess p;
            p.setProcessChannelMode(QProcess::MergedChannels);
            p.start(QStringLiteral(COSINGAN_CLI), c.args);
            if (!p.waitForFinished(120000)) {  // generous: a hang, not a slow machine
                p.kill();
                p.waitForFinished();
                problems << c.name + QStringLiteral(": no answer within 120 s (hang)");
                continue;
            }
            const QString out = QString::fromUtf8(p.readAll());
            if (p.exitStatus() != QProcess::NormalExit) {
                problems << c.name + QStringLiteral(": crashed\n") + out.right(400);
                continue;
            }
            refusals += p.exitCode() != 0;
            if (p.exitCode() != c.exitCode)
                problems << QStringLiteral("%1: exit %2, expected %3\n%4").arg(c.name).arg(p.exitCode()).arg(c.exitCode).arg(out.right(400));
            else if (!mentionsAny(out, c.keywords))
                problems << QStringLiteral("%1: the message does not say %2\n%3").arg(c.name, c.keywords.join('/'), out.right(400));
            else if (c.exitCode != 0 && !rawWording(out).isEmpty())
                problems << QStringLiteral("%1: raw library wording '%2'\n%3").arg(c.name, rawWording(out), out.right(400));
        }
        qInfo("command line: %d runs, %d refused with a message, %lld problems", runs, refusals, qlonglong(problems.size()));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n\n"))));
    }

    void scriptedAppRunReportsAFileItCouldNotOpen() {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        const QString shot = dir_.filePath(QStringLiteral("shot.png"));
        p.start(QStringLiteral(COSINGAN_STUDIO), {dir_.filePath(QStringLiteral("fifo.png")), QStringLiteral("--screenshot"), shot});
        QVERIFY(p.waitForFinished(120000));
        const QString out = QString::fromUtf8(p.readAll());
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 2, qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("FIFO")), qPrintable(out));
        QVERIFY(QFile::exists(shot));  // the demo it showed instead
    }

    void appLoader() {
        cosingan::ui::MainWindow window;
        window.setModalErrors(false);
        QStringList problems;
        int opened = 0;
        for (const CorpusCase& c : cases_) {
            if (c.guiOpen.isEmpty() && c.guiSession.isEmpty()) continue;
            ++opened;
            cosingan::ui::StudyFiles* files = window.files();
            const bool ok = c.guiSession.isEmpty() ? files->openPath(c.guiOpen) : files->openSession(c.guiSession);
            const QString message = files->lastError();
            if (ok != (c.exitCode == 0))
                problems << QStringLiteral("%1: the app %2 it").arg(c.name, ok ? QStringLiteral("opened") : QStringLiteral("refused"));
            else if (!ok && !mentionsAny(message, c.keywords))
                problems << QStringLiteral("%1: the app's message does not say %2: %3").arg(c.name, c.keywords.join('/'), message);
            else if (!ok && !rawWording(message).isEmpty())
                problems << QStringLiteral("%1: raw library wording in the app: %2").arg(c.name, message);
        }
        qInfo("app loader: %d files and sessions, %lld problems", opened, qlonglong(problems.size()));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n"))));
    }
};

QTEST_MAIN(BadInputCorpusTest)
#include "BadInputCorpusTest.moc"
