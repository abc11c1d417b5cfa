#include "MainWindow.h"

#include "AboutDialog.h"
#include "PreferencesDialog.h"
#include "RecentFiles.h"
#include "ShortcutHelp.h"
#include "StudyFiles.h"
#include "UserGuide.h"
#include "WelcomePage.h"
#include "ui/annotate/AnnotateWorkspace.h"
#include "ui/annotate/AnnotationController.h"
#include "ui/annotate/SliceView.h"
#include "ui/common/Preferences.h"
#include "ui/common/StudioDocument.h"
#include "ui/synthesise/SynthesiseWorkspace.h"
#include "ui/train/TrainWorkspace.h"
#include "ui/train/TrainingIndicator.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>

namespace cosingan::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setWindowTitle(tr("CoSinGAN Studio"));
    setAcceptDrops(true);
    document_ = new StudioDocument(this);
    pages_ = new QStackedWidget(this);
    welcome_ = new WelcomePage(pages_);
    workspaces_ = new QTabWidget(pages_);
    workspaces_->setDocumentMode(true);
    annotate_ = new AnnotateWorkspace(document_, workspaces_);
    workspaces_->addTab(annotate_, tr("Annotate"));
    train_ = new TrainWorkspace(document_, workspaces_);
    workspaces_->addTab(train_, tr("Train"));
    synthesise_ = new SynthesiseWorkspace(document_, workspaces_);
    workspaces_->addTab(synthesise_, tr("Synthesise"));
    // Each workspace's editor has the same shortcuts: only the visible one's are on.
    auto activateEditors = [this] {
        annotate_->controller()->setActionsEnabled(workspaces_->currentWidget() != synthesise_);
        synthesise_->controller()->setActionsEnabled(workspaces_->currentWidget() == synthesise_);
    };
    connect(workspaces_, &QTabWidget::currentChanged, this, activateEditors);
    activateEditors();
    pages_->addWidget(workspaces_);
    pages_->addWidget(welcome_);
    setCentralWidget(pages_);
    help_ = new ShortcutHelp(this);
    files_ = new StudyFiles(this, document_, annotate_->controller());

    cursorInfo_ = new QLabel(this);
    toolStatus_ = new QLabel(this);
    unsaved_ = new QLabel(this);
    unsaved_->setStyleSheet(QStringLiteral("color: #f0a030;"));
    statusBar()->addWidget(cursorInfo_, 1);
    training_ = new TrainingIndicator(train_->session(), this);
    statusBar()->addPermanentWidget(training_);
    statusBar()->addPermanentWidget(unsaved_);
    statusBar()->addPermanentWidget(toolStatus_);
    connect(training_, &TrainingIndicator::showTrainingRequested, this, [this] { showWorkspace(train_); });
    connect(annotate_, &AnnotateWorkspace::cursorInfoChanged, cursorInfo_, &QLabel::setText);
    auto message = [this](const QString& text) { statusBar()->showMessage(text, 6000); };
    connect(files_, &StudyFiles::statusMessage, this, message);
    connect(annotate_->controller(), &AnnotationController::statusMessage, this, message);
    connect(train_, &TrainWorkspace::statusMessage, this, message);
    connect(synthesise_, &SynthesiseWorkspace::statusMessage, this, message);
    connect(annotate_->controller(), &AnnotationController::stateChanged, this, &MainWindow::updateToolStatus);
    connect(files_, &StudyFiles::recentFileOpened, this, [this](const QString& path) {
        RecentFiles::add(path);
        rebuildRecentMenu();
    });
    connect(document_, &StudioDocument::studyChanged, this, [this] {
        setWindowTitle(tr("%1 — CoSinGAN Studio").arg(document_->displayName()));
        pages_->setCurrentWidget(workspaces_);  // a study opened from the Start page is shown
    });
    connect(welcome_, &WelcomePage::demoRequested, this, [this] {
        openDemo();
        showWorkspace(annotate_);
    });
    connect(welcome_, &WelcomePage::openFileRequested, this, &MainWindow::openFileDialog);
    connect(welcome_, &WelcomePage::openFolderRequested, this, &MainWindow::openFolderDialog);
    connect(welcome_, &WelcomePage::openSessionRequested, files_->openSessionAction(), &QAction::trigger);
    connect(welcome_, &WelcomePage::studyRequested, this, &MainWindow::openStudyOrSession);
    connect(welcome_, &WelcomePage::modelRequested, this, [this](const QString& folder) {
        showWorkspace(synthesise_);
        synthesise_->openModel(folder);
    });
    connect(welcome_, &WelcomePage::showAtStartChanged, this, [](bool show) {
        Preferences p = Preferences::load();
        p.showStartPage = show;
        p.save();
    });
    connect(document_, &StudioDocument::labelsSavedStateChanged, this, [this](bool unsaved) {
        unsaved_->setText(unsaved ? tr("● unsaved labels") : QString());
    });
    buildMenus();
    updateToolStatus();
    // The Start page has no tool: the annotation tool's status returns with the workspaces.
    connect(pages_, &QStackedWidget::currentChanged, this, [this] { toolStatus_->setVisible(!startPageShown()); });
    // The size and place of the last session when it still fits this screen; else 1440 x 920 where
    // the screen allows, never larger than the screen's free area (laptops).
    const QRect free = screen() ? screen()->availableGeometry() : QRect(0, 0, 1440, 920);
    const QByteArray saved = QSettings().value(QStringLiteral("window/geometry")).toByteArray();
    if (saved.isEmpty() || !restoreGeometry(saved) || !free.contains(frameGeometry().topLeft()) ||
        width() > free.width() || height() > free.height())
        resize(std::min(1440, free.width()), std::min(920, free.height()));
}

