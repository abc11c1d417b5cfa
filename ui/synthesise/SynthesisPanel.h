#pragma once
// The Synthesise workspace's side panel: which model (open a folder, the study's own, recent
// ones; loading shown), where the condition starts from, the paper's diversity tools with their
// parameters (randomised condition δb/δl/δi, dropout, seed) and the outputs (variants, save).
// Widgets only: the workspace reads the options and answers the signals.
#include "gan/Synthesis.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace cosingan::ui {

struct ModelInfo;

class SynthesisPanel : public QWidget {
    Q_OBJECT
public:
    explicit SynthesisPanel(QWidget* parent = nullptr);

    gan::SynthesisOptions options() const;
    // Image fusion: whether a second model is set, and ζ (fixed, or drawn from U[0,1] or Beta(α, α)).
    bool fusionOn() const { return !fusionFolder_.isEmpty(); }
    gan::FusionOptions fusion() const;
    void showFusionModel(const QString& folder, const QString& description);
    int variantCount() const;
    void setRandomCondition(bool on);

    void showLoading(const QString& folder);
    void showModel(const ModelInfo& info);
    void showModelError(const QString& message);
    void setStudyModelAvailable(bool available);
    void setRecentModels(const QStringList& folders);

Q_SIGNALS:
    void openModelRequested();
    void studyModelRequested();
    void recentModelRequested(const QString& folder);
    void startFromTrainingSlice();
    void startFromStudySlice();
    void startBlank();
    void importCondition();
    void lesionsCondition();
    void optionsChanged();
    void variantsRequested();
    void fusionModelRequested();
    void fusionCleared();
    void pyramidRequested();
    void saveRequested();
    void exportRequested();

private:
    QWidget* modelGroup();
    QWidget* conditionGroup();
    QWidget* diversityGroup();
    QWidget* outputGroup();

    QLabel* modelName_;
    QProgressBar* loading_;
    QPushButton* studyModel_;
    QComboBox* recent_;
    QCheckBox* rc_;
    QDoubleSpinBox* deltas_[3];
    QCheckBox* dropout_;
    QSpinBox* seed_;
    QLabel* fusionName_;
    QDoubleSpinBox* zeta_;
    QDoubleSpinBox* betaAlpha_;
    QString fusionFolder_;
    QSpinBox* variants_;
    QPushButton* trainingSlice_;
};

}  // namespace cosingan::ui
