#include "MeasurePanel.h"

#include "image/LabelStatistics.h"
#include "ui/common/StudioDocument.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

namespace cosingan::ui {

namespace {

QString huText(const LabelMeasure& m) {
    return QStringLiteral("%1 ± %2 HU").arg(m.huMean, 0, 'f', 0).arg(m.huSd, 0, 'f', 0);
}

}  // namespace

MeasurePanel::MeasurePanel(StudioDocument* document, QWidget* parent) : QWidget(parent), document_(document) {
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    caption_ = new QLabel(this);
    caption_->setWordWrap(true);
    caption_->setStyleSheet(QStringLiteral("color: #9ab;"));
    grid->addWidget(caption_, 0, 0, 1, 3);
    for (int l = 1; l < 4; ++l) {
        name_[size_t(l)] = new QLabel(this);
        slice_[size_t(l)] = new QLabel(this);
        study_[size_t(l)] = new QLabel(this);
        for (QLabel* q : {name_[size_t(l)], slice_[size_t(l)], study_[size_t(l)]})
            q->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(name_[size_t(l)], 2 * l - 1, 0, 1, 2);
        grid->addWidget(slice_[size_t(l)], 2 * l, 0);
        grid->addWidget(study_[size_t(l)], 2 * l, 1);
    }
    studyButton_ = new QPushButton(tr("Measure the Study"), this);
    studyButton_->setToolTip(tr("Volumes (mL) and HU of every label over all slices"));
    grid->addWidget(studyButton_, 7, 0, 1, 2);

    // Strokes arrive dab by dab: measure once the labels have been still for a moment.
    refresh_ = new QTimer(this);
    refresh_->setSingleShot(true);
    refresh_->setInterval(150);
    connect(refresh_, &QTimer::timeout, this, &MeasurePanel::measureSlice);
    auto labelsChanged = [this] {
        forgetStudy();
        refresh_->start();
    };
    connect(document_, &StudioDocument::labelsEdited, this, labelsChanged);
    connect(document_, &StudioDocument::labelsReplaced, this, labelsChanged);
    connect(document_, &StudioDocument::studyChanged, this, labelsChanged);
    connect(document_, &StudioDocument::sliceChanged, refresh_, qOverload<>(&QTimer::start));
    connect(document_, &StudioDocument::labelNamesChanged, this, &MeasurePanel::measureSlice);
    connect(studyButton_, &QPushButton::clicked, this, &MeasurePanel::measureStudy);
    measureSlice();
}

QString MeasurePanel::sliceText(int label) const { return slice_[size_t(label)]->text(); }
QString MeasurePanel::studyText(int label) const { return study_[size_t(label)]->text(); }

void MeasurePanel::measureSlice() {
    const bool has = document_->hasVolume();
    studyButton_->setEnabled(has);
    if (!has) {
        caption_->setText(tr("No study open."));
        for (int l = 1; l < 4; ++l) name_[size_t(l)]->clear(), slice_[size_t(l)]->clear(), study_[size_t(l)]->clear();
        return;
    }
    const CtVolume& v = document_->volume();
    const bool assumed = v.provenance.spacingAssumed;
    caption_->setText(assumed ? tr("Slice %1 · the file gives no spacing: sizes assume 1 mm pixels").arg(document_->slice() + 1)
                              : tr("Slice %1 (left) and the whole study (right)").arg(document_->slice() + 1));
    const LabelMeasures m = cosingan::measureSlice(v, document_->labels(), document_->slice());
    for (int l = 1; l < 4; ++l) {
        const LabelMeasure& s = m[size_t(l)];
        name_[size_t(l)]->setText(QStringLiteral("<b>%1</b>").arg(document_->labelName(l).toHtmlEscaped()));
        slice_[size_t(l)]->setText(s.voxels == 0 ? tr("none")
                                                 : tr("%1 mm²%2\n%3").arg(s.areaMm2, 0, 'f', 0).arg(assumed ? QStringLiteral("*") : QString(), huText(s)));
    }
}

void MeasurePanel::forgetStudy() {
    for (int l = 1; l < 4; ++l) study_[size_t(l)]->clear();
}

void MeasurePanel::measureStudy() {
    if (!document_->hasVolume()) return;
    const CtVolume& v = document_->volume();
    const bool assumed = v.provenance.spacingAssumed;
    const LabelMeasures m = cosingan::measureVolume(v, document_->labels());
    for (int l = 1; l < 4; ++l) {
        const LabelMeasure& s = m[size_t(l)];
        study_[size_t(l)]->setText(s.voxels == 0 ? tr("none")
                                                 : tr("%1 mL%2\n%3").arg(s.volumeMl, 0, 'f', s.volumeMl < 10 ? 2 : 1)
                                                       .arg(assumed ? QStringLiteral("*") : QString(), huText(s)));
    }
}

}  // namespace cosingan::ui
