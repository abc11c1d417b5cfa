#include "GenerationService.h"

#include "gan/SliceBundle.h"
#include "gan/Training.h"
#include "ui/common/MessageText.h"

#include <QElapsedTimer>

#include <atomic>

#include <filesystem>

namespace cosingan::ui {

// Lives in the service's thread; owns the model.
class GenerationWorker : public QObject {
    Q_OBJECT
public:
    void setPending(GenerationRequest r) {
        std::lock_guard<std::mutex> lock(mutex_);
        pending_ = std::move(r);
    }
    void setVolumeJob(VolumeJob job) {
        std::lock_guard<std::mutex> lock(mutex_);
        volumeJob_ = std::move(job);
        cancel_ = false;
    }
    void cancelVolume() { cancel_ = true; }

public Q_SLOTS:
    void load(const QString& folder) { loadInto(folder, false); }
    void loadFusion(const QString& folder) {
        if (folder.isEmpty()) {
            fuse_.reset();
            Q_EMIT fusionLoaded(ModelInfo());
            return;
        }
        loadInto(folder, true);
    }

    void loadInto(const QString& folder, bool fusion) {
        try {
            auto model = gan::CoSinGanModel::load(folder.toStdString());
            ModelInfo info;
            info.folder = QString::fromStdString(model->folder());
            info.preset = QString::fromStdString(model->config().preset);
            info.scales = model->trainedScales();
            info.finestSize = model->finestSize();
            info.hasDropout = model->hasDropout();
            info.lungBox = model->config().cropsToLungs();
            const std::string slice = gan::trainingSlicePath(folder.toStdString());
            if (std::filesystem::exists(slice)) info.trainingSlice = gan::loadSliceBundle(slice);
            if (fusion) {
                fuse_ = std::move(model);
                Q_EMIT fusionLoaded(info);
            } else {
                model_ = std::move(model);
                Q_EMIT loaded(info);
            }
        } catch (const std::exception& e) {
            Q_EMIT failed(folder, messageText(e));
        }
    }

    void process() {
        std::optional<GenerationRequest> r;
        {
            std::lock_guard<std::mutex> lock(mutex_);
            r.swap(pending_);
        }
        if (!r) return;  // a newer request was served already
        GenerationResult out;
        out.id = r->id;
        QElapsedTimer clock;
        clock.start();
        try {
            if (!model_) throw std::runtime_error(GenerationService::tr("No model is open.").toStdString());
            r->mask.validateAsCondition();
            for (int n = 0; n < r->count; ++n) {
                gan::SynthesisOptions o = r->options;
                o.seed = r->options.seed + uint64_t(n);
                const bool fused = r->fuse && fuse_;
                const gan::SynthesisResult res =
                    fused ? gan::CoSinGanModel::generateFused(*model_, *fuse_, {r->mask}, o, r->fusion).front()
                          : model_->generate({r->mask}, o).front();
                if (fused) out.zetas << res.zeta;
                if (res.width == r->mask.width && res.height == r->mask.height) {
                    out.images << toImage(res.image, res.width, res.height);
                } else {  // a lung-box model drew the box alone: shown where it lies, black around it
                    std::vector<uint8_t> field(r->mask.labels.size(), 0);
                    gan::pasteBox(res.image, {res.x, res.y, res.width, res.height}, field, r->mask.width);
                    out.images << toImage(field, r->mask.width, r->mask.height);
                }
                for (const auto& st : res.stages) {
                    out.stages << toImage(st.pixels, st.size, st.size);
                    out.stageNames << QStringLiteral("scale %1 · %2 px · stage %3").arg(st.scaleIndex + 1).arg(st.size).arg(st.stage);
                }
            }
        } catch (const std::exception& e) {
            out.error = messageText(e);
        }
        out.milliseconds = double(clock.nsecsElapsed()) / 1e6;
        Q_EMIT done(out);
    }

