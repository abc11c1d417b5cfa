#pragma once
// Window/level controls: presets (paper lung window by default) and exact width/level.
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;

namespace cosingan::ui {

class StudioDocument;

class WindowPanel : public QWidget {
    Q_OBJECT
public:
    WindowPanel(StudioDocument* document, QWidget* parent = nullptr);

private:
    void syncFromDocument();

    StudioDocument* document_;
    QComboBox* preset_;
    QDoubleSpinBox* width_;
    QDoubleSpinBox* level_;
    bool syncing_ = false;
};

}  // namespace cosingan::ui
