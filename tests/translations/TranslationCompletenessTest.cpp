// Every user-visible string of the app is translated into each shipped language: lupdate extracts
// the strings from today's sources (the UI's, and the engine's messages marked for translation),
// and each must have a finished, non-empty translation in translations/cosingan_de.ts and
// cosingan_zh_CN.ts that keeps the source's %1..%9 placeholders.
// A new string without translations fails here, naming it.
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString translation;
    bool finished = false;
};
using Catalogue = QMap<QString, Message>;  // "context\x1fsource" -> translation

QString key(const QString& context, const QString& source) { return context + QChar(0x1f) + source; }

// Reads a Qt Linguist .ts file: every message's context, source and (first) translation.
Catalogue readTs(const QString& path, QString* error) {
    Catalogue out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(path);
        return out;
    }
    QXmlStreamReader xml(&f);
    QString context, source;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name")) context = xml.readElementText();
            else if (name == QLatin1String("message")) m = Message{}, source.clear();
            else if (name == QLatin1String("source")) source = xml.readElementText();
            else if (name == QLatin1String("translation")) {
                m.finished = xml.attributes().value(QLatin1String("type")).isEmpty();
                m.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            } else if (name == QLatin1String("numerusform") && m.translation.isEmpty()) {
                m.translation = xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            out.insert(key(context, source), m);
        }
    }
    if (xml.hasError()) *error = QStringLiteral("%1: %2").arg(path, xml.errorString());
    return out;
}

QSet<QString> placeholders(const QString& text) {
    QSet<QString> out;
    static const QRegularExpression re(QStringLiteral("%L?[1-9]"));
    for (auto it = re.globalMatch(text); it.hasNext();) out.insert(it.next().captured().remove(QLatin1Char('L')));
    return out;
}

}  // namespace

class TranslationCompletenessTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        // The strings in today's sources, as lupdate finds them.
        QVERIFY(tmp_.isValid());
        // The update_translations target's own arguments (sources, the engine's COSINGAN_MESSAGE
        // marks of core/util/UserMessage.h), into a scratch file instead of the shipped .ts files.
        const QString fresh = tmp_.filePath(QStringLiteral("fresh.ts"));
        QStringList args = QStringLiteral(LUPDATE_ARGS).split(QLatin1Char('|'));
        args << QStringLiteral("-ts") << fresh;
        QProcess lupdate;
        lupdate.start(QStringLiteral(LUPDATE_EXECUTABLE), args);
        QVERIFY2(lupdate.waitForFinished(300000), "lupdate did not finish");
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
        QString error;
        sources_ = readTs(fresh, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(sources_.size() > 500, qPrintable(QStringLiteral("lupdate found only %1 strings").arg(sources_.size())));
    }

    void everyStringTranslated_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("German") << QStringLiteral("cosingan_de.ts");
        QTest::newRow("Simplified Chinese") << QStringLiteral("cosingan_zh_CN.ts");
    }

    void everyStringTranslated() {
        QFETCH(QString, file);
        QString error;
        const Catalogue ts = readTs(QStringLiteral(COSINGAN_SOURCE_DIR "/translations/") + file, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList missing, broken;
        for (auto it = sources_.cbegin(); it != sources_.cend(); ++it) {
            const QString source = it.key().section(QChar(0x1f), 1);
            const auto found = ts.constFind(it.key());
            if (found == ts.cend() || !found->finished || found->translation.trimmed().isEmpty()) {
                missing << QStringLiteral("%1: \"%2\"").arg(it.key().section(QChar(0x1f), 0, 0), source);
            } else if (placeholders(found->translation) != placeholders(source)) {
                broken << QStringLiteral("\"%1\" -> \"%2\"").arg(source, found->translation);
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 of %2 strings untranslated in %3 (cmake --build build --target "
                                                              "update_translations, then translate):\n  %4")
                                                   .arg(missing.size()).arg(sources_.size()).arg(file)
                                                   .arg(missing.mid(0, 25).join(QStringLiteral("\n  ")))));
        QVERIFY2(broken.isEmpty(), qPrintable(QStringLiteral("placeholders differ in %1:\n  %2").arg(file, broken.join(QStringLiteral("\n  ")))));
    }

private:
    QTemporaryDir tmp_;
    Catalogue sources_;
};

QTEST_GUILESS_MAIN(TranslationCompletenessTest)
#include "TranslationCompletenessTest.moc"
