#pragma once
// Help > About: the version, what the app does, the paper to cite, where the demo and test data
// come from, and the libraries in this build with their versions and licences.
#include <QDialog>

namespace cosingan::ui {

class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);
    // The text shown, as HTML (for tests).
    QString html() const { return html_; }

private:
    QString html_;
};

}  // namespace cosingan::ui
