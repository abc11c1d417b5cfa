#include "SliceView.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace cosingan::ui {

SliceView::SliceView(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(320, 320);
    setCursor(Qt::CrossCursor);
}

void SliceView::setSliceImage(const QImage& image, double spacingX, double spacingY) {
    const bool sizeChanged = image.size() != image_.size() || spacingX != spacingX_ || spacingY != spacingY_;
    image_ = image;
    spacingX_ = spacingX > 0 ? spacingX : 1.0;
    spacingY_ = spacingY > 0 ? spacingY : 1.0;
    if (sizeChanged && fitted_) fitToWindow();
    update();
}

void SliceView::setSpacingAssumed(bool assumed) {
    spacingAssumed_ = assumed;
    update();
}

void SliceView::setOverlayText(const QString& topLeft, const QString& topRight, const QString& bottomRight) {
    topLeft_ = topLeft;
    topRight_ = topRight;
    bottomRight_ = bottomRight;
    update();
}

void SliceView::setBadge(const QString& badge) {
    badge_ = badge;
    update();
}

void SliceView::setToolOutline(const QVector<QPointF>& points) {
    toolOutline_ = points;
    update();
}

void SliceView::setCursorFootprint(double radiusPixels, bool square) {
    footprintRadius_ = radiusPixels;
    footprintSquare_ = square;
    update();
}

QRectF SliceView::imageRectInWidget() const {
    const double w = image_.width() * spacingX_ * zoom_, h = image_.height() * spacingY_ * zoom_;
    const QPointF c = QPointF(width() / 2.0, height() / 2.0) + pan_;
    return QRectF(c.x() - w / 2.0, c.y() - h / 2.0, w, h);
}

QPointF SliceView::widgetToImage(const QPointF& pos) const {
    const QRectF r = imageRectInWidget();
    return QPointF((pos.x() - r.left()) / (spacingX_ * zoom_), (pos.y() - r.top()) / (spacingY_ * zoom_));
}

QPointF SliceView::imageToWidget(const QPointF& img) const {
    const QRectF r = imageRectInWidget();
    return QPointF(r.left() + img.x() * spacingX_ * zoom_, r.top() + img.y() * spacingY_ * zoom_);
}

QRectF SliceView::imageRectToWidget(const QRectF& ir) const {
    return QRectF(imageToWidget(ir.topLeft()), imageToWidget(ir.bottomRight()));
}

void SliceView::fitToWindow() {
    if (image_.isNull()) return;
    const double wmm = image_.width() * spacingX_, hmm = image_.height() * spacingY_;
    zoom_ = std::min((width() - 8) / wmm, (height() - 8) / hmm);
    if (zoom_ <= 0) zoom_ = 1.0;
    pan_ = QPointF();
    fitted_ = true;
    update();
}

void SliceView::zoomBy(double factor, const QPointF& anchor) {
    if (image_.isNull()) return;
    const QPointF before = widgetToImage(anchor);
    zoom_ = std::clamp(zoom_ * factor, 0.05, 200.0);
    const QPointF after = imageToWidget(before);
    pan_ += anchor - after;  // keep the image point under the anchor
    fitted_ = false;
    update();
}

void SliceView::updateImageRect(const QRect& ir) {
    if (ir.isEmpty()) return;
    update(imageRectToWidget(QRectF(ir)).toAlignedRect().adjusted(-2, -2, 2, 2));
}

void SliceView::resizeEvent(QResizeEvent*) {
    if (fitted_) fitToWindow();
}

void SliceView::paintEvent(QPaintEvent* event) {
    QPainter p(this);
    p.fillRect(event->rect(), QColor(0, 0, 0));
    if (image_.isNull()) {
        p.setPen(QColor(150, 150, 150));
        p.drawText(rect(), Qt::AlignCenter, tr("Open a CT volume, a DICOM folder or an image\n(File menu, or drop it here)"));
        return;
    }
    const QRectF target = imageRectInWidget();
    // Nearest neighbour when a pixel covers more than a screen pixel: radiologists want to see
    // the real voxels; smooth when minified.
    p.setRenderHint(QPainter::SmoothPixmapTransform, zoom_ * std::min(spacingX_, spacingY_) < 1.0);
    // Only the part of the image inside the exposed rectangle is drawn (dirty-rectangle repaint).
    const QRectF exposed = QRectF(event->rect()).intersected(target);
    if (!exposed.isEmpty()) {
        const QPointF a = widgetToImage(exposed.topLeft()), b = widgetToImage(exposed.bottomRight());
        QRect src(QPoint(int(std::floor(a.x())), int(std::floor(a.y()))),
                  QPoint(int(std::ceil(b.x())) - 1, int(std::ceil(b.y())) - 1));
        src = src.intersected(image_.rect());
        if (!src.isEmpty()) p.drawImage(imageRectToWidget(QRectF(src)), image_, src);
    }
    drawOverlay(p);
}

