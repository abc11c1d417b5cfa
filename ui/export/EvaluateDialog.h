#pragma once
// Evaluate: does the synthetic data train a segmenter? The engine's task-driven evaluation
// (gan/eval/Segmenter) run in a worker for each training set — the exported synthetic dataset, the
// one real slice the model learnt from — and tested on the study's real labelled slices; per-label
// Dice and NSD as a table and a Qt Charts bar chart, the JSON saved beside the dataset.
#include "gan/eval/Segmenter.h"

#include <QDialog>

#include <atomic>
#include <memory>
#include <vector>

class QChartView;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QThread;

namespace cosingan::ui {

struct EvaluationSet {
    QString label;                            // "synthetic (48 slices)", "one real slice"
    std::vector<gan::LabelledSlice> slices;
};

class EvaluateDialog : public QDialog {
    Q_OBJECT
public:
    // jsonPath: where the results are saved (beside the dataset); may be empty.
    EvaluateDialog(std::vector<EvaluationSet> training, std::vector<gan::LabelledSlice> test, const gan::SegmenterOptions& options,
                   const QString& jsonPath, QWidget* parent = nullptr);
    ~EvaluateDialog() override;

    void start();
    const std::vector<gan::EvaluationResult>& results() const { return results_; }
    int tableRows() const;
    int chartBars() const;  // bars drawn in the chart (sets x training sets)

Q_SIGNALS:
    void finished(bool ok, const QString& message);

private:
    void onFinished(bool ok, const QString& message, std::vector<gan::EvaluationResult> results);
    void showResults();

    std::vector<EvaluationSet> training_;
    std::vector<gan::LabelledSlice> test_;
    gan::SegmenterOptions options_;
    QString jsonPath_;
    std::vector<gan::EvaluationResult> results_;
    QTableWidget* table_;
    QWidget* chartHost_;
    QChartView* chart_ = nullptr;
    QProgressBar* progress_;
    QLabel* status_;
    QPushButton* run_;
    QPushButton* cancel_;
    QThread* worker_ = nullptr;
    std::shared_ptr<std::atomic<bool>> cancelled_;
};

}  // namespace cosingan::ui
