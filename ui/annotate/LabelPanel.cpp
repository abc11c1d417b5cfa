#include "LabelPanel.h"

#include "ui/common/StudioDocument.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>

namespace cosingan::ui {

namespace {
QIcon swatch(const std::array<uint8_t, 3>& rgb) {
    QPixmap pm(14, 14);
    pm.fill(QColor(rgb[0], rgb[1], rgb[2]));
    return QIcon(pm);
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
        const size_t l = size_t(style.label);
        auto* row = new QHBoxLayout;
        auto* box = new QCheckBox(this);
        box->setToolTip(tr("Show or hide this label"));
        auto* sw = new QToolButton(this);
        sw->setIcon(swatch(style.rgb));
        sw->setToolTip(tr("Choose the label's colour"));
        sw->setAutoRaise(true);
        auto* name = new QLineEdit(document_->labelName(int(l)), this);
        name->setToolTip(tr("The label's name (value %1 in the label map)").arg(int(l)));
        visible_[l] = box;
        swatch_[l] = sw;
        name_[l] = name;
        row->addWidget(box);
        row->addWidget(sw);
        row->addWidget(name, 1);
        layout->addLayout(row);
        connect(box, &QCheckBox::toggled, this, &LabelPanel::applyToDocument);
        connect(name, &QLineEdit::editingFinished, this, [this, l, name] { document_->setLabelName(int(l), name->text()); });
        connect(sw, &QToolButton::clicked, this, [this, l] {
            LabelDisplay d = document_->labelDisplay();
            const auto& c = d.colours[l];
            const QColor chosen = QColorDialog::getColor(QColor(c[0], c[1], c[2]), this, tr("Colour of %1").arg(document_->labelName(int(l))));
            if (!chosen.isValid()) return;
            d.colours[l] = {uint8_t(chosen.red()), uint8_t(chosen.green()), uint8_t(chosen.blue())};
            document_->setLabelDisplay(d);
        });
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
    connect(document_, &StudioDocument::labelNamesChanged, this, &LabelPanel::syncFromDocument);
    syncFromDocument();
}

void LabelPanel::syncFromDocument() {
    syncing_ = true;
    const LabelDisplay& d = document_->labelDisplay();
    show_->setChecked(d.showLabels);
    for (size_t l = 1; l < visible_.size(); ++l) {
        visible_[l]->setChecked(d.visible[l]);
        swatch_[l]->setIcon(swatch(d.colours[l]));
        if (!name_[l]->hasFocus()) name_[l]->setText(document_->labelName(int(l)));
    }
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
