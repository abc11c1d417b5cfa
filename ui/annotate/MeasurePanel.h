#pragma once
// Label statistics beside the slice (core/image/LabelStatistics): per label, its area on this slice
// (mm²) and HU mean ± sd, kept current as the labels and the slice change; the whole study's
// volumes (mL) on request, since a 512 x 512 x 300 study takes a moment. Sizes are marked when the
// spacing was assumed.
#include <QWidget>

#include <array>

class QLabel;
class QPushButton;
class QTimer;

namespace cosingan::ui {

class StudioDocument;

class MeasurePanel : public QWidget {
    Q_OBJECT
public:
    MeasurePanel(StudioDocument* document, QWidget* parent = nullptr);

    // The text shown for a label (1..3) on the slice and in the study ("" before measuring).
    QString sliceText(int label) const;
    QString studyText(int label) const;
    void measureStudy();

private:
    void measureSlice();
    void forgetStudy();

    StudioDocument* document_;
    std::array<QLabel*, 4> name_{}, slice_{}, study_{};
    QLabel* caption_;
    QPushButton* studyButton_;
    QTimer* refresh_;
};

}  // namespace cosingan::ui
