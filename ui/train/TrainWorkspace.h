#pragma once
// The Train workspace: trains a CoSinGAN on the current slice and mask in a worker thread while
// the rest of the app stays usable; live loss curves, progress with ETA, the pyramid strip and the
// per-scale gallery; pause, resume, stop; resuming a stopped or crashed training.
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cosingan::ui {

class StudioDocument;
class TrainingSession;
class LossChart;
class ScaleGallery;
class EventLoopMonitor;

struct Preferences;

class TrainWorkspace : public QWidget {
    Q_OBJECT
public:
    TrainWorkspace(StudioDocument* document, QWidget* parent = nullptr);

    TrainingSession* session() const { return session_; }
    LossChart* chart() const { return chart_; }
    ScaleGallery* gallery() const { return gallery_; }
    EventLoopMonitor* latency() const { return latency_; }
    void setPreset(const QString& name);
    void setModelFolder(const QString& folder);
    // The preset, device, VGG-19 weights, threads and models folder a new training starts with.
    void applyPreferences(const Preferences& preferences);
    // Starts training on the current slice (false and a reason when refused).
    bool startTraining(QString* why = nullptr);
    // Asks before closing the app while a training runs; stops it (with a checkpoint) if so.
    bool confirmClose();
    void setInteractive(bool interactive) { interactive_ = interactive; }

Q_SIGNALS:
    void statusMessage(const QString& text);

private:
    QWidget* makeControls();
    void updateSliceSummary();
    void updateButtons();
    void updateResumeOffer();
    QString defaultModelFolder() const;
    // Why the folder cannot receive a new model ("" when it can): gan::modelFolderProblem.
    QString modelFolderProblem(const QString& folder) const;

    StudioDocument* document_;
    TrainingSession* session_;
    EventLoopMonitor* latency_;
    LossChart* chart_;
    ScaleGallery* gallery_;
    QLabel* sliceSummary_;
    QComboBox* preset_;
    QLabel* presetInfo_;
    QComboBox* device_;
    QCheckBox* lungsOnly_;
    QLineEdit* vgg_;
    QLineEdit* folder_;
    QPushButton* train_;
    QPushButton* pause_;
    QPushButton* stop_;
    QFrame* resumeBanner_;
    QLabel* resumeText_;
    bool folderChosen_ = false;
    int threads_ = 0;          // CPU threads for a new training (0 = all cores)
    QString modelsParent_;     // where new models go
    QString vggPreference_;    // the preferred VGG-19 weights (replaced in the field unless edited)
    bool interactive_ = true;
};

}  // namespace cosingan::ui
