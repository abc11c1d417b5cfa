#include "PyramidDialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace cosingan::ui {

PyramidDialog::PyramidDialog(const QList<QImage>& stages, const QStringList& names, const QImage& final, QWidget* parent)
    : QDialog(parent), images_(stages), names_(names) {
    setWindowTitle(tr("Every scale of one generation"));
    setAttribute(Qt::WA_DeleteOnClose);
    images_ << final;
    names_ << tr("final image (%1 × %2)").arg(final.width()).arg(final.height());
    large_ = new QLabel(this);
    large_->setMinimumSize(420, 420);
    large_->setAlignment(Qt::AlignCenter);
    caption_ = new QLabel(this);
    caption_->setAlignment(Qt::AlignCenter);
    strip_ = new QListWidget(this);
    strip_->setViewMode(QListView::IconMode);
    strip_->setFlow(QListView::LeftToRight);
    strip_->setWrapping(false);
    strip_->setIconSize(QSize(72, 72));
    strip_->setGridSize(QSize(130, 112));
    strip_->setWordWrap(true);
    strip_->setFixedHeight(136);
    for (int i = 0; i < images_.size(); ++i)
        strip_->addItem(new QListWidgetItem(QIcon(QPixmap::fromImage(images_[i].scaled(72, 72, Qt::KeepAspectRatio))), names_[i]));
    auto* play = new QPushButton(tr("Play from the Coarsest Scale"), this);
    timer_ = new QTimer(this);
    timer_->setInterval(700);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(large_, 1);
    layout->addWidget(caption_);
    layout->addWidget(strip_);
    layout->addWidget(play);
    connect(strip_, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != current_) show(row);
    });
    connect(play, &QPushButton::clicked, this, &PyramidDialog::play);
    connect(timer_, &QTimer::timeout, this, [this] {
        if (current_ + 1 >= images_.size()) timer_->stop();
        else show(current_ + 1);
    });
    show(images_.size() - 1);
}

void PyramidDialog::show(int index) {
    if (index < 0 || index >= images_.size()) return;
    current_ = index;
    // Small scales are shown enlarged with visible pixels: that is what the pyramid works with.
    const QImage big = images_[index].scaled(large_->minimumSize(), Qt::KeepAspectRatio, Qt::FastTransformation);
    large_->setPixmap(QPixmap::fromImage(big));
    caption_->setText(names_[index]);
    strip_->setCurrentRow(index);
}

void PyramidDialog::play() {
    show(0);
    timer_->start();
}

}  // namespace cosingan::ui
