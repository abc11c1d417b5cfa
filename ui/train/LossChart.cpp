#include "LossChart.h"

#include "TrainingSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QVBoxLayout>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>
#include <QtCharts/QLogValueAxis>
#include <QtCharts/QValueAxis>

#include <cmath>
#include <map>

namespace cosingan::ui {

// One chart: a fixed set of loss terms, each a line series.
class ChartPane : public QChartView {
public:
    ChartPane(const QString& title, const std::vector<std::pair<std::string, QColor>>& terms, QWidget* parent)
        : QChartView(parent), terms_(terms) {
        auto* chart = new QChart;
        chart->setTitle(title);
        chart->setTheme(QChart::ChartThemeDark);
        chart->setBackgroundBrush(QColor(30, 31, 35));
        chart->setMargins(QMargins(4, 4, 4, 4));
        chart->legend()->setAlignment(Qt::AlignBottom);
        for (const auto& t : terms_) {
            auto* s = new QLineSeries(chart);
            s->setName(QString::fromStdString(t.first));
            s->setPen(QPen(t.second, 1.6));
            chart->addSeries(s);
            series_[t.first] = s;
        }
        setChart(chart);
        setRenderHint(QPainter::Antialiasing);
        setMinimumHeight(200);
        setAxes(false);
    }

    void setAxes(bool logScale) {
        QChart* c = chart();
        for (QAbstractAxis* a : c->axes()) {
            c->removeAxis(a);
            delete a;
        }
        x_ = new QValueAxis(c);
        x_->setTitleText(QObject::tr("iteration"));
        x_->setLabelFormat(QStringLiteral("%d"));
        if (logScale) {
            auto* ly = new QLogValueAxis(c);
            ly->setLabelFormat(QStringLiteral("%.3g"));
            ly->setBase(10);
            ly->setMinorTickCount(8);
            y_ = ly;
        } else {
            auto* vy = new QValueAxis(c);
            vy->setLabelFormat(QStringLiteral("%.3g"));
            y_ = vy;
        }
        c->addAxis(x_, Qt::AlignBottom);
        c->addAxis(y_, Qt::AlignLeft);
        for (auto& s : series_) {
            s.second->attachAxis(x_);
            s.second->attachAxis(y_);
        }
        log_ = logScale;
    }

    // points[term] = (x, y); a term without points is hidden.
    void setData(const std::map<std::string, QList<QPointF>>& points) {
        double x0 = 1e300, x1 = -1e300, y0 = 1e300, y1 = -1e300;
        count_ = 0;
        for (auto& s : series_) {
            auto it = points.find(s.first);
            const QList<QPointF> pts = it == points.end() ? QList<QPointF>() : it->second;
            s.second->replace(pts);
            s.second->setVisible(!pts.isEmpty());
            count_ += int(pts.size());
            for (const QPointF& p : pts) {
                if (log_ && p.y() <= 0) continue;
                x0 = std::min(x0, p.x());
                x1 = std::max(x1, p.x());
                y0 = std::min(y0, p.y());
                y1 = std::max(y1, p.y());
            }
        }
        if (x1 < x0) return;
        x_->setRange(x0, std::max(x0 + 1, x1));
        const double pad = log_ ? 0 : 0.05 * std::max(1e-6, y1 - y0);
        y_->setRange(log_ ? y0 * 0.8 : y0 - pad, log_ ? y1 * 1.25 : y1 + pad);
    }

