#include "LabelPanel.h"

#include "ui/common/StudioDocument.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QSlider>
#include <QVBoxLayout>

namespace cosingan::ui {

namespace {
QPixmap swatch(const std::array<uint8_t, 3>& rgb) {
    QPixmap pm(14, 14);
    pm.fill(QColor(rgb[0], rgb[1], rgb[2]));
    return pm;
}
}  // namespace

LabelPanel::LabelPanel(StudioDocument* document, QWidget* parent) : QWidget(parent), document_(document) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    show_ = new QCheckBox(tr("Show labels"), this);
    show_->setToolTip(tr("Show or hide the whole label overlay (L)"));
    layout->addWidget(show_);
    for (const auto& style : defaultLabelStyles()) {
        if (style.label == Label::Background) continue;
        auto* row = new QHBoxLayout;
        auto* sw = new QLabel(this);
        sw->setPixmap(swatch(style.rgb));
        auto* box = new QCheckBox(tr(style.name), this);
        box->setToolTip(tr("Show or hide %1").arg(tr(style.name)));
        visible_[size_t(style.label)] = box;
        row->addSpacing(16);
        row->addWidget(sw);
        row->addWidget(box, 1);
        layout->addLayout(row);
        connect(box, &QCheckBox::toggled, this, &LabelPanel::applyToDocument);
    }
    auto* opacityRow = new QHBoxLayout;
    opacityRow->addWidget(new QLabel(tr("Opacity"), this));
    opacity_ = new QSlider(Qt::Horizontal, this);
    opacity_->setRange(0, 100);
    opacity_->setToolTip(tr("Fill opacity of the labels"));
    opacityRow->addWidget(opacity_, 1);
    layout->addLayout(opacityRow);
    outline_ = new QCheckBox(tr("Outline only"), this);
    outline_->setToolTip(tr("Draw label outlines instead of filled regions, to see the anatomy underneath (O)"));
    layout->addWidget(outline_);

    connect(show_, &QCheckBox::toggled, this, &LabelPanel::applyToDocument);
    connect(opacity_, &QSlider::valueChanged, this, &LabelPanel::applyToDocument);
    connect(outline_, &QCheckBox::toggled, this, &LabelPanel::applyToDocument);
    connect(document_, &StudioDocument::labelDisplayChanged, this, &LabelPanel::syncFromDocument);
    syncFromDocument();
}

void LabelPanel::syncFromDocument() {
    syncing_ = true;
    const LabelDisplay& d = document_->labelDisplay();
    show_->setChecked(d.showLabels);
    for (size_t l = 1; l < visible_.size(); ++l) visible_[l]->setChecked(d.visible[l]);
    opacity_->setValue(int(d.opacity * 100.0f + 0.5f));
    outline_->setChecked(d.outlineOnly);
    syncing_ = false;
}

void LabelPanel::applyToDocument() {
    if (syncing_) return;
    LabelDisplay d = document_->labelDisplay();
    d.showLabels = show_->isChecked();
    for (size_t l = 1; l < visible_.size(); ++l) d.visible[l] = visible_[l]->isChecked();
    d.opacity = opacity_->value() / 100.0f;
    d.outlineOnly = outline_->isChecked();
    document_->setLabelDisplay(d);
}

}  // namespace cosingan::ui
