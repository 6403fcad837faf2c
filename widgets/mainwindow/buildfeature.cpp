// SPDX-License-Identifier: MIT
#include "widgets/mainwindow/buildfeature.h"

#include "engine/project/project.h"
#include "widgets/build/buildpanel.h"
#include "widgets/invoke/invocationcontroller.h"
#include "widgets/mainwindow/mainwindow.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>

namespace Bullpen {

BuildFeature::BuildFeature(MainWindow *window)
    : Panel(window)
    , m_panel(new BuildPanel(window))
{
    m_dock = makeDock(tr("Build"), QStringLiteral("buildDock"), m_panel);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    if (QDockWidget *history = window->findChild<QDockWidget *>(QStringLiteral("historyDock")))
        window->tabifyDockWidget(history, m_dock);
    // Tabifying made the build log the current tab; the result stays in front
    // until a build starts.
    if (QDockWidget *result = window->findChild<QDockWidget *>(QStringLiteral("resultDock")))
        result->raise();
    connect(m_panel, &BuildPanel::buildStarted, m_dock, [this] {
        m_dock->show();
        m_dock->raise();
    });
    connect(window->controller(), &InvocationController::buildLogLine, m_panel, &BuildPanel::appendLog);
    // Build (Ctrl+B) runs the tools in the sandbox of the engine's backend, as Invoke's build does.
    auto followEngine = [this, window] {
        BuildOptions options;
        options.backend = window->controller()->engineSettings().backend;
        m_panel->setOptions(options);
    };
    followEngine();
    connect(window->controller(), &InvocationController::engineChanged, m_panel, followEngine);
}

BuildFeature::~BuildFeature() = default;

void BuildFeature::contributeActions(const WindowMenus &menus)
{
    menus.run->addAction(m_panel->buildAction());
}

void BuildFeature::projectChanged(Project *project)
{
    const QString templatePath = project ? project->templatePath() : QString();
    m_panel->setTemplatePath(templatePath);
    window()->controller()->setTemplatePath(templatePath);
}

} // namespace Bullpen
