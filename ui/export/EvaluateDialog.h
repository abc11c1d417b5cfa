#pragma once
// Evaluate: does the synthetic data train a segmenter? The engine's task-driven evaluation
// (gan/eval/Segmenter) run in a worker for each training set — the exported synthetic dataset, the
// one real slice the model learnt from, optionally more real slices — and tested on the study's
// real labelled slices; per-label Dice and NSD as a table and a Qt Charts bar chart, the JSON and
// the slices saved beside the dataset, and the `cosingan evaluate` command that repeats it.
#include "gan/eval/Segmenter.h"

#include <QDialog>

#include <atomic>
#include <memory>
#include <vector>

class QChartView;
class QCheckBox;
class QLineEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QThread;

namespace cosingan::ui {

struct EvaluationSet {
    QString label;                            // "synthetic (48 slices)", "one real slice"
    std::vector<gan::LabelledSlice> slices;
    QString folder;  // its folder in evaluation-slices/ ("one-real", "more-real"); "" for the exported dataset
};

class EvaluateDialog : public QDialog {
    Q_OBJECT
public:
    // jsonPath: where the results are saved (beside the dataset); may be empty.
    EvaluateDialog(std::vector<EvaluationSet> training, std::vector<gan::LabelledSlice> test, const gan::SegmenterOptions& options,
                   const QString& jsonPath, QWidget* parent = nullptr);
    ~EvaluateDialog() override;

    // Offers a third row, a segmenter trained on more real slices of the study: `moreReal` are
    // taken from the painted slices, which leaves `testWithout` to test every row on.
    void offerMoreRealData(EvaluationSet moreReal, std::vector<gan::LabelledSlice> testWithout);
    void setMoreRealData(bool on);

    void start();
    // The `cosingan evaluate` command that repeats the last evaluation (its slices are written
    // beside the dataset); empty before one has finished.
    QString equivalentCommand() const;
    const std::vector<gan::EvaluationResult>& results() const { return results_; }
    int tableRows() const;
    int chartBars() const;  // bars drawn in the chart (sets x training sets)

Q_SIGNALS:
    void finished(bool ok, const QString& message);

private:
    void onFinished(bool ok, const QString& message, std::vector<gan::EvaluationResult> results);
    void showResults();
    void describe();
    QString writeSlicesAndCommand();

    std::vector<EvaluationSet> training_;
    std::vector<gan::LabelledSlice> test_;
    EvaluationSet moreReal_;
    std::vector<gan::LabelledSlice> testWithoutMoreReal_;
    std::vector<EvaluationSet> ranSets_;  // what the last run trained on, and tested on
    std::vector<gan::LabelledSlice> ranTest_;
    gan::SegmenterOptions options_;
    QString jsonPath_;
    std::vector<gan::EvaluationResult> results_;
    QLabel* intro_;
    QCheckBox* moreRealBox_;
    QLineEdit* command_;
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
