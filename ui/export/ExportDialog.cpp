#include "ExportDialog.h"

#include "gan/Synthesis.h"
#include "synth/DatasetExport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

#include <cmath>

namespace cosingan::ui {

namespace {

// Progress from the worker to the dialog (queued), cancel from the dialog to the worker.
class DialogJob : public JobControl {
public:
    DialogJob(QPointer<QProgressBar> bar, std::shared_ptr<std::atomic<bool>> cancelled)
        : bar_(std::move(bar)), cancelled_(std::move(cancelled)) {}
    void reportProgress(double fraction, const std::string& message) override {
        const int value = int(std::lround(fraction * 1000));
        const QString text = QString::fromStdString(message);
        QPointer<QProgressBar> bar = bar_;
        QMetaObject::invokeMethod(bar_.data(), [bar, value, text] {
            if (!bar) return;
            bar->setValue(value);
            bar->setFormat(QStringLiteral("%p % · ") + text);
        }, Qt::QueuedConnection);
    }
    bool isCancelRequested() const override { return *cancelled_; }

private:
    QPointer<QProgressBar> bar_;
    std::shared_ptr<std::atomic<bool>> cancelled_;
};

}  // namespace

ExportDialog::ExportDialog(const QString& modelFolder, std::vector<ExportSource> sources, const std::array<double, 3>& spacing,
                           QWidget* parent)
    : QDialog(parent), modelFolder_(modelFolder), sources_(std::move(sources)), spacing_(spacing) {
    setWindowTitle(tr("Export a Labelled Dataset"));
    auto* form = new QFormLayout;
    auto* model = new QLabel(QDir::toNativeSeparators(modelFolder_), this);
    model->setWordWrap(true);
    form->addRow(tr("Model"), model);
    layout_ = new QComboBox(this);
    layout_->addItem(tr("nnU-Net v2 (imagesTr/, labelsTr/, dataset.json)"), QStringLiteral("nnunet"));
    layout_->addItem(tr("NIfTI pairs (images/, labels/)"), QStringLiteral("nifti"));
    layout_->addItem(tr("PNG pairs (8-bit lung window, labels 0..3)"), QStringLiteral("png"));
    form->addRow(tr("Layout"), layout_);
    source_ = new QComboBox(this);
    for (const auto& s : sources_) source_->addItem(s.label);
    form->addRow(tr("Masks"), source_);
    variants_ = new QSpinBox(this);
    variants_->setRange(1, 100);
    variants_->setValue(4);
    variants_->setToolTip(tr("Images per mask, with consecutive seeds (more than one needs the randomised condition)"));
    form->addRow(tr("Variants per mask"), variants_);
    rc_ = new QCheckBox(tr("Randomised condition (RC)"), this);
    rc_->setChecked(true);
    form->addRow(QString(), rc_);
    seed_ = new QSpinBox(this);
    seed_->setRange(0, 999999);
    seed_->setValue(1);
    form->addRow(tr("First seed"), seed_);
    includeReal_ = new QCheckBox(tr("Include the real training slice as the first case"), this);
    form->addRow(QString(), includeReal_);
    name_ = new QLineEdit(QStringLiteral("CoSinGAN"), this);
    name_->setToolTip(tr("Case names NAME_0001…; letters, digits and '-'"));
    form->addRow(tr("Dataset name"), name_);
    auto* folderRow = new QHBoxLayout;
    folder_ = new QLineEdit(this);
    folder_->setPlaceholderText(tr("a new or empty folder, e.g. nnUNet_raw/Dataset501_Covid"));
    auto* browse = new QPushButton(tr("…"), this);
    folderRow->addWidget(folder_, 1);
    folderRow->addWidget(browse);
    form->addRow(tr("Folder"), folderRow);
    form->addRow(tr("Spacing"), new QLabel(tr("%1 × %2 mm, slices %3 mm (from the study)")
                                               .arg(spacing_[0], 0, 'g', 4).arg(spacing_[1], 0, 'g', 4).arg(spacing_[2], 0, 'g', 4), this));
    command_ = new QLabel(this);
    command_->setWordWrap(true);
    command_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    command_->setStyleSheet(QStringLiteral("color: #9aa3ad; font-family: monospace;"));
    progress_ = new QProgressBar(this);
    progress_->setRange(0, 1000);
    progress_->setValue(0);
    result_ = new QLabel(this);
    result_->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(this);
    export_ = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    cancel_ = buttons->addButton(tr("Cancel Export"), QDialogButtonBox::ActionRole);
    cancel_->setEnabled(false);
    evaluate_ = buttons->addButton(tr("Evaluate…"), QDialogButtonBox::ActionRole);
    evaluate_->setEnabled(false);
    evaluate_->setToolTip(tr("Train a segmenter on the exported dataset and on the one real slice, test both on the study's labelled slices"));
    auto* close = buttons->addButton(QDialogButtonBox::Close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Synthetic CT (in HU) with its labels (0 background, 1 left lung, 2 right lung, 3 infection), "
                                    "and a record that makes the dataset reproducible."),
                                 this));
    layout->itemAt(0)->widget()->setProperty("wordWrap", true);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("The same on the command line:"), this));
    layout->addWidget(command_);
    layout->addWidget(progress_);
    layout->addWidget(result_);
    layout->addWidget(buttons);
    resize(640, sizeHint().height());

    for (QObject* o : std::initializer_list<QObject*>{layout_, source_, variants_, rc_, seed_, includeReal_, name_, folder_}) {
        if (auto* c = qobject_cast<QComboBox*>(o)) connect(c, &QComboBox::currentIndexChanged, this, &ExportDialog::updateCommand);
        if (auto* s = qobject_cast<QSpinBox*>(o)) connect(s, &QSpinBox::valueChanged, this, &ExportDialog::updateCommand);
        if (auto* b = qobject_cast<QCheckBox*>(o)) connect(b, &QCheckBox::toggled, this, &ExportDialog::updateCommand);
        if (auto* e = qobject_cast<QLineEdit*>(o)) connect(e, &QLineEdit::textChanged, this, &ExportDialog::updateCommand);
    }
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getSaveFileName(this, tr("Dataset folder"), folder_->text(), QString(), nullptr,
                                                       QFileDialog::DontConfirmOverwrite);
        if (!f.isEmpty()) folder_->setText(f);
    });
    connect(export_, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(cancel_, &QPushButton::clicked, this, [this] {
        if (cancelled_) *cancelled_ = true;
    });
    connect(evaluate_, &QPushButton::clicked, this, [this] { Q_EMIT evaluateRequested(exported_); });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    updateCommand();
}