void SliceView::drawOverlay(QPainter& p) {
    p.setRenderHint(QPainter::Antialiasing, true);
    QFont f = font();
    p.setFont(f);
    const int m = 10;
    const QColor text(230, 230, 230);
    // On a translucent dark plate: a drop shadow alone is unreadable over bone or contrast.
    auto shadowText = [&](const QRect& r, int flags, const QString& s) {
        if (s.isEmpty()) return;
        const QRect box = p.fontMetrics().boundingRect(r, flags, s).adjusted(-5, -3, 5, 3);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0, 0, 0, 150));
        p.drawRoundedRect(box, 4, 4);
        p.setBrush(Qt::NoBrush);
        p.setPen(text);
        p.drawText(r, flags, s);
    };
    const QRect inner = rect().adjusted(m, m, -m, -m);
    shadowText(inner, Qt::AlignLeft | Qt::AlignTop, topLeft_);
    shadowText(inner, Qt::AlignRight | Qt::AlignTop, topRight_);
    shadowText(inner, Qt::AlignRight | Qt::AlignBottom, bottomRight_);

    // Orientation letters of the radiological axial view.
    QFont bold = f;
    bold.setBold(true);
    p.setFont(bold);
    const QRectF ir = imageRectInWidget().intersected(QRectF(rect()));
    const QColor orient(255, 200, 60);
    auto letter = [&](const QPointF& c, const QString& s) {
        QRectF r(c.x() - 12, c.y() - 10, 24, 20);
        p.setPen(QColor(0, 0, 0, 200));
        p.drawText(r.translated(1, 1), Qt::AlignCenter, s);
        p.setPen(orient);
        p.drawText(r, Qt::AlignCenter, s);
    };
    letter(QPointF(ir.center().x(), ir.top() + 14), QStringLiteral("A"));
    letter(QPointF(ir.center().x(), ir.bottom() - 14), QStringLiteral("P"));
    letter(QPointF(ir.left() + 14, ir.center().y()), QStringLiteral("R"));
    letter(QPointF(ir.right() - 14, ir.center().y()), QStringLiteral("L"));
    p.setFont(f);

    if (!badge_.isEmpty()) {
        QFontMetrics fm(f);
        const int w = fm.horizontalAdvance(badge_) + 20, h = fm.height() + 10;
        QRect b(width() / 2 - w / 2, m + 26, w, h);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(180, 110, 20, 220));
        p.drawRoundedRect(b, 6, 6);
        p.setPen(Qt::white);
        p.drawText(b, Qt::AlignCenter, badge_);
    }
    drawScaleBar(p);

    if (!toolOutline_.isEmpty()) {
        QPolygonF poly;
        for (const QPointF& q : toolOutline_) poly << imageToWidget(q);
        if (cursorPos_.x() >= 0) poly << cursorPos_;
        p.setBrush(QColor(255, 255, 255, 40));
        p.setPen(QPen(QColor(255, 220, 80), 1.5, Qt::DashLine));
        p.drawPolygon(poly);
        p.setBrush(QColor(255, 220, 80));
        for (const QPointF& q : toolOutline_) p.drawEllipse(imageToWidget(q), 2.5, 2.5);
    }
    if (footprintRadius_ > 0 && cursorPos_.x() >= 0 && !navigation_) {
        const QPointF c = imageToWidget(widgetToImage(cursorPos_));
        const double rx = footprintRadius_ * spacingX_ * zoom_, ry = footprintRadius_ * spacingY_ * zoom_;
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(QColor(255, 255, 255, 200), 1.0));
        if (footprintSquare_) p.drawRect(QRectF(c.x() - rx, c.y() - ry, 2 * rx, 2 * ry));
        else p.drawEllipse(c, rx, ry);
    }
}

void SliceView::drawScaleBar(QPainter& p) {
    // A bar of a round length (1, 2, 5 x 10^n mm) about 1/6 of the width.
    const double target = width() / 6.0 / zoom_;
    if (!(target > 0)) return;
    const double e = std::pow(10.0, std::floor(std::log10(target)));
    double mm = e;
    for (double s : {1.0, 2.0, 5.0, 10.0})
        if (s * e <= target) mm = s * e;
    const double px = mm * zoom_;
    const QPointF a(12, height() - 16), b(12 + px, height() - 16);
    p.setPen(QPen(QColor(230, 230, 230), 2));
    p.drawLine(a, b);
    p.drawLine(a + QPointF(0, -4), a + QPointF(0, 4));
    p.drawLine(b + QPointF(0, -4), b + QPointF(0, 4));
    // With an assumed 1 mm spacing a "5 cm" bar would pretend to a size nobody knows: count pixels.
    const QString label = spacingAssumed_ ? tr("%1 px (the file has no spacing)").arg(mm / std::min(spacingX_, spacingY_))
                          : mm >= 10      ? tr("%1 cm").arg(mm / 10.0)
                                          : tr("%1 mm").arg(mm);
    p.drawText(QRectF(a.x(), a.y() - 22, std::max(px + 60, 240.0), 18), Qt::AlignLeft | Qt::AlignBottom, label);
}

