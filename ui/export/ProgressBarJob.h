#pragma once
// The engine's progress and cancellation interface for a job run in a worker thread while a
// dialog shows it: progress (with the time left, from the pace so far) goes to a progress bar in
// the UI thread through queued calls; cancellation is a flag the dialog sets.
#include "util/JobControl.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QProgressBar>

#include <atomic>
#include <memory>
#include <string>

namespace cosingan::ui {

class ProgressBarJob : public JobControl {
    Q_DECLARE_TR_FUNCTIONS(cosingan::ui::ProgressBarJob)

public:
    ProgressBarJob(QPointer<QProgressBar> bar, std::shared_ptr<std::atomic<bool>> cancelled);
    void reportProgress(double fraction, const std::string& message) override;
    bool isCancelRequested() const override { return *cancelled_; }

private:
    QPointer<QProgressBar> bar_;
    std::shared_ptr<std::atomic<bool>> cancelled_;
    QElapsedTimer clock_;
};

}  // namespace cosingan::ui
