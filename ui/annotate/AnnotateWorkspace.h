#pragma once
// The Annotate workspace: the axial slice view with its slice slider, and a side panel with the
// study, the editing tools, window/level and label display.
#include <QPointF>
#include <QWidget>

class QLabel;
class QSlider;

namespace cosingan::ui {

class StudioDocument;
class SliceView;
class SliceRenderer;
class AnnotationController;
class MeasurePanel;

class AnnotateWorkspace : public QWidget {
    Q_OBJECT
public:
    AnnotateWorkspace(StudioDocument* document, QWidget* parent = nullptr);

    SliceView* sliceView() const { return view_; }
    AnnotationController* controller() const { return controller_; }
    MeasurePanel* measurePanel() const { return measure_; }
    QWidget* sidePanel() const { return side_; }

Q_SIGNALS:
    // Text for the status bar: voxel, position in mm, HU and label under the cursor.
    void cursorInfoChanged(const QString& text);

private:
    void onStudyChanged();
    void onCursorMoved(const QPointF& imagePos, bool inside);
    QWidget* makeSidePanel();

    StudioDocument* document_;
    SliceView* view_;
    SliceRenderer* renderer_;
    AnnotationController* controller_;
    QSlider* slider_;
    QLabel* sliceLabel_;
    QLabel* studyName_;
    QLabel* studyFormat_;
    QLabel* studySize_;
    QLabel* studySpacing_;
    QLabel* studyOrientation_;
    QLabel* studyHu_;
    QLabel* studyNote_;
    QWidget* side_;
    MeasurePanel* measure_ = nullptr;
    QPointF cursor_;
    bool cursorInside_ = false;
};

}  // namespace cosingan::ui
