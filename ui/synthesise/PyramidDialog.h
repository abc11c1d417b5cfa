#pragma once
// How the pyramid draws one image: every scale's stage-1 and stage-2 output in order, from the
// coarsest (32 px) up, as a strip of thumbnails with the selected one large; Play steps through
// them (a demonstration of CoSinGAN's coarse-to-fine synthesis).
#include <QDialog>
#include <QImage>
#include <QList>
#include <QStringList>

class QLabel;
class QListWidget;
class QTimer;

namespace cosingan::ui {

class PyramidDialog : public QDialog {
    Q_OBJECT
public:
    PyramidDialog(const QList<QImage>& stages, const QStringList& names, const QImage& final, QWidget* parent = nullptr);
    void show(int index);  // index == stages.size(): the final image
    void play();
    int current() const { return current_; }

private:
    QList<QImage> images_;
    QStringList names_;
    QLabel* large_;
    QLabel* caption_;
    QListWidget* strip_;
    QTimer* timer_;
    int current_ = 0;
};

}  // namespace cosingan::ui
