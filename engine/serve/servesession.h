// SPDX-License-Identifier: MIT
#pragma once

#include "engine/apigateway/apigatewayserver.h"
#include "engine/apigateway/functionurlserver.h"
#include "engine/project/functionconfig.h"
#include "engine/serve/invokeapiserver.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <memory>

namespace Bullpen {

class AsyncInvocationQueue;
class Invoker;

// Everything `bullpen serve` and the window's Server panel put in front of one
// project's functions, started and stopped together: Lambda's Invoke API (its
// Event invocations through the project's asynchronous queue, with Lambda's
// retries and destinations), API Gateway for the template's Api and HttpApi
// events, and one listener per function URL (streaming ones through the
// Runtime API's streaming response). One place, so the command line and the
// window serve the same thing.
class ServeSession final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QHostAddress host = QHostAddress::LocalHost;
        quint16 lambdaPort = 3001; // 0: a free port
        quint16 apiPort = 3000; // 0: a free port; API Gateway starts only when the template has routes
        bool startApiGateway = true;
        bool startFunctionUrls = true;
        QString templatePath; // for the API Gateway and function URL definitions
        InvokeApiServer::Authenticator authenticator; // SigV4; empty: any credentials
        int integrationTimeoutMs = GatewayServer::DefaultIntegrationTimeoutMs;
    };

    // queue: where Event invocations go (the window's, shared with its
    // Asynchronous Queue view); null: the session opens the project's queue
    // folder itself (AsyncInvocationQueue::folderForProject); when another
    // process owns that folder, Event invocations are refused with the reason
    // (two owners would deliver the same events twice) and the rest is served.
    ServeSession(Invoker *invoker, const QList<FunctionConfig> &functions, AsyncInvocationQueue *queue = nullptr,
                 QObject *parent = nullptr);
    ~ServeSession() override;

    // Starts every listener; on the first failure stops those already started
    // and returns false with an error that names the address.
    bool start(const Options &options, QString *error);
    void stop();
    bool isRunning() const { return m_lambdaApi && m_lambdaApi->isListening(); }

    void setFunctions(const QList<FunctionConfig> &functions);

    InvokeApiServer *lambdaApi() const { return m_lambdaApi.get(); }
    ApiGatewayServer *apiGateway() const { return m_apiGateway; }
    QList<FunctionUrlServer *> functionUrls() const;
    AsyncInvocationQueue *asyncQueue() const;

    // "Lambda Invoke API: http://127.0.0.1:3001", "API Gateway: ...", "Function URL Name: ..." in that order.
    QStringList addressLines() const;
    // "GET /items/{id} -> GetItem (HttpApi ServerlessHttpApi)" for each route.
    QStringList routeLines() const;
    // Warnings of the API definitions (unsupported properties, ...).
    QStringList warnings() const { return m_warnings; }

Q_SIGNALS:
    void requestServed(const Bullpen::ServedRequest &request);
    void gatewayRequestServed(const Bullpen::GatewayRequestRecord &record);

private:
    Invoker *m_invoker;
    QList<FunctionConfig> m_functions;
    QPointer<AsyncInvocationQueue> m_queue;
    std::unique_ptr<AsyncInvocationQueue> m_ownQueue;
    std::unique_ptr<InvokeApiServer> m_lambdaApi;
    QPointer<ApiGatewayServer> m_apiGateway;
    QList<QPointer<FunctionUrlServer>> m_functionUrls;
    QStringList m_routes;
    QStringList m_warnings;
    QString m_asyncError;
};

} // namespace Bullpen
