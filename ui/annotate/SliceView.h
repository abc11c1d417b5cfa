#pragma once
// The axial slice canvas: draws the composed slice with QPainter (nearest-neighbour when zoomed in,
// exact pixel edges), handles the navigation gestures itself (zoom, pan, window/level drag) and
// reports every other pointer gesture in image coordinates for the active tool to interpret.
//   wheel: slice   Ctrl+wheel: zoom at the cursor   middle-drag or Space+drag: pan
//   right-drag (any tool), left-drag (navigation mode) or Alt+left-drag: window/level
//   Ctrl+right-drag: zoom
#include <QImage>
#include <QPointF>
#include <QString>
#include <QVector>
#include <QWidget>

#include <functional>

namespace cosingan::ui {

class SliceView : public QWidget {
    Q_OBJECT
public:
    explicit SliceView(QWidget* parent = nullptr);

    // The slice as RGBX pixels and the in-plane pixel spacing (mm) so non-square pixels are right.
    void setSliceImage(const QImage& image, double spacingX, double spacingY);
    // Repaints only the part of the widget that shows `imageRect` (image pixels) after it changed in
    // the image buffer shared through setSliceImage.
    void updateImageRect(const QRect& imageRect);
    QImage& sliceImage() { return image_; }

    // When the file gave no spacing (1 mm assumed) the scale bar counts pixels, not millimetres.
    void setSpacingAssumed(bool assumed);

    // In navigation mode the left button adjusts window/level; in tool mode it goes to the tool.
    // The right button adjusts window/level in both (Ctrl: zoom).
    void setNavigationMode(bool navigation) { navigation_ = navigation; }
    bool navigationMode() const { return navigation_; }

    // Corner texts (slice number, window, study) and a warning badge (e.g. synthetic data).
    void setOverlayText(const QString& topLeft, const QString& topRight, const QString& bottomRight);
    void setBadge(const QString& badge);
    // A cursor outline drawn at the mouse, in image pixels (the brush footprint); empty = none.
    void setCursorFootprint(double radiusPixels, bool square);
    // The shape a tool is drawing (polygon vertices, image pixels), joined to the cursor.
    void setToolOutline(const QVector<QPointF>& points);

    double zoom() const { return zoom_; }  // widget pixels per mm
    void zoomBy(double factor, const QPointF& widgetAnchor);
    void zoomBy(double factor) { zoomBy(factor, rect().center()); }
    void fitToWindow();

    QPointF widgetToImage(const QPointF& widgetPos) const;  // continuous pixel coordinates
    QPointF imageToWidget(const QPointF& imagePos) const;
    QRectF imageRectInWidget() const;

Q_SIGNALS:
    void sliceStepRequested(int delta);
    void brushSizeStepRequested(int delta);
    void windowDragged(double deltaWidth, double deltaLevel);
    void cursorMoved(const QPointF& imagePos, bool inside);
    void toolPressed(const QPointF& imagePos, Qt::MouseButton button, Qt::KeyboardModifiers mods);
    void toolMoved(const QPointF& imagePos, Qt::MouseButtons buttons, Qt::KeyboardModifiers mods);
    void toolReleased(const QPointF& imagePos, Qt::MouseButton button, Qt::KeyboardModifiers mods);
    void toolDoubleClicked(const QPointF& imagePos);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;

private:
    enum class Drag { None, Pan, Zoom, Window, Tool };
    void drawOverlay(QPainter& p);
    void drawScaleBar(QPainter& p);
    QRectF imageRectToWidget(const QRectF& imageRect) const;

    QImage image_;
    double spacingX_ = 1.0, spacingY_ = 1.0;
    bool spacingAssumed_ = false;
    double zoom_ = 1.0;       // widget px per mm
    QPointF pan_;             // image centre offset from widget centre, widget px
    bool fitted_ = true;      // keep fitting on resize until the user zooms or pans
    bool navigation_ = true;
    bool spaceHeld_ = false;
    Drag drag_ = Drag::None;
    Qt::MouseButton dragButton_ = Qt::NoButton;
    QPointF lastPos_;
    QPointF cursorPos_{-1, -1};
    double footprintRadius_ = 0;
    bool footprintSquare_ = false;
    QString topLeft_, topRight_, bottomRight_, badge_;
    QVector<QPointF> toolOutline_;
};

}  // namespace cosingan::ui
