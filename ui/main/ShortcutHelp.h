#pragma once
// The keyboard and mouse reference, shown as a translucent overlay over the main window (F1 or ?).
#include <QWidget>

namespace cosingan::ui {

class ShortcutHelp : public QWidget {
    Q_OBJECT
public:
    explicit ShortcutHelp(QWidget* parent);
    void showOver(QWidget* target);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
};

}  // namespace cosingan::ui