bool MainWindow::openPath(const QString& path) { return files_->openPath(path); }
bool MainWindow::openStudyOrSession(const QString& path) {
    return path.endsWith(QStringLiteral(".cosingan-session")) ? files_->openSession(path) : openPath(path);
}
void MainWindow::openDemo() { files_->openDemo(); }
QString MainWindow::lastError() const { return files_->lastError(); }
void MainWindow::setModalErrors(bool modal) {
    files_->setInteractive(modal);
    train_->setInteractive(modal);
    synthesise_->setInteractive(modal);
}
void MainWindow::showWorkspace(QWidget* workspace) {
    pages_->setCurrentWidget(workspaces_);
    workspaces_->setCurrentWidget(workspace);
}

void MainWindow::showStartPage() {
    welcome_->refresh(RecentFiles::list(), SynthesiseWorkspace::recentModels());
    pages_->setCurrentWidget(welcome_);
}

bool MainWindow::startPageShown() const { return pages_->currentWidget() == welcome_; }

void MainWindow::openFileDialog() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a CT volume or slice"), Preferences::load().dataFolder,
        tr("Medical images (*.nii *.nii.gz *.dcm *.nrrd *.mha *.mhd *.png *.jpg *.jpeg);;All files (*)"));
    if (!path.isEmpty()) openPath(path);
}

void MainWindow::openFolderDialog() {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a DICOM series folder"), Preferences::load().dataFolder);
    if (!dir.isEmpty()) openPath(dir);
}

void MainWindow::openPreferences() {
    PreferencesDialog dialog(Preferences::load(), this);
    if (dialog.exec() != QDialog::Accepted) return;
    const Preferences p = dialog.preferences();
    p.save();
    train_->applyPreferences(p);
    statusBar()->showMessage(dialog.needsRestart() ? tr("Preferences saved; the theme and language change at the next start")
                                                   : tr("Preferences saved"),
                             6000);
}

