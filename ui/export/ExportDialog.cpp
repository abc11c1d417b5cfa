#include "ExportDialog.h"

#include "ui/common/DropoutControl.h"
#include "ui/common/Preferences.h"

#include "DatasetSources.h"
#include "ProgressBarJob.h"
#include "gan/Synthesis.h"
#include "synth/DatasetExport.h"
#include "synth/MaskFiles.h"
#include "ui/common/ShellQuote.h"
#include "ui/common/MessageText.h"

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
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>

namespace cosingan::ui {

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
    auto* sourceRow = new QHBoxLayout;
    sourceRow->addWidget(source_, 1);
    auto* fromFiles = new QPushButton(tr("Files…"), this);
    fromFiles->setToolTip(tr("Masks from files: label images (0..3 or 0/128/255), label volumes (every slice with lungs), "
                             "slice bundles"));
    auto* fromFolder = new QPushButton(tr("Folder…"), this);
    fromFolder->setToolTip(tr("Every mask file in a folder"));
    auto* lesions = new QPushButton(tr("Lesions…"), this);
    lesions->setToolTip(tr("Place another study's lesions (a 0/1 lesion volume, e.g. MosMed's) into the study's lungs"));
    lesions->setEnabled(std::any_of(sources_.begin(), sources_.end(), [](const ExportSource& s) { return !s.volumes.empty(); }));
    sourceRow->addWidget(fromFiles);
    sourceRow->addWidget(fromFolder);
    sourceRow->addWidget(lesions);
    form->addRow(tr("Masks"), sourceRow);
    variants_ = new QSpinBox(this);
    variants_->setObjectName(QStringLiteral("variants"));
    variants_->setRange(1, 100);
    variants_->setValue(kSliceVariants);
    variants_->setToolTip(tr("Images per mask, with consecutive seeds (more than one needs the randomised condition); "
                             "from a cpu-medium model 16 trained a better segmenter than 4. Whole volumes: one per "
                             "label volume unless you choose more"));
    form->addRow(tr("Variants per mask"), variants_);
    rc_ = new QCheckBox(tr("Randomised condition (RC)"), this);
    rc_->setChecked(true);
    form->addRow(QString(), rc_);
    dropout_ = new QCheckBox(tr("Dropout at synthesis (AD)"), this);
    form->addRow(QString(), dropout_);
    seed_ = new QSpinBox(this);
    seed_->setRange(0, 999999);
    seed_->setValue(1);
    form->addRow(tr("First seed"), seed_);
    includeReal_ = new QCheckBox(tr("Include the real training slice as the first case"), this);
    form->addRow(QString(), includeReal_);
    auto* fuseRow = new QHBoxLayout;
    fuse_ = new QCheckBox(tr("Fuse with"), this);
    fuse_->setToolTip(tr("Image fusion (the paper's IF): each image a mix of this model's and a second model's, "
                         "the weight ζ drawn per image from U[0,1]"));
    fuseFolder_ = new QLineEdit(this);
    fuseFolder_->setPlaceholderText(tr("a second model folder"));
    auto* fuseBrowse = new QPushButton(tr("…"), this);
    fuseRow->addWidget(fuse_);
    fuseRow->addWidget(fuseFolder_, 1);
    fuseRow->addWidget(fuseBrowse);
    form->addRow(tr("Image fusion"), fuseRow);
    connect(fuseBrowse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getExistingDirectory(this, tr("A second model for image fusion"), fuseFolder_->text());
        if (!f.isEmpty()) setFusionModel(f);
    });
    volumes_ = new QCheckBox(tr("Whole volumes: one case per label volume (3-D, NIfTI layouts)"), this);
    volumes_->setToolTip(tr("Each label volume becomes a synthetic CT on its grid: slices with lungs generated, the others "
                            "from the study's CT (or air for volume files)"));
    form->addRow(QString(), volumes_);
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
    setModelHasDropout(false);
    resize(640, sizeHint().height());

    // Any change to the count (the mode's default is set with signals blocked) is the user's choice;
    // connected before updateCommand, which would otherwise put the default back first.
    connect(variants_, &QSpinBox::valueChanged, this, [this] { variantsChosen_ = true; });
    for (QObject* o : std::initializer_list<QObject*>{layout_, source_, variants_, rc_, dropout_, seed_, includeReal_, volumes_, fuse_, name_,
                                                      folder_, fuseFolder_}) {
        if (auto* c = qobject_cast<QComboBox*>(o)) connect(c, &QComboBox::currentIndexChanged, this, &ExportDialog::updateCommand);
        if (auto* s = qobject_cast<QSpinBox*>(o)) connect(s, &QSpinBox::valueChanged, this, &ExportDialog::updateCommand);
        if (auto* b = qobject_cast<QCheckBox*>(o)) connect(b, &QCheckBox::toggled, this, &ExportDialog::updateCommand);
        if (auto* e = qobject_cast<QLineEdit*>(o)) connect(e, &QLineEdit::textChanged, this, &ExportDialog::updateCommand);
    }
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString start = folder_->text().isEmpty() ? Preferences::load().exportsFolder : folder_->text();
        const QString f = QFileDialog::getSaveFileName(this, tr("Dataset folder"), start, QString(), nullptr,
                                                       QFileDialog::DontConfirmOverwrite);
        if (!f.isEmpty()) folder_->setText(f);
    });
    connect(fromFiles, &QPushButton::clicked, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("Mask files"), QString(),
            tr("Masks (*.png *.bmp *.pgm *.nii *.nii.gz *.nrrd *.nhdr *.mha *.mhd *.pt);;All files (*)"));
        if (!files.isEmpty()) addMaskFiles(files);
    });
    connect(lesions, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("A lesion volume"), QString(),
                                                          tr("Volumes (*.nii *.nii.gz *.nrrd *.nhdr *.mha *.mhd);;All files (*)"));
        if (!file.isEmpty()) addLesions(file);
    });
    connect(fromFolder, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("A folder of masks"));
        if (!folder.isEmpty()) addMaskFolder(folder);
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

