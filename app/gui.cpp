// SPDX-License-Identifier: MIT
// The desktop application: parses the GUI's command line, shows the main window.
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QPalette>
#include <QTimer>

#include <cstdio>

#include "editor/codeeditor.h"
#include "mainwindow/mainwindow.h"

namespace {

// A dark palette for the documentation's screenshots, where no desktop
// provides one.
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2a, 0x2e, 0x32), base(0x1b, 0x1e, 0x20), text(0xfc, 0xfc, 0xfc);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, text);
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa1, 0xa9, 0xb1));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6e, 0x74, 0x7a));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6e, 0x74, 0x7a));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6e, 0x74, 0x7a));
    return p;
}

} // namespace

int runGui(int &argc, char **argv)
{
    QApplication app(argc, argv);

    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("gui", "The file to open."),
                                 QStringLiteral("[FILE]"));
    // Hidden options for docs/screenshots/take-screenshots.sh.
    QCommandLineOption screenshot(QStringLiteral("screenshot"), QStringLiteral("Save a picture of the window and quit."),
                                  QStringLiteral("png"));
    QCommandLineOption palette(QStringLiteral("palette"), QStringLiteral("light or dark"), QStringLiteral("scheme"));
    QCommandLineOption goTo(QStringLiteral("line"), QStringLiteral("Line to show."), QStringLiteral("n"));
    QCommandLineOption fold(QStringLiteral("fold"), QStringLiteral("Line to fold."), QStringLiteral("n"));
    for (QCommandLineOption *option : {&screenshot, &palette, &goTo, &fold}) {
        option->setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(*option);
    }
    parser.process(app);

    if (parser.value(palette) == u"dark")
        QApplication::setPalette(darkPalette());

    Bullpen::MainWindow window;
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        window.openFile(QDir::current().absoluteFilePath(files.constFirst()));
    if (parser.isSet(fold))
        window.editor()->foldBlock(parser.value(fold).toInt() - 1);
    if (parser.isSet(goTo))
        window.editor()->goToLine(parser.value(goTo).toInt());

    if (parser.isSet(screenshot)) {
        window.resize(960, 600);
        window.show();
        const QString target = parser.value(screenshot);
        QTimer::singleShot(200, &window, [&window, target] {
            const bool saved = window.grab().save(target);
            if (!saved)
                std::fprintf(stderr, "bullpen: could not write %s\n", qPrintable(target));
            QApplication::exit(saved ? 0 : 1);
        });
        return app.exec();
    }

    window.show();
    return app.exec();
}
