#pragma once
// The paper's Figure 9, live: for every scale, the stage-1 and stage-2 outputs for the training
// mask, refreshed while the scale trains. A click shows the image full size with the condition's
// outlines over it.
#include <QDialog>
#include <QWidget>

#include <vector>

class QGridLayout;
class QLabel;
class QToolButton;

namespace cosingan::ui {

class TrainingSession;

class ScaleGallery : public QWidget {
    Q_OBJECT
public:
    explicit ScaleGallery(TrainingSession* session, QWidget* parent = nullptr);
    int filledTiles() const;  // tiles showing an image (for tests)

private:
    void rebuild();
    void refresh();
    void showLarge(int scale, int stage);

    TrainingSession* session_;
    QGridLayout* grid_;
    std::vector<QToolButton*> tiles_;  // scale*2 + stage-1
    std::vector<QLabel*> captions_;
    int builtFor_ = -1;
};

// The enlarged image with the condition's label boundaries drawn over it.
class PreviewDialog : public QDialog {
    Q_OBJECT
public:
    PreviewDialog(const QImage& image, const QImage& outline, const QString& title, QWidget* parent);
};

}  // namespace cosingan::ui
