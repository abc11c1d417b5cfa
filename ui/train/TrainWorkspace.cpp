#include "TrainWorkspace.h"

#include "LossChart.h"
#include "PresetText.h"
#include "ScaleGallery.h"
#include "TrainingProgressBox.h"
#include "TrainingSession.h"
#include "gan/LungBox.h"
#include "image/SliceExtraction.h"
#include "ui/common/AppFolders.h"
#include "ui/common/Icons.h"
#include "ui/common/Preferences.h"
#include "ui/common/EventLoopMonitor.h"
#include "ui/common/StudioDocument.h"
#include "ui/common/MessageText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace cosingan::ui {

namespace {
const char* kLastModelKey = "training/lastModelFolder";
}  // namespace

TrainWorkspace::TrainWorkspace(StudioDocument* document, QWidget* parent) : QWidget(parent), document_(document) {
    session_ = new TrainingSession(this);
    latency_ = new EventLoopMonitor(this);
    chart_ = new LossChart(session_, this);
    gallery_ = new ScaleGallery(session_, this);

    auto* galleryScroll = new QScrollArea(this);
    galleryScroll->setWidget(gallery_);
    galleryScroll->setWidgetResizable(true);
    galleryScroll->setMinimumWidth(260);
    auto* galleryBox = new QGroupBox(tr("Outputs for the training mask"), this);
    (new QVBoxLayout(galleryBox))->addWidget(galleryScroll);
    auto* curvesBox = new QGroupBox(tr("Losses"), this);
    (new QVBoxLayout(curvesBox))->addWidget(chart_);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(curvesBox);
    split->addWidget(galleryBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    resumeBanner_ = new QFrame(this);
    resumeBanner_->setStyleSheet(QStringLiteral("QFrame { background: #3a3120; border: 1px solid #8a6a30; border-radius: 4px; }"));
    auto* bannerRow = new QHBoxLayout(resumeBanner_);
    resumeText_ = new QLabel(resumeBanner_);
    auto* resumeButton = new QPushButton(tr("Resume"), resumeBanner_);
    auto* dismiss = new QPushButton(tr("Dismiss"), resumeBanner_);
    bannerRow->addWidget(resumeText_, 1);
    bannerRow->addWidget(resumeButton);
    bannerRow->addWidget(dismiss);
    layout->addWidget(resumeBanner_);
    auto* top = new QHBoxLayout;
    top->addWidget(makeControls(), 1);
    top->addWidget(new TrainingProgressBox(session_, latency_, this), 1);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(resumeButton, &QPushButton::clicked, this, [this] {
        const QString folder = QSettings().value(kLastModelKey).toString();
        QString why;
        if (!session_->resumeFrom(folder, device_->currentData().toString(), &why)) {
            Q_EMIT statusMessage(tr("Cannot resume: %1").arg(why));
            return;
        }
        document_->setModelPath(folder);
        latency_->reset();
        latency_->start();
    });
    connect(dismiss, &QPushButton::clicked, this, [this] {
        QSettings().remove(kLastModelKey);
        resumeBanner_->hide();
    });
    connect(document_, &StudioDocument::studyChanged, this, &TrainWorkspace::updateSliceSummary);
    connect(document_, &StudioDocument::sliceChanged, this, &TrainWorkspace::updateSliceSummary);
    connect(document_, &StudioDocument::labelsEdited, this, &TrainWorkspace::updateSliceSummary);
    connect(document_, &StudioDocument::labelsReplaced, this, &TrainWorkspace::updateSliceSummary);
    connect(document_, &StudioDocument::modelPathChanged, this, [this](const QString& path) {
        if (!path.isEmpty() && !session_->busy() && path != session_->modelFolder()) session_->loadModel(path, nullptr);
    });
    connect(session_, &TrainingSession::stateChanged, this, [this] {
        if (session_->busy()) folder_->setText(session_->modelFolder());
        updateButtons();
        updateResumeOffer();
    });
    connect(session_, &TrainingSession::message, this, &TrainWorkspace::statusMessage);
    connect(session_, &TrainingSession::trainingEnded, this, [this](bool completed) {
        latency_->stop();
        if (completed) QSettings().remove(kLastModelKey);
        Q_EMIT statusMessage(completed ? tr("Training finished: the model is in %1").arg(session_->modelFolder())
                                       : tr("Training stopped; it can be resumed."));
    });
    applyPreferences(Preferences::load());
    updateSliceSummary();
    updateButtons();
    updateResumeOffer();
}

QWidget* TrainWorkspace::makeControls() {
    auto* box = new QGroupBox(tr("Training"), this);
    auto* form = new QFormLayout(box);
    sliceSummary_ = new QLabel(box);
    sliceSummary_->setWordWrap(true);
    form->addRow(tr("Slice"), sliceSummary_);
    preset_ = new QComboBox(box);
    for (const auto& name : gan::presetNames()) preset_->addItem(QString::fromStdString(name), QString::fromStdString(name));
    preset_->setCurrentIndex(preset_->findData(QStringLiteral("cpu-fast")));
    presetInfo_ = new QLabel(box);
    presetInfo_->setWordWrap(true);
    presetInfo_->setStyleSheet(QStringLiteral("color: #9aa3ad;"));
    form->addRow(tr("Preset"), preset_);
    form->addRow(QString(), presetInfo_);
    device_ = new QComboBox(box);
    for (const auto& d : gan::availableDevices())
        device_->addItem(d == "cpu" ? tr("CPU") : tr("CUDA GPU"), QString::fromStdString(d));
    device_->setToolTip(tr("CUDA appears when LibTorch sees a GPU"));
    form->addRow(tr("Device"), device_);
    lungsOnly_ = new QCheckBox(tr("Lungs only"), box);
    lungsOnly_->setToolTip(tr("Train on the lungs' bounding box plus a margin instead of the whole slice: the "
                              "networks' pixels go to the lungs. The model then draws the lung box of every mask."));
    form->addRow(tr("Field"), lungsOnly_);
    auto* vggRow = new QHBoxLayout;
    vgg_ = new QLineEdit(box);
    vgg_->setPlaceholderText(tr("optional: ImageNet VGG-19 (TorchScript) for MS-FVL"));
    auto* vggBrowse = new QPushButton(tr("…"), box);
    vggRow->addWidget(vgg_, 1);
    vggRow->addWidget(vggBrowse);
    form->addRow(tr("VGG-19"), vggRow);
    auto* folderRow = new QHBoxLayout;
    folder_ = new QLineEdit(box);
    auto* folderBrowse = new QPushButton(tr("…"), box);
    folderRow->addWidget(folder_, 1);
    folderRow->addWidget(folderBrowse);
    form->addRow(tr("Model folder"), folderRow);
    auto* buttons = new QHBoxLayout;
    train_ = new QPushButton(actionIcon("train"), tr("Train"), box);
    train_->setToolTip(tr("Train a CoSinGAN on the current slice and its mask (Ctrl+T)"));
    train_->setShortcut(QKeySequence(tr("Ctrl+T")));
    pause_ = new QPushButton(tr("Pause"), box);
    stop_ = new QPushButton(actionIcon("stop"), tr("Stop"), box);
    stop_->setToolTip(tr("Stop after the current iteration; a checkpoint is written and the training can be resumed"));
    buttons->addWidget(train_);
    buttons->addWidget(pause_);
    buttons->addWidget(stop_);
    buttons->addStretch(1);
    form->addRow(buttons);

    auto describe = [this] {
        const std::string preset = preset_->currentData().toString().toStdString();
        presetInfo_->setText(presetDescriptionText(preset));
        lungsOnly_->setChecked(gan::makePreset(preset).cropsToLungs());  // the preset's own choice first
    };
    connect(preset_, &QComboBox::currentIndexChanged, this, describe);
    describe();
    connect(lungsOnly_, &QCheckBox::toggled, this, [this] { updateSliceSummary(); });
    connect(vggBrowse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("VGG-19 TorchScript file"), QString(), tr("TorchScript (*.pt *.pth);;All files (*)"));
        if (!f.isEmpty()) vgg_->setText(f);
    });
    connect(folderBrowse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getSaveFileName(this, tr("Model folder"), folder_->text(), QString(), nullptr,
                                                       QFileDialog::DontConfirmOverwrite);
        if (f.isEmpty()) return;
        const QString why = modelFolderProblem(f);
        if (!why.isEmpty()) {
            Q_EMIT statusMessage(why);
            if (interactive_) QMessageBox::warning(this, tr("Choose another model folder"), why);
            return;
        }
        setModelFolder(f);
    });
    connect(folder_, &QLineEdit::textEdited, this, [this] { folderChosen_ = true; });
    connect(train_, &QPushButton::clicked, this, [this] {
        QString why;
        if (!startTraining(&why)) {
            Q_EMIT statusMessage(tr("Cannot train: %1").arg(why));
            if (interactive_) QMessageBox::warning(this, tr("Cannot train"), why);
        }
    });
    connect(pause_, &QPushButton::clicked, this, [this] {
        if (session_->state() == TrainingSession::State::Paused) session_->resume();
        else session_->pause();
    });
    connect(stop_, &QPushButton::clicked, session_, &TrainingSession::cancel);
    return box;
}

