#pragma once
// How the label map is shown: per-label name, colour (click the swatch) and visibility, fill
// opacity, and the fill / outline-only switch.
#include <QWidget>

#include <array>

class QCheckBox;
class QLineEdit;
class QSlider;
class QToolButton;

namespace cosingan::ui {

class StudioDocument;

class LabelPanel : public QWidget {
    Q_OBJECT
public:
    LabelPanel(StudioDocument* document, QWidget* parent = nullptr);

    QCheckBox* outlineSwitch() const { return outline_; }

private:
    void syncFromDocument();
    void applyToDocument();

    StudioDocument* document_;
    std::array<QCheckBox*, 4> visible_{};
    std::array<QToolButton*, 4> swatch_{};
    std::array<QLineEdit*, 4> name_{};
    QSlider* opacity_;
    QCheckBox* outline_;
    QCheckBox* show_;
    bool syncing_ = false;
};

}  // namespace cosingan::ui
