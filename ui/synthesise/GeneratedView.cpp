#include "GeneratedView.h"

#include <QPainter>

namespace cosingan::ui {

GeneratedView::GeneratedView(QWidget* parent) : QWidget(parent) {
    setMinimumSize(200, 200);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void GeneratedView::setImage(const QImage& image, const QString& caption) {
    image_ = image;
    caption_ = caption;
    message_.clear();
    update();
}

void GeneratedView::setMessage(const QString& message) {
    message_ = message;
    update();
}

void GeneratedView::setUpdating(bool on) {
    if (on == updating_) return;
    updating_ = on;
    update();
}

void GeneratedView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), Qt::black);
    const QRect area = rect().adjusted(0, 0, 0, -22);
    if (!image_.isNull() && message_.isEmpty()) {
        QSize s = image_.size().scaled(area.size(), Qt::KeepAspectRatio);
        const QRect target(area.center().x() - s.width() / 2, area.center().y() - s.height() / 2, s.width(), s.height());
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.drawImage(target, image_);
    }
    p.setPen(QColor(220, 220, 220));
    if (!message_.isEmpty()) p.drawText(area.adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap, message_);
    p.drawText(rect().adjusted(6, 0, -6, -3), Qt::AlignLeft | Qt::AlignBottom, caption_);
    if (updating_) {
        const QString text = tr("updating…");
        const QRect badge(width() - 110, 8, 100, 24);
        p.setRenderHint(QPainter::Antialiasing);
        p.setBrush(QColor(40, 110, 200, 220));
        p.setPen(Qt::NoPen);
        p.drawRoundedRect(badge, 6, 6);
        p.setPen(Qt::white);
        p.drawText(badge, Qt::AlignCenter, text);
    }
}

}  // namespace cosingan::ui
