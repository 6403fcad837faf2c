// SPDX-License-Identifier: MIT
#include "widgets/mainwindow/serverfeature.h"

#include "engine/apigateway/apigatewayserver.h"
#include "engine/apigateway/functionurlserver.h"
#include "engine/aws/awscredentials.h"
#include "engine/aws/sigv4authenticator.h"
#include "engine/build/functionpreparer.h"
#include "engine/invoke/invoker.h"
#include "engine/project/project.h"
#include "engine/serve/functiondirectory.h"
#include "engine/serve/invokeapiserver.h"
#include "engine/serve/servesession.h"
#include "widgets/events/eventbuilder.h"
#include "widgets/invoke/invocationcontroller.h"
#include "widgets/mainwindow/asyncfeature.h"
#include "widgets/mainwindow/mainwindow.h"
#include "widgets/serve/servercommands.h"
#include "widgets/serve/serverrequestmodel.h"
#include "widgets/serve/serverview.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QPushButton>
#include <QSettings>

namespace Bullpen {

using namespace Qt::StringLiterals;

ServerFeature::ServerFeature(MainWindow *window)
    : Panel(window)
    , m_view(new ServerView(window))
{
    m_dock = makeDock(tr("Server"), u"serverDock"_s, m_view);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->hide();

    m_showAction = new QAction(tr("&Server…"), this);
    m_showAction->setObjectName(u"serverShowAction"_s);
    connect(m_showAction, &QAction::triggered, this, [this] {
        m_dock->show();
        m_dock->raise();
        m_view->startStopButton()->setFocus(Qt::ShortcutFocusReason);
    });
    m_startStopAction = new QAction(tr("Start &Server"), this);
    m_startStopAction->setObjectName(u"serverStartStopAction"_s);
    m_startStopAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L));
    connect(m_startStopAction, &QAction::triggered, this, [this] {
        if (isRunning()) {
            stop();
        } else {
            m_dock->show();
            start();
        }
    });

    connect(m_view, &ServerView::startRequested, this, &ServerFeature::start);
    connect(m_view, &ServerView::stopRequested, this, &ServerFeature::stop);
    connect(window->controller(), &InvocationController::engineChanged, this, &ServerFeature::onEngineChanged);
    connect(window->eventBuilder(), &EventBuilder::payloadChanged, this,
            [this] { m_view->setPayload(this->window()->eventBuilder()->currentPayload()); });
    // The profiles are read when the dock is first shown, not at start.
    connect(m_dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && !isRunning())
            m_view->setProfiles(AwsCredentialProvider().profiles(), m_view->credentialsProfile());
    });
}

ServerFeature::~ServerFeature()
{
    // The view may be gone already (the window deletes its widgets first):
    // only the listener is closed here, so no client is left half answered.
    if (m_session)
        m_session->stop();
}

InvokeApiServer *ServerFeature::server() const
{
    return m_server;
}

bool ServerFeature::isRunning() const
{
    return m_server && m_server->isListening();
}

bool ServerFeature::start()
{
    if (isRunning() || m_startWhenBuilt)
        return true;
    QString error;
    Invoker *invoker = window()->controller()->ensureInvoker(&error);
    if (!invoker) {
        m_view->setRunning(false, {}, tr("The engine cannot run here: %1").arg(error));
        showStatus(tr("The server did not start: %1").arg(error));
        return false;
    }
    m_verifier.reset();
    const QString profile = m_view->credentialsProfile();
    if (!profile.isEmpty()) {
        m_verifier = SigV4Auth::lambdaVerifier(profile, &error);
        if (!m_verifier) {
            m_view->setRunning(false, {}, tr("SigV4 cannot be required: %1").arg(error));
            showStatus(error);
            return false;
        }
    }
    // The built code, as the window's Invoke runs it: the automatic build of
    // every function first (an unchanged one costs a hash of its files).
    m_startWhenBuilt = true;
    m_startPort = m_view->port();
    if (m_project && !m_project->templatePath().isEmpty()) {
        m_view->setRunning(false, {}, tr("Building the functions before serving…"));
        prepare();
    } else {
        startSession();
    }
    return true;
}

