#include "EvaluateDialog.h"

#include "gan/eval/EvaluationJson.h"
#include "synth/EvaluationSlices.h"
#include "ui/common/ShellQuote.h"
#include "util/AtomicFile.h"
#include "util/Json.h"
#include "util/JobControl.h"
#include "ui/common/MessageText.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QValueAxis>

#include <cmath>

namespace cosingan::ui {

namespace {

QString meanSd(const gan::ScoreSummary& s) {
    return s.count == 0 ? QStringLiteral("–") : QStringLiteral("%1 ± %2").arg(s.mean, 0, 'f', 3).arg(s.sd, 0, 'f', 3);
}

}  // namespace

EvaluateDialog::EvaluateDialog(std::vector<EvaluationSet> training, std::vector<gan::LabelledSlice> test,
                               const gan::SegmenterOptions& options, const QString& jsonPath, QWidget* parent)
    : QDialog(parent), training_(std::move(training)), test_(std::move(test)), options_(options), jsonPath_(jsonPath) {
    setWindowTitle(tr("Evaluate: does the synthetic data train a segmenter?"));
    auto* layout = new QVBoxLayout(this);
    intro_ = new QLabel(this);
    intro_->setWordWrap(true);
    layout->addWidget(intro_);
    moreRealBox_ = new QCheckBox(this);
    moreRealBox_->hide();
    connect(moreRealBox_, &QCheckBox::toggled, this, &EvaluateDialog::describe);
    layout->addWidget(moreRealBox_);
    describe();
    table_ = new QTableWidget(0, 6, this);
    table_->setHorizontalHeaderLabels({tr("Trained on"), tr("Slices"), tr("Dice infection"), tr("NSD infection"), tr("Dice lungs"),
                                       tr("NSD lungs")});
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->verticalHeader()->hide();
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setMinimumHeight(110);
    layout->addWidget(table_);
    chartHost_ = new QWidget(this);
    chartHost_->setMinimumHeight(240);
    (new QVBoxLayout(chartHost_))->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(chartHost_, 1);
    progress_ = new QProgressBar(this);
    progress_->setRange(0, 1000);
    layout->addWidget(progress_);
    status_ = new QLabel(this);
    status_->setWordWrap(true);
    layout->addWidget(status_);
    command_ = new QLineEdit(this);
    command_->setReadOnly(true);
    command_->setToolTip(tr("The same evaluation from the command line (its real slices are saved beside the dataset)"));
    command_->hide();
    layout->addWidget(command_);
    auto* buttons = new QDialogButtonBox(this);
    run_ = buttons->addButton(tr("Evaluate"), QDialogButtonBox::AcceptRole);
    cancel_ = buttons->addButton(tr("Cancel Evaluation"), QDialogButtonBox::ActionRole);
    cancel_->setEnabled(false);
    auto* close = buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    connect(run_, &QPushButton::clicked, this, &EvaluateDialog::start);
    connect(cancel_, &QPushButton::clicked, this, [this] {
        if (cancelled_) *cancelled_ = true;
    });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    resize(760, 560);
}

EvaluateDialog::~EvaluateDialog() {
    if (worker_) {
        if (cancelled_) *cancelled_ = true;
        worker_->wait();
    }
}

int EvaluateDialog::tableRows() const { return table_->rowCount(); }

int EvaluateDialog::chartBars() const {
    if (!chart_) return 0;
    int n = 0;
    for (QAbstractSeries* s : chart_->chart()->series())
        if (auto* bars = qobject_cast<QBarSeries*>(s))
            for (QBarSet* set : bars->barSets()) n += int(set->count());
    return n;
}

void EvaluateDialog::offerMoreRealData(EvaluationSet moreReal, std::vector<gan::LabelledSlice> testWithout) {
    if (moreReal.slices.empty() || testWithout.empty()) return;
    moreReal_ = std::move(moreReal);
    testWithoutMoreReal_ = std::move(testWithout);
    moreRealBox_->setText(tr("Also train on more real data: %1 of the painted slices (the other %2 are then the test set)")
                              .arg(moreReal_.slices.size())
                              .arg(testWithoutMoreReal_.size()));
    moreRealBox_->show();
    describe();
}

void EvaluateDialog::setMoreRealData(bool on) { moreRealBox_->setChecked(on && moreRealBox_->isVisible()); }

void EvaluateDialog::describe() {
    const bool more = moreRealBox_->isChecked();
    intro_->setText(tr("A 2-D U-Net (%1 px, %2 iterations) is trained on each set below and tested on %3 real labelled slices of "
                       "the study; Dice and normalised surface Dice per label, mean ± sd over the slices.")
                        .arg(options_.size)
                        .arg(options_.iterations)
                        .arg(more ? testWithoutMoreReal_.size() : test_.size()));
}

void EvaluateDialog::start() {
    if (worker_) return;
    const bool more = moreRealBox_->isChecked();
    ranSets_ = training_;
    if (more) ranSets_.push_back(moreReal_);
    ranTest_ = more ? testWithoutMoreReal_ : test_;
    if (ranTest_.empty()) {
        onFinished(false, tr("The study has no labelled slices to test on: paint the infection on a few slices first."), {});
        return;
    }
    cancelled_ = std::make_shared<std::atomic<bool>>(false);
    run_->setEnabled(false);
    moreRealBox_->setEnabled(false);  // the sets are fixed for this run
    cancel_->setEnabled(true);
    status_->setText(tr("Training the segmenters…"));
    QPointer<QProgressBar> bar = progress_;
    auto cancelled = cancelled_;
    const auto training = ranSets_;
    const auto test = ranTest_;
    const auto options = options_;
    worker_ = QThread::create([this, bar, cancelled, training, test, options] {
        std::vector<gan::EvaluationResult> results;
        bool ok = false;
        QString message;
        try {
            for (size_t i = 0; i < training.size(); ++i) {
                auto progress = [&, i](int iteration, int iterations, double) {
                    const int value = int(std::lround(1000.0 * (double(i) + double(iteration) / std::max(1, iterations)) / double(training.size())));
                    QMetaObject::invokeMethod(bar.data(), [bar, value] { if (bar) bar->setValue(value); }, Qt::QueuedConnection);
                    return !*cancelled;
                };
                gan::EvaluationResult r = gan::trainAndTestSegmenter(training[i].slices, test, options, progress);
                r.label = training[i].label.toStdString();
                results.push_back(std::move(r));
            }
            ok = true;
            message = tr("Done: %1 segmenters trained and tested.").arg(results.size());
        } catch (const JobCancelled&) {
            message = tr("Evaluation cancelled.");
        } catch (const std::exception& e) {
            message = tr("Evaluation failed: %1").arg(messageText(e));
        }
        QMetaObject::invokeMethod(this, [this, ok, message, results] { onFinished(ok, message, results); }, Qt::QueuedConnection);
    });
    worker_->start();
}

void EvaluateDialog::onFinished(bool ok, const QString& message, std::vector<gan::EvaluationResult> results) {
    if (worker_) {
        worker_->wait();
        worker_->deleteLater();
        worker_ = nullptr;
    }
    run_->setEnabled(true);
    moreRealBox_->setEnabled(true);
    cancel_->setEnabled(false);
    QString text = message;
    if (ok) {
        results_ = std::move(results);
        progress_->setValue(progress_->maximum());
        showResults();
        if (!jsonPath_.isEmpty()) {
            // The slices first: the results name the command that repeats them (as the CLI's JSON).
            try {
                command_->setText(writeSlicesAndCommand());
                command_->setCursorPosition(0);
                command_->show();
            } catch (const std::exception& e) {
                text += tr(" The real slices could not be saved for the command line: %1").arg(messageText(e));
            }
            Json j = Json::object();
            if (!command_->text().isEmpty()) j["command"] = command_->text().toStdString();
            j["segmenter"]["iterations"] = options_.iterations;
            j["segmenter"]["size"] = options_.size;
            j["segmenter"]["seed"] = (unsigned long long)options_.seed;
            j["test_slices"] = int(ranTest_.size());
            Json rows = Json::array();
            for (const auto& r : results_) rows.push_back(gan::evaluationResultJson(r));
            j["results"] = rows;
            try {
                writeJsonFile(jsonPath_.toStdString(), j);
                text += tr(" Saved beside the dataset as %1.").arg(QFileInfo(jsonPath_).fileName());
            } catch (const std::exception& e) {
                text += tr(" The results could not be saved: %1").arg(messageText(e));
            }
        }
    }
    status_->setText(text);
    Q_EMIT finished(ok, text);
}

QString EvaluateDialog::equivalentCommand() const { return command_->text(); }

// Writes the real slices of the last run beside the dataset and returns the command that evaluates
// the same sets with the same segmenter.
QString EvaluateDialog::writeSlicesAndCommand() {
    const QString dataset = QFileInfo(jsonPath_).absolutePath();
    std::vector<std::pair<std::string, std::vector<gan::LabelledSlice>>> sets{{"test", ranTest_}};
    for (const auto& set : ranSets_)
        if (!set.folder.isEmpty()) sets.push_back({set.folder.toStdString(), set.slices});
    const QString slices = QString::fromStdString(writeEvaluationSlices(dataset.toStdString(), sets));
    const auto quoted = shellQuoted;
    QString c = QStringLiteral("cosingan evaluate --train %1 --test %2").arg(quoted(dataset), quoted(slices + QStringLiteral("/test")));
    bool baseline = false;
    for (const auto& set : ranSets_) {
        if (set.folder.isEmpty()) continue;
        c += (baseline ? QStringLiteral(" --also-real ") : QStringLiteral(" --baseline-real ")) + quoted(slices + QLatin1Char('/') + set.folder);
        baseline = true;
    }
    const gan::LabelledSlice& t = ranTest_.front();
    c += QStringLiteral(" --spacing %1,%2 --size %3 --iterations %4 --seed %5")
             .arg(t.spacingX, 0, 'g', 6)
             .arg(t.spacingY, 0, 'g', 6)
             .arg(options_.size)
             .arg(options_.iterations)
             .arg(qulonglong(options_.seed));
    const gan::SegmenterOptions defaults;
    if (options_.batchSize != defaults.batchSize) c += QStringLiteral(" --batch %1").arg(options_.batchSize);
    if (options_.baseChannels != defaults.baseChannels) c += QStringLiteral(" --channels %1").arg(options_.baseChannels);
    if (options_.lungToleranceMm != defaults.lungToleranceMm) c += QStringLiteral(" --tolerance-lungs %1").arg(options_.lungToleranceMm);
    if (options_.infectionToleranceMm != defaults.infectionToleranceMm)
        c += QStringLiteral(" --tolerance-infection %1").arg(options_.infectionToleranceMm);
    return c;
}

void EvaluateDialog::showResults() {
    table_->setRowCount(int(results_.size()));
    for (int row = 0; row < int(results_.size()); ++row) {
        const auto& r = results_[size_t(row)];
        const QStringList cells{QString::fromStdString(r.label), QString::number(r.trainingSlices), meanSd(r.diceInfection),
                                meanSd(r.nsdInfection), meanSd(r.diceLungs), meanSd(r.nsdLungs)};
        for (int c = 0; c < cells.size(); ++c) table_->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    auto* series = new QBarSeries;
    auto* infection = new QBarSet(tr("Dice infection"));
    auto* lungs = new QBarSet(tr("Dice lungs"));
    infection->setColor(QColor(239, 83, 80));
    lungs->setColor(QColor(66, 165, 245));
    QStringList categories;
    for (const auto& r : results_) {
        *infection << r.diceInfection.mean;
        *lungs << (r.diceLungs.count > 0 ? r.diceLungs.mean : 0.0);
        categories << QString::fromStdString(r.label);
    }
    series->append(infection);
    series->append(lungs);
    auto* chart = new QChart;
    chart->setTheme(QChart::ChartThemeDark);
    chart->setBackgroundBrush(QColor(30, 31, 35));
    chart->setTitle(tr("Dice on the study's real slices"));
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    auto* y = new QValueAxis;
    y->setRange(0, 1);
    y->setLabelFormat(QStringLiteral("%.1f"));
    y->setTickCount(6);  // 0, 0.2 … 1
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignBottom);
    if (chart_) delete chart_;
    chart_ = new QChartView(chart, chartHost_);
    chart_->setRenderHint(QPainter::Antialiasing);
    chartHost_->layout()->addWidget(chart_);
    chart_->show();
}

}  // namespace cosingan::ui
