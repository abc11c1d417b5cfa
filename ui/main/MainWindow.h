#pragma once
// The main window: workspaces as tabs, menus with every shortcut, opening studies (menu,
// command line, drag and drop, recent files) and the status bar.
#include <QMainWindow>

class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;

namespace cosingan::ui {

class StudioDocument;
class AnnotateWorkspace;
class ShortcutHelp;
class StudyFiles;
class TrainWorkspace;
class TrainingIndicator;
class SynthesiseWorkspace;
class WelcomePage;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

    StudioDocument* document() const { return document_; }
    AnnotateWorkspace* annotateWorkspace() const { return annotate_; }
    TrainWorkspace* trainWorkspace() const { return train_; }
    SynthesiseWorkspace* synthesiseWorkspace() const { return synthesise_; }
    void showWorkspace(QWidget* workspace);
    // "start" (the Start page), "annotate", "train" or "synthesise"; false for an unknown name.
    bool showWorkspace(const QString& name);
    void showStartPage();
    bool startPageShown() const;
    WelcomePage* startPage() const { return welcome_; }
    // Edit > Preferences (modal); saves and applies what was accepted.
    void openPreferences();

    StudyFiles* files() const { return files_; }

    // Opens a file or DICOM folder; on failure shows the reason and keeps the current study.
    bool openPath(const QString& path);
    // A .cosingan-session file as a session, anything else as a study.
    bool openStudyOrSession(const QString& path);
    void openDemo();
    // The last error message shown (for tests and scripted runs).
    QString lastError() const;
    // Errors and questions as dialogs; with false only in the status bar (tests, scripted runs).
    void setModalErrors(bool modal);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildMenus();
    void rebuildRecentMenu();
    void updateToolStatus();
    void openFileDialog();
    void openFolderDialog();

    StudioDocument* document_;
    QStackedWidget* pages_;
    WelcomePage* welcome_;
    QTabWidget* workspaces_;
    AnnotateWorkspace* annotate_;
    TrainWorkspace* train_;
    SynthesiseWorkspace* synthesise_;
    ShortcutHelp* help_;
    QMenu* recentMenu_ = nullptr;
    StudyFiles* files_;
    QLabel* cursorInfo_;
    QLabel* toolStatus_;
    QLabel* unsaved_;
    TrainingIndicator* training_;
};

}  // namespace cosingan::ui
