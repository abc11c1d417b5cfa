#pragma once
// The Synthesise workspace's volume page: a whole synthetic CT from the study's labels (lungs and
// infection slice by slice, optionally with another study's lesions placed into the lungs), with
// progress, ETA and cancel; then the synthetic and the real volume as linked axial/coronal/sagittal
// reformats one above the other, the 3-D label view beside them, and saving as NIfTI (HU).
#include "GenerationService.h"

#include <QElapsedTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSlider;
class QProgressBar;
class QPushButton;

namespace cosingan::render {
class LabelSurfaceView;
class VolumeViews;
}  // namespace cosingan::render

namespace cosingan::ui {

class StudioDocument;

class VolumePage : public QWidget {
    Q_OBJECT
public:
    VolumePage(StudioDocument* study, GenerationService* service, QWidget* parent = nullptr);

    // Starts synthesising from the study's labels (with the lesions placed, if any were chosen).
    void synthesize(const gan::SynthesisOptions& options);
    void cancel();
    bool placeLesions(const QString& lesionVolume);  // into the study's lungs, for the next synthesis
    bool save(const QString& ctPath);                // NIfTI; the labels beside it
    bool running() const { return running_; }
    // The real study alone in the views (before or without a synthesis).
    void showStudy();
    const VolumeResult& result() const { return result_; }
    render::VolumeViews* syntheticViews() const { return synthetic_; }
    render::VolumeViews* realViews() const { return real_; }
    render::LabelSurfaceView* surfaces() const { return surfaces_; }

Q_SIGNALS:
    void synthesizeRequested();
    void finished(bool produced);
    void statusMessage(const QString& text);

private:
    void onProgress(double fraction, const QString& message);
    void onDone(const VolumeResult& volume);
    void onFailed(const QString& message, bool cancelled);
    void ensureViews();
    void applyDisplay();

    StudioDocument* study_;
    GenerationService* service_;
    QPushButton* start_;
    QPushButton* lesions_;
    QPushButton* cancel_;
    QPushButton* save_;
    QPushButton* showStudy_;
    QComboBox* window_;
    QSlider* opacity_;
    QCheckBox* outline_;
    QProgressBar* progress_;
    QLabel* note_;
    QWidget* viewsArea_;
    render::VolumeViews* synthetic_ = nullptr;
    render::VolumeViews* real_ = nullptr;
    render::LabelSurfaceView* surfaces_ = nullptr;
    std::shared_ptr<LabelMap> lesionLabels_;  // the study's labels with placed lesions
    QString lesionName_;
    VolumeResult result_;
    QElapsedTimer clock_;
    bool running_ = false;
};

}  // namespace cosingan::ui
