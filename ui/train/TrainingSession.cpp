#include "TrainingSession.h"

#include "gan/LungBox.h"
#include "gan/SliceBundle.h"
#include "gan/Synthesis.h"
#include "util/Json.h"
#include "ui/common/MessageText.h"

#include <QDir>
#include <QThread>

#include <algorithm>
#include <cstring>
#include <ctime>
#include <QFileInfo>

namespace cosingan::ui {

namespace {
QImage greyImage(const std::vector<uint8_t>& pixels, int size) {
    QImage img(size, size, QImage::Format_Grayscale8);
    for (int y = 0; y < size; ++y) std::memcpy(img.scanLine(y), pixels.data() + size_t(y) * size_t(size), size_t(size));
    return img;
}
}  // namespace

TrainingSession::TrainingSession(QObject* parent) : QObject(parent) {
    drainTimer_.setInterval(250);  // curves and previews are redrawn at most four times a second
    connect(&drainTimer_, &QTimer::timeout, this, &TrainingSession::drain);
}

TrainingSession::~TrainingSession() {
    if (worker_) {
        worker_->cancel();
        worker_->wait(30000);
    }
}

void TrainingSession::setState(State s) {
    if (s == state_) return;
    state_ = s;
    Q_EMIT stateChanged(s);
}

bool TrainingSession::start(gan::TrainingRequest request, QString* why) {
    if (busy()) {
        if (why) *why = tr("A training is already running.");
        return false;
    }
    try {
        request.config.validate();
        request.slice.validateForTraining();
    } catch (const std::exception& e) {
        if (why) *why = messageText(e);
        return false;
    }
    traces_.clear();
    resumeMarks_.clear();
    previews_.clear();
    return launch(std::move(request), why);
}

bool TrainingSession::resumeFrom(const QString& folder, const QString& device, QString* why) {
    if (busy()) {
        if (why) *why = tr("A training is already running.");
        return false;
    }
    try {
        gan::TrainingRequest r = gan::resumeRequest(folder.toStdString(), device.toStdString());
        // Curves of the finished part come from the manifest; the rest streams in.
        loadModel(folder, nullptr);
        markNextSample_ = true;
        return launch(std::move(r), why);
    } catch (const std::exception& e) {
        if (why) *why = messageText(e);
        return false;
    }
}

bool TrainingSession::launch(gan::TrainingRequest request, QString* why) {
    (void)why;
    config_ = request.config;
    slice_ = request.slice;
    folder_ = QString::fromStdString(request.modelFolder);
    error_.clear();
    progress_ = gan::TrainingProgress();
    worker_ = std::make_unique<TrainingWorker>(std::move(request));
    connect(worker_.get(), &TrainingWorker::finished, this, &TrainingSession::onWorkerFinished, Qt::QueuedConnection);
    worker_->start();
    elapsed_.start();
    eta_ = TrainingEta(config_, config_.segmentation.pretrainIterations, QThread::idealThreadCount());
    drainTimer_.start();
    setState(State::Running);
    return true;
}

void TrainingSession::pause() {
    if (state_ != State::Running) return;
    worker_->pause();
    setState(State::Paused);
}

void TrainingSession::resume() {
    if (state_ != State::Paused) return;
    worker_->resume();
    setState(State::Running);
}

void TrainingSession::cancel() {
    if (!worker_ || !busy()) return;
    worker_->cancel();
    setState(State::Stopping);
}

bool TrainingSession::waitUntilStopped(int ms) { return !worker_ || worker_->wait(ms); }

void TrainingSession::onWorkerFinished(bool completed, bool cancelled, const QString& error) {
    drain();
    drainTimer_.stop();
    runSeconds_ = elapsedSeconds();
    error_ = error;
    if (completed) setState(State::Finished);
    else if (cancelled) setState(State::Stopped);
    else {
        setState(State::Failed);
        Q_EMIT message(tr("Training failed: %1").arg(error));
    }
    Q_EMIT trainingEnded(completed);
}

StageTrace& TrainingSession::traceFor(int scale, int stage) {
    for (auto& t : traces_)
        if (t.scale == scale && t.stage == stage) return t;
    traces_.push_back({scale, stage, {}, {}});
    return traces_.back();
}

void TrainingSession::drain() {
    if (!worker_) return;
    TrainingUpdate u = worker_->drain();
    if (u.hasProgress) {
        progress_ = u.progress;
        eta_.observe(progress_, elapsedSeconds(), double(std::clock()) / CLOCKS_PER_SEC);
        Q_EMIT progressChanged();
    }
    for (const auto& sample : u.losses) {
        StageTrace& t = traceFor(sample.stage == 0 ? -1 : sample.scale, sample.stage);
        if (markNextSample_) {
            resumeMarks_.push_back({t.scale, t.stage, sample.iteration});
            markNextSample_ = false;
        }
        t.iterations.push_back(sample.iteration);
        for (const auto& v : sample.values) t.values[v.first].push_back(v.second);
    }
    if (!u.losses.empty()) Q_EMIT lossesChanged();
    for (const auto& p : u.previews) previews_[{p.scaleIndex, p.stage}] = {greyImage(p.pixels, p.size), p.iteration};
    if (!u.previews.empty()) Q_EMIT previewsChanged();
    for (const auto& m : u.messages) Q_EMIT message(translatedMessage(m));
}

gan::SliceData TrainingSession::trainingField() const { return gan::modelField(slice_, config_.lungCropMargin); }

QImage TrainingSession::preview(int scale, int stage) const {
    auto it = previews_.find({scale, stage});
    return it == previews_.end() ? QImage() : it->second.first;
}

int TrainingSession::previewIteration(int scale, int stage) const {
    auto it = previews_.find({scale, stage});
    return it == previews_.end() ? 0 : it->second.second;
}

bool TrainingSession::loadModel(const QString& folder, QString* why) {
    try {
        const Json manifest = readJsonFile(QDir(folder).filePath(QStringLiteral("manifest.json")).toStdString());
        config_ = gan::GanConfig::fromJson(manifest.at("config"));
        folder_ = folder;
        traces_.clear();
        resumeMarks_.clear();
        previews_.clear();
        // Curves: the manifest keeps about 200 points per stage.
        if (const Json* history = manifest.find("loss_history")) {
            for (const auto& entry : history->asObject()) {
                const bool seg = entry.first == "segmentation";
                const int scale = seg ? -1 : std::atoi(entry.first.c_str() + 5);
                auto addStage = [&](int stage, const Json& curves) {
                    StageTrace& t = traceFor(scale, stage);
                    for (const auto& c : curves.asObject()) {
                        if (c.first == "iteration")
                            for (const Json& v : c.second.asArray()) t.iterations.push_back(v.asInt());
                        else
                            for (const Json& v : c.second.asArray()) t.values[c.first].push_back(v.asNumber());
                    }
                };
                if (seg) addStage(0, entry.second);
                else
                    for (const auto& st : entry.second.asObject()) addStage(std::atoi(st.first.c_str() + 5), st.second);
            }
        }
        std::sort(traces_.begin(), traces_.end(), [](const StageTrace& a, const StageTrace& b) {
            return std::make_pair(a.scale, a.stage) < std::make_pair(b.scale, b.stage);
        });
        Q_EMIT lossesChanged();
        if (!busy()) setState(manifest.value("complete", false) ? State::Finished : State::Stopped);
        // Gallery: the model's outputs for its own training mask, every scale and stage.
        try {
            slice_ = gan::loadSliceBundle(gan::trainingSlicePath(folder.toStdString()));
        } catch (const std::exception& e) {
            Q_EMIT message(tr("The model's curves are shown, but not its outputs: %1").arg(messageText(e)));
            Q_EMIT previewsChanged();
            return true;
        }
        if (manifest.value("trained_scales", 0) > 0) {
            const auto model = gan::CoSinGanModel::load(folder.toStdString(), "cpu");
            gan::SliceData mask = slice_;
            mask.image.clear();
            gan::SynthesisOptions o;
            o.intermediates = true;
            const std::vector<gan::SynthesisResult> results = model->generate({mask}, o);  // keep it alive
            for (const auto& s : results.front().stages) previews_[{s.scaleIndex, s.stage}] = {greyImage(s.pixels, s.size), 0};
        }
        Q_EMIT previewsChanged();
        return true;
    } catch (const std::exception& e) {
        if (why) *why = messageText(e);
        Q_EMIT message(tr("Cannot show the model in %1: %2").arg(folder, messageText(e)));
        return false;
    }
}

}  // namespace cosingan::ui
