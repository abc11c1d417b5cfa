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
    {QT_TRANSLATE_NOOP("ShortcutHelp", "Mouse wheel  /  Up, Down  /  Page Up, Page Down"), QT_TRANSLATE_NOOP("ShortcutHelp", "Next / previous axial slice (in every tool)")},
    {QT_TRANSLATE_NOOP("ShortcutHelp", "Ctrl + wheel  /  +, -  /  F"), QT_TRANSLATE_NOOP("ShortcutHelp", "Zoom  /  fit the slice to the window")},
    {QT_TRANSLATE_NOOP("ShortcutHelp", "Middle-drag  /  Space + drag"), QT_TRANSLATE_NOOP("ShortcutHelp", "Pan")},
    {QT_TRANSLATE_NOOP("ShortcutHelp", "Right-drag  /  Alt+1, Alt+2, Alt+3"), QT_TRANSLATE_NOOP("ShortcutHelp", "Window/level (horizontal = width)  /  lung (paper), CT lung, mediastinum")},
    {QT_TRANSLATE_NOOP("ShortcutHelp", "N  /  B  /  G  /  P"), QT_TRANSLATE_NOOP("ShortcutHelp", "Navigate  /  brush  /  flood fill  /  polygon or lasso")},
    {QT_TRANSLATE_NOOP("ShortcutHelp", "0  /  1  /  2  /  3  /  Ctrl + click"), QT_TRANSLATE_NOOP("ShortcutHelp", "Label: background, left lung, right lung, infection  /  pick the label under the cursor")},
    {QT_TRANSLATE_NOOP("ShortcutHelp", "Left drag  /  Shift + drag"), QT_TRANSLATE_NOOP("ShortcutHelp", "Paint  /  erase the active label")},
    {QT_TRANSLATE_NOOP("ShortcutHelp", "[  ]  /  Shift + wheel"), QT_TRANSLATE_NOOP("ShortcutHelp", "Brush size")},
    {QT_TRANSLATE_NOOP("ShortcutHelp", "R  /  D"), QT_TRANSLATE_NOOP("ShortcutHelp", "Paint only inside the HU range  /  next paint-over rule (all labels, background, lungs)")},
    {QT_TRANSLATE_NOOP("ShortcutHelp", "Double-click or Enter  /  Esc"), QT_TRANSLATE_NOOP("ShortcutHelp", "Fill the polygon  /  drop it")},
    {QT_TRANSLATE_NOOP("ShortcutHelp", "Ctrl+L  /  Ctrl+Shift+L"), QT_TRANSLATE_NOOP("ShortcutHelp", "Propose both lungs on this slice  /  on every slice (keeps the infection)")},
    {QT_TRANSLATE_NOOP("ShortcutHelp", "Ctrl+Z  /  Ctrl+Shift+Z"), QT_TRANSLATE_NOOP("ShortcutHelp", "Undo  /  redo")},
    {QT_TRANSLATE_NOOP("ShortcutHelp", "L  /  O"), QT_TRANSLATE_NOOP("ShortcutHelp", "Show labels  /  outlines only")},
    {QT_TRANSLATE_NOOP("ShortcutHelp", "Ctrl+S  /  Ctrl+I  /  Ctrl+O"), QT_TRANSLATE_NOOP("ShortcutHelp", "Save labels  /  import labels  /  open a study")},
    {QT_TRANSLATE_NOOP("ShortcutHelp", "Ctrl+1  /  Ctrl+2  /  Ctrl+3"), QT_TRANSLATE_NOOP("ShortcutHelp", "Annotate  /  Train  /  Synthesise workspace")},
    {QT_TRANSLATE_NOOP("ShortcutHelp", "Ctrl+T"), QT_TRANSLATE_NOOP("ShortcutHelp", "Train on the current slice (Train workspace); Pause and Stop keep a checkpoint to resume from")},
    {QT_TRANSLATE_NOOP("ShortcutHelp", "Ctrl+E"), QT_TRANSLATE_NOOP("ShortcutHelp", "Export a labelled dataset (nnU-Net layout) with the open model")},
    {QT_TRANSLATE_NOOP("ShortcutHelp", "Synthesise: paint on the condition canvas"), QT_TRANSLATE_NOOP("ShortcutHelp", "The same tools and keys as Annotate; the image is generated again after each stroke")},
    {QT_TRANSLATE_NOOP("ShortcutHelp", "Ctrl+Shift+H  /  Ctrl+,"), QT_TRANSLATE_NOOP("ShortcutHelp", "The Start page  /  preferences")},
    {QT_TRANSLATE_NOOP("ShortcutHelp", "F1  /  ?  /  Shift+F1"), QT_TRANSLATE_NOOP("ShortcutHelp", "This help (any key or click closes it)  /  the user guide")},
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
    // Rows wrap within their columns; on a small screen the font shrinks until every row fits.
    QFont f = font();
    const int w = std::min(width() - 40, 900);
    const int keysW = w * 2 / 5 - 24, whatW = w - w * 2 / 5 - 24;
    auto rowHeight = [&](const QFontMetrics& fm, const Entry& e) {
        const int flags = Qt::TextWordWrap;
        return std::max(fm.boundingRect(QRect(0, 0, keysW, 10000), flags, tr(e.keys)).height(),
                        fm.boundingRect(QRect(0, 0, whatW, 10000), flags, tr(e.what)).height()) + 8;
    };
    int h = 0;
    for (int attempt = 0; attempt < 6; ++attempt) {
        const QFontMetrics fm(f);
        h = 80;
        for (const auto& e : kEntries) h += rowHeight(fm, e);
        if (h <= height() - 20 || f.pointSizeF() <= 7) break;
        f.setPointSizeF(f.pointSizeF() * 0.9);
    }
    const QFontMetrics fm(f);
    QRect box(width() / 2 - w / 2, std::max(10, height() / 2 - h / 2), w, h);
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
        const int rowH = rowHeight(fm, e);
        p.setPen(QColor(255, 200, 60));
        p.drawText(QRect(box.left() + 24, y, keysW, rowH), Qt::AlignVCenter | Qt::AlignLeft | Qt::TextWordWrap, tr(e.keys));
        p.setPen(QColor(225, 227, 230));
        p.drawText(QRect(box.left() + w * 2 / 5, y, whatW, rowH), Qt::AlignVCenter | Qt::AlignLeft | Qt::TextWordWrap, tr(e.what));
        y += rowH;
    }
}

void ShortcutHelp::mousePressEvent(QMouseEvent*) { hide(); }

void ShortcutHelp::keyPressEvent(QKeyEvent*) { hide(); }

}  // namespace cosingan::ui
