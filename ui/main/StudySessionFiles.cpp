// Session files of StudyFiles: a session owns the files saved for it — its label map and its
// finished model — beside the session file, under the session's name; another session's or a
// user's file of the same name is never replaced (sessionOwnedPath picks a free name), and paths
// inside the session are relative to it, so that a session folder can be moved as a whole.
#include "StudyFiles.h"

#include "annotate/StudySession.h"
#include "io/VolumeIO.h"
#include "ui/annotate/AnnotationController.h"
#include "ui/common/AppFolders.h"
#include "ui/common/StudioDocument.h"
#include "util/AtomicFile.h"
#include "util/FileSafety.h"
#include "util/Json.h"
#include "ui/common/MessageText.h"

#include <QFileInfo>

namespace cosingan::ui {

namespace {

// A finished model in the app's own models folder (where training puts models by default) moves
// into the session; a model the user placed elsewhere, or one still training, stays where it is.
bool sessionShouldTakeModel(const QString& model) {
    if (model.isEmpty() || !pathIsWithin(model.toStdString(), defaultModelsFolder().toStdString())) return false;
    try {
        return readJsonFile(QFileInfo(model).absoluteFilePath().toStdString() + "/manifest.json").value("complete", false);
    } catch (const std::exception&) {
        return false;
    }
}

}  // namespace

bool StudyFiles::saveSession(const QString& path) {
    if (!document_->hasVolume()) return false;
    const std::string session = path.toStdString();
    const QString labels = QString::fromStdString(sessionOwnedPath(session, "-labels.nii.gz", document_->labelsPath().toStdString()));
    if (labels != document_->labelsPath() || document_->hasUnsavedLabels()) {
        if (!saveLabelsAs(labels)) return false;
    }
    QString model = document_->modelPath();
    if (sessionShouldTakeModel(model)) {
        const QString target = QString::fromStdString(sessionOwnedPath(session, "-model", model.toStdString()));
        try {
            moveFolder(model.toStdString(), target.toStdString());
            model = target;
            document_->setModelPath(model);
        } catch (const std::exception& e) {
            Q_EMIT statusMessage(tr("The model stays in %1 (%2)").arg(model, messageText(e)));
        }
    }
    StudySession s;
    s.imagePath = document_->sourcePath().toStdString();
    s.labelsPath = document_->labelsPath().toStdString();
    s.modelPath = model.toStdString();
    s.slice = document_->slice();
    s.transposed = document_->transposed();
    s.window = document_->window();
    s.display = document_->labelDisplay();
    for (int l = 0; l < kLabelCount; ++l) s.labelNames[size_t(l)] = document_->labelName(l).toStdString();
    const LabelEditor& e = controller_->editor();
    s.activeLabel = e.activeLabel();
    s.brushDiameter = e.brush().diameter;
    s.squareBrush = e.brush().shape == BrushShape::Square;
    s.policy = e.policy();
    try {
        cosingan::saveSession(session, s);
        sessionPath_ = path;
        Q_EMIT statusMessage(tr("Session saved to %1 (labels: %2)").arg(path, QFileInfo(labels).fileName()));
        return true;
    } catch (const std::exception& e2) {
        error(tr("Cannot save the session"), messageText(e2));
        return false;
    }
}

bool StudyFiles::openSession(const QString& path) {
    try {
        const StudySession s = loadSession(path.toStdString());
        if (s.imagePath.empty()) openDemo();
        else if (!openPath(QString::fromStdString(s.imagePath), s.transposed)) return false;
        if (!s.labelsPath.empty()) {
            const ImageGeometry g = fileGeometry();
            adoptSavedLabels(fromFileLayout(readLabelMap(s.labelsPath, &g)), QString::fromStdString(s.labelsPath));
        }
        document_->setSlice(s.slice);
        document_->setModelPath(QString::fromStdString(s.modelPath));
        document_->setWindow(s.window);
        document_->setLabelDisplay(s.display);
        for (int l = 0; l < kLabelCount; ++l) document_->setLabelName(l, QString::fromStdString(s.labelNames[size_t(l)]));
        controller_->setActiveLabel(s.activeLabel);
        controller_->editor().brush().shape = s.squareBrush ? BrushShape::Square : BrushShape::Round;
        controller_->setBrushDiameter(s.brushDiameter);
        controller_->setPolicy(s.policy);
        sessionPath_ = path;
        Q_EMIT statusMessage(tr("Session %1 opened").arg(path));
        return true;
    } catch (const std::exception& e) {
        error(tr("Cannot open the session"), messageText(e));
        return false;
    }
}

}  // namespace cosingan::ui
