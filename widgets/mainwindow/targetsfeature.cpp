// SPDX-License-Identifier: MIT
#include "widgets/mainwindow/targetsfeature.h"

#include "engine/project/project.h"
#include "engine/targets/targetsfile.h"
#include "widgets/mainwindow/mainwindow.h"
#include "widgets/preferences/preferences.h"
#include "widgets/targets/targetsview.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>

namespace Bullpen {

TargetsFeature::TargetsFeature(MainWindow *window)
    : Panel(window)
    , m_view(new TargetsView(window))
{
    m_dock = makeDock(tr("Deployment Targets"), QStringLiteral("targetsDock"), m_view);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->hide();
    m_action = new QAction(tr("Deployment &Targets…"), this);
    m_action->setObjectName(QStringLiteral("deploymentTargetsAction"));
    connect(m_action, &QAction::triggered, this, [this] {
        m_dock->show();
        m_dock->raise();
        m_view->checkAll();
    });
    connect(m_view, &TargetsView::editRequested, this, [this](const QString &path) { this->window()->openFile(path); });
}

TargetsFeature::~TargetsFeature() = default;

void TargetsFeature::contributeActions(const WindowMenus &menus)
{
    menus.tools->addAction(m_action);
}

void TargetsFeature::projectChanged(Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    if (m_project) {
        connect(m_project, &Project::templateChanged, this, &TargetsFeature::reload);
        // The targets file edited (in the editor or elsewhere): read again.
        auto targetsFileChanged = [this](const QString &path) {
            if (path == TargetsFile::pathFor(m_project->templatePath()) || path == m_project->directory())
                reload();
        };
        connect(m_project, &Project::fileChangedOnDisk, this, targetsFileChanged);
        connect(m_project, &Project::directoryChanged, this, targetsFileChanged);
    }
    reload();
}

void TargetsFeature::preferencesChanged(const Preferences &preferences)
{
    Q_UNUSED(preferences)
    reload();
}

void TargetsFeature::reload()
{
    if (!m_project) {
        m_view->setProject({}, {}, {});
        return;
    }
    m_view->setProject(m_project->templatePath(), m_project->functions(), window()->preferences().engineSettings());
}

} // namespace Bullpen
