#include "ScaleGallery.h"

#include "TrainingSession.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QToolButton>
#include <QVBoxLayout>

namespace cosingan::ui {

namespace {

constexpr int kTile = 96;

// The training mask at `size` (padded to a square and resized nearest, as the engine does) as
// coloured label boundaries on a transparent image.
QImage conditionOutline(const gan::SliceData& slice, int size) {
    QImage out(size, size, QImage::Format_ARGB32);
    out.fill(Qt::transparent);
    if (slice.labels.empty()) return out;
    const gan::SquareFit fit = gan::SquareFit::of(slice.width, slice.height);
    auto labelAt = [&](int x, int y) -> uint8_t {
        const int sx = int(double(x) * fit.side / size) - fit.padLeft, sy = int(double(y) * fit.side / size) - fit.padTop;
        if (sx < 0 || sy < 0 || sx >= slice.width || sy >= slice.height) return 0;
        return slice.labels[size_t(sy) * size_t(slice.width) + size_t(sx)];
    };
    const QRgb colours[4] = {0, qRgb(66, 165, 245), qRgb(102, 187, 106), qRgb(239, 83, 80)};
    for (int y = 0; y < size; ++y)
        for (int x = 0; x < size; ++x) {
            const uint8_t l = labelAt(x, y);
            if (!l) continue;
            const bool edge = x == 0 || y == 0 || x == size - 1 || y == size - 1 || labelAt(x - 1, y) != l ||
                              labelAt(x + 1, y) != l || labelAt(x, y - 1) != l || labelAt(x, y + 1) != l;
            if (edge) out.setPixel(x, y, colours[l]);
        }
    return out;
}

}  // namespace

ScaleGallery::ScaleGallery(TrainingSession* session, QWidget* parent) : QWidget(parent), session_(session) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* header = new QHBoxLayout;
    for (const QString& t : {tr("Scale"), tr("Stage 1"), tr("Stage 2")}) {
        auto* l = new QLabel(t, this);
        l->setAlignment(Qt::AlignCenter);
        header->addWidget(l);
    }
    layout->addLayout(header);
    grid_ = new QGridLayout;
    grid_->setSpacing(4);
    layout->addLayout(grid_);
    layout->addStretch(1);
    connect(session_, &TrainingSession::previewsChanged, this, &ScaleGallery::refresh);
    connect(session_, &TrainingSession::stateChanged, this, &ScaleGallery::refresh);
    refresh();
}

void ScaleGallery::rebuild() {
    const int n = int(session_->config().scales.size());
    if (n == builtFor_) return;
    for (auto* w : tiles_) w->deleteLater();
    for (auto* w : captions_) w->deleteLater();
    tiles_.clear();
    captions_.clear();
    for (int s = 0; s < n; ++s) {
        auto* caption = new QLabel(QStringLiteral("%1 px").arg(session_->config().scales[size_t(s)].size), this);
        caption->setAlignment(Qt::AlignCenter);
        grid_->addWidget(caption, s, 0);
        captions_.push_back(caption);
        for (int stage = 1; stage <= 2; ++stage) {
            auto* tile = new QToolButton(this);
            tile->setFixedSize(kTile + 6, kTile + 6);
            tile->setIconSize(QSize(kTile, kTile));
            tile->setAutoRaise(true);
            tile->setEnabled(false);
            tile->setStyleSheet(QStringLiteral("QToolButton { border: 1px dashed #4a4d55; border-radius: 3px; }"
                                               "QToolButton:enabled { border: 1px solid #3c3f46; }"));
            connect(tile, &QToolButton::clicked, this, [this, s, stage] { showLarge(s, stage); });
            grid_->addWidget(tile, s, stage);
            tiles_.push_back(tile);
        }
    }
    builtFor_ = n;
}

void ScaleGallery::refresh() {
    rebuild();
    for (size_t i = 0; i < tiles_.size(); ++i) {
        const int scale = int(i / 2), stage = int(i % 2) + 1;
        const QImage img = session_->preview(scale, stage);
        tiles_[i]->setEnabled(!img.isNull());
        tiles_[i]->setIcon(img.isNull() ? QIcon() : QIcon(QPixmap::fromImage(img.scaled(kTile, kTile, Qt::KeepAspectRatio, Qt::FastTransformation))));
        const int it = session_->previewIteration(scale, stage);
        tiles_[i]->setToolTip(img.isNull() ? tr("Not trained yet")
                                           : tr("Scale %1 stage %2%3 — click to enlarge").arg(scale + 1).arg(stage)
                                                 .arg(it > 0 ? tr(", iteration %1").arg(it) : QString()));
    }
}

int ScaleGallery::filledTiles() const {
    int n = 0;
    for (const auto* t : tiles_) n += t->isEnabled();
    return n;
}

void ScaleGallery::showLarge(int scale, int stage) {
    const QImage img = session_->preview(scale, stage);
    if (img.isNull()) return;
    auto* dlg = new PreviewDialog(img, conditionOutline(session_->trainingField(), img.width()),
                                  tr("Scale %1 (%2 px), stage %3").arg(scale + 1).arg(img.width()).arg(stage), this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->show();
}

PreviewDialog::PreviewDialog(const QImage& image, const QImage& outline, const QString& title, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    auto* view = new QLabel(this);
    const int side = std::max(384, std::min(640, image.width() * 4));
    auto render = [=](bool withOutline) {
        QImage big = image.convertToFormat(QImage::Format_RGB32).scaled(side, side, Qt::KeepAspectRatio, Qt::FastTransformation);
        if (withOutline) {
            QPainter p(&big);
            p.drawImage(big.rect(), outline);  // nearest: the outline stays crisp
        }
        view->setPixmap(QPixmap::fromImage(big));
    };
    auto* overlay = new QCheckBox(tr("Show the condition's outlines"), this);
    overlay->setChecked(true);
    connect(overlay, &QCheckBox::toggled, this, render);
    render(true);
    layout->addWidget(view);
    layout->addWidget(overlay);
}

}  // namespace cosingan::ui
