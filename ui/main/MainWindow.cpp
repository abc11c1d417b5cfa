#include "MainWindow.h"

#include "RecentFiles.h"
#include "ShortcutHelp.h"
#include "demo/ChestPhantom.h"
#include "io/VolumeIO.h"
#include "ui/annotate/AnnotateWorkspace.h"
#include "ui/annotate/SliceView.h"
#include "ui/common/StudioDocument.h"

#include <QAction>
#include <QApplication>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>
#include <QTabWidget>

namespace cosingan::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setWindowTitle(tr("CoSinGAN Studio"));
    setAcceptDrops(true);
    document_ = new StudioDocument(this);
    workspaces_ = new QTabWidget(this);
    workspaces_->setDocumentMode(true);
    annotate_ = new AnnotateWorkspace(document_, workspaces_);
    workspaces_->addTab(annotate_, tr("Annotate"));
    setCentralWidget(workspaces_);
    help_ = new ShortcutHelp(this);

    cursorInfo_ = new QLabel(this);
    statusBar()->addWidget(cursorInfo_, 1);
    connect(annotate_, &AnnotateWorkspace::cursorInfoChanged, cursorInfo_, &QLabel::setText);
    connect(document_, &StudioDocument::studyChanged, this, [this] {
        setWindowTitle(tr("%1 — CoSinGAN Studio").arg(document_->displayName()));
    });
    buildMenus();
    resize(1400, 900);
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    auto add = [this](QMenu* menu, const QString& text, const QList<QKeySequence>& keys, auto slot) {
        QAction* a = menu->addAction(text);
        a->setShortcuts(keys);
        if (!keys.isEmpty())
            a->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove('&'), keys.first().toString(QKeySequence::NativeText)));
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    add(file, tr("&Open File…"), {QKeySequence::Open}, [this] { chooseFile(); });
    add(file, tr("Open &DICOM Folder…"), {QKeySequence(tr("Ctrl+Shift+O"))}, [this] { chooseFolder(); });
    recentMenu_ = file->addMenu(tr("Open &Recent"));
    add(file, tr("Open the Built-in &Demo"), {}, [this] { openDemo(); });
    file->addSeparator();
    add(file, tr("&Quit"), {QKeySequence::Quit}, [] { QApplication::quit(); });
    rebuildRecentMenu();

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
    view->addSeparator();
    int key = Qt::Key_1;
    for (const auto& preset : windowPresets()) {
        if (preset.id == WindowPreset::Custom) continue;
        WindowLevel w = preset.window;
        add(view, tr("Window: %1").arg(QString::fromUtf8(preset.name)), {QKeySequence(key++)},
            [this, w] { document_->setWindow(w); });
    }
    view->addSeparator();
    add(view, tr("Show &Labels"), {QKeySequence(Qt::Key_L)}, [this] {
        LabelDisplay d = document_->labelDisplay();
        d.showLabels = !d.showLabels;
        document_->setLabelDisplay(d);
    });
    add(view, tr("Label &Outlines Only"), {QKeySequence(Qt::Key_O)}, [this] {
        LabelDisplay d = document_->labelDisplay();
        d.outlineOnly = !d.outlineOnly;
        document_->setLabelDisplay(d);
    });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    add(help, tr("&Keyboard and Mouse"), {QKeySequence::HelpContents, QKeySequence(Qt::Key_Question)},
        [this] { help_->showOver(this); });
    add(help, tr("&About CoSinGAN Studio"), {}, [this] {
        QMessageBox::about(this, tr("About CoSinGAN Studio"),
                           tr("<b>CoSinGAN Studio %1</b><p>Learns a conditional single-image GAN (CoSinGAN, Zhang et al., "
                              "Diagnostics 2020) from one annotated CT slice and synthesises labelled CT slices and "
                              "volumes.</p><p>Not a medical device. Synthetic images are marked as such.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::rebuildRecentMenu() {
    recentMenu_->clear();
    const QStringList files = RecentFiles::list();
    for (const QString& f : files) {
        QAction* a = recentMenu_->addAction(QFileInfo(f).fileName().isEmpty() ? f : QFileInfo(f).fileName());
        a->setToolTip(f);
        connect(a, &QAction::triggered, this, [this, f] { openPath(f); });
    }
    if (!files.isEmpty()) {
        recentMenu_->addSeparator();
        connect(recentMenu_->addAction(tr("Clear the List")), &QAction::triggered, this, [this] {
            RecentFiles::clear();
            rebuildRecentMenu();
        });
    }
    recentMenu_->setEnabled(!files.isEmpty());
}

void MainWindow::chooseFile() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a CT volume or slice"), QString(),
        tr("Medical images (*.nii *.nii.gz *.dcm *.nrrd *.mha *.mhd *.png *.jpg *.jpeg);;All files (*)"));
    if (!path.isEmpty()) openPath(path);
}

void MainWindow::chooseFolder() {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a DICOM series folder"));
    if (!dir.isEmpty()) openPath(dir);
}

bool MainWindow::openPath(const QString& path) {
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        CtVolume volume = readCtVolume(path.toStdString());
        QApplication::restoreOverrideCursor();
        const QFileInfo info(path);
        document_->setStudy(std::move(volume), LabelMap(), info.fileName().isEmpty() ? path : info.fileName());
        RecentFiles::add(info.absoluteFilePath());
        rebuildRecentMenu();
        statusBar()->showMessage(tr("Opened %1").arg(path), 4000);
        lastError_.clear();
        return true;
    } catch (const std::exception& e) {
        QApplication::restoreOverrideCursor();
        showError(tr("Cannot open"), QString::fromStdString(e.what()));
        return false;
    }
}

void MainWindow::openDemo() {
    ChestPhantom demo = makeChestPhantom();
    document_->setStudy(std::move(demo.volume), std::move(demo.labels), tr("Built-in demo (synthetic chest CT)"));
}

void MainWindow::showError(const QString& title, const QString& message) {
    lastError_ = message;
    statusBar()->showMessage(message, 10000);
    if (!modalErrors_) return;
    QMessageBox::warning(this, title, message);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    const auto urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile()) {
        openPath(urls.first().toLocalFile());
        event->acceptProposedAction();
    }
}

}  // namespace cosingan::ui