    void synthesizeVolume() {
        std::optional<VolumeJob> job;
        {
            std::lock_guard<std::mutex> lock(mutex_);
            job.swap(volumeJob_);
        }
        if (!job) return;
        // Progress and cancellation through the engine's plain interface.
        struct Control : JobControl {
            GenerationWorker* w;
            void reportProgress(double f, const std::string& m) override { Q_EMIT w->volumeProgress(f, QString::fromStdString(m)); }
            bool isCancelRequested() const override { return w->cancel_; }
        } control;
        control.w = this;
        try {
            if (!model_) throw std::runtime_error(GenerationService::tr("No model is open.").toStdString());
            VolumeSynthesisOptions o;
            o.synthesis = job->options;
            auto result = std::make_shared<SynthesizedVolume>(cosingan::synthesizeVolume(*model_, job->labels, job->reference.get(), o, &control));
            Q_EMIT volumeDone(result);
        } catch (const JobCancelled&) {
            Q_EMIT volumeFailed(QStringLiteral("cancelled"), true);
        } catch (const std::exception& e) {
            Q_EMIT volumeFailed(messageText(e), false);
        }
    }

Q_SIGNALS:
    void fusionLoaded(const cosingan::ui::ModelInfo& info);
    void volumeProgress(double fraction, const QString& message);
    void volumeDone(const cosingan::ui::VolumeResult& volume);
    void volumeFailed(const QString& message, bool cancelled);
    void loaded(const cosingan::ui::ModelInfo& info);
    void failed(const QString& folder, const QString& message);
    void done(const cosingan::ui::GenerationResult& result);

private:
    static QImage toImage(const std::vector<uint8_t>& pixels, int w, int h) {
        QImage img(w, h, QImage::Format_Grayscale8);
        for (int y = 0; y < h; ++y) std::copy_n(pixels.data() + size_t(y) * size_t(w), w, img.scanLine(y));
        return img;
    }

    std::shared_ptr<gan::CoSinGanModel> model_, fuse_;
    std::mutex mutex_;
    std::optional<GenerationRequest> pending_;
    std::optional<VolumeJob> volumeJob_;
    std::atomic<bool> cancel_{false};
};

GenerationService::GenerationService(QObject* parent) : QObject(parent), worker_(new GenerationWorker) {
    qRegisterMetaType<cosingan::ui::ModelInfo>();
    qRegisterMetaType<cosingan::ui::GenerationResult>();
    qRegisterMetaType<cosingan::ui::VolumeResult>();
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    connect(worker_, &GenerationWorker::loaded, this, [this](const ModelInfo& info) {
        busy_ = false;
        Q_EMIT modelLoaded(info);
    });
    connect(worker_, &GenerationWorker::failed, this, [this](const QString& folder, const QString& message) {
        busy_ = false;
        Q_EMIT modelFailed(folder, message);
    });
    connect(worker_, &GenerationWorker::done, this, [this](const GenerationResult& r) {
        busy_ = r.id + 1 < nextId_;  // a newer one is on its way
        Q_EMIT generated(r);
    });
    connect(worker_, &GenerationWorker::fusionLoaded, this, [this](const ModelInfo& info) {
        busy_ = false;
        Q_EMIT fusionModelLoaded(info);
    });
    connect(worker_, &GenerationWorker::volumeProgress, this, &GenerationService::volumeProgress);
    connect(worker_, &GenerationWorker::volumeDone, this, &GenerationService::volumeDone);
    connect(worker_, &GenerationWorker::volumeFailed, this, &GenerationService::volumeFailed);
    thread_.setObjectName(QStringLiteral("synthesis"));
    thread_.start();
}

GenerationService::~GenerationService() {
    worker_->cancelVolume();  // a volume being synthesised stops at its next batch
    thread_.quit();
    thread_.wait();
}

void GenerationService::loadModel(const QString& folder) {
    busy_ = true;
    Q_EMIT modelLoading(folder);
    QMetaObject::invokeMethod(worker_, "load", Qt::QueuedConnection, Q_ARG(QString, folder));
}

void GenerationService::loadFusionModel(const QString& folder) {
    QMetaObject::invokeMethod(worker_, "loadFusion", Qt::QueuedConnection, Q_ARG(QString, folder));
}

void GenerationService::synthesizeVolume(VolumeJob job) {
    worker_->setVolumeJob(std::move(job));
    QMetaObject::invokeMethod(worker_, "synthesizeVolume", Qt::QueuedConnection);
}

void GenerationService::cancelVolume() { worker_->cancelVolume(); }

quint64 GenerationService::request(GenerationRequest r) {
    r.id = nextId_++;
    const quint64 id = r.id;
    worker_->setPending(std::move(r));
    busy_ = true;
    QMetaObject::invokeMethod(worker_, "process", Qt::QueuedConnection);
    return id;
}

}  // namespace cosingan::ui

#include "GenerationService.moc"