void ServerFeature::prepare(const QStringList &logicalIds)
{
    if (!m_project)
        return;
    QStringList ids = logicalIds;
    if (ids.isEmpty()) {
        for (const FunctionConfig &function : m_project->functions())
            ids.append(function.logicalId);
    }
    for (const QString &id : std::as_const(ids)) {
        if (!m_toPrepare.contains(id))
            m_toPrepare.append(id);
    }
    if (!m_preparer)
        prepareNext();
}

void ServerFeature::prepareNext()
{
    // One build at a time; the next starts when one is ready.
    while (!m_toPrepare.isEmpty()) {
        const QString id = m_toPrepare.takeFirst();
        const auto function = m_project ? m_project->function(id) : std::nullopt;
        if (!function)
            continue;
        auto *preparer = new FunctionPreparer(BuildOptions(), this);
        m_preparer = preparer;
        connect(preparer, &FunctionPreparer::ready, this, [this, preparer, id](const FunctionConfig &built) {
            preparer->deleteLater();
            m_preparer.clear();
            // A rebuilt folder is new code under the same path: new instances for it.
            if (preparer->lastPrepareRebuilt() && m_session)
                ++m_rebuilds;
            m_built.insert(id, built);
            prepareNext();
        });
        connect(preparer, &FunctionPreparer::failed, this, [this, preparer, id](const QString &error) {
            preparer->deleteLater();
            m_preparer.clear();
            m_toPrepare.clear();
            const QString message = tr("The build of %1 failed: %2").arg(id, error);
            if (m_startWhenBuilt) {
                // Nothing is served that was not built, as Invoke runs nothing then.
                m_startWhenBuilt = false;
                m_view->setRunning(false, {}, message);
                showStatus(tr("The server did not start: %1").arg(message));
            } else {
                showStatus(tr("%1; the server still serves the last build").arg(message));
            }
        });
        preparer->prepare(*function, m_project->templatePath());
        return;
    }
    // Everything built.
    if (m_startWhenBuilt) {
        startSession();
    } else if (m_session) {
        m_session->setFunctions(servedFunctions());
        applyCodeRevisions();
        Q_EMIT functionsPrepared();
    }
}

QList<FunctionConfig> ServerFeature::servedFunctions() const
{
    QList<FunctionConfig> functions = m_project ? m_project->functions() : QList<FunctionConfig>();
    for (FunctionConfig &function : functions)
        function = m_built.value(function.logicalId, function);
    return functions;
}

void ServerFeature::applyCodeRevisions()
{
    Invoker *invoker = window()->controller()->invoker();
    if (!invoker || !m_project)
        return;
    for (const FunctionConfig &function : m_project->functions())
        invoker->setCodeRevision(function.logicalId,
                                 m_project->codeRevision(function.logicalId) + m_rebuilds * 1000000);
}

void ServerFeature::startSession()
{
    m_startWhenBuilt = false;
    QString error;
    Invoker *invoker = window()->controller()->ensureInvoker(&error);
    if (!invoker) {
        m_view->setRunning(false, {}, tr("The engine cannot run here: %1").arg(error));
        showStatus(tr("The server did not start: %1").arg(error));
        return;
    }
    // The whole session, as `bullpen serve` runs it: Event invocations through
    // this window's asynchronous queue (Tools › Asynchronous Queue shows them),
    // API Gateway for the template's Api/HttpApi events on a free port, a port
    // per function URL.
    AsyncFeature *async = window()->panel<AsyncFeature>();
    auto *session = new ServeSession(invoker, servedFunctions(), async ? async->queue() : nullptr, this);
    ServeSession::Options options;
    options.lambdaPort = m_startPort;
    options.apiPort = 0;
    options.templatePath = m_project ? m_project->templatePath() : QString();
    if (m_verifier)
        options.authenticator = SigV4Auth::authenticator(*m_verifier);
    if (!session->start(options, &error)) {
        const QString message = tr("Cannot serve on 127.0.0.1:%1: %2").arg(m_startPort).arg(error);
        delete session;
        m_view->setRunning(false, {}, message);
        showStatus(message);
        return;
    }
    m_session = session;
    applyCodeRevisions();
    InvokeApiServer *server = session->lambdaApi();
    m_server = server;
    connect(server, &InvokeApiServer::requestServed, m_view->requests(),
            [this](const ServedRequest &request) { m_view->requests()->append(request); });
    m_view->setRunning(true, server->url());
    refreshFunctions();
    updateActions();
    showStatus(tr("Serving Lambda's Invoke API at %1").arg(server->url()));
    Q_EMIT runningChanged(true);
}

