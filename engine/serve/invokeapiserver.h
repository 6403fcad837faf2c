// SPDX-License-Identifier: MIT
#pragma once

#include "engine/serve/apierror.h"
#include "engine/serve/functiondirectory.h"

#include <QHostAddress>
#include <QHttpServerResponder>
#include <QMetaType>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QHttpServerRequest;

namespace Bullpen {

class ConnectionGuard;
class GuardedTcpServer;
class Invoker;
class InvokeApiHttp;

// One request the server answered, for `bullpen serve`'s summary line and the
// window's request log.
struct ServedRequest
{
    QString operation; // Invoke, GetFunction, GetFunctionConfiguration, ListFunctions; empty when unknown
    QString function; // the function as the request named it
    QString invocationType; // RequestResponse, Event, DryRun (Invoke only)
    QString qualifier; // $LATEST, the alias or version 1 it ran under (Invoke only)
    int status = 0;
    QByteArray errorType; // x-amzn-ErrorType, or X-Amz-Function-Error's value for a function error
    QByteArray requestId;
    double elapsedMs = 0; // from the request's arrival to its answer
};

// What an Event invocation hands to whoever runs it later.
struct AsyncInvokeRequest
{
    FunctionConfig function;
    QByteArray payload;
    QString qualifier; // empty for $LATEST, else the alias or "1"
};

// Lambda's Invoke API (2015-03-31) on a loopback listener, for the AWS CLI and
// the SDKs with --endpoint-url: Invoke (RequestResponse, Event, DryRun; the
// tail of the logs; function errors; qualifiers), GetFunction,
// GetFunctionConfiguration and ListFunctions, with AWS's error shapes. Every
// invocation goes through the Invoker, the engine's one front door; this
// class owns only its listener and the requests waiting for their
// invocation. Routing is by hand on the path on a QAbstractHttpServer (as the
// Runtime API does, engine/runtimeapi): the warm round trip through both
// servers is what a client measures. A body over the limit of its invocation
// type (6 MB synchronous, 1 MB Event) is refused from its head, before it is
// buffered (GuardedTcpServer's policy). Two hooks: where Event invocations go
// (until a queue is plugged in, a fire-and-forget invocation through the
// Invoker) and an authenticator (SigV4; off by default, as in SAM).
class InvokeApiServer final : public QObject
{
    Q_OBJECT
public:
    // Queues one Event invocation; returns its request id, or empty with *error.
    using AsyncSink = std::function<QByteArray(const AsyncInvokeRequest &request, QString *error)>;
    // Looks at a request before anything else; an error refuses it.
    using Authenticator = std::function<std::optional<ApiError>(const QHttpServerRequest &request)>;

    explicit InvokeApiServer(Invoker *invoker, FunctionDirectory functions = {}, QObject *parent = nullptr);
    ~InvokeApiServer() override;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const;
    QHostAddress address() const;
    QString url() const; // http://127.0.0.1:PORT, for --endpoint-url
    QString errorString() const;
    // Stops listening; requests still waiting are dropped with their connections.
    void close();
    bool isListening() const;

    // The directory's ARNs take the engine's region and account (EngineSettings::account).
    void setFunctions(FunctionDirectory functions);
    const FunctionDirectory &functions() const { return m_functions; }
    void setAsyncSink(AsyncSink sink);
    void setAuthenticator(Authenticator authenticator);
    // The default sink: the invocation starts now and nobody waits for it; its
    // logs and result reach the Invoker's invocationFinished like any other.
    static AsyncSink fireAndForget(Invoker *invoker);

    int waitingRequests() const { return int(m_waiting.size()); }

Q_SIGNALS:
    void requestServed(const Bullpen::ServedRequest &request);

private:
    friend class InvokeApiHttp;
    struct Waiting;

    void handle(const QHttpServerRequest &request, QHttpServerResponder &responder);
    void handleInvoke(QStringView name, const QHttpServerRequest &request, QHttpServerResponder &responder,
                      ServedRequest &served, qint64 arrivedNs);
    void handleInvokeStream(const QString &name, const QHttpServerRequest &request, QHttpServerResponder &responder,
                            ServedRequest &served, qint64 arrivedNs);
    void answerError(QHttpServerResponder &responder, const ApiError &error, ServedRequest &served, qint64 arrivedNs,
                     const QByteArray &requestId = {});
    void answerJson(QHttpServerResponder &responder, const QByteArray &json, ServedRequest &served, qint64 arrivedNs);
    void finish(ServedRequest &served, int status, qint64 arrivedNs);
    void onBodyRefused(const QByteArray &path, qint64 size);
    void onConnectionClosed(ConnectionGuard *guard);

    QPointer<Invoker> m_invoker;
    FunctionDirectory m_functions;
    AsyncSink m_asyncSink;
    Authenticator m_authenticator;
    InvokeApiHttp *m_http = nullptr;
    QPointer<GuardedTcpServer> m_tcp;
    QString m_error;
    // Synchronous invocations whose answer is due, by connection (one each:
    // QtHttpServer reads no further request of a connection until answered).
    QHash<ConnectionGuard *, std::shared_ptr<Waiting>> m_waiting;
};

} // namespace Bullpen

Q_DECLARE_METATYPE(Bullpen::ServedRequest)
