// SPDX-License-Identifier: MIT
#include "widgets/mainwindow/panel.h"

#include "widgets/mainwindow/mainwindow.h"

#include <QDockWidget>
#include <QStatusBar>

namespace Bullpen {

Panel::Panel(MainWindow *window)
    : QObject(window)
    , m_window(window)
{ }

Panel::~Panel() = default;

QDockWidget *Panel::makeDock(const QString &title, const QString &objectName, QWidget *widget) const
{
    auto *dock = new QDockWidget(title, m_window);
    dock->setObjectName(objectName);
    dock->setWidget(widget);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
                      | QDockWidget::DockWidgetFloatable);
    return dock;
}

void Panel::showStatus(const QString &message, int timeoutMs) const
{
    m_window->statusBar()->showMessage(message, timeoutMs);
}

} // namespace Bullpen
