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
        setMinimumWidth(220);
        empty_ = new QLabel(QObject::tr("The curves appear with the first iterations."), this);
        empty_->setAlignment(Qt::AlignCenter);
        empty_->setStyleSheet(QStringLiteral("color: #8a939d; background: transparent;"));
        empty_->setAttribute(Qt::WA_TransparentForMouseEvents);
        setAxes(false);
        setData({});
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

    void setTitle(const QString& title) { chart()->setTitle(title); }

    // points[term] = (x, y); a term without points is hidden. markers: x positions with a label
    // (stage changes, a resume), drawn as dashed vertical lines. Without points the axes are hidden
    // (no "0 0 0 0 1" scale for nothing) and the chart says what it waits for.
    void setData(const std::map<std::string, QList<QPointF>>& points, const std::vector<std::pair<double, QString>>& markers = {}) {
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
        const bool empty = x1 < x0;
        x_->setVisible(!empty);
        y_->setVisible(!empty);
        chart()->legend()->setVisible(!empty);
        empty_->setVisible(empty);
        markers_.clear();
        markerLabels_.clear();
        if (empty) return;
        x_->setRange(x0, std::max(x0 + 1, x1));
        x_->applyNiceNumbers();  // ticks at round iteration counts
        const double pad = log_ ? 0 : 0.05 * std::max(1e-6, y1 - y0);
        double lo = log_ ? y0 * 0.8 : y0 - pad, hi = log_ ? y1 * 1.25 : y1 + pad;
        // A log axis labels only powers of its base: base 10 leaves a curve that stays within one
        // decade with a single label (or none), so narrow ranges are labelled in powers of 2 and
        // widened to the powers of 2 around them.
        if (auto* ly = qobject_cast<QLogValueAxis*>(y_)) {
            const bool narrow = hi / lo < 30;
            ly->setBase(narrow ? 2.0 : 10.0);
            ly->setMinorTickCount(narrow ? 0 : 8);
            if (narrow) {
                lo = std::pow(2.0, std::floor(std::log2(lo)));
                hi = std::pow(2.0, std::ceil(std::log2(hi)));
            }
        }
        y_->setRange(lo, hi);
        for (const auto& m : markers) {
            if (m.first <= x0 || m.first >= x1) continue;
            markers_.push_back(m);
            markerLabels_ << m.second;
        }
        range_ = {lo, hi};
        viewport()->update();
    }

    QStringList markerLabels() const { return markerLabels_; }
    bool showsEmptyNote() const { return !empty_->isHidden(); }


    int count() const { return count_; }
    std::vector<std::string> terms() const {
        std::vector<std::string> t;
        for (const auto& p : terms_) t.push_back(p.first);
        return t;
    }
    bool logScale() const { return log_; }

protected:
    // Markers are painted over the plot rather than added as series: series would need legend
    // entries, and hidden ones still take the legend's room until it disappears.
    void drawForeground(QPainter* painter, const QRectF& rect) override {
        QChartView::drawForeground(painter, rect);
        QLineSeries* anchor = nullptr;
        for (auto& s : series_)
            if (s.second->isVisible() && s.second->count() > 0) anchor = s.second;
        if (!anchor || markers_.empty()) return;
        painter->save();
        for (const auto& m : markers_) {
            const QPointF top = chart()->mapToScene(chart()->mapToPosition(QPointF(m.first, range_.second), anchor));
            const QPointF bottom = chart()->mapToScene(chart()->mapToPosition(QPointF(m.first, range_.first), anchor));
            const bool resumed = m.second == QObject::tr("resumed");
            painter->setPen(QPen(resumed ? QColor(255, 171, 64) : QColor(200, 200, 210), 1.5, Qt::DashLine));
            painter->drawLine(top, bottom);
        }
        painter->restore();
    }

    void resizeEvent(QResizeEvent* e) override {
        QChartView::resizeEvent(e);
        empty_->setGeometry(rect());
    }

private:
    std::vector<std::pair<std::string, QColor>> terms_;
    std::map<std::string, QLineSeries*> series_;
    QValueAxis* x_ = nullptr;
    QAbstractAxis* y_ = nullptr;
    QLabel* empty_ = nullptr;
    std::vector<std::pair<double, QString>> markers_;
    std::pair<double, double> range_{0, 1};
    QStringList markerLabels_;
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
    segmentation_ = new ChartPane(tr("Segmentation U-Net pre-training"), {{"CE", QColor(171, 130, 255)}}, this);
    adversarial_ = new ChartPane(tr("Adversarial"), {{"G_adv", QColor(239, 83, 80)}, {"D_real", QColor(66, 165, 245)},
                                                      {"D_fake", QColor(255, 193, 7)}},
                                 this);
    reconstruction_ = new ChartPane(tr("Reconstruction"), {{"WPPL", QColor(102, 187, 106)}, {"L1", QColor(156, 204, 101)}, {"MS-SSIM", QColor(38, 198, 218)},
                                                            {"MS-FVL", QColor(255, 138, 101)}, {"MS-FUL", QColor(186, 104, 200)},
                                                            {"G_total", QColor(200, 200, 200)}},
                                    this);
    charts->addWidget(segmentation_, 2);
    charts->addWidget(adversarial_, 3);
    charts->addWidget(reconstruction_, 3);
    layout->addLayout(charts, 1);

    connect(session_, &TrainingSession::lossesChanged, this, &LossChart::refresh);
    connect(scope_, &QComboBox::currentIndexChanged, this, &LossChart::refresh);
    connect(smoothing_, &QSlider::valueChanged, this, &LossChart::refresh);
    connect(log_, &QCheckBox::toggled, this, [this](bool on) {
        for (ChartPane* p : {segmentation_, adversarial_, reconstruction_}) p->setAxes(on);
        refresh();
    });
    rebuildScopes();
    log_->setChecked(true);
}

