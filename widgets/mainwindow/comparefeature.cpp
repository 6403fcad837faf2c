// SPDX-License-Identifier: MIT
#include "widgets/mainwindow/comparefeature.h"

#include "widgets/compare/comparecontroller.h"
#include "widgets/compare/compareview.h"
#include "widgets/mainwindow/mainwindow.h"
#include "widgets/preferences/preferences.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QSettings>

namespace Bullpen {

CompareFeature::CompareFeature(MainWindow *window)
    : Panel(window)
    , m_view(new CompareView(window))
    , m_controller(new CompareController(m_view, this))
{
    m_dock = makeDock(tr("Compare Targets"), QStringLiteral("compareDock"), m_view);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->hide();
    m_action = new QAction(tr("Compare &Targets…"), this);
    m_action->setObjectName(QStringLiteral("compareTargetsAction"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    m_action->setToolTip(tr("Send the event to several deployment targets and compare the results (Ctrl+Alt+C)"));
    connect(m_action, &QAction::triggered, this, [this] {
        m_dock->show();
        m_dock->raise();
        m_view->focusInputs();
    });
    m_controller->setEngineSettings(window->preferences().engineSettings());
}

CompareFeature::~CompareFeature() = default;

void CompareFeature::contributeActions(const WindowMenus &menus)
{
    menus.run->addSeparator();
    menus.run->addAction(m_action);
}

void CompareFeature::projectChanged(Project *project)
{
    m_project = project;
    m_controller->setProject(project, window()->currentFunction());
}

void CompareFeature::functionChanged(const QString &logicalId)
{
    if (!logicalId.isEmpty() && !m_controller->isRunning())
        m_controller->setFunction(logicalId);
}

void CompareFeature::preferencesChanged(const Preferences &preferences)
{
    m_controller->setEngineSettings(preferences.engineSettings());
}

void CompareFeature::aboutToClose()
{
    m_controller->setProject(nullptr, QString());
}

void CompareFeature::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("repeat"), m_view->repeat());
    settings.setValue(QStringLiteral("targets"), m_view->checkedTargets());
}

void CompareFeature::restoreSettings(QSettings &settings)
{
    m_view->setRepeat(settings.value(QStringLiteral("repeat"), 3).toInt());
    m_view->setChecked(settings.value(QStringLiteral("targets")).toStringList());
}

} // namespace Bullpen
