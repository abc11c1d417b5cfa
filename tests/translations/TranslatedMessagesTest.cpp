// The engine's messages reach the user in the user's language: a file that is not an image, or a
// NIfTI file cut short, opened with the app in German or Chinese, is explained in that language
// with its name and figures in place;
// in English, and for messages without a template, the engine's own text is shown; arguments are
// put in once, so a file name that holds "%2" stays as it is.
#include "io/VolumeIO.h"
#include "ui/common/MessageText.h"
#include "ui/main/Translations.h"
#include "util/UserMessage.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace cosingan;

class TranslatedMessagesTest : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;

    // The message shown for opening a text file named like an image.
    QString openNotAnImage(const QString& name) {
        const QString path = dir_.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write("radiology report, not an image\n") < 0) return {};
        f.close();
        try {
            readCtVolume(path.toStdString());
        } catch (const std::exception& e) {
            return ui::messageText(e);
        }
        return {};
    }

    static void useLanguage(const QString& code) {
        for (QTranslator* t : qApp->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        ui::installTranslations(*qApp, code);
    }

private Q_SLOTS:
    void fillsArgumentsOnce() {
        QCOMPARE(fillMessage("'%1' is %2 x %3", {"a%2b", "4", "5"}), std::string("'a%2b' is 4 x 5"));
        QCOMPARE(fillMessage("100% of %1, %4", {"x"}), std::string("100% of x, %4"));
        const UserError e(COSINGAN_MESSAGE("Messages", "'%1' has %2 values per voxel"), {"scan.nii", "3"});
        QCOMPARE(std::string(e.what()), std::string("'scan.nii' has 3 values per voxel"));
    }

    void englishIsTheEnginesText() {
        useLanguage(QStringLiteral("en"));
        const QString shown = openNotAnImage(QStringLiteral("report.png"));
        QVERIFY2(shown.contains(QStringLiteral("is not an image file CoSinGAN Studio can read")), qPrintable(shown));
        QCOMPARE(ui::messageText(std::runtime_error("plain")), QStringLiteral("plain"));
    }

    void germanAndChinese() {
        useLanguage(QStringLiteral("de"));
        QString shown = openNotAnImage(QStringLiteral("bericht %2.png"));
        QVERIFY2(shown.contains(QStringLiteral("ist keine Bilddatei")) && shown.contains(QStringLiteral("bericht %2.png")),
                 qPrintable(shown));
        useLanguage(QStringLiteral("zh_CN"));
        shown = openNotAnImage(QStringLiteral("report2.png"));
        QVERIFY2(shown.contains(QStringLiteral("不是 CoSinGAN Studio 能读取的图像文件")) && shown.contains(QStringLiteral("report2.png")),
                 qPrintable(shown));
        // A NIfTI file cut short while copying: its sizes in the message, the rest in Chinese.
        ImageGeometry g;
        g.size = {32, 32, 8};
        const QString nifti = dir_.filePath(QStringLiteral("cut.nii"));
        writeCtVolume(CtVolume(g, int16_t(-1000)), nifti.toStdString());
        QVERIFY(QFile::resize(nifti, 352 + 32 * 32 * 4 * 2));
        try {
            readCtVolume(nifti.toStdString());
            QFAIL("a truncated file was read");
        } catch (const std::exception& e) {
            shown = ui::messageText(e);
        }
        QVERIFY2(shown.contains(QStringLiteral("被截断")) && shown.contains(QStringLiteral("16736")), qPrintable(shown));
        // A message the engine gives as plain text stays English.
        QCOMPARE(ui::messageText(IoError("plain text")), QStringLiteral("plain text"));
        useLanguage(QStringLiteral("en"));
    }
};

QTEST_GUILESS_MAIN(TranslatedMessagesTest)
#include "TranslatedMessagesTest.moc"
