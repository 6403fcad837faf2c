// SPDX-License-Identifier: MIT
#include "engine/serve/servesession.h"

#include "engine/apigateway/apigatewayserver.h"
#include "engine/apigateway/apitemplate.h"
#include "engine/apigateway/functionurlserver.h"
#include "engine/apigateway/routetable.h"
#include "engine/async/asyncinvocationqueue.h"
#include "engine/invoke/invoker.h"
#include "engine/streaming/functionurlstreamwriter.h"

#include <QFileInfo>

#include <algorithm>

namespace Bullpen {

ServeSession::ServeSession(Invoker *invoker, const QList<FunctionConfig> &functions, AsyncInvocationQueue *queue,
                           QObject *parent)
    : QObject(parent)
    , m_invoker(invoker)
    , m_functions(functions)
    , m_queue(queue)
{ }

ServeSession::~ServeSession()
{
    stop();
}

AsyncInvocationQueue *ServeSession::asyncQueue() const
{
    return m_queue;
}

QList<FunctionUrlServer *> ServeSession::functionUrls() const
{
    QList<FunctionUrlServer *> servers;
    for (const auto &server : m_functionUrls) {
        if (server)
            servers.append(server);
    }
    return servers;
}

void ServeSession::setFunctions(const QList<FunctionConfig> &functions)
{
    m_functions = functions;
    if (m_lambdaApi)
        m_lambdaApi->setFunctions(FunctionDirectory(functions));
    if (m_queue)
        m_queue->setFunctions(functions);
}

bool ServeSession::start(const Options &options, QString *error)
{
    stop();
    m_warnings.clear();
    m_routes.clear();
    m_asyncError.clear();

    // The asynchronous queue: the caller's, or the project's own folder. A
    // folder another process owns (the window, another serve) refuses the
    // start: two owners would deliver the same events twice.
    if (!m_queue) {
        const QString projectDir = QFileInfo(options.templatePath).absolutePath();
        m_ownQueue
            = std::make_unique<AsyncInvocationQueue>(AsyncInvocationQueue::folderForProject(projectDir), m_invoker);
        if (m_ownQueue->isValid()) {
            m_queue = m_ownQueue.get();
        } else {
            // Served anyway: only Event invocations are refused, with the reason.
            m_asyncError = QStringLiteral("Event invocations are refused: the asynchronous queue of this project "
                                          "cannot be opened here: %1")
                               .arg(m_ownQueue->errorString());
            m_warnings.append(m_asyncError);
            m_ownQueue.reset();
        }
    }
    if (m_queue)
        m_queue->setFunctions(m_functions);

    m_lambdaApi = std::make_unique<InvokeApiServer>(m_invoker, FunctionDirectory(m_functions));
    QPointer<AsyncInvocationQueue> queue = m_queue;
    const QString asyncError = m_asyncError;
    m_lambdaApi->setAsyncSink([queue, asyncError](const AsyncInvokeRequest &request, QString *sinkError) -> QByteArray {
        if (!queue) {
            *sinkError = asyncError.isEmpty() ? QStringLiteral("the asynchronous queue is closed") : asyncError;
            return {};
        }
        return queue->enqueue(request.function, request.payload, sinkError, request.qualifier);
    });
    if (options.authenticator)
        m_lambdaApi->setAuthenticator(options.authenticator);
    connect(m_lambdaApi.get(), &InvokeApiServer::requestServed, this, &ServeSession::requestServed);
    if (!m_lambdaApi->listen(options.host, options.lambdaPort)) {
        *error = QStringLiteral("cannot listen on %1 port %2 for the Lambda Invoke API: %3")
                     .arg(options.host.toString())
                     .arg(options.lambdaPort)
                     .arg(m_lambdaApi->errorString());
        stop();
        return false;
    }

    if (!options.templatePath.isEmpty() && (options.startApiGateway || options.startFunctionUrls)) {
        ProjectError apiError;
        const auto apis = ApiTemplate::load(options.templatePath, &apiError);
        if (!apis) {
            *error = QStringLiteral("the API definitions of %1: %2").arg(options.templatePath, apiError.toString());
            stop();
            return false;
        }
        m_warnings.append(apis->warnings());
        const QString host = options.host.toString();
        const RouteTable routes(*apis);
        if (options.startApiGateway && !routes.isEmpty()) {
            auto *gateway = new ApiGatewayServer(m_invoker, m_functions, routes, this);
            gateway->setIntegrationTimeoutMs(options.integrationTimeoutMs);
            connect(gateway, &GatewayServer::requestServed, this, &ServeSession::gatewayRequestServed);
            m_apiGateway = gateway;
            if (!gateway->start(host, options.apiPort, error)) {
                stop();
                return false;
            }
            for (const ApiRoute &route : routes.routes())
                m_routes.append(
                    QStringLiteral("%1 -> %2 (%3 %4)")
                        .arg(route.routeKey(), route.functionId,
                             route.kind == ApiKind::Rest ? QStringLiteral("Api") : QStringLiteral("HttpApi"),
                             route.apiId));
        }
        if (options.startFunctionUrls) {
            for (const FunctionUrlDefinition &url : apis->functionUrls()) {
                const auto function
                    = std::find_if(m_functions.cbegin(), m_functions.cend(),
                                   [&](const FunctionConfig &f) { return f.logicalId == url.functionId; });
                if (function == m_functions.cend())
                    continue;
                auto *server = new FunctionUrlServer(m_invoker, *function, url, this);
                server->setIntegrationTimeoutMs(options.integrationTimeoutMs);
                // RESPONSE_STREAM: the function's chunks go to the client as the
                // runtime writes them (the Runtime API's streaming response).
                server->setStreamingHandler(functionUrlStreamingHandler(m_invoker));
                connect(server, &GatewayServer::requestServed, this, &ServeSession::gatewayRequestServed);
                m_functionUrls.append(server);
                // Each URL on its own port: the next after the API's, or a free one.
                if (!server->start(host, 0, error)) {
                    stop();
                    return false;
                }
            }
        }
    }
    return true;
}

void ServeSession::stop()
{
    for (const auto &server : std::as_const(m_functionUrls)) {
        if (server) {
            server->stop();
            server->deleteLater();
        }
    }
    m_functionUrls.clear();
    if (m_apiGateway) {
        m_apiGateway->stop();
        m_apiGateway->deleteLater();
    }
    m_apiGateway = nullptr;
    if (m_lambdaApi)
        m_lambdaApi->close();
    m_lambdaApi.reset();
    m_routes.clear();
    if (m_ownQueue) {
        m_queue = nullptr;
        m_ownQueue.reset();
    }
}

QStringList ServeSession::addressLines() const
{
    QStringList lines;
    if (m_lambdaApi)
        lines.append(QStringLiteral("Lambda Invoke API: ") + m_lambdaApi->url());
    if (m_apiGateway)
        lines.append(QStringLiteral("API Gateway: ") + m_apiGateway->url());
    for (const auto &server : m_functionUrls) {
        if (server)
            lines.append(QStringLiteral("Function URL %1: %2/").arg(server->function().logicalId, server->url()));
    }
    return lines;
}

QStringList ServeSession::routeLines() const
{
    return m_routes;
}

} // namespace Bullpen
