#include "AnnotateWorkspace.h"

#include "AnnotationController.h"
#include "ToolPanel.h"

#include "LabelPanel.h"
#include "MeasurePanel.h"
#include "SliceRenderer.h"
#include "SliceView.h"
#include "WindowPanel.h"
#include "ui/common/FocusReturn.h"
#include "ui/common/SidePanel.h"
#include "ui/common/StudioDocument.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QStyle>
#include <QSlider>
#include <QVBoxLayout>

#include <cmath>

namespace cosingan::ui {

AnnotateWorkspace::AnnotateWorkspace(StudioDocument* document, QWidget* parent)
    : QWidget(parent), document_(document) {
    view_ = new SliceView(this);
    renderer_ = new SliceRenderer(document_, view_, this);
    controller_ = new AnnotationController(document_, view_, this);

    slider_ = new QSlider(Qt::Horizontal, this);
    slider_->setToolTip(tr("Axial slice (mouse wheel, Up/Down, Page Up/Page Down)"));
    sliceLabel_ = new QLabel(this);
    sliceLabel_->setMinimumWidth(90);

    auto* viewColumn = new QVBoxLayout;
    viewColumn->setContentsMargins(0, 0, 0, 0);
    viewColumn->addWidget(view_, 1);
    auto* sliderRow = new QHBoxLayout;
    sliderRow->addWidget(new QLabel(tr("Slice"), this));
    sliderRow->addWidget(slider_, 1);
    sliderRow->addWidget(sliceLabel_);
    viewColumn->addLayout(sliderRow);

    side_ = makeSidePanel();
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(viewColumn, 1);
    layout->addWidget(side_);

    connect(view_, &SliceView::sliceStepRequested, document_, &StudioDocument::stepSlice);
    connect(view_, &SliceView::windowDragged, this, [this](double dw, double dl) {
        const WindowLevel w = document_->window();
        document_->setWindow({w.width + dw, w.level + dl});
    });
    connect(view_, &SliceView::cursorMoved, this, &AnnotateWorkspace::onCursorMoved);
    connect(slider_, &QSlider::valueChanged, document_, &StudioDocument::setSlice);
    connect(document_, &StudioDocument::sliceChanged, this, [this](int k) {
        slider_->setValue(k);
        sliceLabel_->setText(tr("%1 / %2").arg(k + 1).arg(document_->sliceCount()));
        onCursorMoved(cursor_, cursorInside_);  // the readout follows the wheel, not only the mouse
    });
    connect(document_, &StudioDocument::studyChanged, this, &AnnotateWorkspace::onStudyChanged);
    onStudyChanged();
}

QWidget* AnnotateWorkspace::makeSidePanel() {
    auto* panel = new QWidget;
    auto* column = new QVBoxLayout(panel);
    column->setContentsMargins(0, 0, 0, 0);

    auto* study = new QGroupBox(tr("Study"), panel);
    auto* studyLayout = new QFormLayout(study);
    auto field = [study](QLabel*& label) {
        label = new QLabel(study);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    };
    studyLayout->addRow(field(studyName_));
    QFont bold = studyName_->font();
    bold.setBold(true);
    studyName_->setFont(bold);
    studyLayout->addRow(tr("Format"), field(studyFormat_));
    studyLayout->addRow(tr("Voxels"), field(studySize_));
    studyLayout->addRow(tr("Spacing"), field(studySpacing_));
    studyLayout->addRow(tr("Orientation"), field(studyOrientation_));
    studyLayout->addRow(tr("HU range"), field(studyHu_));
    studyLayout->addRow(field(studyNote_));
    studyNote_->setWordWrap(true);
    column->addWidget(study);

    auto* tools = new QGroupBox(tr("Tools"), panel);
    (new QVBoxLayout(tools))->addWidget(new ToolPanel(controller_, document_, tools));
    column->addWidget(tools);

    auto* window = new QGroupBox(tr("Window"), panel);
    (new QVBoxLayout(window))->addWidget(new WindowPanel(document_, window));
    column->addWidget(window);

    auto* labels = new QGroupBox(tr("Labels"), panel);
    (new QVBoxLayout(labels))->addWidget(new LabelPanel(document_, labels));
    column->addWidget(labels);

    auto* measure = new QGroupBox(tr("Measurements"), panel);
    measure_ = new MeasurePanel(document_, measure);
    (new QVBoxLayout(measure))->addWidget(measure_);
    column->addWidget(measure);
    column->addStretch(1);
    returnFocusAfterEdits(panel, view_);

    return scrollingSidePanel(panel, this);
}

void AnnotateWorkspace::onStudyChanged() {
    const bool has = document_->hasVolume();
    slider_->setEnabled(has);
    if (!has) {
        studyName_->setText(tr("No study open."));
        return;
    }
    const CtVolume& v = document_->volume();
    const auto& g = v.geometry();
    const auto hu = v.huRangeAsRead();
    slider_->blockSignals(true);
    slider_->setRange(0, v.slices() - 1);
    slider_->setValue(document_->slice());
    slider_->blockSignals(false);
    sliceLabel_->setText(tr("%1 / %2").arg(document_->slice() + 1).arg(v.slices()));
    studyName_->setText(document_->displayName());
    studyName_->setToolTip(document_->sourcePath());
    studyFormat_->setText(QString::fromStdString(v.provenance.format));
    studyFormat_->setToolTip(QString::fromStdString(v.provenance.description));
    studySize_->setText(tr("%1 × %2 × %3").arg(g.size[0]).arg(g.size[1]).arg(g.size[2]));
    studySpacing_->setText(tr("%1 × %2 × %3 mm").arg(g.spacing[0], 0, 'g', 4).arg(g.spacing[1], 0, 'g', 4).arg(g.spacing[2], 0, 'g', 4) +
                           (v.provenance.spacingAssumed ? tr(" (assumed)") : QString()));
    studySpacing_->setToolTip(v.provenance.spacingAssumed
                                  ? tr("The file gives no voxel spacing, so 1 mm is assumed: areas and volumes in mm² and mL "
                                       "are not real sizes.")
                                  : QString());
    if (document_->transposed()) {
        studyOrientation_->setText(tr("transposed for display"));
        studyOrientation_->setToolTip(tr("The image is stored transposed; it is shown with rows and columns swapped, and "
                                         "saved labels keep the layout of the image file (View ▸ Image Stored Transposed)."));
    } else {
        studyOrientation_->setText(tr("%1 (shown %2)").arg(QString::fromStdString(v.provenance.originalOrientation),
                                                          QString::fromStdString(g.orientationCode())));
        studyOrientation_->setToolTip(QString());
    }
    studyHu_->setText(tr("%1 … %2").arg(hu.first).arg(hu.second));
    if (v.provenance.synthetic) {
        studyNote_->setText(tr("Synthetic data generated by CoSinGAN Studio — not a patient."));
        studyNote_->setStyleSheet(QStringLiteral("color: #f0a030;"));
    } else if (v.provenance.fromEightBitImage) {
        studyNote_->setText(tr("8-bit image: HU derived through the lung window."));
        studyNote_->setStyleSheet(QStringLiteral("color: #9ab;"));
    } else {
        studyNote_->clear();
    }
    studyNote_->setVisible(!studyNote_->text().isEmpty());
}

void AnnotateWorkspace::onCursorMoved(const QPointF& p, bool inside) {
    cursor_ = p;
    cursorInside_ = inside;
    if (!inside || !document_->hasVolume()) {
        Q_EMIT cursorInfoChanged(QString());
        return;
    }
    const int i = int(std::floor(p.x())), j = int(std::floor(p.y())), k = document_->slice();
    const CtVolume& v = document_->volume();
    if (!v.geometry().contains(i, j, k)) {
        Q_EMIT cursorInfoChanged(QString());
        return;
    }
    const auto mm = v.geometry().indexToPhysical(i, j, k);
    const uint8_t label = document_->labels().at(i, j, k);
    const QString labelName = label < kLabelCount ? document_->labelName(label) : QString::number(label);
    // Numbered from 1, as the slice slider and the view's corner text.
    Q_EMIT cursorInfoChanged(tr("Slice %3   Column %1, row %2   Position (%4, %5, %6) mm   %7 HU   %8")
                                 .arg(i + 1).arg(j + 1).arg(k + 1)
                                 .arg(mm[0], 0, 'f', 1).arg(mm[1], 0, 'f', 1).arg(mm[2], 0, 'f', 1)
                                 .arg(v.at(i, j, k))
                                 .arg(labelName));
}

}  // namespace cosingan::ui
