#pragma once
// The Annotate workspace: the axial slice view with its slice slider, and a side panel with the
// study, window/level and label display. (Painting tools plug into the view's tool signals.)
#include <QWidget>

class QLabel;
class QSlider;

namespace cosingan::ui {

class StudioDocument;
class SliceView;
class SliceRenderer;

class AnnotateWorkspace : public QWidget {
    Q_OBJECT
public:
    AnnotateWorkspace(StudioDocument* document, QWidget* parent = nullptr);

    SliceView* sliceView() const { return view_; }
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
    QSlider* slider_;
    QLabel* sliceLabel_;
    QLabel* studyInfo_;
    QWidget* side_;
};

}  // namespace cosingan::ui
