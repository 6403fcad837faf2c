// SPDX-License-Identifier: MIT
#include "widgets/mainwindow/asyncfeature.h"

#include "engine/async/asyncinvocationqueue.h"
#include "engine/project/project.h"
#include "widgets/async/asyncview.h"
#include "widgets/events/eventbuilder.h"
#include "widgets/invoke/invocationcontroller.h"
#include "widgets/mainwindow/mainwindow.h"
#include "widgets/project/functionsettingspanel.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>

namespace Bullpen {

AsyncFeature::AsyncFeature(MainWindow *window)
    : Panel(window)
    , m_view(new AsyncView(window))
{
    m_dock = makeDock(tr("Asynchronous Invocations"), QStringLiteral("asyncDock"), m_view);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->hide();
    m_invokeAsync = new QAction(tr("Invoke &Asynchronously"), this);
    m_invokeAsync->setObjectName(QStringLiteral("invokeAsyncAction"));
    m_invokeAsync->setToolTip(tr("Queue the event for the selected function as an Event invocation: "
                                 "retried on errors, then sent to its destinations"));
    connect(m_invokeAsync, &QAction::triggered, this, [this] { invokeAsync(); });
    m_show = new QAction(tr("&Asynchronous Queue…"), this);
    m_show->setObjectName(QStringLiteral("asyncQueueAction"));
    connect(m_show, &QAction::triggered, this, [this] {
        m_dock->show();
        m_dock->raise();
    });
    connect(window->controller(), &InvocationController::engineChanged, this, &AsyncFeature::engineChanged);
}

AsyncFeature::~AsyncFeature()
{
    delete m_queue;
}

AsyncInvocationQueue *AsyncFeature::queue() const
{
    return m_queue;
}

QString AsyncFeature::folderFor(const QString &projectDirectory)
{
    return AsyncInvocationQueue::folderForProject(projectDirectory);
}

void AsyncFeature::contributeActions(const WindowMenus &menus)
{
    menus.run->addAction(m_invokeAsync);
    menus.tools->addAction(m_show);
}

void AsyncFeature::projectChanged(Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_view->setQueue(nullptr);
    delete m_queue; // attempts it runs are handed to the next queue on its folder
    if (project) {
        m_queue = new AsyncInvocationQueue(folderFor(project->directory()), window()->controller()->invoker(), this);
        // Not a modal question at every open: another window of this project keeps its queue.
        if (!m_queue->isValid())
            showStatus(tr("Asynchronous invocations are off for this project: %1").arg(m_queue->errorString()), 15000);
        connect(project, &Project::templateChanged, this, &AsyncFeature::updateFunctions);
        connect(m_queue, &AsyncInvocationQueue::storageFailed, this,
                [this](const QString &message) { window()->reportError(message); });
        updateFunctions();
        // Events accepted before the last exit are delivered now, not at the next Invoke.
        if (m_queue->depth() > 0 && !window()->controller()->invoker()) {
            QString error;
            if (!window()->controller()->ensureInvoker(&error))
                window()->reportError(
                    tr("%n asynchronous events wait, but the engine cannot start: %1", nullptr, int(m_queue->depth()))
                        .arg(error));
        }
    }
    m_view->setQueue(m_queue);
    updateActions();
}

void AsyncFeature::functionChanged(const QString &logicalId)
{
    Q_UNUSED(logicalId)
    updateActions();
}

void AsyncFeature::updateActions()
{
    m_invokeAsync->setEnabled(m_queue && !window()->currentFunction().isEmpty());
}

void AsyncFeature::updateFunctions()
{
    if (m_queue && m_project)
        m_queue->setFunctions(m_project->functions());
}

void AsyncFeature::engineChanged()
{
    if (m_queue)
        m_queue->setInvoker(window()->controller()->invoker());
}

QByteArray AsyncFeature::invokeAsync()
{
    Project *project = window()->project();
    const QString logicalId = window()->currentFunction();
    std::optional<FunctionConfig> function = project ? project->function(logicalId) : std::nullopt;
    if (!m_queue || !function) {
        window()->reportError(tr("Choose a function of the open project to invoke it asynchronously."));
        return {};
    }
    QString error;
    if (auto edited = window()->settingsPanel()->editedFunction(logicalId, &error))
        function = edited;
    if (!window()->controller()->ensureInvoker(&error)) {
        window()->reportError(tr("The engine cannot start: %1").arg(error));
        return {};
    }
    // The alias where the function has one, as the window's own calls run it.
    const QByteArray id
        = m_queue->enqueue(*function, window()->eventBuilder()->currentPayload(), &error, function->autoPublishAlias);
    if (id.isEmpty()) {
        window()->reportError(tr("The event was not queued: %1").arg(error));
        return {};
    }
    showStatus(tr("Queued %1 for %2 (Event invocation)").arg(QString::fromLatin1(id), logicalId));
    m_dock->show();
    return id;
}

} // namespace Bullpen
