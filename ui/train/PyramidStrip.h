#pragma once
// The pyramid as a strip of scales (32, 48, ... px): finished ones filled, the one training
// highlighted with its stage and progress, pending ones outlined.
#include <QWidget>

namespace cosingan::ui {

class TrainingSession;

class PyramidStrip : public QWidget {
    Q_OBJECT
public:
    explicit PyramidStrip(TrainingSession* session, QWidget* parent = nullptr);
    QSize sizeHint() const override { return {600, 64}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    TrainingSession* session_;
};

}  // namespace cosingan::ui
