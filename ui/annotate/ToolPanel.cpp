#include "ToolPanel.h"

#include "AnnotationController.h"
#include "ui/common/StudioDocument.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace cosingan::ui {

ToolPanel::ToolPanel(AnnotationController* controller, StudioDocument* document, QWidget* parent)
    : QWidget(parent), controller_(controller), document_(document) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(actionRow(controller_->toolActions(), false));
    layout->addWidget(actionRow(controller_->labelActions(), true));

    auto* form = new QFormLayout;
    auto* sizeRow = new QHBoxLayout;
    size_ = new QSlider(Qt::Horizontal, this);
    size_->setRange(1, 100);
    size_->setToolTip(tr("Brush diameter in pixels ([ and ], or Shift+wheel)"));
    sizeLabel_ = new QLabel(this);
    sizeLabel_->setMinimumWidth(40);
    sizeRow->addWidget(size_, 1);
    sizeRow->addWidget(sizeLabel_);
    form->addRow(tr("Brush"), sizeRow);
    square_ = new QCheckBox(tr("Square brush"), this);
    square_->setToolTip(tr("Square instead of round brush"));
    form->addRow(QString(), square_);

    auto* range = new QCheckBox(controller_->rangeAction()->text(), this);
    range->setToolTip(controller_->rangeAction()->toolTip());
    auto* rangeRow = new QHBoxLayout;
    huMin_ = new QSpinBox(this);
    huMax_ = new QSpinBox(this);
    for (QSpinBox* s : {huMin_, huMax_}) {
        s->setRange(-3000, 3000);
        s->setSuffix(tr(" HU"));
        s->setToolTip(tr("Editable intensity range"));
        rangeRow->addWidget(s);
    }
    form->addRow(range);
    form->addRow(tr("Range"), rangeRow);
    paintOver_ = new QComboBox(this);
    paintOver_->addItems({tr("All labels"), tr("Background only"), tr("Lungs only")});
    paintOver_->setToolTip(controller_->paintOverAction()->toolTip());
    form->addRow(tr("Paint over"), paintOver_);
    layout->addLayout(form);

    auto* buttons = new QHBoxLayout;
    for (QAction* a : {controller_->lungsAction(), controller_->undoAction(), controller_->redoAction()}) {
        auto* b = new QToolButton(this);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
    auto* all = new QToolButton(this);
    all->setDefaultAction(controller_->allLungsAction());
    all->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(all, 0, Qt::AlignLeft);

    connect(size_, &QSlider::valueChanged, this, [this](int v) {
        if (!syncing_) controller_->setBrushDiameter(v);
    });
    connect(square_, &QCheckBox::toggled, this, [this](bool on) {
        if (syncing_) return;
        controller_->editor().brush().shape = on ? BrushShape::Square : BrushShape::Round;
        controller_->setBrushDiameter(controller_->editor().brush().diameter);
    });
    QAction* rangeAction = controller_->rangeAction();
    connect(range, &QCheckBox::toggled, rangeAction, &QAction::setChecked);
    connect(rangeAction, &QAction::toggled, range, &QCheckBox::setChecked);
    connect(paintOver_, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (syncing_) return;
        MaskingPolicy p = controller_->editor().policy();
        p.paintOver = PaintOver(index);
        controller_->setPolicy(p);
    });
    auto fromSpins = [this] {
        if (syncing_) return;
        MaskingPolicy p = controller_->editor().policy();
        p.huMin = std::min(huMin_->value(), huMax_->value());
        p.huMax = std::max(huMin_->value(), huMax_->value());
        controller_->setPolicy(p);
    };
    connect(huMin_, &QSpinBox::valueChanged, this, fromSpins);
    connect(huMax_, &QSpinBox::valueChanged, this, fromSpins);
    connect(controller_, &AnnotationController::stateChanged, this, &ToolPanel::syncFromController);
    syncFromController();
}

QWidget* ToolPanel::actionRow(const QList<QAction*>& actions, bool withSwatches) {
    auto* row = new QWidget(this);
    auto* grid = new QGridLayout(row);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(3);
    int i = 0;
    for (QAction* a : actions) {
        auto* b = new QToolButton(row);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        if (withSwatches) {
            const auto rgb = defaultLabelStyles()[size_t(a->data().toInt())].rgb;
            QPixmap pm(12, 12);
            pm.fill(QColor(rgb[0], rgb[1], rgb[2]));
            a->setIcon(QIcon(pm));
        }
        grid->addWidget(b, i / 2, i % 2);
        ++i;
    }
    return row;
}

void ToolPanel::syncFromController() {
    syncing_ = true;
    const LabelEditor& e = controller_->editor();
    size_->setValue(int(std::lround(e.brush().diameter)));
    sizeLabel_->setText(tr("%1 px").arg(int(std::lround(e.brush().diameter))));
    square_->setChecked(e.brush().shape == BrushShape::Square);
    huMin_->setValue(e.policy().huMin);
    huMax_->setValue(e.policy().huMax);
    paintOver_->setCurrentIndex(int(e.policy().paintOver));
    for (QAction* a : controller_->labelActions()) a->setText(document_->labelName(a->data().toInt()));
    syncing_ = false;
}

}  // namespace cosingan::ui