bool ExportDialog::addMaskFiles(const QStringList& paths, const QString& label) {
    QStringList leftOut;
    try {
        addSource(maskFileSource(paths, label, leftOut));
    } catch (const std::exception& e) {
        result_->setText(tr("These masks cannot be used: %1").arg(messageText(e)));
        return false;
    }
    result_->setText(leftOut.isEmpty() ? QString()
                                       : tr("%n left out: ", nullptr, int(leftOut.size())) + leftOut.join(QStringLiteral("; ")));
    return true;
}

bool ExportDialog::addLesions(const QString& lesionVolume) {
    const auto base = std::find_if(sources_.begin(), sources_.end(), [](const ExportSource& s) { return !s.volumes.empty(); });
    if (base == sources_.end()) {
        result_->setText(tr("Lesions are placed into a study's lungs: open a study with painted lungs first."));
        return false;
    }
    QString summary;
    try {
        addSource(lesionSource(*base, lesionVolume, summary));
    } catch (const std::exception& e) {
        result_->setText(tr("These lesions cannot be placed: %1").arg(messageText(e)));
        return false;
    }
    result_->setText(summary);
    return true;
}

void ExportDialog::addSource(ExportSource source) {
    sources_.push_back(std::move(source));
    source_->addItem(sources_.back().label);
    source_->setCurrentIndex(source_->count() - 1);
}

bool ExportDialog::addMaskFolder(const QString& folder) {
    QStringList paths;
    try {
        for (const auto& f : maskFilesInFolder(folder.toStdString())) paths << QString::fromStdString(f);
    } catch (const std::exception& e) {
        result_->setText(messageText(e));
        return false;
    }
    if (paths.isEmpty()) {
        result_->setText(tr("%1 holds no mask files (PNG, BMP, PGM, NIfTI, NRRD, MetaImage, slice bundles).").arg(folder));
        return false;
    }
    return addMaskFiles(paths, tr("The folder %1").arg(QDir(folder).dirName()));
}

void ExportDialog::setOutputFolder(const QString& folder) { folder_->setText(folder); }
void ExportDialog::setFusionModel(const QString& folder) {
    fuseFolder_->setText(folder);
    fuse_->setChecked(!folder.isEmpty());
}

bool ExportDialog::setWholeVolumes(bool on) {
    volumes_->setChecked(on && volumes_->isEnabled());
    return volumes_->isChecked() == on;
}
void ExportDialog::setVariants(int n) {
    variantsChosen_ = true;
    variants_->setValue(n);
}

void ExportDialog::setModelHasDropout(bool has) {
    // On where the model can: with randomised conditions it made the synthetic sets train a better
    // segmenter (docs/evaluation.md).
    showModelDropout(dropout_, has);
    dropout_->setChecked(has);
}
bool ExportDialog::running() const { return worker_ != nullptr; }
QString ExportDialog::resultText() const { return result_->text(); }
QString ExportDialog::commandLine() const { return command_->text(); }

