#pragma once
// Edit > Preferences: training device and threads, the default preset and VGG-19 weights, default
// folders, theme and language. Edits a Preferences value; the caller saves and applies it.
#include "ui/common/Preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace cosingan::ui {

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(const Preferences& current, QWidget* parent = nullptr);
    Preferences preferences() const;
    // True when a change needs a restart to show (language, theme).
    bool needsRestart() const;

private:
    QLineEdit* folderRow(const QString& label, const QString& value, const QString& placeholder, QFormLayout* form);

    Preferences initial_;
    QComboBox* device_;
    QSpinBox* threads_;
    QComboBox* preset_;
    QLineEdit* vgg_;
    QLineEdit* models_;
    QLineEdit* data_;
    QLineEdit* exports_;
    QComboBox* theme_;
    QComboBox* language_;
    QCheckBox* startPage_;
};

}  // namespace cosingan::ui
