#pragma once
// The engine behind the Synthesise workspace, in a worker thread: loading a model (checksums
// verified, the training slice read) never freezes the window, and generation always serves the
// newest request — one that arrives while another is being generated replaces any still waiting.
#include "gan/SliceData.h"
#include "gan/Synthesis.h"
#include "synth/VolumeSynthesis.h"

#include <QImage>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThread>

#include <memory>
#include <mutex>
#include <optional>

namespace cosingan::ui {

struct ModelInfo {
    QString folder, preset;
    int scales = 0, finestSize = 0;
    bool hasDropout = false;
    bool lungBox = false;          // trained on, and draws, the lung box alone
    gan::SliceData trainingSlice;  // image and labels the model was trained on (may be empty)
};

struct GenerationRequest {
    quint64 id = 0;
    gan::SliceData mask;              // labels of the condition
    gan::SynthesisOptions options;
    bool fuse = false;                // image fusion with the second model (loadFusionModel)
    gan::FusionOptions fusion;
    int count = 1;                    // images, seeds options.seed ... seed + count - 1
};

struct GenerationResult {
    quint64 id = 0;
    QList<QImage> images;             // 8-bit grey, the mask's size
    QList<QImage> stages;             // with options.intermediates: every scale's stage 1 and 2
    QStringList stageNames;           // "32 px · stage 1" ...
    double milliseconds = 0;          // engine time
    QList<double> zetas;              // image fusion weights used
    QString error;                    // why nothing was generated
};

// A whole volume from a label volume (slices without lungs from the reference, if any).
struct VolumeJob {
    LabelMap labels;
    std::shared_ptr<const CtVolume> reference;
    gan::SynthesisOptions options;
};
using VolumeResult = std::shared_ptr<const SynthesizedVolume>;

class GenerationWorker;

class GenerationService : public QObject {
    Q_OBJECT
public:
    explicit GenerationService(QObject* parent = nullptr);
    ~GenerationService() override;

    void loadModel(const QString& folder);
    // The second model of image fusion (the paper's IF); an empty folder drops it.
    void loadFusionModel(const QString& folder);
    // Returns the request's id; an older request not yet started is dropped.
    quint64 request(GenerationRequest request);
    bool busy() const { return busy_; }
    // Volume synthesis in the same worker (the model is never shared between threads); progress,
    // cancellation (nothing is produced), one job at a time.
    void synthesizeVolume(VolumeJob job);
    void cancelVolume();

Q_SIGNALS:
    void modelLoading(const QString& folder);
    void modelLoaded(const cosingan::ui::ModelInfo& info);
    void modelFailed(const QString& folder, const QString& message);
    void fusionModelLoaded(const cosingan::ui::ModelInfo& info);  // folder empty: fusion off
    void generated(const cosingan::ui::GenerationResult& result);
    void volumeProgress(double fraction, const QString& message);
    void volumeDone(const cosingan::ui::VolumeResult& volume);
    void volumeFailed(const QString& message, bool cancelled);

private:
    QThread thread_;
    GenerationWorker* worker_;
    quint64 nextId_ = 1;
    bool busy_ = false;
};

}  // namespace cosingan::ui

Q_DECLARE_METATYPE(cosingan::ui::ModelInfo)
Q_DECLARE_METATYPE(cosingan::ui::GenerationResult)
Q_DECLARE_METATYPE(cosingan::ui::VolumeResult)
