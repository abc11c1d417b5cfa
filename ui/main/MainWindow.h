#pragma once
// The main window: workspaces as tabs, menus with every shortcut, opening studies (menu,
// command line, drag and drop, recent files) and the status bar.
#include <QMainWindow>

class QLabel;
class QMenu;
class QTabWidget;

namespace cosingan::ui {

class StudioDocument;
class AnnotateWorkspace;
class ShortcutHelp;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

    StudioDocument* document() const { return document_; }
    AnnotateWorkspace* annotateWorkspace() const { return annotate_; }

    // Opens a file or DICOM folder; on failure shows the reason and keeps the current study.
    bool openPath(const QString& path);
    void openDemo();
    // The last error message shown by openPath (for tests and the CLI-like --screenshot mode).
    QString lastError() const { return lastError_; }
    // Errors are shown in a dialog; with false only in the status bar (tests, scripted runs).
    void setModalErrors(bool modal) { modalErrors_ = modal; }

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildMenus();
    void rebuildRecentMenu();
    void chooseFile();
    void chooseFolder();
    void showError(const QString& title, const QString& message);

    StudioDocument* document_;
    QTabWidget* workspaces_;
    AnnotateWorkspace* annotate_;
    ShortcutHelp* help_;
    QMenu* recentMenu_ = nullptr;
    QLabel* cursorInfo_;
    QString lastError_;
    bool modalErrors_ = true;
};

}  // namespace cosingan::ui
