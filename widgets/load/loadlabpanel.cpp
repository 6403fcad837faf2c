// SPDX-License-Identifier: MIT
#include "widgets/load/loadlabpanel.h"

#include "engine/project/project.h"
#include "widgets/invoke/invocationcontroller.h"
#include "widgets/load/loadlabwidget.h"
#include "widgets/load/policylabview.h"
#include "widgets/mainwindow/mainwindow.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QTabWidget>

namespace Bullpen {

LoadLabPanel::LoadLabPanel(MainWindow *window)
    : Panel(window)
    , m_tabs(new QTabWidget(window))
{
    InvocationController *controller = window->controller();
    m_load = new LoadLabWidget([controller](QString *error) { return controller->ensureInvoker(error); }, m_tabs);
    m_policy = new PolicyLabView(m_tabs);
    m_tabs->addTab(m_load, tr("Load"));
    m_tabs->addTab(m_policy, tr("Keep-alive policies"));
    m_dock = makeDock(tr("Load Lab"), QStringLiteral("loadLabDock"), m_tabs);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->hide();
    connect(m_load, &LoadLabWidget::runningChanged, this, [this](bool running) {
        if (running)
            showStatus(tr("Load running: the Pool, Timeline and Pool Charts docks show it live."));
    });
}

LoadLabPanel::~LoadLabPanel() = default;

void LoadLabPanel::contributeActions(const WindowMenus &menus)
{
    m_show = new QAction(tr("&Load Lab"), this);
    m_show->setToolTip(tr("Drive a function with an arrival process or a trace; compare keep-alive policies"));
    connect(m_show, &QAction::triggered, this, [this] {
        m_dock->show();
        m_dock->raise();
    });
    menus.run->addSeparator();
    menus.run->addAction(m_show);
}

void LoadLabPanel::projectChanged(Project *project)
{
    if (m_load->isRunning())
        m_load->stop();
    m_load->setFunctions(project ? project->functions() : QList<FunctionConfig>());
}

void LoadLabPanel::functionChanged(const QString &logicalId)
{
    m_load->selectFunction(logicalId);
}

void LoadLabPanel::aboutToClose()
{
    m_load->stop();
}

} // namespace Bullpen
