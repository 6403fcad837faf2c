// SPDX-License-Identifier: MIT
#include "widgets/mainwindow/projectpanel.h"

#include "engine/project/project.h"
#include "widgets/mainwindow/mainwindow.h"
#include "widgets/project/functionsettingspanel.h"
#include "widgets/project/projectmodel.h"
#include "widgets/project/projectview.h"

#include <QDockWidget>
#include <QFileInfo>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeView>

namespace Bullpen {

ProjectPanel::ProjectPanel(MainWindow *window)
    : Panel(window)
    , m_projectView(new ProjectView(window))
    , m_settingsPanel(new FunctionSettingsPanel(window))
{
    // The settings panel below shows handler, memory and timeout: the narrow
    // dock keeps the names readable instead.
    for (const int column : { ProjectModel::HandlerColumn, ProjectModel::MemoryColumn, ProjectModel::TimeoutColumn })
        m_projectView->treeView()->setColumnHidden(column, true);
    auto *settingsScroll = new QScrollArea(window);
    settingsScroll->setWidget(m_settingsPanel);
    settingsScroll->setWidgetResizable(true);
    settingsScroll->setFrameShape(QFrame::NoFrame);
    auto *split = new QSplitter(Qt::Vertical, window);
    split->setObjectName(QStringLiteral("projectSplitter"));
    split->addWidget(m_projectView);
    split->addWidget(settingsScroll);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    m_dock = makeDock(tr("Project"), QStringLiteral("projectDock"), split);
    window->addDockWidget(Qt::LeftDockWidgetArea, m_dock);

    connect(m_projectView, &ProjectView::fileActivated, this,
            [this](const QString &path) { this->window()->openFile(path); });
    connect(m_projectView, &ProjectView::functionSelected, window, &MainWindow::selectFunction);
    connect(m_projectView, &ProjectView::templateActivated, this, [this] {
        if (m_project)
            this->window()->openFile(m_project->templatePath());
    });
    connect(m_settingsPanel, &FunctionSettingsPanel::applied, this, [this](const QString &id) {
        if (m_project)
            showStatus(tr("Saved %1's settings to %2").arg(id, QFileInfo(m_project->templatePath()).fileName()));
    });
}

ProjectPanel::~ProjectPanel() = default;

void ProjectPanel::arrangeDocks()
{
    window()->resizeDocks({ m_dock }, { 350 }, Qt::Horizontal);
}

void ProjectPanel::projectChanged(Project *project)
{
    m_project = project;
    m_projectView->setProject(project);
    m_settingsPanel->setProject(project);
}

void ProjectPanel::functionChanged(const QString &logicalId)
{
    if (logicalId.isEmpty())
        return;
    if (m_projectView->currentFunction() != logicalId)
        m_projectView->selectFunction(logicalId);
    m_settingsPanel->setFunction(logicalId);
}

QStringList ProjectPanel::unsavedChanges() const
{
    if (!m_settingsPanel->isModified())
        return {};
    return { tr("the settings of %1").arg(m_settingsPanel->function()) };
}

bool ProjectPanel::saveChanges(QString *error)
{
    if (m_settingsPanel->isModified() && !m_settingsPanel->apply()) {
        *error = m_settingsPanel->lastError();
        return false;
    }
    return true;
}

} // namespace Bullpen
