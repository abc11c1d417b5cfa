#include "DatasetSources.h"

#include "image/SliceExtraction.h"
#include "ui/common/ShellQuote.h"
#include "ui/common/StudioDocument.h"

namespace cosingan::ui {

namespace {

gan::LabelledSlice labelled(const gan::SliceData& s, const std::string& name, double spacingX = 1, double spacingY = 1) {
    gan::LabelledSlice t;
    t.name = name;
    t.width = s.width;
    t.height = s.height;
    t.image = s.image;
    t.labels = s.labels;
    t.spacingX = spacingX;
    t.spacingY = spacingY;
    return t;
}

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

std::vector<gan::LabelledSlice> paintedTestSlices(const StudioDocument& study, const gan::SliceData& trainedOn) {
    std::vector<gan::LabelledSlice> test;
    if (!study.hasVolume()) return test;
    const CtVolume& v = study.volume();
    const bool sameStudy = trainedOn.source == v.provenance.source;
    for (int k = 0; k < v.slices(); ++k) {
        if (study.labels().countsOnSlice(k)[3] == 0 || (sameStudy && k == trainedOn.sliceIndex)) continue;
        gan::LabelledSlice t = labelled(sliceForEngine(v, &study.labels(), k), QStringLiteral("slice %1").arg(k + 1).toStdString(),
                                        v.geometry().spacing[0], v.geometry().spacing[1]);
        t.hasLungs = study.labels().sliceHasLungs(k);
        test.push_back(std::move(t));
    }
    return test;
}

EvaluationSet realSliceSet(const gan::SliceData& trainedOn) {
    EvaluationSet real;
    real.label = QObject::tr("the one real slice");
    real.folder = QStringLiteral("one-real");
    if (trainedOn.hasImage()) real.slices.push_back(labelled(trainedOn, "training slice"));
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
