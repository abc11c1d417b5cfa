#pragma once
// Measures how late the GUI event loop serves a timer (its responsiveness) while long work runs.
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <vector>

namespace cosingan::ui {

class EventLoopMonitor : public QObject {
    Q_OBJECT
public:
    explicit EventLoopMonitor(QObject* parent = nullptr, int intervalMs = 20);
    void start();
    void stop();
    void reset();
    // Lateness of the timer in milliseconds since the last reset.
    double maxLatencyMs() const;
    double percentileLatencyMs(double p) const;
    int samples() const { return int(latencies_.size()); }

private:
    void tick();
    QTimer timer_;
    QElapsedTimer clock_;
    qint64 last_ = -1;
    int interval_;
    std::vector<double> latencies_;
};

}  // namespace cosingan::ui
