// SPDX-License-Identifier: MIT
#pragma once

#include "engine/apigateway/apievents.h"
#include "engine/core/awsaccount.h"
#include "engine/project/functionconfig.h"

#include <QHostAddress>
#include <QHttpServerResponder>
#include <QMetaType>
#include <QObject>
#include <QPointer>

#include <functional>
#include <map>
#include <memory>
#include <optional>

class QHttpServerRequest;

namespace Bullpen {

class ConnectionGuard;
class GatewayHttp;
class GuardedTcpServer;
class Invocation;
class Invoker;
struct InvocationResult;

// One request through a gateway server, for `serve`'s log and the window's:
// what came in, which function it reached and what went out.
struct GatewayRequestRecord
{
    QString server; // "api" or "url:<FunctionId>"
    QByteArray method;
    QString path;
    QString routeKey; // "GET /items/{id}", "$default"; empty when no route matched
    QString functionId; // empty when no function ran
    QByteArray lambdaRequestId; // the invocation's request id
    QString gatewayRequestId; // requestContext.requestId
    int status = 0;
    QString note; // why the gateway answered itself: "no route", "function error", "timed out", ...
    double elapsedMs = 0;
};

// What a server has in common: the listener (QtHttpServer behind the Runtime
// API's connection guard, so an oversized body is refused before it is
// buffered), requests held open while their function runs (no thread each), the
// Invoker as the only way to a function, the integration timeout and the record
// of each request.
class GatewayServer : public QObject
{
    Q_OBJECT
public:
    ~GatewayServer() override;

    // Listens on host:port (port 0: a free one). False, with an error that names
    // the address, when it cannot: "127.0.0.1:3000 is already in use ...".
    bool start(const QString &host, quint16 port, QString *error);
    // Stops listening; requests still waiting get 503.
    void stop();
    bool isListening() const;
    quint16 port() const;
    QString host() const { return m_host; }
    QString url() const; // "http://127.0.0.1:3000"

    // API Gateway's integration timeout (29 s; decisions §1: a knob, so tests use a short one).
    static constexpr int DefaultIntegrationTimeoutMs = 29000;
    // The region and account the events name: the engine's (EngineSettings::account).
    AwsAccount account() const;
    void setIntegrationTimeoutMs(int ms) { m_integrationTimeoutMs = ms; }
    int integrationTimeoutMs() const { return m_integrationTimeoutMs; }

Q_SIGNALS:
    void requestServed(const Bullpen::GatewayRequestRecord &record);
    // An invocation this server started, to follow its logs (Invocation::logLine).
    void invocationStarted(Bullpen::Invocation *invocation, const QString &functionId);

protected:
    GatewayServer(Invoker *invoker, qint64 maxBodyBytes, QObject *parent);

    // One request held open until it is answered.
    struct Exchange
    {
        quint64 id = 0;
        std::optional<QHttpServerResponder> responder;
        QPointer<ConnectionGuard> guard;
        GatewayRequest request;
        GatewayRequestRecord record;
        QPointer<Invocation> invocation;
        qint64 startedNs = 0;
        // HTTP APIs and function URLs add CORS headers to every answer of an allowed origin.
        std::optional<CorsConfig> responseCors;
    };

    virtual void handle(Exchange &exchange) = 0;

    // Answers and forgets the exchange.
    void reply(quint64 id, GatewayResponse response, const QString &note = {});
    // Invokes the function with the event through the Invoker; map turns its
    // result into the answer. After timeoutMs (< 0: no limit) the client gets
    // 504 and the function runs on, as it does behind API Gateway.
    void invoke(quint64 id, const FunctionConfig &function, const QByteArray &event, int timeoutMs,
                std::function<GatewayResponse(const InvocationResult &, QString *note)> map);
    Exchange *exchange(quint64 id);
    // Hands the exchange's responder to someone who answers it later (a
    // streaming invoker); done(status) then records the request.
    std::optional<QHttpServerResponder> release(quint64 id, std::function<void(int status)> *done);
    // The function's failure as the gateway answers it (502, or 413/429 for Lambda's refusals).
    static GatewayResponse failureResponse(const InvocationResult &result, QString *note);

    Invoker *m_invoker;

private:
    friend class GatewayHttp;
    void accept(const QHttpServerRequest &request, QHttpServerResponder &responder);

    qint64 m_maxBody;
    GatewayHttp *m_http = nullptr;
    QPointer<GuardedTcpServer> m_tcp;
    QString m_host;
    int m_integrationTimeoutMs = DefaultIntegrationTimeoutMs;
    quint64 m_nextId = 1;
    std::map<quint64, std::unique_ptr<Exchange>> m_exchanges;
};

} // namespace Bullpen

Q_DECLARE_METATYPE(Bullpen::GatewayRequestRecord)
