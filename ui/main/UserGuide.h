#pragma once
// Help > User Guide: docs/user-guide.md as the package installs it (share/doc/cosingan-studio beside
// the binary's prefix), or the source tree's when run from a build, shown with its images.
#include <QDialog>

class QTextBrowser;

namespace cosingan::ui {

// The user guide's path, or an empty string when neither the installed nor the source copy exists.
QString userGuidePath();

class UserGuideWindow : public QDialog {
    Q_OBJECT
public:
    explicit UserGuideWindow(QWidget* parent = nullptr);
    bool hasGuide() const { return found_; }
    QTextBrowser* browser() const { return browser_; }

private:
    QTextBrowser* browser_;
    bool found_ = false;
};

}  // namespace cosingan::ui