QString LossChart::stageName(const StageTrace& t) const {
    if (t.stage == 0) return tr("U-Net pre-training");
    const auto& scales = session_->config().scales;
    return tr("scale %1 (%2 px) · stage %3")
        .arg(t.scale + 1)
        .arg(t.scale >= 0 && t.scale < int(scales.size()) ? scales[size_t(t.scale)].size : 0)
        .arg(t.stage);
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
    for (size_t i = 0; i < traces.size(); ++i) {
        const QString name = stageName(traces[i]);
        scope_->addItem(traces[i].stage == 0 ? tr("Segmentation U-Net pre-training") : name.left(1).toUpper() + name.mid(1), int(i));
    }
    const int index = scope_->findData(keep);
    scope_->setCurrentIndex(index < 0 ? 0 : index);
    scope_->blockSignals(false);
}

void LossChart::refresh() {
    rebuildScopes();
    const auto& traces = session_->traces();
    const int scope = scope_->currentData().toInt();
    std::vector<size_t> shown;
    if (scope == -2) {
        for (size_t i = 0; i < traces.size(); ++i) shown.push_back(i);
    } else if (scope == -1) {
        if (!traces.empty()) shown.push_back(traces.size() - 1);
    } else if (scope < int(traces.size())) {
        shown.push_back(size_t(scope));
    }
    // Whole training: stages laid end to end along x, a dashed line where each one starts and
    // where a run was resumed.
    const double alpha = 1.0 - smoothing_->value() / 100.0;
    std::map<std::string, QList<QPointF>> seg, adv, rec;
    std::vector<std::pair<double, QString>> markers;
    double offset = 0;
    bool hasSegmentation = false, hasGan = false;
    for (size_t k : shown) {
        const StageTrace* t = &traces[k];
        (t->stage == 0 ? hasSegmentation : hasGan) = true;
        if (shown.size() > 1 && offset > 0) markers.push_back({offset, stageName(*t)});
        for (const ResumeMark& r : session_->resumeMarks())
            if (r.scale == t->scale && r.stage == t->stage) markers.push_back({offset + r.iteration, tr("resumed")});
        const size_t n = t->iterations.size();
        const size_t step = std::max<size_t>(1, n / 1500);  // at most ~1500 points per series
        for (const auto& kv : t->values) {
            auto& target = kv.first == "CE" ? seg : (kv.first == "G_adv" || kv.first == "D_real" || kv.first == "D_fake") ? adv : rec;
            QList<QPointF>& pts = target[kv.first];
            double ema = kv.second.empty() ? 0 : kv.second.front();
            for (size_t i = 0; i < kv.second.size() && i < n; ++i) {
                ema = alpha * kv.second[i] + (1 - alpha) * ema;
                if (i % step == 0 || i + 1 == n) pts.append(QPointF(offset + t->iterations[i], ema));
            }
        }
        if (n) offset += t->iterations.back();
    }
    const QString what = scope == -2 ? tr("whole training") : shown.empty() ? tr("waiting for the first stage") : stageName(traces[shown.front()]);
    segmentation_->setTitle(tr("Segmentation U-Net pre-training · cross-entropy"));
    adversarial_->setTitle(tr("Adversarial · %1").arg(what));
    reconstruction_->setTitle(tr("Reconstruction · %1").arg(what));
    segmentation_->setVisible(hasSegmentation);
    adversarial_->setVisible(hasGan || !hasSegmentation);
    reconstruction_->setVisible(hasGan || !hasSegmentation);
    segmentation_->setData(seg, markers);
    adversarial_->setData(adv, markers);
    reconstruction_->setData(rec, markers);
}

int LossChart::pointCount() const { return segmentation_->count() + adversarial_->count() + reconstruction_->count(); }

QStringList LossChart::titles() const {
    QStringList t;
    for (ChartPane* p : {segmentation_, adversarial_, reconstruction_})
        if (!p->isHidden()) t << p->chart()->title();
    return t;
}

QStringList LossChart::markerLabels() const { return adversarial_->isHidden() ? segmentation_->markerLabels() : adversarial_->markerLabels(); }

bool LossChart::showsEmptyNote() const { return adversarial_->showsEmptyNote() && reconstruction_->showsEmptyNote(); }

void LossChart::setScope(int index) { scope_->setCurrentIndex(scope_->findData(index)); }

}  // namespace cosingan::ui
