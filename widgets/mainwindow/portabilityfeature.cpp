// SPDX-License-Identifier: MIT
#include "widgets/mainwindow/portabilityfeature.h"

#include "engine/exports/deploymentfiles.h"
#include "engine/exports/dockerexport.h"
#include "engine/project/project.h"
#include "widgets/mainwindow/mainwindow.h"
#include "widgets/portability/portabilityview.h"
#include "widgets/preferences/preferences.h"

#include <QAction>
#include <QDockWidget>
#include <QFileDialog>
#include <QMenu>
#include <QSaveFile>

namespace Bullpen {

PortabilityFeature::PortabilityFeature(MainWindow *window)
    : Panel(window)
    , m_view(new PortabilityView(window))
{
    m_dock = makeDock(tr("Portability"), QStringLiteral("portabilityDock"), m_view);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->hide();
    m_reportAction = new QAction(tr("&Portability Report…"), this);
    m_reportAction->setObjectName(QStringLiteral("portabilityReportAction"));
    m_reportAction->setToolTip(tr("What differs for the function between the local pool and a deployment target"));
    connect(m_reportAction, &QAction::triggered, this, [this] {
        m_view->reloadTargets();
        m_dock->show();
        m_dock->raise();
        // A report is a long table: give it half the window's height.
        if (!m_dock->isFloating())
            this->window()->resizeDocks({ m_dock }, { this->window()->height() / 2 }, Qt::Vertical);
        m_view->setFocus();
    });
    connect(m_view, &PortabilityView::finished, this, [this] { showStatus(tr("Portability report ready.")); });
    connect(m_view, &PortabilityView::failed, this,
            [this](const QString &error) { showStatus(tr("No portability report: %1").arg(error), 8000); });

    m_exportMenu = new QMenu(tr("E&xport"), window);
    m_exportMenu->setObjectName(QStringLiteral("exportMenu"));
    const QList<std::pair<ExportKind, QString>> kinds {
        { ExportKind::DockerfileOfficial, tr("&Dockerfile (Lambda's Official Image)…") },
        { ExportKind::DockerfileOffline, tr("Dockerfile (Bullpen's &Offline Image)…") },
        { ExportKind::SwarmStack, tr("Docker &Swarm Stack…") },
        { ExportKind::Ec2UserData, tr("&EC2 User Data…") },
    };
    for (const auto &entry : kinds) {
        const ExportKind kind = entry.first;
        QAction *action = m_exportMenu->addAction(entry.second, this, [this, kind] { ask(kind); });
        action->setObjectName(QStringLiteral("exportAction%1").arg(int(kind)));
        m_exportActions << action;
    }
    updateActions();
}

PortabilityFeature::~PortabilityFeature() = default;

void PortabilityFeature::contributeActions(const WindowMenus &menus)
{
    menus.file->addSeparator();
    menus.file->addMenu(m_exportMenu);
    menus.tools->addAction(m_reportAction);
}

void PortabilityFeature::projectChanged(Project *project)
{
    m_project = project;
    m_view->setProject(project ? project->templatePath() : QString());
    // A template edit (MemorySize, Environment, ...) is the next report's configuration.
    if (project)
        connect(project, &Project::templateChanged, this, [this] { functionChanged(m_function); });
    updateActions();
}

void PortabilityFeature::functionChanged(const QString &logicalId)
{
    m_function = logicalId;
    const auto function = m_project ? m_project->function(logicalId) : std::nullopt;
    m_view->setFunction(function.value_or(FunctionConfig {}));
    updateActions();
}

void PortabilityFeature::preferencesChanged(const Preferences &preferences)
{
    m_view->setEngineSettings(preferences.engineSettings());
}

void PortabilityFeature::updateActions()
{
    const bool zip = m_project && m_project->function(m_function) && !m_project->function(m_function)->image.isImage();
    const bool any = m_project && m_project->function(m_function);
    for (int i = 0; i < m_exportActions.size(); ++i)
        m_exportActions.at(i)->setEnabled(i < 2 ? zip : any);
}

void PortabilityFeature::ask(ExportKind kind)
{
    const QString base = m_project ? m_project->directory() : QString();
    QString path;
    switch (kind) {
    case ExportKind::DockerfileOfficial:
    case ExportKind::DockerfileOffline:
        path = QFileDialog::getExistingDirectory(window(), tr("Export a Docker Build Context Into (an Empty Folder)"),
                                                 base);
        break;
    case ExportKind::SwarmStack:
        path = QFileDialog::getSaveFileName(window(), tr("Export a Docker Swarm Stack"),
                                            base + QStringLiteral("/%1-stack.yaml").arg(m_function.toLower()),
                                            tr("Compose files (*.yaml *.yml)"));
        break;
    case ExportKind::Ec2UserData:
        path = QFileDialog::getSaveFileName(window(), tr("Export EC2 User Data"),
                                            base + QStringLiteral("/%1-user-data.yaml").arg(m_function.toLower()),
                                            tr("cloud-init files (*.yaml *.yml *.txt)"));
        break;
    }
    if (!path.isEmpty())
        exportTo(kind, path);
}

void PortabilityFeature::exportTo(ExportKind kind, const QString &path)
{
    const auto function = m_project ? m_project->function(m_function) : std::nullopt;
    auto report = [this, path](const QString &error) {
        if (error.isEmpty())
            showStatus(tr("Exported %1").arg(path), 8000);
        else
            window()->reportError(tr("The export failed: %1").arg(error));
        Q_EMIT exported(path, error);
    };
    if (!function) {
        report(tr("choose a function first"));
        return;
    }
    if (kind == ExportKind::DockerfileOfficial || kind == ExportKind::DockerfileOffline) {
        // The code as it is on disk: a function with a build is exported as its last build left it.
        DockerExport::write(*function,
                            kind == ExportKind::DockerfileOfficial ? ExportBase::Official : ExportBase::Offline, {},
                            path, this, report);
        return;
    }
    DeploymentOptions options;
    options.image = function->logicalId.toLower() + QStringLiteral(":latest");
    QString error;
    const QString text = kind == ExportKind::SwarmStack ? swarmStackFile(*function, options, &error)
                                                        : ec2UserData(*function, options, &error);
    if (text.isEmpty()) {
        report(error);
        return;
    }
    QSaveFile file(path);
    const QByteArray bytes = text.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        error = tr("cannot write %1: %2").arg(path, file.errorString());
    report(error);
}

} // namespace Bullpen
