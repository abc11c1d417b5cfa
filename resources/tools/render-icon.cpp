// Renders an SVG icon to square PNGs for the hicolor icon theme (a build tool, run by CMake):
//   cosingan-render-icon ICON.svg OUT_FOLDER NAME SIZE...  ->  OUT_FOLDER/SIZExSIZE/apps/NAME.png
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char** argv) {
    if (argc < 5) {
        std::fprintf(stderr, "usage: cosingan-render-icon ICON.svg OUT_FOLDER NAME SIZE...\n");
        return 2;
    }
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QSvgRenderer svg(QString::fromLocal8Bit(argv[1]));
    if (!svg.isValid()) {
        std::fprintf(stderr, "cosingan-render-icon: %s is not a valid SVG file\n", argv[1]);
        return 1;
    }
    for (int i = 4; i < argc; ++i) {
        const int size = QString::fromLatin1(argv[i]).toInt();
        if (size < 8 || size > 4096) {
            std::fprintf(stderr, "cosingan-render-icon: impossible size '%s'\n", argv[i]);
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
        painter.end();
        const QString folder = QStringLiteral("%1/%2x%2/apps").arg(QString::fromLocal8Bit(argv[2])).arg(size);
        const QString file = QStringLiteral("%1/%2.png").arg(folder, QString::fromLocal8Bit(argv[3]));
        if (!QDir().mkpath(folder) || !image.save(file)) {
            std::fprintf(stderr, "cosingan-render-icon: cannot write %s\n", qPrintable(file));
            return 1;
        }
    }
    return 0;
}