void ServerFeature::stop()
{
    m_startWhenBuilt = false;
    m_toPrepare.clear();
    if (m_preparer) {
        m_preparer->disconnect(this);
        m_preparer->deleteLater();
        m_preparer.clear();
    }
    if (!m_session) {
        m_view->setRunning(false, {});
        return;
    }
    m_session->stop();
    delete m_session.data();
    m_view->setRunning(false, {});
    updateActions();
    Q_EMIT runningChanged(false);
}

void ServerFeature::contributeActions(const WindowMenus &menus)
{
    menus.tools->addAction(m_showAction);
    menus.run->addSeparator();
    menus.run->addAction(m_startStopAction);
}

void ServerFeature::projectChanged(Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_built.clear();
    if (project) {
        connect(project, &Project::templateChanged, this, [this] {
            refreshFunctions();
            if (m_session)
                prepare(); // every function, as the template says now
        });
        // Changed code is built again before it is served.
        connect(project, &Project::codeRevisionChanged, this, [this](const QString &logicalId) {
            if (m_session)
                prepare({ logicalId });
        });
    }
    refreshFunctions();
    if (m_session)
        prepare();
}

void ServerFeature::functionChanged(const QString &logicalId)
{
    m_function = logicalId;
    if (m_project) {
        if (const auto function = m_project->function(logicalId))
            m_view->setCurrentFunction(function->functionName);
    }
}

void ServerFeature::refreshFunctions()
{
    const QList<FunctionConfig> functions = servedFunctions();
    if (m_session)
        m_session->setFunctions(functions);
    QStringList names;
    QList<ServerRoute> routes;
    routes.append({ u"GET"_s, u"/2015-03-31/functions/"_s, tr("(ListFunctions)") });
    QString current;
    for (const FunctionConfig &function : functions) {
        names.append(function.functionName);
        if (function.logicalId == m_function)
            current = function.functionName;
        const QString path = ServerCommands::invokePath(function.functionName);
        routes.append({ u"POST"_s, path, function.functionName });
        routes.append({ u"GET"_s, path.chopped(QStringLiteral("/invocations").size()), function.functionName });
    }
    // API Gateway's routes and the function URLs, while they are served.
    if (m_session && m_session->apiGateway()) {
        for (const ApiRoute &route : m_session->apiGateway()->routes().routes())
            routes.append({ route.method, m_session->apiGateway()->url() + route.path, route.functionId });
    }
    if (m_session) {
        for (FunctionUrlServer *url : m_session->functionUrls())
            routes.append({ u"ANY"_s, url->url() + u"/"_s, url->function().functionName });
    }
    m_view->setFunctions(names, current);
    m_view->setRoutes(routes);
}

void ServerFeature::onEngineChanged()
{
    // The server holds the engine it was made with: a new engine (changed
    // preferences) needs a new server on the same port.
    if (!m_server)
        return;
    const quint16 port = m_server->port();
    stop();
    const quint16 asked = m_view->port();
    m_view->setPort(port);
    start();
    m_view->setPort(asked);
}

void ServerFeature::aboutToClose()
{
    stop();
}

void ServerFeature::saveSettings(QSettings &settings) const
{
    settings.setValue("port"_L1, m_view->port());
    settings.setValue("credentialsProfile"_L1, m_view->credentialsProfile());
}

void ServerFeature::restoreSettings(QSettings &settings)
{
    m_view->setPort(quint16(settings.value("port"_L1, 3001).toUInt()));
    m_view->setProfiles({}, settings.value("credentialsProfile"_L1).toString());
}

void ServerFeature::updateActions()
{
    m_startStopAction->setText(isRunning() ? tr("Stop &Server") : tr("Start &Server"));
}

} // namespace Bullpen
