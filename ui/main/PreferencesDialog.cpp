#include "PreferencesDialog.h"

#include "Translations.h"
#include "gan/GanConfig.h"
#include "gan/Training.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

namespace cosingan::ui {

namespace {
void selectData(QComboBox* box, const QString& value) {
    const int i = box->findData(value);
    if (i >= 0) box->setCurrentIndex(i);
}
}  // namespace

PreferencesDialog::PreferencesDialog(const Preferences& current, QWidget* parent) : QDialog(parent), initial_(current) {
    setWindowTitle(tr("Preferences"));

    auto* training = new QGroupBox(tr("Training"), this);
    auto* trainForm = new QFormLayout(training);
    device_ = new QComboBox(training);
    for (const auto& d : gan::availableDevices())
        device_->addItem(d == "cpu" ? tr("CPU") : tr("CUDA GPU"), QString::fromStdString(d));
    selectData(device_, current.device);
    // CUDA is offered only where LibTorch sees a GPU: with the CPU alone there is nothing to choose.
    trainForm->addRow(tr("Device"), device_);
    trainForm->labelForField(device_)->setVisible(device_->count() > 1);
    device_->setVisible(device_->count() > 1);
    threads_ = new QSpinBox(training);
    threads_->setRange(0, std::max(1, QThread::idealThreadCount()));
    threads_->setSpecialValueText(tr("all cores (%1)").arg(QThread::idealThreadCount()));
    threads_->setValue(std::min(current.threads, threads_->maximum()));
    threads_->setToolTip(tr("CPU threads a training uses; fewer leave the computer responsive"));
    trainForm->addRow(tr("CPU threads"), threads_);
    preset_ = new QComboBox(training);
    for (const auto& name : gan::presetNames()) preset_->addItem(QString::fromStdString(name), QString::fromStdString(name));
    selectData(preset_, current.preset);
    trainForm->addRow(tr("Default preset"), preset_);
    auto* vggRow = new QHBoxLayout;
    vgg_ = new QLineEdit(current.vggWeights, training);
    vgg_->setPlaceholderText(tr("optional: ImageNet VGG-19 (TorchScript) for MS-FVL"));
    auto* vggBrowse = new QPushButton(tr("…"), training);
    vggRow->addWidget(vgg_, 1);
    vggRow->addWidget(vggBrowse);
    trainForm->addRow(tr("VGG-19 weights"), vggRow);
    connect(vggBrowse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("VGG-19 TorchScript file"), vgg_->text(),
                                                       tr("TorchScript (*.pt *.pth);;All files (*)"));
        if (!f.isEmpty()) vgg_->setText(f);
    });

    auto* folders = new QGroupBox(tr("Folders"), this);
    auto* folderForm = new QFormLayout(folders);
    models_ = folderRow(tr("New models in"), current.modelsFolder, tr("the app's own models folder"), folderForm);
    data_ = folderRow(tr("Open files from"), current.dataFolder, tr("the home folder"), folderForm);
    exports_ = folderRow(tr("Export datasets to"), current.exportsFolder, tr("the home folder"), folderForm);

    auto* look = new QGroupBox(tr("Appearance"), this);
    auto* lookForm = new QFormLayout(look);
    theme_ = new QComboBox(look);
    theme_->addItem(tr("Dark"), QStringLiteral("dark"));
    theme_->addItem(tr("Light"), QStringLiteral("light"));
    selectData(theme_, current.theme);
    lookForm->addRow(tr("Theme"), theme_);
    language_ = new QComboBox(look);
    language_->addItem(tr("The system's language"), QString());
    for (const Language& l : availableLanguages()) language_->addItem(l.nativeName, l.code);
    selectData(language_, current.language);
    lookForm->addRow(tr("Language"), language_);
    startPage_ = new QCheckBox(tr("Show the Start page when the app opens without a study"), look);
    startPage_->setChecked(current.showStartPage);
    lookForm->addRow(startPage_);
    auto* restart = new QLabel(tr("Theme and language change at the next start."), look);
    restart->setStyleSheet(QStringLiteral("color: #9aa3ad;"));
    lookForm->addRow(restart);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(training);
    layout->addWidget(folders);
    layout->addWidget(look);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

QLineEdit* PreferencesDialog::folderRow(const QString& label, const QString& value, const QString& placeholder,
                                        QFormLayout* form) {
    auto* row = new QHBoxLayout;
    auto* edit = new QLineEdit(value, this);
    edit->setPlaceholderText(placeholder);
    auto* browse = new QPushButton(tr("…"), this);
    row->addWidget(edit, 1);
    row->addWidget(browse);
    form->addRow(label, row);
    connect(browse, &QPushButton::clicked, this, [this, edit, label] {
        const QString f = QFileDialog::getExistingDirectory(this, label, edit->text());
        if (!f.isEmpty()) edit->setText(f);
    });
    return edit;
}

Preferences PreferencesDialog::preferences() const {
    Preferences p = initial_;
    p.device = device_->currentData().toString();
    p.threads = threads_->value();
    p.preset = preset_->currentData().toString();
    p.vggWeights = vgg_->text().trimmed();
    p.modelsFolder = models_->text().trimmed();
    p.dataFolder = data_->text().trimmed();
    p.exportsFolder = exports_->text().trimmed();
    p.theme = theme_->currentData().toString();
    p.language = language_->currentData().toString();
    p.showStartPage = startPage_->isChecked();
    return p;
}

bool PreferencesDialog::needsRestart() const {
    const Preferences p = preferences();
    return p.theme != initial_.theme || p.language != initial_.language;
}

}  // namespace cosingan::ui
