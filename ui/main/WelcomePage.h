#pragma once
// The Start page: open the demo, a CT file or folder, a session; recent studies and models; and a
// one-screen "how it works" (paint -> train -> synthesise -> export).
#include <QWidget>

class QCheckBox;
class QListWidget;

namespace cosingan::ui {

class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);
    // Re-reads the recent studies and models and the show-at-start preference (call before showing).
    void refresh(const QStringList& recentStudies, const QStringList& recentModels);
    QListWidget* recentStudies() const { return studies_; }
    QListWidget* recentModels() const { return models_; }

Q_SIGNALS:
    void demoRequested();
    void openFileRequested();
    void openFolderRequested();
    void openSessionRequested();
    void studyRequested(const QString& path);
    void modelRequested(const QString& folder);
    void showAtStartChanged(bool show);

private:
    QListWidget* studies_;
    QListWidget* models_;
    QCheckBox* showAtStart_;
};

}  // namespace cosingan::ui