bool MainWindow::showWorkspace(const QString& name) {
    if (name == QLatin1String("start")) showStartPage();
    else if (name == QLatin1String("annotate")) showWorkspace(annotate_);
    else if (name == QLatin1String("train")) showWorkspace(train_);
    else if (name == QLatin1String("synthesise") || name == QLatin1String("synthesize")) showWorkspace(synthesise_);
    else return false;
    return true;
}

void MainWindow::updateToolStatus() {
    const LabelEditor& e = annotate_->controller()->editor();
    const char* tools[] = {QT_TR_NOOP("Navigate"), QT_TR_NOOP("Brush"), QT_TR_NOOP("Fill"), QT_TR_NOOP("Polygon")};
    QString text = tr(tools[int(e.tool())]);
    if (e.tool() != ToolKind::Navigate) text += QStringLiteral(" · ") + document_->labelName(e.activeLabel());
    if (e.tool() == ToolKind::Brush) text += tr(" · %1 px").arg(int(std::lround(e.brush().diameter)));
    if (e.policy().rangeEnabled) text += tr(" · HU %1..%2").arg(e.policy().huMin).arg(e.policy().huMax);
    if (e.policy().paintOver == PaintOver::BackgroundOnly) text += tr(" · over background");
    if (e.policy().paintOver == PaintOver::LungsOnly) text += tr(" · over lungs");
    toolStatus_->setText(text);
}