QString TrainWorkspace::defaultModelFolder() const {
    const QString base = modelsParent_.isEmpty() ? defaultModelsFolder() : modelsParent_;
    QString stem = QFileInfo(document_->sourcePath()).completeBaseName().section('.', 0, 0);
    if (document_->sourcePath().isEmpty()) stem = QStringLiteral("demo");
    // Slices are numbered from 1 wherever a person reads them (the view, the status bar, this name).
    return QDir(base).filePath(QStringLiteral("%1-slice%2-%3").arg(stem).arg(document_->slice() + 1).arg(
        QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
}

QString TrainWorkspace::modelFolderProblem(const QString& folder) const {
    std::vector<std::string> inputs;
    if (!document_->sourcePath().isEmpty()) inputs.push_back(document_->sourcePath().toStdString());
    if (!document_->labelsPath().isEmpty()) inputs.push_back(document_->labelsPath().toStdString());
    return translatedMessage(gan::modelFolderProblem(folder.toStdString(), inputs));
}

void TrainWorkspace::setPreset(const QString& name) { preset_->setCurrentIndex(preset_->findData(name)); }

void TrainWorkspace::applyPreferences(const Preferences& p) {
    if (const int i = preset_->findData(p.preset); i >= 0 && !session_->busy()) preset_->setCurrentIndex(i);
    if (const int i = device_->findData(p.device); i >= 0) device_->setCurrentIndex(i);
    if (vgg_->text().trimmed().isEmpty() || vgg_->text().trimmed() == vggPreference_) vgg_->setText(p.vggWeights);
    vggPreference_ = p.vggWeights;
    threads_ = p.threads;
    modelsParent_ = p.modelsParent();
    updateSliceSummary();  // the default model folder follows the models folder
}

void TrainWorkspace::setModelFolder(const QString& folder) {
    folder_->setText(folder);
    folderChosen_ = true;
}

void TrainWorkspace::updateSliceSummary() {
    if (!document_->hasVolume()) {
        sliceSummary_->setText(tr("Open a study first."));
        return;
    }
    const auto c = document_->labels().countsOnSlice(document_->slice());
    const CtVolume& v = document_->volume();
    QString text = tr("%1, slice %2 (%3 × %4): lungs %5 / %6 px, infection %7 px")
                       .arg(document_->displayName()).arg(document_->slice() + 1).arg(v.columns()).arg(v.rows())
                       .arg(c[1]).arg(c[2]).arg(c[3]);
    if (c[1] + c[2] == 0) {
        text += tr(" — paint or propose the lungs first (Annotate, Ctrl+L)");
    } else if (lungsOnly_->isChecked()) {
        const gan::PixelBox b = gan::lungBox(maskForEngine(document_->labels(), document_->slice()), gan::kDefaultLungCropMargin);
        text += tr("; trains on the lung box, %1 × %2 px").arg(b.width).arg(b.height);
    }
    sliceSummary_->setText(text);
    // The folder of a running training is the one shown, whatever the slice: it is being written.
    if (!folderChosen_ && !session_->busy()) folder_->setText(defaultModelFolder());
}

bool TrainWorkspace::startTraining(QString* why) {
    if (!document_->hasVolume()) {
        if (why) *why = tr("Open a study first.");
        return false;
    }
    gan::TrainingRequest r;
    try {
        r.config = gan::makePreset(preset_->currentData().toString().toStdString());
        r.config.device = device_->currentData().toString().toStdString();
        r.config.vggWeightsPath = vgg_->text().trimmed().toStdString();
        if (threads_ > 0) r.config.threads = threads_;
        if (!lungsOnly_->isChecked()) r.config.lungCropMargin = -1;
        else if (!r.config.cropsToLungs()) r.config.lungCropMargin = gan::kDefaultLungCropMargin;
        r.slice = sliceForEngine(document_->volume(), &document_->labels(), document_->slice());
    } catch (const std::exception& e) {
        if (why) *why = messageText(e);
        return false;
    }
    if (!folderChosen_ || folder_->text().isEmpty()) folder_->setText(defaultModelFolder());
    r.modelFolder = folder_->text().toStdString();
    // The same rule as the command line: only a new, empty or model folder of ours is written to.
    if (const QString problem = modelFolderProblem(folder_->text()); !problem.isEmpty()) {
        if (why) *why = problem;
        return false;
    }
    if (!session_->start(std::move(r), why)) return false;
    QSettings().setValue(kLastModelKey, folder_->text());
    document_->setModelPath(folder_->text());
    latency_->reset();
    latency_->start();
    return true;
}

bool TrainWorkspace::confirmClose() {
    if (!session_->busy()) return true;
    if (interactive_ && QMessageBox::question(this, tr("Training is running"),
                                              tr("Stop the training? A checkpoint is written and it can be resumed later.")) !=
                            QMessageBox::Yes)
        return false;
    session_->cancel();
    session_->waitUntilStopped(60000);
    return true;
}

void TrainWorkspace::updateButtons() {
    const auto s = session_->state();
    const bool busy = session_->busy();
    train_->setEnabled(!busy);
    pause_->setEnabled(s == TrainingSession::State::Running || s == TrainingSession::State::Paused);
    pause_->setText(s == TrainingSession::State::Paused ? tr("Resume") : tr("Pause"));
    pause_->setIcon(actionIcon(s == TrainingSession::State::Paused ? "play" : "pause"));
    stop_->setEnabled(s == TrainingSession::State::Running || s == TrainingSession::State::Paused);
    preset_->setEnabled(!busy);
    device_->setEnabled(!busy);
    lungsOnly_->setEnabled(!busy);
    folder_->setEnabled(!busy);
    folder_->setToolTip(busy ? tr("This training writes here; the folder is locked until it ends")
                             : tr("Where the model is written: a new folder, or a model folder of ours to replace"));
    vgg_->setEnabled(!busy);
}

void TrainWorkspace::updateResumeOffer() {
    const QString folder = QSettings().value(kLastModelKey).toString();
    const UserMessage where = folder.isEmpty() || session_->busy() ? UserMessage() : gan::describeCheckpoint(folder.toStdString());
    resumeBanner_->setVisible(!where.empty());
    if (!where.empty())
        resumeText_->setText(tr("A training stopped at %1 (%2). Resume it?").arg(translatedMessage(where, false), QFileInfo(folder).fileName()));
}

}  // namespace cosingan::ui
