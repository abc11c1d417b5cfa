#include "StudyFiles.h"

#include "ui/common/Preferences.h"

#include "annotate/AutosaveJournal.h"
#include "annotate/LabelImport.h"
#include "annotate/StudySession.h"
#include "demo/ChestPhantom.h"
#include "gan/SliceData.h"
#include "image/InPlaneTranspose.h"
#include "image/MaskImage.h"
#include "image/SliceExtraction.h"
#include "io/VolumeIO.h"
#include "ui/annotate/AnnotationController.h"
#include "ui/common/StudioDocument.h"
#include "ui/common/MessageText.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QInputDialog>
#include <QMessageBox>

namespace cosingan::ui {

StudyFiles::StudyFiles(QWidget* window, StudioDocument* document, AnnotationController* controller)
    : QObject(window), window_(window), document_(document), controller_(controller) {
    buildActions();
}

void StudyFiles::error(const QString& title, const QString& message) {
    lastError_ = message;
    Q_EMIT statusMessage(message);
    if (interactive_) QMessageBox::warning(window_, title, message);
}

bool StudyFiles::confirmDiscard() {
    if (!document_->hasUnsavedLabels() || !interactive_) return true;
    const auto answer = QMessageBox::question(
        window_, tr("Unsaved labels"), tr("The labels of %1 have unsaved changes. Save them first?").arg(document_->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel) return false;
    if (answer == QMessageBox::Save) return saveLabels();
    controller_->discardAutosave();
    return true;
}

bool StudyFiles::openPath(const QString& path, bool transposed) {
    if (!confirmDiscard()) return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        CtVolume volume = readCtVolume(path.toStdString());
        QApplication::restoreOverrideCursor();
        if (volume.provenance.looksLikeLabelMap) return offerAsLabels(path, volume);
        if (transposed) {
            const QString refusal = transposeRefusal(volume);
            if (!refusal.isEmpty()) throw std::runtime_error(refusal.toStdString());
            volume = transposedInPlane(volume);
        }
        const QFileInfo info(path);
        document_->setSourcePath(info.absoluteFilePath());
        document_->setTransposed(transposed);
        document_->setStudy(std::move(volume), LabelMap(), info.fileName().isEmpty() ? path : info.fileName());
        lastError_.clear();
        Q_EMIT recentFileOpened(info.absoluteFilePath());
        Q_EMIT statusMessage(tr("Opened %1").arg(path));
        showWarnings(path, document_->volume().provenance.warnings);
        offerRecovery();
        offerSavedLabels();
        return true;
    } catch (const std::exception& e) {
        QApplication::restoreOverrideCursor();
        error(tr("Cannot open"), messageText(e));
        return false;
    }
}

bool StudyFiles::offerAsLabels(const QString& path, const CtVolume& volume) {
    // A label map opened as if it were a CT (e.g. a MosMed lesion mask): never shown as a CT.
    const bool fits = document_->hasVolume() && volume.geometry().sameGrid(fileGeometry(), 1e-2);
    const QString what = tr("%1 is a label map (it holds only label values), not a CT image.").arg(QFileInfo(path).fileName());
    if (!fits || !interactive_) {
        error(tr("Not a CT image"), what + QLatin1Char(' ') +
                                        (fits ? tr("Use File ▸ Import Labels to add it to the open study.")
                                              : tr("Open the CT it belongs to first, then use File ▸ Import Labels.")));
        return false;
    }
    if (QMessageBox::question(window_, tr("Not a CT image"), what + QLatin1Char(' ') + tr("Import it as the labels of the open study?")) !=
        QMessageBox::Yes)
        return false;
    return importLabels(path);
}

void StudyFiles::showWarnings(const QString& path, const std::vector<std::string>& warnings) {
    if (warnings.empty()) return;
    QStringList lines;
    for (const auto& w : warnings) lines << QString::fromStdString(w);
    Q_EMIT statusMessage(tr("Warning: %1").arg(lines.join(QStringLiteral("; "))));
    if (interactive_)
        QMessageBox::warning(window_, tr("Check this study"), tr("%1 was opened, but:\n\n• %2").arg(QFileInfo(path).fileName(), lines.join(QStringLiteral("\n• "))));
}

void StudyFiles::openDemo() {
    if (!confirmDiscard()) return;
    ChestPhantom demo = makeChestPhantom();
    document_->setSourcePath(QString());
    document_->setTransposed(false);
    document_->setStudy(std::move(demo.volume), std::move(demo.labels), tr("Built-in demo (synthetic chest CT)"));
    offerRecovery();
}

void StudyFiles::offerRecovery() {
    // The journal was restarted for the new study; look at what an earlier run left behind first.
    const QString id = document_->studyId();
    const QString folder = AnnotationController::autosaveFolderFor(id) + QStringLiteral(".previous");
    if (recovery_ == Recovery::Ignore || (recovery_ == Recovery::Ask && !interactive_)) return;  // left aside
    LabelMap recovered(document_->volume().geometry(), uint8_t(0));
    AutosaveInfo info;
    const bool found = AutosaveJournal::recover(folder.toStdString(), id.toStdString(), recovered, &info);
    QDir(folder).removeRecursively();
    // Only edits made after the last save count: a clean exit leaves a journal without records.
    if (!found || info.edits == 0 || recovered.voxels() == document_->labels().voxels()) return;
    const bool restore = recovery_ == Recovery::Restore ||
                         QMessageBox::question(window_, tr("Recover labels"),
                                               tr("CoSinGAN Studio found labels for this study that were not saved "
                                                  "(%1 edits since %2). Recover them?")
                                                   .arg(info.edits).arg(QString::fromStdString(info.updated))) == QMessageBox::Yes;
    if (restore) {
        controller_->replaceLabels(recovered, tr("recovered labels"));
        Q_EMIT statusMessage(tr("Recovered %1 unsaved edits").arg(info.edits));
    }
}

void StudyFiles::offerSavedLabels() {
    if (document_->sourcePath().isEmpty() || document_->hasUnsavedLabels() || savedLabels_ == SavedLabels::Ignore) return;
    const QString path = defaultLabelsPath();
    if (!QFileInfo::exists(path)) return;
    const QString name = QFileInfo(path).fileName();
    if (savedLabels_ == SavedLabels::Ask) {
        if (!interactive_) {
            Q_EMIT statusMessage(tr("Labels saved beside this study: %1 (File ▸ Import Labels opens them)").arg(name));
            return;
        }
        if (QMessageBox::question(window_, tr("Saved labels"),
                                  tr("Labels saved beside this study were found:\n%1\n\nOpen them?").arg(QDir::toNativeSeparators(path))) !=
            QMessageBox::Yes)
            return;
    }
    try {
        const ImageGeometry f = fileGeometry();
        adoptSavedLabels(fromFileLayout(readLabelMap(path.toStdString(), &f)), path);
        Q_EMIT statusMessage(tr("Opened the labels saved beside this study: %1").arg(name));
    } catch (const std::exception& e) {
        Q_EMIT statusMessage(tr("The labels beside this study (%1) do not fit it: %2").arg(name, messageText(e)));
    }
}

QString StudyFiles::defaultLabelsPath() const {
    if (!document_->labelsPath().isEmpty()) return document_->labelsPath();
    const QFileInfo src(document_->sourcePath());
    QString dir = src.isDir() ? src.absoluteFilePath() : src.absolutePath();
    if (document_->sourcePath().isEmpty() || !QFileInfo(dir).isWritable()) dir = QDir::homePath();
    const QString stem = document_->sourcePath().isEmpty() ? QStringLiteral("demo") : src.completeBaseName().section('.', 0, 0);
    return QDir(dir).filePath(stem + QStringLiteral("-labels.nii.gz"));
}

bool StudyFiles::saveLabels() {
    if (!document_->hasVolume()) return false;
    QString path = document_->labelsPath();
    if (path.isEmpty()) {
        if (!interactive_) return false;
        path = QFileDialog::getSaveFileName(window_, tr("Save labels"), defaultLabelsPath(), tr("NIfTI (*.nii.gz *.nii)"));
        if (path.isEmpty()) return false;
    }
    return saveLabelsAs(path);
}

bool StudyFiles::saveLabelsAs(const QString& path) {
    try {
        if (document_->transposed()) writeLabelMap(transposedInPlane(document_->labels()), path.toStdString());
        else writeLabelMap(document_->labels(), path.toStdString());
        document_->setLabelsPath(path);
        document_->markLabelsSaved();
        controller_->restartAutosave();
        Q_EMIT statusMessage(tr("Labels saved to %1").arg(path));
        return true;
    } catch (const std::exception& e) {
        error(tr("Cannot save"), messageText(e));
        return false;
    }
}

std::optional<ImportAs> StudyFiles::askImportAs(const QString& path, std::optional<ImportAs> given,
                                                const std::vector<uint8_t>& values) {
    if (given) return given;
    const ImportAs guess = guessImportAs(path.toStdString(), values);
    if (!interactive_) return guess;
    const QStringList items{tr("Infection (the mask's pixels become infection; other labels stay)"),
                            tr("Lungs (left and right by side; other labels stay)"),
                            tr("Label map (the file's value 1 is left lung; replaces the slice's labels)")};
    bool ok = false;
    const QString item = QInputDialog::getItem(window_, tr("Import mask as"),
                                               tr("%1 holds one label value. Import it as:").arg(QFileInfo(path).fileName()),
                                               items, guess == ImportAs::Infection ? 0 : guess == ImportAs::Lungs ? 1 : 2, false, &ok);
    if (!ok) return std::nullopt;
    const int i = int(items.indexOf(item));
    return i == 0 ? ImportAs::Infection : i == 1 ? ImportAs::Lungs : ImportAs::LabelMap;
}

bool StudyFiles::importLabels(const QString& path, std::optional<ImportAs> as) {
    if (!document_->hasVolume()) return false;
    try {
        const MaskingPolicy& policy = controller_->editor().policy();
        const ImageGeometry g = document_->volume().geometry();
        ImportSummary summary;
        if (isPlainMaskImagePath(path.toStdString())) {
            const MaskImage img = readMaskImage(path.toStdString(), COSINGAN_MESSAGE("Messages", "the label image"));  // the CLI's reader too
            const ImageGeometry f = fileGeometry();
            if (img.width != f.columns() || img.height != f.rows())
                throw UserInputError(COSINGAN_MESSAGE("Messages", "The image is %1 x %2 pixels but the slice is %3 x %4."),
                                     {std::to_string(img.width), std::to_string(img.height), std::to_string(f.columns()),
                                      std::to_string(f.rows())});
            std::vector<uint8_t> values = img.values;
            if (document_->transposed()) values = gan::transposedPixels(values, img.width, img.height);
            if (isBinaryMask(values) && !(as = askImportAs(path, as, values))) return false;
            if (!as || *as == ImportAs::LabelMap) {
                as = ImportAs::LabelMap;
                values = gan::labelsFromMaskValues(values, COSINGAN_MESSAGE("Messages", "the label image"), path.toStdString());
            }
            const int k = document_->slice();
            std::vector<uint8_t> merged = document_->labels().sliceCopy(k);
            summary = mergeImportedSlice(merged, values, document_->volume().slice(k), g.columns(), g.rows(), *as, policy);
            controller_->replaceSliceLabels(k, merged, tr("imported slice labels"));
        } else {
            const ImageGeometry f = fileGeometry();
            const LabelMap mask = fromFileLayout(readLabelMap(path.toStdString(), &f));
            if (isBinaryMask(mask.voxels()) && !(as = askImportAs(path, as, mask.voxels()))) return false;
            if (!as) as = ImportAs::LabelMap;
            LabelMap merged = document_->labels();
            summary = mergeImportedVolume(merged, mask, document_->volume(), *as, policy);
            controller_->replaceLabels(merged, tr("imported labels"));
        }
        const QString asText = *as == ImportAs::Infection ? tr("infection") : *as == ImportAs::Lungs ? tr("lungs") : tr("label map");
        Q_EMIT statusMessage(tr("Imported %1 as %2: %3 (Ctrl+Z undoes)")
                                 .arg(QFileInfo(path).fileName(), asText, QString::fromStdString(summary.describe())));
        return true;
    } catch (const std::exception& e) {
        error(tr("Cannot import"), messageText(e));
        return false;
    }
}

bool StudyFiles::exportSliceLabels(const QString& path) {
    if (!document_->hasVolume()) return false;
    try {
        const LabelMap& l = document_->labels();
        std::vector<uint8_t> values = l.sliceCopy(document_->slice());
        if (document_->transposed()) values = gan::transposedPixels(values, l.columns(), l.rows());
        const ImageGeometry g = fileGeometry();
        writeGrayPng(path.toStdString(), values, g.columns(), g.rows());
        Q_EMIT statusMessage(tr("Slice labels (0..3) written to %1").arg(path));
        return true;
    } catch (const std::exception& e) {
        error(tr("Cannot export"), messageText(e));
        return false;
    }
}

bool StudyFiles::setTransposed(bool on) {
    if (!document_->hasVolume() || on == document_->transposed()) return true;
    const QString refusal = transposeRefusal(document_->volume());
    if (!refusal.isEmpty()) {
        error(tr("Cannot transpose"), refusal);
        return false;
    }
    // Same study, other layout: carry the labels over. Unsaved edits stay unsaved (and journaled, as
    // one undo step); saved ones stay saved, since the file on disk keeps the image file's layout.
    const bool unsaved = document_->hasUnsavedLabels();
    const QString labelsPath = document_->labelsPath();
    const LabelMap labels = transposedInPlane(document_->labels());
    controller_->discardAutosave();  // the journal of the old layout; the study's new one starts now
    document_->setTransposed(on);
    document_->setStudy(transposedInPlane(document_->volume()), LabelMap(), document_->displayName());  // one slice
    if (unsaved) {
        document_->setLabelsPath(labelsPath);
        controller_->replaceLabels(labels, on ? tr("labels, transposed with the image") : tr("labels, image no longer transposed"));
    } else {
        adoptSavedLabels(labels, labelsPath);
    }
    Q_EMIT statusMessage(on ? tr("Rows and columns swapped: the image is shown transposed; saved files keep the image file's layout")
                            : tr("The image is shown as stored"));
    return true;
}

void StudyFiles::adoptSavedLabels(const LabelMap& labels, const QString& path) {
    document_->mutableLabels() = labels;
    controller_->editor().attach(&document_->volume(), &document_->mutableLabels());
    document_->setLabelsPath(path);
    document_->notifyLabelsReplaced();
    document_->markLabelsSaved();
    controller_->restartAutosave();
}

QString StudyFiles::transposeRefusal(const CtVolume& volume) {
    if (volume.provenance.fromEightBitImage) return QString();
    return tr("Only plain images (PNG, JPEG) can be shown transposed: %1 files carry their own orientation.")
        .arg(QString::fromStdString(volume.provenance.format));
}

ImageGeometry StudyFiles::fileGeometry() const {
    const ImageGeometry& g = document_->volume().geometry();
    return document_->transposed() ? transposedInPlane(g) : g;
}

LabelMap StudyFiles::fromFileLayout(LabelMap labels) const {
    return document_->transposed() ? transposedInPlane(labels) : labels;
}

void StudyFiles::buildActions() {
    auto make = [this](const QString& text, const QKeySequence& key, auto slot) {
        QAction* a = new QAction(text, this);
        if (!key.isEmpty()) a->setShortcut(key);
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, this, slot);
        actions_ << a;
        return a;
    };
    make(tr("&Save Labels"), QKeySequence::Save, [this] { saveLabels(); });
    make(tr("Save Labels &As…"), QKeySequence(tr("Ctrl+Shift+S")), [this] {
        const QString p = QFileDialog::getSaveFileName(window_, tr("Save labels as"), defaultLabelsPath(), tr("NIfTI (*.nii.gz *.nii)"));
        if (!p.isEmpty()) saveLabelsAs(p);
    });
    make(tr("&Import Labels…"), QKeySequence(tr("Ctrl+I")), [this] {
        const QString p = QFileDialog::getOpenFileName(window_, tr("Import labels"), QString(),
                                                       tr("Label maps (*.nii.gz *.nii *.png);;All files (*)"));
        if (!p.isEmpty()) importLabels(p);
    });
    make(tr("&Export Slice Labels as PNG…"), QKeySequence(), [this] {
        const QString p = QFileDialog::getSaveFileName(window_, tr("Export slice labels"), QString(), tr("PNG (*.png)"));
        if (!p.isEmpty()) exportSliceLabels(p);
    });
    transpose_ = new QAction(tr("Image Stored &Transposed"), this);
    transpose_->setCheckable(true);
    transpose_->setToolTip(tr("Swap rows and columns of a plain image stored transposed (e.g. the Inf-Net slices, whose "
                              "anterior is on the left). Saved labels keep the image file's layout."));
    connect(transpose_, &QAction::triggered, this, [this](bool on) {
        if (!setTransposed(on)) transpose_->setChecked(document_->transposed());
    });
    auto sync = [this] {
        transpose_->setEnabled(document_->hasVolume() && transposeRefusal(document_->volume()).isEmpty());
        transpose_->setChecked(document_->transposed());
    };
    connect(document_, &StudioDocument::studyChanged, this, sync);
    sync();
    openSession_ = make(tr("Open Session…"), QKeySequence(), [this] {
        const QString p = QFileDialog::getOpenFileName(window_, tr("Open session"), Preferences::load().dataFolder,
                                                       tr("Sessions (*.cosingan-session)"));
        if (!p.isEmpty()) openSession(p);
    });
    make(tr("Save Session…"), QKeySequence(), [this] {
        const QString p = QFileDialog::getSaveFileName(window_, tr("Save session"), sessionPath_, tr("Sessions (*.cosingan-session)"));
        if (!p.isEmpty()) saveSession(p.endsWith(QStringLiteral(".cosingan-session")) ? p : p + QStringLiteral(".cosingan-session"));
    });
}

}  // namespace cosingan::ui
