#pragma once
// A grid of generated variants of one condition (consecutive seeds), each labelled with its seed.
#include <QDialog>
#include <QImage>
#include <QList>

namespace cosingan::ui {

class VariantsDialog : public QDialog {
    Q_OBJECT
public:
    VariantsDialog(const QList<QImage>& images, quint64 firstSeed, QWidget* parent = nullptr);
};

}  // namespace cosingan::ui
