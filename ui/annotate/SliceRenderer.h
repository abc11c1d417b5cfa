#pragma once
// Keeps the SliceView's image in step with the document: full recomposition when the slice, window
// or label display changes, and only the edited rectangle after a paint stroke.
#include <QObject>
#include <QRect>

namespace cosingan::ui {

class StudioDocument;
class SliceView;

class SliceRenderer : public QObject {
    Q_OBJECT
public:
    SliceRenderer(StudioDocument* document, SliceView* view, QObject* parent = nullptr);

    void renderAll();
    void renderRect(const QRect& imageRect);

private:
    void updateOverlayText();

    StudioDocument* document_;
    SliceView* view_;
};

}  // namespace cosingan::ui
