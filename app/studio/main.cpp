// cosingan-studio: the desktop application.
#include "render/VtkHostWidget.h"
#include "ui/main/MainWindow.h"
#include "ui/synthesise/SynthesiseWorkspace.h"
#include "ui/main/StudyFiles.h"
#include "ui/theme/DarkTheme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSurfaceFormat>
#include <QTimer>
#include <QTranslator>

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
    cosingan::ui::applyDarkTheme(app);

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("cosingan"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

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
                                 QApplication::translate("main", "Workspace to show first: annotate, train or synthesise."),
                                 QStringLiteral("name"), QStringLiteral("annotate"));
    parser.addOption(workspace);
    QCommandLineOption model(QStringLiteral("model"),
                             QApplication::translate("main", "Open this trained model folder in the Synthesise workspace."),
                             QStringLiteral("folder"));
    parser.addOption(model);
    QCommandLineOption transposed(QStringLiteral("transposed"),
                                  QApplication::translate("main", "The image is stored transposed: show it with rows and "
                                                                  "columns swapped (plain images only)."));
    parser.addOption(transposed);
    parser.process(app);

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
    if (!window.showWorkspace(parser.value(workspace)))
        std::fprintf(stderr, "unknown workspace '%s' (annotate, train, synthesise)\n", qPrintable(parser.value(workspace)));
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
