// What a clinician meets first: the Start page (demo, recent studies), Preferences that reach the
// training, the About box, the User Guide, and the app in Simplified Chinese.
#include "Screenshots.h"
#include "TestData.h"
#include "gan/GanConfig.h"
#include "gan/Training.h"
#include "ui/common/Preferences.h"
#include "ui/common/StudioDocument.h"
#include "ui/main/AboutDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/main/PreferencesDialog.h"
#include "ui/main/RecentFiles.h"
#include "ui/main/Translations.h"
#include "ui/main/UserGuide.h"
#include "ui/main/WelcomePage.h"
#include "ui/train/PresetText.h"
#include "ui/train/TrainWorkspace.h"

#include <QApplication>
#include <QComboBox>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

using namespace cosingan;
using namespace cosingan::ui;
using cosingan::test::sharedData;

namespace {
QPushButton* buttonWithText(QWidget* parent, const QString& text) {
    for (QPushButton* b : parent->findChildren<QPushButton*>())
        if (b->text() == text) return b;
    return nullptr;
}
}  // namespace

class FirstRunTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("CoSinGAN-tests-first-run"));
        QApplication::setApplicationVersion(QStringLiteral("9.8.7"));
        QSettings().clear();
    }

    void startPageOpensTheDemoAndRecentStudies() {
        const QString study = sharedData(QStringLiteral("totalsegmentator/example_ct.nii.gz"));
        COSINGAN_REQUIRE_DATA(QStringLiteral("totalsegmentator/example_ct.nii.gz"));
        RecentFiles::clear();
        RecentFiles::add(study);
        MainWindow w;
        w.setModalErrors(false);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.showWorkspace(QStringLiteral("start")));
        QVERIFY(w.startPageShown());
        QVERIFY(w.startPage()->isVisible());
        cosingan::test::saveScreenshot(&w, QStringLiteral("start-page"));

        // The demo button opens the demo in Annotate.
        QPushButton* demo = buttonWithText(w.startPage(), QStringLiteral("Open the Built-in Demo"));
        QVERIFY(demo);
        QTest::mouseClick(demo, Qt::LeftButton);
        QVERIFY(!w.startPageShown());
        QVERIFY(w.document()->hasVolume());
        QVERIFY(w.document()->sourcePath().isEmpty());  // the demo has no file

        // Back to the Start page: the recent study is listed and one click opens it.
        w.showStartPage();
        QListWidget* studies = w.startPage()->recentStudies();
        QCOMPARE(studies->count(), 1);
        QCOMPARE(studies->item(0)->data(Qt::UserRole).toString(), study);
        const QRect r = studies->visualItemRect(studies->item(0));
        QTest::mouseClick(studies->viewport(), Qt::LeftButton, {}, r.center());
        QTRY_VERIFY_WITH_TIMEOUT(!w.startPageShown(), 60000);
        QCOMPARE(QFileInfo(w.document()->sourcePath()).canonicalFilePath(), QFileInfo(study).canonicalFilePath());
        QVERIFY(w.document()->sliceCount() > 1);
    }

    void preferencesReachTheTraining() {
        QTemporaryDir models;
        QVERIFY(models.isValid());
        Preferences chosen;
        chosen.preset = QStringLiteral("tiny");
        chosen.threads = 1;
        chosen.modelsFolder = models.path();
        chosen.theme = QStringLiteral("light");
        chosen.language = QStringLiteral("zh_CN");
        PreferencesDialog dialog(chosen);
        // What the dialog shows is what comes back, field by field.
        const Preferences back = dialog.preferences();
        QCOMPARE(back.preset, chosen.preset);
        QCOMPARE(back.threads, 1);
        QCOMPARE(back.modelsFolder, chosen.modelsFolder);
        QCOMPARE(back.theme, chosen.theme);
        QCOMPARE(back.language, chosen.language);
        QVERIFY(!dialog.needsRestart());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        cosingan::test::saveScreenshot(&dialog, QStringLiteral("preferences"));
        // CUDA is offered only where LibTorch sees a GPU.
        const bool gpu = gan::availableDevices().size() > 1;
        for (QComboBox* box : dialog.findChildren<QComboBox*>())
            if (box->findData(QStringLiteral("cpu")) >= 0) QCOMPARE(box->isVisibleTo(&dialog), gpu);
        // Saved and read back.
        back.save();
        const Preferences loaded = Preferences::load();
        QCOMPARE(loaded.preset, chosen.preset);
        QCOMPARE(loaded.modelsFolder, chosen.modelsFolder);
        QCOMPARE(loaded.language, chosen.language);

        // A new window's training starts from them: the preset, and new models in the chosen folder.
        MainWindow w;
        w.setModalErrors(false);
        w.openDemo();
        QComboBox* preset = nullptr;
        for (QComboBox* box : w.trainWorkspace()->findChildren<QComboBox*>())
            if (box->findData(QStringLiteral("cpu-fast")) >= 0) preset = box;
        QVERIFY(preset);
        QCOMPARE(preset->currentData().toString(), QStringLiteral("tiny"));
        bool folderInside = false;
        for (QLineEdit* e : w.trainWorkspace()->findChildren<QLineEdit*>())
            if (e->text().startsWith(QDir::cleanPath(models.path()) + QLatin1Char('/'))) folderInside = true;
        QVERIFY2(folderInside, "the model folder does not follow the preference");
        QSettings().clear();
    }

    void aboutNamesVersionCitationDataAndLibraries() {
        AboutDialog about;
        about.show();
        QVERIFY(QTest::qWaitForWindowExposed(&about));
        cosingan::test::saveScreenshot(&about, QStringLiteral("about"));
        const QString html = about.html();
        for (const char* expected : {"9.8.7", "CoSinGAN: Learning COVID-19 Infection Segmentation", "Diagnostics", "RICORD",
                                     "MosMedData", "Qt", "VTK", "ITK", "GDCM", "OpenCV", "LibTorch", "LGPL-3.0", "Apache-2.0",
                                     "Not a medical device"})
            QVERIFY2(html.contains(QLatin1String(expected)), expected);
    }

    void userGuideShowsTheGuideWithItsImages() {
        UserGuideWindow guide;
        QVERIFY2(guide.hasGuide(), "docs/user-guide.md not found");
        const QString text = guide.browser()->toPlainText();
        QVERIFY2(text.contains(QLatin1String("Annotate")) && text.size() > 2000, qPrintable(text.left(200)));
        // Its screenshots resolve beside the guide.
        const QVariant image = guide.browser()->loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("images/annotate-1366.png")));
        QVERIFY(!image.isNull());
    }

    void presetDescriptionsAreTranslatable() {
        for (const std::string& name : gan::presetNames())
            QVERIFY2(presetDescriptionRegistered(name),
                     qPrintable(QStringLiteral("the description of %1 changed in the engine: update ui/train/PresetText.cpp")
                                    .arg(QString::fromStdString(name))));
    }

    void theAppSpeaksChinese() {
        // The last test: it installs translators for the rest of the process.
        QCOMPARE(installTranslations(*qApp, QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        MainWindow w;
        w.setModalErrors(false);
        w.openDemo();
        w.resize(1366, 768);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.showWorkspace(QStringLiteral("annotate")));
        QApplication::processEvents();
        cosingan::test::saveScreenshot(&w, QStringLiteral("annotate-zh_CN"));
        const QList<QAction*> menus = w.menuBar()->actions();
        QVERIFY(menus.size() >= 5);
        QCOMPARE(menus.first()->text(), QStringLiteral("文件(&F)"));
        QCOMPARE(menus.last()->text(), QStringLiteral("帮助(&H)"));
        QCOMPARE(StudioDocument::defaultLabelName(3), QStringLiteral("感染"));
        QVERIFY(presetDescriptionText("cpu-fast").contains(QStringLiteral("尺度")));
        for (const auto& p : windowPresets()) QVERIFY(StudioDocument::windowPresetName(p) != QString::fromUtf8(p.name));
        // Qt's own dialogs too, where Qt's translations are installed.
        if (QFileInfo::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_zh_CN.qm")))
            QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
    }
};

QTEST_MAIN(FirstRunTest)
#include "FirstRunTest.moc"