    int count() const { return count_; }
    std::vector<std::string> terms() const {
        std::vector<std::string> t;
        for (const auto& p : terms_) t.push_back(p.first);
        return t;
    }
    bool logScale() const { return log_; }

private:
    std::vector<std::pair<std::string, QColor>> terms_;
    std::map<std::string, QLineSeries*> series_;
    QValueAxis* x_ = nullptr;
    QAbstractAxis* y_ = nullptr;
    bool log_ = false;
    int count_ = 0;
};

LossChart::LossChart(TrainingSession* session, QWidget* parent) : QWidget(parent), session_(session) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* controls = new QHBoxLayout;
    scope_ = new QComboBox(this);
    scope_->setToolTip(tr("Which part of the training the curves show"));
    smoothing_ = new QSlider(Qt::Horizontal, this);
    smoothing_->setRange(0, 98);
    smoothing_->setValue(80);
    smoothing_->setMaximumWidth(140);
    smoothing_->setToolTip(tr("Exponential smoothing of the curves"));
    log_ = new QCheckBox(tr("Log scale"), this);
    log_->setToolTip(tr("Logarithmic loss axis: the small reconstruction terms stay readable next to the total"));
    controls->addWidget(new QLabel(tr("Show"), this));
    controls->addWidget(scope_, 1);
    controls->addWidget(new QLabel(tr("Smoothing"), this));
    controls->addWidget(smoothing_);
    controls->addWidget(log_);
    layout->addLayout(controls);
    auto* charts = new QHBoxLayout;
    adversarial_ = new ChartPane(tr("Adversarial · U-Net pre-training"), {{"G_adv", QColor(239, 83, 80)}, {"D_real", QColor(66, 165, 245)},
                                                      {"D_fake", QColor(255, 193, 7)}, {"CE", QColor(171, 130, 255)}},
                                 this);
    reconstruction_ = new ChartPane(tr("Reconstruction"), {{"WPPL", QColor(102, 187, 106)}, {"MS-SSIM", QColor(38, 198, 218)},
                                                            {"MS-FVL", QColor(255, 138, 101)}, {"MS-FUL", QColor(186, 104, 200)},
                                                            {"G_total", QColor(200, 200, 200)}},
                                    this);
    charts->addWidget(adversarial_);
    charts->addWidget(reconstruction_);
    layout->addLayout(charts, 1);

    connect(session_, &TrainingSession::lossesChanged, this, &LossChart::refresh);
    connect(scope_, &QComboBox::currentIndexChanged, this, &LossChart::refresh);
    connect(smoothing_, &QSlider::valueChanged, this, &LossChart::refresh);
    connect(log_, &QCheckBox::toggled, this, [this](bool on) {
        adversarial_->setAxes(on);
        reconstruction_->setAxes(on);
        refresh();
    });
    rebuildScopes();
    log_->setChecked(true);
}

void LossChart::rebuildScopes() {
    const auto& traces = session_->traces();
    if (int(traces.size()) == scopesFor_) return;
    scopesFor_ = int(traces.size());
    const QVariant keep = scope_->currentData();
    scope_->blockSignals(true);
    scope_->clear();
    scope_->addItem(tr("Current stage"), -1);
    scope_->addItem(tr("Whole training"), -2);
    const auto& scales = session_->config().scales;
    for (size_t i = 0; i < traces.size(); ++i) {
        const StageTrace& t = traces[i];
        if (t.stage == 0) scope_->addItem(tr("Segmentation U-Net pre-training"), int(i));
        else
            scope_->addItem(tr("Scale %1 (%2 px) · stage %3")
                                .arg(t.scale + 1)
                                .arg(t.scale < int(scales.size()) ? scales[size_t(t.scale)].size : 0)
                                .arg(t.stage),
                            int(i));
    }
    const int index = scope_->findData(keep);
    scope_->setCurrentIndex(index < 0 ? 0 : index);
    scope_->blockSignals(false);
}

void LossChart::refresh() {
    rebuildScopes();
    const auto& traces = session_->traces();
    const int scope = scope_->currentData().toInt();
    std::vector<const StageTrace*> shown;
    if (scope == -2) {
        for (const auto& t : traces) shown.push_back(&t);
    } else if (scope == -1) {
        if (!traces.empty()) shown.push_back(&traces.back());
    } else if (scope < int(traces.size())) {
        shown.push_back(&traces[size_t(scope)]);
    }
    // Whole training: stages laid end to end along x.
    const double alpha = 1.0 - smoothing_->value() / 100.0;
    std::map<std::string, QList<QPointF>> adv, rec;
    double offset = 0;
    for (const StageTrace* t : shown) {
        const size_t n = t->iterations.size();
        const size_t step = std::max<size_t>(1, n / 1500);  // at most ~1500 points per series
        for (const auto& kv : t->values) {
            auto& target = (kv.first == "G_adv" || kv.first == "D_real" || kv.first == "D_fake" || kv.first == "CE") ? adv : rec;
            QList<QPointF>& pts = target[kv.first];
            double ema = kv.second.empty() ? 0 : kv.second.front();
            for (size_t i = 0; i < kv.second.size() && i < n; ++i) {
                ema = alpha * kv.second[i] + (1 - alpha) * ema;
                if (i % step == 0 || i + 1 == n) pts.append(QPointF(offset + t->iterations[i], ema));
            }
        }
        if (n) offset += t->iterations.back();
    }
    adversarial_->setData(adv);
    reconstruction_->setData(rec);
}

int LossChart::pointCount() const { return adversarial_->count() + reconstruction_->count(); }

}  // namespace cosingan::ui