void ExportDialog::updateCommand() {
    const int k = source_->currentIndex();
    // Whole volumes: only where the source has label volumes, in a NIfTI layout, without the 2-D real slice.
    const bool hasVolumes = k >= 0 && !sources_[size_t(k)].volumes.empty();
    volumes_->setEnabled(hasVolumes);
    if (!hasVolumes) volumes_->setChecked(false);
    const bool wholeVolumes = volumes_->isChecked();
    includeReal_->setEnabled(!wholeVolumes);
    if (wholeVolumes) {
        includeReal_->setChecked(false);
        if (layout_->currentData().toString() == QLatin1String("png")) layout_->setCurrentIndex(0);
    }
    if (auto* model = qobject_cast<QStandardItemModel*>(layout_->model()))
        if (QStandardItem* png = model->item(2)) png->setEnabled(!wholeVolumes);
    if (!variantsChosen_) {  // each mode's default until the user chooses a count
        const QSignalBlocker quiet(variants_);
        variants_->setValue(wholeVolumes ? kVolumeVariants : kSliceVariants);
    }
    // The masks: the source's label volumes (whole volumes) or its masks as the command names them.
    QString c = QStringLiteral("cosingan export") + (wholeVolumes ? QStringLiteral(" --volumes") : QString()) +
                QStringLiteral(" --model ") + shellQuoted(modelFolder_);
    if (k >= 0) {
        const ExportSource& src = sources_[size_t(k)];
        if (wholeVolumes) {
            for (const QString& v : src.volumeSources) c += QStringLiteral(" --mask ") + shellQuoted(v);
            if (src.reference && src.volumes.size() == 1) c += QStringLiteral(" --reference ") + shellQuoted(src.referenceSource);
        } else {
            c += QLatin1Char(' ') + src.commandMasks;
        }
    }
    c += QStringLiteral(" --variants %1").arg(variants_->value());
    if (rc_->isChecked()) c += QStringLiteral(" --rc");
    if (dropout_->isChecked()) c += QStringLiteral(" --dropout");
    c += QStringLiteral(" --seed %1").arg(seed_->value());
    if (!wholeVolumes) c += QStringLiteral(" --spacing %1,%2,%3").arg(spacing_[0]).arg(spacing_[1]).arg(spacing_[2]);
    c += QStringLiteral(" --name ") + shellQuoted(name_->text()) + QStringLiteral(" --out ") +
         (folder_->text().isEmpty() ? QStringLiteral("DATASET") : shellQuoted(folder_->text()));
    if (includeReal_->isChecked()) c += QStringLiteral(" --include-real");
    if (layout_->currentData().toString() != QLatin1String("nnunet")) c += QStringLiteral(" --layout ") + layout_->currentData().toString();
    if (k >= 0) c += sources_[size_t(k)].commandExtra;
    if (fuse_->isChecked() && !fuseFolder_->text().isEmpty()) c += QStringLiteral(" --fuse ") + shellQuoted(fuseFolder_->text());
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
    const std::string fuseWith = fuse_->isChecked() ? fuseFolder_->text().trimmed().toStdString() : std::string();
    if (fuse_->isChecked() && fuseWith.empty()) {
        onFinished(false, tr("Choose the second model for image fusion, or turn fusion off."));
        return;
    }
    DatasetExportOptions o;
    o.layout = datasetLayoutFromName(layout_->currentData().toString().toStdString());
    o.datasetName = name_->text().trimmed().toStdString();
    o.variantsPerMask = variants_->value();
    o.synthesis.randomCondition = rc_->isChecked();
    o.synthesis.dropout = dropout_->isChecked();
    o.synthesis.seed = uint64_t(seed_->value());
    o.synthesis.batchSize = 4;
    for (int i = 0; i < 3; ++i) o.spacingMm[i] = spacing_[size_t(i)];
    o.includeTrainingSlice = includeReal_->isChecked();
    o.command = command_->text().toStdString();
    const std::vector<gan::SliceData> masks = sources_[size_t(k)].masks;
    const std::string folder = folder_->text().trimmed().toStdString(), model = modelFolder_.toStdString();
    const bool wholeVolumes = volumes_->isChecked();
    const ExportSource source = sources_[size_t(k)];  // shares the volumes with the worker
    cancelled_ = std::make_shared<std::atomic<bool>>(false);
    auto job = std::make_shared<ProgressBarJob>(QPointer<QProgressBar>(progress_), cancelled_);
    export_->setEnabled(false);
    cancel_->setEnabled(true);
    result_->setText(tr("Exporting…"));
    // The worker loads its own copy of the model: the Synthesise workspace's stays in its thread.
    worker_ = QThread::create([this, masks, folder, model, o, job, wholeVolumes, source, fuseWith]() mutable {
        bool ok = false;
        QString message;
        try {
            const auto m = gan::CoSinGanModel::load(model, "cpu");
            std::shared_ptr<gan::CoSinGanModel> second;
            if (!fuseWith.empty()) second = gan::CoSinGanModel::load(fuseWith, "cpu");
            o.fuseWith = second.get();
            DatasetExportResult r;
            if (wholeVolumes) {
                std::vector<VolumeCase> cases;
                for (size_t i = 0; i < source.volumes.size(); ++i)
                    cases.push_back({source.volumes[i].get(), source.volumes.size() == 1 ? source.reference.get() : nullptr,
                                     source.volumeSources[i].toStdString(), source.referenceSource.toStdString()});
                r = exportVolumeDataset(*m, cases, folder, o, job.get());
            } else {
                r = exportDataset(*m, masks, folder, o, job.get());
            }
            ok = true;
            message = tr("%1 cases written to %2").arg(r.cases).arg(QDir::toNativeSeparators(QString::fromStdString(r.folder)));
            const QString written = QString::fromStdString(r.folder);
            QMetaObject::invokeMethod(this, [this, written] { exported_ = written; }, Qt::QueuedConnection);
        } catch (const JobCancelled&) {
            message = tr("Export cancelled: nothing was written.");
        } catch (const std::exception& e) {
            message = tr("Export failed, nothing was written: %1").arg(messageText(e));
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
