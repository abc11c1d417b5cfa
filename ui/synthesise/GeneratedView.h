#pragma once
// The generated slice beside the condition canvas: the image fitted into the widget (square
// pixels), an "updating" badge while a newer image is being generated, a caption (engine time,
// latency from the stroke) or the reason nothing could be generated.
#include <QImage>
#include <QWidget>

namespace cosingan::ui {

class GeneratedView : public QWidget {
    Q_OBJECT
public:
    explicit GeneratedView(QWidget* parent = nullptr);

    void setImage(const QImage& image, const QString& caption);
    void setMessage(const QString& message);  // replaces the image with a sentence
    void setUpdating(bool on);
    const QImage& image() const { return image_; }
    QString message() const { return message_; }
    bool updating() const { return updating_; }
    QSize sizeHint() const override { return {420, 420}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QImage image_;
    QString caption_, message_;
    bool updating_ = false;
};

}  // namespace cosingan::ui