ExportDialog::~ExportDialog() {
    if (worker_) {
        if (cancelled_) *cancelled_ = true;
        worker_->wait();
    }
}

void ExportDialog::setOutputFolder(const QString& folder) { folder_->setText(folder); }
void ExportDialog::setVariants(int n) { variants_->setValue(n); }
bool ExportDialog::running() const { return worker_ != nullptr; }
QString ExportDialog::resultText() const { return result_->text(); }
QString ExportDialog::commandLine() const { return command_->text(); }

void ExportDialog::updateCommand() {
    const int k = source_->currentIndex();
    QString c = QStringLiteral("cosingan export --model %1 %2 --variants %3%4 --seed %5 --spacing %6,%7,%8 --name %9 --out %10")
                    .arg(modelFolder_, k >= 0 ? sources_[size_t(k)].commandMasks : QString())
                    .arg(variants_->value())
                    .arg(rc_->isChecked() ? QStringLiteral(" --rc") : QString())
                    .arg(seed_->value())
                    .arg(spacing_[0]).arg(spacing_[1]).arg(spacing_[2])
                    .arg(name_->text(), folder_->text().isEmpty() ? QStringLiteral("DATASET") : folder_->text());
    if (includeReal_->isChecked()) c += QStringLiteral(" --include-real");
    if (layout_->currentData().toString() != QLatin1String("nnunet")) c += QStringLiteral(" --layout ") + layout_->currentData().toString();
    command_->setText(c);
}

void ExportDialog::startExport() {
    if (worker_) return;
    const int k = source_->currentIndex();
    if (k < 0 || sources_[size_t(k)].masks.empty()) {
        onFinished(false, tr("There are no masks to export from: paint or propose the lungs first."));
        return;
    }
    if (folder_->text().trimmed().isEmpty()) {
        onFinished(false, tr("Choose a folder for the dataset."));
        return;
    }
    DatasetExportOptions o;
    o.layout = datasetLayoutFromName(layout_->currentData().toString().toStdString());
    o.datasetName = name_->text().trimmed().toStdString();
    o.variantsPerMask = variants_->value();
    o.synthesis.randomCondition = rc_->isChecked();
    o.synthesis.seed = uint64_t(seed_->value());
    o.synthesis.batchSize = 4;
    for (int i = 0; i < 3; ++i) o.spacingMm[i] = spacing_[size_t(i)];
    o.includeTrainingSlice = includeReal_->isChecked();
    o.command = command_->text().toStdString();
    const std::vector<gan::SliceData> masks = sources_[size_t(k)].masks;
    const std::string folder = folder_->text().trimmed().toStdString(), model = modelFolder_.toStdString();
    cancelled_ = std::make_shared<std::atomic<bool>>(false);
    auto job = std::make_shared<DialogJob>(QPointer<QProgressBar>(progress_), cancelled_);
    export_->setEnabled(false);
    cancel_->setEnabled(true);
    result_->setText(tr("Exporting…"));
    // The worker loads its own copy of the model: the Synthesise workspace's stays in its thread.
    worker_ = QThread::create([this, masks, folder, model, o, job] {
        bool ok = false;
        QString message;
        try {
            const auto m = gan::CoSinGanModel::load(model, "cpu");
            const DatasetExportResult r = exportDataset(*m, masks, folder, o, job.get());
            ok = true;
            message = tr("%1 cases written to %2").arg(r.cases).arg(QDir::toNativeSeparators(QString::fromStdString(r.folder)));
            const QString written = QString::fromStdString(r.folder);
            QMetaObject::invokeMethod(this, [this, written] { exported_ = written; }, Qt::QueuedConnection);
        } catch (const JobCancelled&) {
            message = tr("Export cancelled: nothing was written.");
        } catch (const std::exception& e) {
            message = tr("Export failed, nothing was written: %1").arg(QString::fromStdString(e.what()));
        }
        QMetaObject::invokeMethod(this, [this, ok, message] { onFinished(ok, message); }, Qt::QueuedConnection);
    });
    worker_->start();
}

void ExportDialog::onFinished(bool ok, const QString& message) {
    if (worker_) {
        worker_->wait();
        worker_->deleteLater();
        worker_ = nullptr;
    }
    export_->setEnabled(true);
    cancel_->setEnabled(false);
    if (ok) progress_->setValue(progress_->maximum());
    evaluate_->setEnabled(ok && !exported_.isEmpty());
    result_->setText(message);
    result_->setStyleSheet(ok ? QString() : QStringLiteral("color: #f0a030;"));
    Q_EMIT finished(ok, message);
}

}  // namespace cosingan::ui