void SliceView::wheelEvent(QWheelEvent* e) {
    const int dy = e->angleDelta().y();
    if (dy == 0) return;
    const int steps = dy / 120 != 0 ? dy / 120 : (dy > 0 ? 1 : -1);
    if (e->modifiers() & Qt::ControlModifier) {
        zoomBy(std::pow(1.15, steps), e->position());
    } else if (e->modifiers() & Qt::ShiftModifier) {
        Q_EMIT brushSizeStepRequested(steps);
    } else {
        Q_EMIT sliceStepRequested(steps);  // wheel up = towards the head (higher slice index)
    }
    e->accept();
}

void SliceView::mousePressEvent(QMouseEvent* e) {
    lastPos_ = e->position();
    dragButton_ = e->button();
    const bool alt = e->modifiers() & Qt::AltModifier;
    if (e->button() == Qt::MiddleButton || (e->button() == Qt::LeftButton && spaceHeld_)) drag_ = Drag::Pan;
    else if (e->button() == Qt::LeftButton && (alt || navigation_)) drag_ = Drag::Window;
    // Right-drag is window/level in every tool, as in ITK-SNAP's and Slicer's viewers (Alt+drag is
    // taken by many window managers); Ctrl+right-drag zooms.
    else if (e->button() == Qt::RightButton) drag_ = (e->modifiers() & Qt::ControlModifier) ? Drag::Zoom : Drag::Window;
    else {
        drag_ = Drag::Tool;
        Q_EMIT toolPressed(widgetToImage(e->position()), e->button(), e->modifiers());
    }
    e->accept();
}

void SliceView::mouseMoveEvent(QMouseEvent* e) {
    const QPointF pos = e->position();
    const QPointF delta = pos - lastPos_;
    lastPos_ = pos;
    const QPointF oldCursor = cursorPos_;
    cursorPos_ = pos;
    switch (drag_) {
    case Drag::Pan:
        pan_ += delta;
        fitted_ = false;
        update();
        break;
    case Drag::Zoom:
        zoomBy(std::pow(1.01, -delta.y()), rect().center());
        break;
    case Drag::Window:
        // Horizontal: width (right = wider); vertical: level (down = higher, as in Slicer).
        Q_EMIT windowDragged(delta.x() * 4.0, delta.y() * 2.0);
        break;
    case Drag::Tool:
        Q_EMIT toolMoved(widgetToImage(pos), e->buttons(), e->modifiers());
        break;
    case Drag::None:
        break;
    }
    const QPointF img = widgetToImage(pos);
    const bool inside = img.x() >= 0 && img.y() >= 0 && img.x() < image_.width() && img.y() < image_.height();
    Q_EMIT cursorMoved(img, inside);
    if (!toolOutline_.isEmpty()) update();  // the rubber band follows the cursor
    if (footprintRadius_ > 0 && !navigation_) {
        // Repaint the brush outline at its old and new place only.
        const double r = footprintRadius_ * std::max(spacingX_, spacingY_) * zoom_ + 3;
        update(QRectF(oldCursor.x() - r, oldCursor.y() - r, 2 * r, 2 * r).toAlignedRect());
        update(QRectF(pos.x() - r, pos.y() - r, 2 * r, 2 * r).toAlignedRect());
    }
}

void SliceView::mouseReleaseEvent(QMouseEvent* e) {
    if (drag_ == Drag::Tool && e->button() == dragButton_)
        Q_EMIT toolReleased(widgetToImage(e->position()), e->button(), e->modifiers());
    if (e->button() == dragButton_) {
        drag_ = Drag::None;
        dragButton_ = Qt::NoButton;
    }
}

void SliceView::mouseDoubleClickEvent(QMouseEvent* e) {
    if (e->button() == Qt::LeftButton && !navigation_) Q_EMIT toolDoubleClicked(widgetToImage(e->position()));
    else QWidget::mouseDoubleClickEvent(e);
}

void SliceView::leaveEvent(QEvent*) {
    cursorPos_ = QPointF(-1, -1);
    Q_EMIT cursorMoved(QPointF(-1, -1), false);
    update();
}

void SliceView::keyPressEvent(QKeyEvent* e) {
    if (e->key() == Qt::Key_Space && !e->isAutoRepeat()) {
        spaceHeld_ = true;
        setCursor(Qt::OpenHandCursor);
        return;
    }
    QWidget::keyPressEvent(e);
}

void SliceView::keyReleaseEvent(QKeyEvent* e) {
    if (e->key() == Qt::Key_Space && !e->isAutoRepeat()) {
        spaceHeld_ = false;
        setCursor(Qt::CrossCursor);
        return;
    }
    QWidget::keyReleaseEvent(e);
}

}  // namespace cosingan::ui