void MainWindow::buildMenus() {
    auto add = [this](QMenu* menu, const QString& text, const QList<QKeySequence>& keys, auto slot) {
        QAction* a = menu->addAction(text);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    auto addAll = [this](QMenu* menu, const QList<QAction*>& actions) {
        for (QAction* a : actions) {
            menu->addAction(a);
            addAction(a);
        }
    };
    QMenu* file = menuBar()->addMenu(tr("&File"));
    add(file, tr("&Start Page"), {QKeySequence(tr("Ctrl+Shift+H"))}, [this] { showStartPage(); });
    add(file, tr("&Open File…"), {QKeySequence::Open}, [this] { openFileDialog(); });
    add(file, tr("Open &DICOM Folder…"), {QKeySequence(tr("Ctrl+Shift+O"))}, [this] { openFolderDialog(); });
    recentMenu_ = file->addMenu(tr("Open &Recent"));
    add(file, tr("Open the Built-in &Demo"), {}, [this] { openDemo(); });
    file->addSeparator();
    const QList<QAction*> fileActions = files_->fileActions();
    addAll(file, fileActions.mid(0, 4));
    file->addSeparator();
    addAll(file, fileActions.mid(4));
    file->addSeparator();
    add(file, tr("&Export Dataset…"), {QKeySequence(tr("Ctrl+E"))}, [this] {
        showWorkspace(synthesise_);  // the model it exports with is opened there
        synthesise_->openExportDialog();
    });
    file->addSeparator();
    add(file, tr("&Quit"), {QKeySequence::Quit}, [this] { close(); });
    rebuildRecentMenu();

    AnnotationController* c = annotate_->controller();
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    addAll(edit, c->editActions());
    edit->addSeparator();
    add(edit, tr("&Preferences…"), {QKeySequence(tr("Ctrl+,"))}, [this] { openPreferences(); });
    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    addAll(tools, c->toolActions());
    tools->addSeparator();
    addAll(tools, c->labelActions());

    QMenu* view = menuBar()->addMenu(tr("&View"));
    SliceView* sv = annotate_->sliceView();
    add(view, tr("Next Slice"), {QKeySequence(Qt::Key_Up), QKeySequence(Qt::Key_PageUp)}, [this] { document_->stepSlice(1); });
    add(view, tr("Previous Slice"), {QKeySequence(Qt::Key_Down), QKeySequence(Qt::Key_PageDown)}, [this] { document_->stepSlice(-1); });
    add(view, tr("First Slice"), {QKeySequence(Qt::Key_Home)}, [this] { document_->setSlice(0); });
    add(view, tr("Last Slice"), {QKeySequence(Qt::Key_End)}, [this] { document_->setSlice(document_->sliceCount() - 1); });
    view->addSeparator();
    add(view, tr("Zoom In"), {QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal)}, [sv] { sv->zoomBy(1.25); });
    add(view, tr("Zoom Out"), {QKeySequence(Qt::Key_Minus)}, [sv] { sv->zoomBy(0.8); });
    add(view, tr("Fit to Window"), {QKeySequence(Qt::Key_F), QKeySequence(tr("Ctrl+0"))}, [sv] { sv->fitToWindow(); });
    addAll(view, {files_->transposeAction()});
    view->addSeparator();
    int key = 1;
    for (const auto& preset : windowPresets()) {
        if (preset.id == WindowPreset::Custom) continue;
        WindowLevel w = preset.window;
        add(view, tr("Window: %1").arg(StudioDocument::windowPresetName(preset)), {QKeySequence(tr("Alt+%1").arg(key++))},
            [this, w] { document_->setWindow(w); });
    }
    view->addSeparator();
    QAction* showLabels = add(view, tr("Show &Labels"), {QKeySequence(Qt::Key_L)}, [this] {
        LabelDisplay d = document_->labelDisplay();
        d.showLabels = !d.showLabels;
        document_->setLabelDisplay(d);
    });
    QAction* outlines = add(view, tr("Label &Outlines Only"), {QKeySequence(Qt::Key_O)}, [this] {
        LabelDisplay d = document_->labelDisplay();
        d.outlineOnly = !d.outlineOnly;
        document_->setLabelDisplay(d);
    });
    // Checkable items show their state, whoever changed it (the key, the menu or the label panel).
    showLabels->setCheckable(true);
    outlines->setCheckable(true);
    auto syncChecks = [this, showLabels, outlines] {
        showLabels->setChecked(document_->labelDisplay().showLabels);
        outlines->setChecked(document_->labelDisplay().outlineOnly);
    };
    connect(document_, &StudioDocument::labelDisplayChanged, this, syncChecks);
    syncChecks();
    view->addSeparator();
    for (int i = 0; i < workspaces_->count(); ++i)
        add(view, tr("%1 Workspace").arg(workspaces_->tabText(i)), {QKeySequence(tr("Ctrl+%1").arg(i + 1))},
            [this, i] { workspaces_->setCurrentIndex(i); });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    add(help, tr("&Keyboard and Mouse"), {QKeySequence::HelpContents, QKeySequence(Qt::Key_Question)},
        [this] { help_->showOver(this); });
    add(help, tr("&User Guide"), {QKeySequence(tr("Shift+F1"))}, [this] {
        auto* guide = new UserGuideWindow(this);
        guide->setAttribute(Qt::WA_DeleteOnClose);
        guide->show();
    });
    help->addSeparator();
    add(help, tr("&About CoSinGAN Studio"), {}, [this] {
        AboutDialog about(this);
        about.exec();
    });
}

void MainWindow::rebuildRecentMenu() {
    recentMenu_->clear();
    const QStringList recent = RecentFiles::list();
    for (const QString& f : recent) {
        QAction* a = recentMenu_->addAction(QFileInfo(f).fileName().isEmpty() ? f : QFileInfo(f).fileName());
        a->setToolTip(f);
        connect(a, &QAction::triggered, this, [this, f] { openPath(f); });
    }
    if (!recent.isEmpty()) {
        recentMenu_->addSeparator();
        connect(recentMenu_->addAction(tr("Clear the List")), &QAction::triggered, this, [this] {
            RecentFiles::clear();
            rebuildRecentMenu();
        });
    }
    recentMenu_->setEnabled(!recent.isEmpty());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (train_->confirmClose() && files_->confirmDiscard()) {
        QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
        event->accept();
    } else {
        event->ignore();
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    const auto urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile()) return;
    openStudyOrSession(urls.first().toLocalFile());
    event->acceptProposedAction();
}

}  // namespace cosingan::ui
