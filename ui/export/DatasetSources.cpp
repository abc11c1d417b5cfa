#include "DatasetSources.h"

#include "gan/ConditionSet.h"
#include "image/SliceExtraction.h"
#include "io/VolumeIO.h"
#include "synth/LesionPlacement.h"
#include "synth/MaskFiles.h"
#include "util/FileSafety.h"
#include "ui/common/ShellQuote.h"
#include "ui/common/StudioDocument.h"
#include "ui/common/MessageText.h"

#include <QDir>
#include <QFileInfo>

namespace cosingan::ui {

namespace {

gan::SliceData maskOf(const StudioDocument& d, int k) {
    gan::SliceData m = sliceForEngine(d.volume(), &d.labels(), k);
    m.image.clear();
    return m;
}

}  // namespace

std::vector<ExportSource> exportSources(const StudioDocument& study, const StudioDocument& condition) {
    std::vector<ExportSource> sources;
    if (study.hasVolume()) {
        ExportSource s;
        for (int k = 0; k < study.sliceCount(); ++k)
            if (study.labels().sliceHasLungs(k)) s.masks.push_back(maskOf(study, k));
        s.label = QObject::tr("The study's slices with lungs (%1)").arg(s.masks.size());
        const QString labels = study.labelsPath().isEmpty() ? QStringLiteral("STUDY-labels.nii.gz") : study.labelsPath();
        s.commandMasks = QStringLiteral("--mask %1").arg(shellQuoted(labels));
        if (!s.masks.empty()) {
            // Copies: the study may be edited while an export runs.
            s.volumes.push_back(std::make_shared<const LabelMap>(study.labels()));
            s.volumeSources.push_back(labels);
            s.reference = std::make_shared<const CtVolume>(study.volume());
            s.referenceSource = study.sourcePath().isEmpty() ? QStringLiteral("STUDY-CT.nii.gz") : study.sourcePath();
        }
        sources.push_back(std::move(s));
    }
    if (condition.hasVolume()) {
        ExportSource c;
        c.masks.push_back(maskOf(condition, 0));
        c.masks.back().source = "condition canvas";
        c.label = QObject::tr("The condition canvas (1 mask)");
        c.commandMasks = QStringLiteral("--mask CONDITION.png");
        sources.push_back(std::move(c));
    }
    return sources;
}

std::array<double, 3> studySpacing(const StudioDocument& study) {
    return study.hasVolume() ? study.volume().geometry().spacing : std::array<double, 3>{1, 1, 1};
}

ExportSource maskFileSource(const QStringList& paths, const QString& label, QStringList& leftOut) {
    std::vector<std::string> files;
    for (const QString& p : paths) files.push_back(QDir::toNativeSeparators(p).toStdString());
    const std::vector<std::string> stems = uniqueMaskNames(files);
    ExportSource source;
    std::vector<std::string> names;
    QStringList used;
    for (size_t i = 0; i < files.size(); ++i) {
        try {
            if (isLabelVolumePath(files[i])) {
                requireReadableFile(files[i], COSINGAN_MESSAGE("Messages", "the mask"));
                auto volume = std::make_shared<const LabelMap>(readLabelMap(files[i], nullptr));
                appendMasksFromVolume(*volume, files[i], stems[i], MaskFileOptions{}, source.masks, names);
                source.volumes.push_back(std::move(volume));
                source.volumeSources.push_back(paths[int(i)]);
            } else {
                appendMasksFromFile(files[i], stems[i], MaskFileOptions{}, source.masks, names);
            }
            used << paths[int(i)];
        } catch (const std::exception& e) {
            leftOut << messageText(e);
        }
    }
    if (source.masks.empty())
        throw std::invalid_argument((leftOut.isEmpty() ? QObject::tr("No mask files were chosen.") : leftOut.last()).toStdString());
    source.masks = usableConditions(std::move(source.masks), names,
                                    [&leftOut](const std::exception& why) { leftOut << messageText(why); });
    source.label = (label.isEmpty() ? QObject::tr("%n mask file(s)", nullptr, int(used.size())) : label) +
                   QObject::tr(" (%n mask(s))", nullptr, int(source.masks.size()));
    for (const QString& p : used) source.commandMasks += (source.commandMasks.isEmpty() ? QString() : QStringLiteral(" ")) + QStringLiteral("--mask ") + shellQuoted(p);
    return source;
}

ExportSource lesionSource(const ExportSource& base, const QString& lesionVolume, QString& summary) {
    if (base.volumes.empty())
        throw std::invalid_argument(
            QObject::tr("Lesions are placed into a study's label volume, and this source has none.").toStdString());
    const LesionPlacement placed = placeLesions(*base.volumes.front(), readLabelMap(lesionVolume.toStdString(), nullptr));
    ExportSource source;
    for (int k = 0; k < placed.labels.slices(); ++k)
        if (placed.labels.sliceHasLungs(k)) {
            source.masks.push_back(maskForEngine(placed.labels, k));
            source.masks.back().source = base.volumeSources.front().toStdString() + " + lesions " + lesionVolume.toStdString();
        }
    source.volumes.push_back(std::make_shared<const LabelMap>(placed.labels));
    source.volumeSources = {base.volumeSources.front()};
    source.reference = base.reference;
    source.referenceSource = base.referenceSource;
    source.commandMasks = base.commandMasks;
    source.commandExtra = QStringLiteral(" --lesions ") + shellQuoted(lesionVolume);
    source.label = QObject::tr("The study with the lesions of %1 (%n slice(s) with lungs)", nullptr, int(source.masks.size()))
                       .arg(QFileInfo(lesionVolume).fileName());
    summary = QObject::tr("Lesions placed: %1 voxels of infection; %2 fell outside the lungs and were dropped.")
                  .arg(qulonglong(placed.placed))
                  .arg(qulonglong(placed.outsideLungs));
    return source;
}

std::vector<gan::LabelledSlice> paintedTestSlices(const StudioDocument& study, const gan::SliceData& trainedOn) {
    std::vector<gan::LabelledSlice> test;
    if (!study.hasVolume()) return test;
    const CtVolume& v = study.volume();
    const bool sameStudy = trainedOn.source == v.provenance.source;
    for (int k = 0; k < v.slices(); ++k) {
        if (study.labels().countsOnSlice(k)[3] == 0 || (sameStudy && k == trainedOn.sliceIndex)) continue;
        test.push_back(gan::labelledSlice(sliceForEngine(v, &study.labels(), k), QStringLiteral("slice %1").arg(k + 1).toStdString(),
                                          v.geometry().spacing[0], v.geometry().spacing[1]));
    }
    return test;
}

EvaluationSet realSliceSet(const gan::SliceData& trainedOn) {
    EvaluationSet real;
    real.label = QObject::tr("the one real slice");
    real.folder = QStringLiteral("one-real");
    if (trainedOn.hasImage()) real.slices.push_back(gan::labelledSlice(trainedOn, "training slice"));
    return real;
}

std::pair<EvaluationSet, std::vector<gan::LabelledSlice>> moreRealSplit(const std::vector<gan::LabelledSlice>& painted) {
    std::pair<EvaluationSet, std::vector<gan::LabelledSlice>> split;
    if (painted.size() < 4) return split;
    for (size_t i = 0; i < painted.size(); ++i) (i % 2 == 0 ? split.first.slices : split.second).push_back(painted[i]);
    split.first.label = QObject::tr("more real slices (%1)").arg(split.first.slices.size());
    split.first.folder = QStringLiteral("more-real");
    return split;
}

}  // namespace cosingan::ui
