#pragma once
// Live loss curves (Qt Charts): the segmentation U-Net's cross-entropy, the adversarial terms (G,
// D real, D fake) and the reconstruction terms (WPPL, MS-SSIM, MS-FVL, MS-FUL, total) in three
// charts titled with what they show: the current stage, one chosen stage or the whole run (stages
// end to end, a dashed line where each starts and where a run was resumed). Exponential smoothing
// and an optional log scale. Empty charts say they wait for the first iterations instead of showing
// an axis for nothing. Redrawn from the session's traces when they change (already coalesced).
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QSlider;

namespace cosingan::ui {

class TrainingSession;
struct StageTrace;
class ChartPane;

class LossChart : public QWidget {
    Q_OBJECT
public:
    LossChart(TrainingSession* session, QWidget* parent = nullptr);

    // For tests: points plotted (all charts), the titles of the visible charts, the labels of the
    // markers drawn, whether the charts show their "no iterations yet" note; scope: -1 current
    // stage, -2 whole training, k the k-th stage.
    int pointCount() const;
    QStringList titles() const;
    QStringList markerLabels() const;
    bool showsEmptyNote() const;
    void setScope(int index);

private:
    void refresh();
    void rebuildScopes();
    QString stageName(const StageTrace& t) const;

    TrainingSession* session_;
    QComboBox* scope_;
    QSlider* smoothing_;
    QCheckBox* log_;
    ChartPane* segmentation_;
    ChartPane* adversarial_;
    ChartPane* reconstruction_;
    int scopesFor_ = -1;
};

}  // namespace cosingan::ui
