#include "WindowPanel.h"

#include "ui/common/StudioDocument.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>

namespace cosingan::ui {

WindowPanel::WindowPanel(StudioDocument* document, QWidget* parent) : QWidget(parent), document_(document) {
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    preset_ = new QComboBox(this);
    int shortcut = 1;
    for (const auto& p : windowPresets()) {
        QString name = StudioDocument::windowPresetName(p);
        if (p.id != WindowPreset::Custom) name += QStringLiteral("   (Alt+%1)").arg(shortcut++);
        preset_->addItem(name, int(p.id));
    }
    preset_->setToolTip(tr("Display window presets (Alt+1, Alt+2, Alt+3). Right-drag in any tool, or drag in the Navigate tool, "
                           "adjusts the window: horizontal = width, vertical = level."));
    width_ = new QDoubleSpinBox(this);
    width_->setRange(1, 8000);
    width_->setSuffix(tr(" HU"));
    width_->setDecimals(0);
    level_ = new QDoubleSpinBox(this);
    level_->setRange(-2000, 4000);
    level_->setSuffix(tr(" HU"));
    level_->setDecimals(0);
    form->addRow(tr("Preset"), preset_);
    form->addRow(tr("Width"), width_);
    form->addRow(tr("Level"), level_);

    connect(preset_, &QComboBox::activated, this, [this](int index) {
        auto id = WindowPreset(preset_->itemData(index).toInt());
        if (id != WindowPreset::Custom) document_->setWindow(windowPreset(id).window);
    });
    auto fromSpins = [this] {
        if (!syncing_) document_->setWindow({width_->value(), level_->value()});
    };
    connect(width_, &QDoubleSpinBox::valueChanged, this, fromSpins);
    connect(level_, &QDoubleSpinBox::valueChanged, this, fromSpins);
    connect(document_, &StudioDocument::windowChanged, this, &WindowPanel::syncFromDocument);
    syncFromDocument();
}

void WindowPanel::syncFromDocument() {
    syncing_ = true;
    const WindowLevel w = document_->window();
    width_->setValue(w.width);
    level_->setValue(w.level);
    preset_->setCurrentIndex(preset_->findData(int(matchingPreset(w))));
    syncing_ = false;
}

}  // namespace cosingan::ui
