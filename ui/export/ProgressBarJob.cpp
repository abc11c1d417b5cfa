#include "ProgressBarJob.h"

#include <algorithm>
#include <cmath>

namespace cosingan::ui {

ProgressBarJob::ProgressBarJob(QPointer<QProgressBar> bar, std::shared_ptr<std::atomic<bool>> cancelled)
    : bar_(std::move(bar)), cancelled_(std::move(cancelled)) {
    clock_.start();
}

void ProgressBarJob::reportProgress(double fraction, const std::string& message) {
    const int value = int(std::lround(fraction * 1000));
    QString text = QString::fromStdString(message);
    // The time left from the pace so far, once there is a pace to go by.
    const double elapsed = double(clock_.elapsed()) / 1000.0;
    if (fraction > 0.02 && fraction < 1 && elapsed > 2) {
        const int left = int(std::lround(elapsed * (1 - fraction) / fraction));
        text += left < 60 ? tr(" · about %1 s left").arg(std::max(1, left)) : tr(" · about %1 min left").arg((left + 30) / 60);
    }
    QPointer<QProgressBar> bar = bar_;
    QMetaObject::invokeMethod(
        bar_.data(),
        [bar, value, text] {
            if (!bar) return;
            bar->setValue(value);
            bar->setFormat(QStringLiteral("%p % · ") + text);
        },
        Qt::QueuedConnection);
}

}  // namespace cosingan::ui
