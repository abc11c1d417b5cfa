#include "VariantsDialog.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPixmap>
#include <QVBoxLayout>

#include <cmath>

namespace cosingan::ui {

VariantsDialog::VariantsDialog(const QList<QImage>& images, quint64 firstSeed, QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Variants"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(this);
    auto* grid = new QGridLayout;
    const int columns = int(std::ceil(std::sqrt(double(images.size()))));
    for (int i = 0; i < images.size(); ++i) {
        auto* cell = new QVBoxLayout;
        auto* picture = new QLabel(this);
        picture->setPixmap(QPixmap::fromImage(images[i].scaled(220, 220, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        cell->addWidget(picture);
        cell->addWidget(new QLabel(tr("seed %1").arg(firstSeed + quint64(i)), this));
        grid->addLayout(cell, i / columns, i % columns);
    }
    layout->addLayout(grid);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

}  // namespace cosingan::ui
