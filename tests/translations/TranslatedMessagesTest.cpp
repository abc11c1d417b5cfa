// The engine's messages reach the user in the user's language: a file that is not an image, an
// empty, cut-short or damaged DICOM file, a colour picture chosen as a mask, a folder that is not
// a model, an export (or a new model) into a folder of the user's own files, a training started
// on an empty mask, or a lesion mask chosen as a condition, with the app in German or Chinese, is
// explained in that language with its name and figures (and the caller's noun and the engine's
// advice, translated) in place; in English, and for messages without a template, the engine's own
// text is shown; arguments are put in once, so a file name that holds "%2" stays as it is.
#include "gan/ConditionSet.h"
#include "gan/GanConfig.h"
#include "gan/SliceData.h"
#include "gan/Synthesis.h"
#include "gan/Training.h"
#include "image/MaskImage.h"
#include "io/VolumeIO.h"
#include "synth/DatasetWriter.h"
#include "synth/MaskFiles.h"
#include "ui/common/MessageText.h"
#include "ui/main/Translations.h"
#include "util/AtomicFile.h"
#include "util/Json.h"
#include "util/UserMessage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QImage>
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

    // A folder holding one of the user's files (notes.txt).
    QString folderWithAFile(const QString& name) {
        const QString folder = dir_.filePath(name);
        QDir().mkpath(folder);
        QFile note(folder + QStringLiteral("/notes.txt"));
        if (note.open(QIODevice::WriteOnly)) note.write("mine");
        return folder;
    }

    template <typename Action>
    static QString messageOf(Action action) {
        try {
            action();
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
        // A sentence that starts with the caller's noun starts with a capital.
        const std::string gone = dir_.filePath(QStringLiteral("gone.png")).toStdString();
        const QString missing = messageOf([&] { readMaskImage(gone, COSINGAN_MESSAGE("Messages", "the mask")); });
        QCOMPARE(missing, QStringLiteral("The mask '%1' does not exist.").arg(QString::fromStdString(gone)));
        QCOMPARE(ui::messageText(std::runtime_error("plain")), QStringLiteral("plain"));
    }

    void german() {
        useLanguage(QStringLiteral("de"));
        QString shown = openNotAnImage(QStringLiteral("bericht %2.png"));
        QVERIFY2(shown.contains(QStringLiteral("ist keine Bilddatei")) && shown.contains(QStringLiteral("bericht %2.png")),
                 qPrintable(shown));
        // An empty file opened as a study: no noun before its name, nothing left of it at the start.
        const QString empty = dir_.filePath(QStringLiteral("leer.nii"));
        QFile(empty).open(QIODevice::WriteOnly);
        shown = messageOf([&] { readCtVolume(empty.toStdString()); });
        QCOMPARE(shown, QStringLiteral("„%1“ ist leer (0 Byte).").arg(empty));
        // A folder of the user's files chosen for a new model: refused, and said in German.
        const QString theirs = folderWithAFile(QStringLiteral("befunde"));
        shown = ui::translatedMessage(gan::modelFolderProblem(theirs.toStdString(), {}));
        QVERIFY2(shown.contains(QStringLiteral("enthält bereits Dateien")) && shown.contains(theirs), qPrintable(shown));
        // A folder that is not a model, chosen to generate from.
        shown = messageOf([&] { gan::CoSinGanModel::load(dir_.path().toStdString()); });
        QVERIFY2(shown.contains(QStringLiteral("ist kein CoSinGAN-Studio-Modell")) && shown.contains(dir_.path()),
                 qPrintable(shown));
        // Train pressed before any label was painted: the engine's check, in German.
        gan::SliceData unpainted;
        unpainted.width = unpainted.height = 32;
        unpainted.image.assign(32 * 32, 0);
        unpainted.image[5] = 200;
        unpainted.labels.assign(32 * 32, 0);
        shown = messageOf([&] { unpainted.validateForTraining(); });
        QCOMPARE(shown, QStringLiteral("Die Maske ist leer: malen Sie zuerst die Lungen (und gegebenenfalls die Infektion)."));
        // A grey picture that is neither labels nor a condition: the caller's noun, translated, leads.
        shown = messageOf([&] { gan::labelsFromMaskValues({0, 7, 200}, COSINGAN_MESSAGE("Messages", "the mask"), "grau.png"); });
        QVERIFY2(shown.startsWith(QStringLiteral("Die Maske „grau.png“ ist weder eine Labelkarte")), qPrintable(shown));
        // Where a stopped training stands (the Train workspace's resume offer), a phrase inside a
        // sentence of its own: translated in place, without a capital.
        const QString model = dir_.filePath(QStringLiteral("gestoppt"));
        QVERIFY(QDir().mkpath(model + QStringLiteral("/checkpoint")));
        Json state = Json::object();
        state["config"] = gan::makePreset("tiny").toJson();
        state["scale"] = 1;
        state["stage"] = 2;
        state["iteration"] = 7;
        writeJsonFile((model + QStringLiteral("/checkpoint/state.json")).toStdString(), state);
        const UserMessage place = gan::describeCheckpoint(model.toStdString());
        QCOMPARE(place.english(), std::string("scale 2 of 2 (48 px), stage 2, iteration 7 of 15"));
        QCOMPARE(ui::translatedMessage(place, false), QStringLiteral("Skala 2 von 2 (48 px), Stufe 2, Iteration 7 von 15"));
        // The same phrase as an argument of another message, as the training reports its resumption.
        const UserMessage resuming(COSINGAN_MESSAGE("Messages", "Resuming at %1."), {place.encoded()});
        QCOMPARE(resuming.english(), std::string("Resuming at scale 2 of 2 (48 px), stage 2, iteration 7 of 15."));
        QCOMPARE(ui::translatedMessage(resuming), QStringLiteral("Fortsetzen bei Skala 2 von 2 (48 px), Stufe 2, Iteration 7 von 15."));
        QCOMPARE(UserMessage::decoded(UserMessage::plain("as is").encoded()).english(), std::string("as is"));
        // A full disk while saving: what to do, in German; the file the user had is kept.
        const QString kept = dir_.filePath(QStringLiteral("maske.png"));
        writeBytesAtomically(kept.toStdString(), std::string(100, 'a'));
        injectWriteFailureAfter(10);
        shown = messageOf([&] { writeBytesAtomically(kept.toStdString(), std::string(100, 'b')); });
        injectWriteFailureAfter(-1);
        QVERIFY2(shown.startsWith(QStringLiteral("Kein freier Platz mehr auf dem Datenträger von „")) &&
                     shown.contains(QStringLiteral("beim Schreiben von „maske.png“: geben Sie Platz frei")),
                 qPrintable(shown));
        QFile keptFile(kept);
        QVERIFY(keptFile.open(QIODevice::ReadOnly) && keptFile.readAll() == QByteArray(100, 'a'));
        useLanguage(QStringLiteral("en"));
    }

    void chinese() {
        useLanguage(QStringLiteral("zh_CN"));
        QString shown;
        shown = openNotAnImage(QStringLiteral("report2.png"));
        QVERIFY2(shown.contains(QStringLiteral("不是 CoSinGAN Studio 能读取的图像文件")) && shown.contains(QStringLiteral("report2.png")),
                 qPrintable(shown));
        // A NIfTI file cut short while copying: its sizes in the message, the rest in Chinese.
        ImageGeometry g;
        g.size = {32, 32, 8};
        const QString nifti = dir_.filePath(QStringLiteral("cut.nii"));
        writeCtVolume(CtVolume(g, int16_t(-1000)), nifti.toStdString());
        QVERIFY(QFile::resize(nifti, 352 + 32 * 32 * 4 * 2));
        shown = messageOf([&] { readCtVolume(nifti.toStdString()); });
        QVERIFY2(shown.contains(QStringLiteral("被截断")) && shown.contains(QStringLiteral("16736")), qPrintable(shown));
        // A damaged DICOM file: checked in a separate process, its message crosses back whole.
        const QString dicom = dir_.filePath(QStringLiteral("IM0001.dcm"));
        QFile damaged(dicom);
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write(QByteArray(128, '\0') + "DICM" + QByteArray(300, '\x5a'));
        damaged.close();
        shown = messageOf([&] { readCtVolume(dicom.toStdString()); });
        QCOMPARE(shown, QStringLiteral("“%1”无法作为 DICOM 读取：文件已损坏、被截断或属于其他类型。").arg(dicom));
        // A colour picture chosen as a mask: the noun is translated with the sentence.
        QImage colour(20, 20, QImage::Format_RGB888);
        colour.fill(QColor(200, 30, 30));
        const QString picture = dir_.filePath(QStringLiteral("photo.png"));
        QVERIFY(colour.save(picture));
        shown = messageOf([&] { readMaskImage(picture.toStdString(), COSINGAN_MESSAGE("Messages", "the mask")); });
        QCOMPARE(shown, QStringLiteral("掩膜“%1”是彩色图像；掩膜应为灰度图像（标签 0..3，或 0/128/255）。").arg(picture));
        // Exporting into a folder of the user's own files is refused, in Chinese; the folder is kept.
        const QString mine = folderWithAFile(QStringLiteral("my cases"));
        shown = messageOf([&] { DatasetWriter(mine.toStdString(), DatasetLayout::PngPairs, "cases"); });
        QVERIFY2(shown.contains(QStringLiteral("不会向其中写入任何内容")) && shown.contains(mine), qPrintable(shown));
        QVERIFY(QFile::exists(mine + QStringLiteral("/notes.txt")));
        // A MosMed-style 0/1 lesion mask chosen as a condition: refused in Chinese, with the advice
        // on making a condition of it (an argument of its own) in Chinese too.
        QImage lesion(32, 32, QImage::Format_Grayscale8);
        lesion.fill(0);
        lesion.scanLine(4)[4] = 1;  // grey value 1: "lesion"
        const QString lesionPath = dir_.filePath(QStringLiteral("lesion.png"));
        QVERIFY(lesion.save(lesionPath));
        std::vector<gan::SliceData> masks;
        std::vector<std::string> names;
        shown = messageOf([&] { appendMasksFromFile(lesionPath.toStdString(), "lesion", {}, masks, names); });
        QVERIFY2(shown.startsWith(QStringLiteral("掩膜“%1”只含有值 0 和 1").arg(lesionPath)) &&
                     shown.contains(QStringLiteral("要从病灶掩膜合成")) && !shown.contains(QStringLiteral("lesion mask")),
                 qPrintable(shown));
        // Two empty masks in a folder chosen for export: each reason, and that none is left, in Chinese.
        gan::SliceData empty;
        empty.width = empty.height = 32;
        empty.labels.assign(32 * 32, 0);
        empty.source = "a.png";
        masks = {empty, empty};
        masks[1].source = "b.png";
        names = {"a", "b"};
        QStringList skipped;
        shown = messageOf([&] { usableConditions(masks, names, [&](const std::exception& e) { skipped << ui::messageText(e); }); });
        QCOMPARE(skipped.size(), 2);
        QVERIFY2(skipped[1].startsWith(QStringLiteral("掩膜“b.png”为空（只有背景）。要从病灶掩膜合成")), qPrintable(skipped[1]));
        QCOMPARE(shown, QStringLiteral("2 个掩膜都无法使用：每个都为空、没有肺部或小于 16 x 16 像素。"));
        // A message the engine gives as plain text stays English.
        QCOMPARE(ui::messageText(IoError("plain text")), QStringLiteral("plain text"));
        useLanguage(QStringLiteral("en"));
    }
};

QTEST_GUILESS_MAIN(TranslatedMessagesTest)
#include "TranslatedMessagesTest.moc"
