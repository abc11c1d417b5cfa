#include "PyramidStrip.h"

#include "TrainingSession.h"

#include <QPainter>

namespace cosingan::ui {

PyramidStrip::PyramidStrip(TrainingSession* session, QWidget* parent) : QWidget(parent), session_(session) {
    setMinimumHeight(60);
    connect(session_, &TrainingSession::progressChanged, this, qOverload<>(&QWidget::update));
    connect(session_, &TrainingSession::stateChanged, this, qOverload<>(&QWidget::update));
    setToolTip(tr("The scale pyramid: each scale trains stage 1 (conditional super-resolution) then stage 2 "
                  "(restoration), coarse to fine"));
}

void PyramidStrip::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const auto& scales = session_->config().scales;
    if (scales.empty()) return;
    const gan::TrainingProgress& pr = session_->progress();
    const bool training = pr.phase == gan::TrainingPhase::Stage1 || pr.phase == gan::TrainingPhase::Stage2;
    const bool finishedAll = session_->state() == TrainingSession::State::Finished;
    const int n = int(scales.size());
    const double gap = 8, w = std::min(90.0, (width() - gap * (n - 1)) / n);
    const double left = (width() - (w * n + gap * (n - 1))) / 2.0;
    const int maxSize = scales.back().size;
    for (int i = 0; i < n; ++i) {
        // Boxes grow with the scale, so the strip reads as a pyramid.
        const double h = 22 + (height() - 26) * double(scales[size_t(i)].size) / maxSize;
        const QRectF r(left + i * (w + gap), height() - h - 2, w, h);
        const bool done = finishedAll || (training && i < pr.scaleIndex);
        const bool current = training && i == pr.scaleIndex && !finishedAll;
        QColor fill = done ? QColor(46, 125, 80) : QColor(44, 46, 52);
        p.setPen(QPen(current ? QColor(100, 170, 255) : QColor(80, 84, 92), current ? 2.0 : 1.0));
        p.setBrush(fill);
        p.drawRoundedRect(r, 4, 4);
        if (current && pr.iterations > 0) {
            // Stage 1 fills the lower half of the box, stage 2 the upper half.
            const double f = double(pr.iteration) / pr.iterations;
            const bool second = pr.phase == gan::TrainingPhase::Stage2;
            QRectF bar = r.adjusted(2, 2, -2, -2);
            const double half = bar.height() / 2;
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(64, 140, 220, 160));
            if (second) p.drawRect(QRectF(bar.left(), bar.bottom() - half, bar.width(), half));
            const double base = second ? bar.bottom() - half : bar.bottom();
            p.drawRect(QRectF(bar.left(), base - half * f, bar.width(), half * f));
        }
        p.setPen(done || current ? Qt::white : QColor(160, 163, 170));
        QString text = QStringLiteral("%1").arg(scales[size_t(i)].size);
        if (current) text += pr.phase == gan::TrainingPhase::Stage1 ? QStringLiteral("\nS1") : QStringLiteral("\nS2");
        p.drawText(r, Qt::AlignCenter, text);
    }
}

}  // namespace cosingan::ui
