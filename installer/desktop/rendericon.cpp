// SPDX-License-Identifier: MIT
// Renders the application's SVG icon as the PNG sizes of the hicolor theme:
//   bullpen_rendericon ICON.svg OUTDIR SIZE...  ->  OUTDIR/SIZExSIZE.png
// Run by the build (installer/CMakeLists.txt), so the PNGs never drift from the SVG.
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QGuiApplication::arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: bullpen_rendericon ICON.svg OUTDIR SIZE...\n");
        return 2;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "bullpen_rendericon: %s is not a valid SVG file\n", qPrintable(args.at(1)));
        return 1;
    }
    for (const QString &sizeText : args.mid(3)) {
        bool ok = false;
        const int size = sizeText.toInt(&ok);
        if (!ok || size < 1) {
            std::fprintf(stderr, "bullpen_rendericon: '%s' is not a size in pixels\n", qPrintable(sizeText));
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        const QString path = QStringLiteral("%1/%2x%2.png").arg(args.at(2)).arg(size);
        if (!image.save(path, "PNG")) {
            std::fprintf(stderr, "bullpen_rendericon: cannot write %s\n", qPrintable(path));
            return 1;
        }
    }
    return 0;
}
