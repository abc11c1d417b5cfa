#include "ShortcutHelp.h"

#include <QKeyEvent>
#include <QPainter>

namespace cosingan::ui {

namespace {
struct Entry {
    const char* keys;
    const char* what;
};

const Entry kEntries[] = {
    {QT_TRANSLATE_NOOP("ShortcutHelp", "Mouse wheel  /  Up, Down  /  Page Up, Page Down"), QT_TRANSLATE_NOOP("ShortcutHelp", "Next / previous axial slice")},
    {QT_TRANSLATE_NOOP("ShortcutHelp", "Home  /  End"), QT_TRANSLATE_NOOP("ShortcutHelp", "First / last slice")},
    {QT_TRANSLATE_NOOP("ShortcutHelp", "Ctrl + wheel  /  +, -  /  right-drag (navigate)"), QT_TRANSLATE_NOOP("ShortcutHelp", "Zoom")},
    {QT_TRANSLATE_NOOP("ShortcutHelp", "Middle-drag  /  Space + drag"), QT_TRANSLATE_NOOP("ShortcutHelp", "Pan")},
    {QT_TRANSLATE_NOOP("ShortcutHelp", "F  /  Ctrl+0"), QT_TRANSLATE_NOOP("ShortcutHelp", "Fit the slice to the window")},
    {QT_TRANSLATE_NOOP("ShortcutHelp", "Left-drag (navigate)  /  Alt + left-drag"), QT_TRANSLATE_NOOP("ShortcutHelp", "Window / level: horizontal = width, vertical = level")},
    {QT_TRANSLATE_NOOP("ShortcutHelp", "1  /  2  /  3"), QT_TRANSLATE_NOOP("ShortcutHelp", "Window presets: paper lung, CT lung, mediastinum")},
    {QT_TRANSLATE_NOOP("ShortcutHelp", "L  /  O"), QT_TRANSLATE_NOOP("ShortcutHelp", "Show labels  /  outlines only")},
    {QT_TRANSLATE_NOOP("ShortcutHelp", "Ctrl+O  /  Ctrl+Shift+O"), QT_TRANSLATE_NOOP("ShortcutHelp", "Open a file  /  a DICOM folder")},
    {QT_TRANSLATE_NOOP("ShortcutHelp", "F1  /  ?"), QT_TRANSLATE_NOOP("ShortcutHelp", "This help (any key or click closes it)")},
};
}  // namespace

ShortcutHelp::ShortcutHelp(QWidget* parent) : QWidget(parent) {
    setAttribute(Qt::WA_TranslucentBackground);
    setFocusPolicy(Qt::StrongFocus);
    hide();
}

void ShortcutHelp::showOver(QWidget* target) {
    setGeometry(target->rect());
    raise();
    show();
    setFocus();
}

void ShortcutHelp::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), QColor(0, 0, 0, 170));
    QFont f = font();
    QFontMetrics fm(f);
    const int rowH = fm.height() + 10;
    const int n = int(sizeof kEntries / sizeof kEntries[0]);
    const int w = std::min(width() - 40, 860), h = rowH * n + 80;
    QRect box(width() / 2 - w / 2, height() / 2 - h / 2, w, h);
    p.setPen(QColor(80, 84, 92));
    p.setBrush(QColor(32, 34, 38, 240));
    p.drawRoundedRect(box, 10, 10);
    QFont title = f;
    title.setPointSizeF(f.pointSizeF() * 1.3);
    title.setBold(true);
    p.setFont(title);
    p.setPen(QColor(159, 180, 204));
    p.drawText(box.adjusted(24, 14, -24, 0), Qt::AlignTop | Qt::AlignLeft, tr("Keyboard and mouse"));
    p.setFont(f);
    int y = box.top() + 60;
    for (const auto& e : kEntries) {
        p.setPen(QColor(255, 200, 60));
        p.drawText(QRect(box.left() + 24, y, w / 2 - 24, rowH), Qt::AlignVCenter | Qt::AlignLeft, tr(e.keys));
        p.setPen(QColor(225, 227, 230));
        p.drawText(QRect(box.left() + w / 2, y, w / 2 - 24, rowH), Qt::AlignVCenter | Qt::AlignLeft, tr(e.what));
        y += rowH;
    }
}

void ShortcutHelp::mousePressEvent(QMouseEvent*) { hide(); }

void ShortcutHelp::keyPressEvent(QKeyEvent*) { hide(); }

}  // namespace cosingan::ui
