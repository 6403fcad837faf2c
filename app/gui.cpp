// SPDX-License-Identifier: MIT
#include <QApplication>
#include <QMainWindow>

int runGui(int &argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow w;
    w.show();
    return app.exec();
}
