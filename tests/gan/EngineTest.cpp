// The engine checks as a Qt Test suite (one data row per check).
#include "EngineCheck.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cosingan::test;

class EngineTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void engine_data() {
        QTest::addColumn<int>("index");
        for (size_t i = 0; i < engineChecks().size(); ++i)
            QTest::newRow(engineChecks()[i].name.c_str()) << int(i);
    }
    void engine() {
        QFETCH(int, index);
        QTemporaryDir dir;
        CheckContext ctx;
        ctx.scratch = dir.path().toStdString();
        ctx.log = [](const std::string& s) { qInfo("%s", s.c_str()); };
        try {
            engineChecks()[size_t(index)].run(ctx);
        } catch (const CheckFailure& f) {
            QFAIL(f.what());
        } catch (const std::exception& e) {
            QFAIL(qPrintable(QStringLiteral("unexpected exception: ") + QString::fromStdString(e.what())));
        }
    }
};

QTEST_GUILESS_MAIN(EngineTest)
#include "EngineTest.moc"
