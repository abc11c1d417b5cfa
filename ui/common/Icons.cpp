#include "Icons.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

namespace cosingan::ui {

namespace {
// The colour the action SVGs are drawn in; replaced by the theme's.
constexpr char kDrawnColour[] = "#d8dce3";
}  // namespace

QIcon actionIcon(const char* name) {
    // Rendered once per name and colour: the training indicator asks again at every iteration.
    static QHash<QString, QIcon> rendered;
    const QString colour = QApplication::palette().color(QPalette::ButtonText).name();
    const QString key = QLatin1String(name) + colour;
    if (const auto it = rendered.constFind(key); it != rendered.cend()) return *it;
    QFile file(QStringLiteral(":/icons/actions/%1.svg").arg(QLatin1String(name)));
    if (!file.open(QIODevice::ReadOnly)) return {};
    QByteArray svg = file.readAll();
    svg.replace(kDrawnColour, colour.toLatin1());
    QSvgRenderer renderer(svg);
    QIcon icon;
    for (int size : {16, 20, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    rendered.insert(key, icon);
    return icon;
}

QIcon applicationIcon() { return QIcon(QStringLiteral(":/icons/app/cosingan-studio.svg")); }

}  // namespace cosingan::ui
