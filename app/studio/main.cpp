// cosingan-studio: the desktop application.
#include "render/VtkHostWidget.h"
#include "ui/main/MainWindow.h"
#include "ui/synthesise/SynthesiseWorkspace.h"
#include "ui/main/StudyFiles.h"
#include "ui/theme/DarkTheme.h"
#include "ui/common/Icons.h"
#include "ui/common/Preferences.h"
#include "ui/main/Translations.h"
#include "ui/main/UserGuide.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSurfaceFormat>
#include <QTimer>

#include <cstdio>
#include <memory>

int main(int argc, char** argv) {
    // OpenGL 3.2 core without multisampling, as VTK's render windows need it, before QApplication.
    QSurfaceFormat::setDefaultFormat(cosingan::render::vtkSurfaceFormat());
    QApplication::setHighDpiScaleFactorRoundingPolicy(Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CoSinGAN"));
    QApplication::setApplicationName(QStringLiteral("CoSinGAN Studio"));
    QApplication::setApplicationVersion(QStringLiteral(COSINGAN_VERSION));
    const cosingan::ui::Preferences preferences = cosingan::ui::Preferences::load();
    cosingan::ui::applyTheme(app, preferences.theme);
    QApplication::setWindowIcon(cosingan::ui::applicationIcon());
    QGuiApplication::setDesktopFileName(QStringLiteral("cosingan-studio"));

    // The language before anything is translated: --language, else the preference, else the system's.
    QString language = preferences.language;
    const QStringList arguments = QApplication::arguments();
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--language") && i + 1 < arguments.size()) language = arguments[i + 1];
        else if (arguments[i].startsWith(QLatin1String("--language="))) language = arguments[i].section('=', 1);
    }
    const QString spoken = cosingan::ui::installTranslations(app, language);
    if (!language.isEmpty() && spoken.left(2) != language.left(2))
        std::fprintf(stderr, "no translation for '%s' (en, de, zh_CN): the app speaks English\n", qPrintable(language));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Learn a CT slice generator from one annotated slice."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("study"),
                                 QApplication::translate("main", "CT file, DICOM folder or .cosingan-session to open "
                                                                 "(default: the built-in demo)."));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QApplication::translate("main", "Save a screenshot of the window to <file> and quit."),
                                  QStringLiteral("file"));
    parser.addOption(screenshot);
    QCommandLineOption workspace(QStringLiteral("workspace"),
                                 QApplication::translate("main", "Workspace to show first: start, annotate, train or "
                                                                 "synthesise (default: the Start page without a study, "
                                                                 "else annotate)."),
                                 QStringLiteral("name"));
    parser.addOption(workspace);
    QCommandLineOption model(QStringLiteral("model"),
                             QApplication::translate("main", "Open this trained model folder in the Synthesise workspace."),
                             QStringLiteral("folder"));
    parser.addOption(model);
    QCommandLineOption transposed(QStringLiteral("transposed"),
                                  QApplication::translate("main", "The image is stored transposed: show it with rows and "
                                                                  "columns swapped (plain images only)."));
    parser.addOption(transposed);
    QCommandLineOption languageOption(QStringLiteral("language"),
                                      QApplication::translate("main", "Language of this run: en, de or zh_CN (default: the "
                                                                      "preference, else the system's)."),
                                      QStringLiteral("code"));
    parser.addOption(languageOption);
    QCommandLineOption guidePath(QStringLiteral("user-guide-path"),
                                 QApplication::translate("main", "Print where Help > User Guide reads the guide from, and quit."));
    parser.addOption(guidePath);
    parser.process(app);
    if (parser.isSet(guidePath)) {
        const QString path = cosingan::ui::userGuidePath();
        std::printf("%s\n", path.isEmpty() ? "(not installed)" : qPrintable(path));
        return path.isEmpty() ? 1 : 0;
    }

    cosingan::ui::MainWindow window;
    if (parser.isSet(screenshot)) window.setModalErrors(false);  // scripted: errors go to the status bar
    const QStringList positional = parser.positionalArguments();
    const QString first = positional.isEmpty() ? QString() : positional.first();
    bool opened = false;
    if (first.endsWith(QStringLiteral(".cosingan-session"))) opened = window.files()->openSession(first);
    else if (!first.isEmpty()) opened = window.files()->openPath(first, parser.isSet(transposed));
    if (!opened && !first.isEmpty())
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(first), qPrintable(window.files()->lastError()));
    if (!opened) window.openDemo();
    // Without a study the Start page comes first (where the preference allows); the demo is open behind it.
    QString firstWorkspace = QStringLiteral("annotate");
    if (parser.isSet(workspace)) firstWorkspace = parser.value(workspace);
    else if (parser.isSet(model)) firstWorkspace = QStringLiteral("synthesise");
    else if (first.isEmpty() && preferences.showStartPage) firstWorkspace = QStringLiteral("start");
    if (!window.showWorkspace(firstWorkspace))
        std::fprintf(stderr, "unknown workspace '%s' (start, annotate, train, synthesise)\n", qPrintable(firstWorkspace));
    if (parser.isSet(model)) window.synthesiseWorkspace()->openModel(parser.value(model));
    window.show();

    if (parser.isSet(screenshot)) {
        // A scripted run reports what went wrong in its exit status: 1 when the screenshot could not
        // be saved, 2 when the file given could not be opened (the demo is shown instead).
        const QString path = parser.value(screenshot);
        const bool openFailed = !opened && !first.isEmpty();
        auto shoot = [&window, path, openFailed, done = std::make_shared<bool>(false)] {
            if (*done) return;
            *done = true;
            const bool ok = window.grab().save(path);
            std::fprintf(stderr, ok ? "screenshot saved to %s\n" : "could not save the screenshot to %s\n",
                         qPrintable(path));
            QApplication::exit(!ok ? 1 : openFailed ? 2 : 0);
        };
        if (parser.isSet(model)) {
            // A model may take a while to open (checksums of hundreds of MB): shoot once its first
            // image is shown, or after a minute (a model that fails says so in the status bar).
            QObject::connect(window.synthesiseWorkspace(), &cosingan::ui::SynthesiseWorkspace::imageShown, &window,
                             [&window, shoot] { QTimer::singleShot(500, &window, shoot); });
            QTimer::singleShot(60000, &window, shoot);
        } else {
            QTimer::singleShot(1200, &window, shoot);
        }
    }
    return app.exec();
}
