#pragma once
// The Annotate workspace's tool panel: tools, active label, brush size and shape, the masking
// policy (HU range, paint over) and the automatic lungs, bound to the controller's actions.
#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSlider;
class QSpinBox;

namespace cosingan::ui {

class AnnotationController;
class StudioDocument;

class ToolPanel : public QWidget {
    Q_OBJECT
public:
    ToolPanel(AnnotationController* controller, StudioDocument* document, QWidget* parent = nullptr);

private:
    void syncFromController();
    QWidget* actionRow(const QList<QAction*>& actions, bool withSwatches);

    AnnotationController* controller_;
    StudioDocument* document_;
    QSlider* size_;
    QLabel* sizeLabel_;
    QCheckBox* square_;
    QSpinBox* huMin_;
    QSpinBox* huMax_;
    QComboBox* paintOver_;
    bool syncing_ = false;
};

}  // namespace cosingan::ui
