#pragma once
// Live loss curves (Qt Charts): the adversarial terms (G, D real, D fake) and the reconstruction
// terms (WPPL, MS-SSIM, MS-FVL, MS-FUL, total) in two charts, for the current stage, one chosen
// stage or the whole run; with exponential smoothing and an optional log scale. Redrawn from the
// session's traces when they change (which the session already coalesces).
#include <QWidget>

class QCheckBox;
class QComboBox;
class QSlider;

namespace cosingan::ui {

class TrainingSession;
class ChartPane;

class LossChart : public QWidget {
    Q_OBJECT
public:
    LossChart(TrainingSession* session, QWidget* parent = nullptr);

    // Points currently plotted (all series of both charts); for tests.
    int pointCount() const;

private:
    void refresh();
    void rebuildScopes();

    TrainingSession* session_;
    QComboBox* scope_;
    QSlider* smoothing_;
    QCheckBox* log_;
    ChartPane* adversarial_;
    ChartPane* reconstruction_;
    int scopesFor_ = -1;
};

}  // namespace cosingan::ui
