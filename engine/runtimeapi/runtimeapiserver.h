// SPDX-License-Identifier: MIT
#pragma once

#include "engine/runtimeapi/connectionguard.h"
#include "engine/runtimeapi/extensionsapi.h"
#include "engine/runtimeapi/invocationrequest.h"
#include "engine/runtimeapi/runtimeerror.h"

#include <QHostAddress>
#include <QHttpServerResponder>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QHttpServerRequest;

namespace Bullpen {

class RuntimeApiHttp;

// The Lambda Runtime API (2018-06-01) for one execution environment: the runtime
// in the container finds it through AWS_LAMBDA_RUNTIME_API=host:port, long-polls
// GET /next for events and posts results or errors back. One listener per
// instance, so the server knows which instance asks without any change to the
// runtime clients. It owns its QtHttpServer listener, the parked /next responder
// (a long poll that holds no thread) and the state of the one invocation that may
// be outstanding; routing is done by hand on the path, without QHttpServer's
// regular-expression router, because the warm round trip must be cheap.
// A streaming response (Lambda-Runtime-Function-Response-Mode: streaming) is
// read past QtHttpServer, which would hand it over only when complete: its
// chunks are signalled as they arrive (see ConnectionGuard and README.md).
class RuntimeApiServer : public QObject, private ResponseStreamSink
{
    Q_OBJECT
public:
    explicit RuntimeApiServer(QObject *parent = nullptr);
    ~RuntimeApiServer() override;

    // The process-wide work the first request would do (Qt's TLS set-up, see
    // the .cpp), started once in a worker thread; the constructor calls it, and
    // so may whoever knows a server will soon be needed. Returns at once.
    static void prepareInBackground();

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    // Serves on a socket that already listens: one the engine made inside a
    // sandbox's network namespace (SandboxNetwork::listenInside), so that only
    // that sandbox reaches it. Takes the descriptor over (closes it on failure).
    bool adopt(qintptr socketDescriptor);
    quint16 port() const;
    QByteArray hostPort() const; // "127.0.0.1:PORT" for AWS_LAMBDA_RUNTIME_API
    QString errorString() const;
    void close();
    bool isRuntimeWaiting() const; // a GET /next is parked
    // An event was delivered and no runtime has taken it yet: none was
    // waiting; or the one waiting had gone (its connection closed by its end);
    // or it was written to a runtime that died without reading it (its
    // connection reset; ask before close()).
    bool isInvocationUntaken() const;

    // Hands an event to the runtime: answers the parked /next at once, or the next
    // one. Only one invocation may be outstanding (the previous one must have been
    // answered via /response or /error, or abandoned with abandonInvocation()).
    void deliver(const InvocationRequest &request);
    // Asked just before an event is written to a parked runtime: true when the
    // runtime is already condemned (killed from outside while it waited), so
    // that the event stays untaken for a fresh instance. A runtime that has a
    // SIGKILL pending may still have the event copied into it by its kernel on
    // the way out, which its connection's state could not tell from a taken one.
    void setRuntimeGoneCheck(std::function<bool()> check) { m_runtimeGone = std::move(check); }
    void abandonInvocation(); // after a timeout/crash: forget the current id
    // What the runtime's first GET /next said about its own start in the
    // Bullpen-Runtime-Init request header (Bullpen's Python and Node.js
    // runtimes: "interpreter=NS;bootstrap=NS;handler=NS", wall-clock moments);
    // empty for runtimes that do not send it, as official ones do not.
    QByteArray runtimeInitReport() const { return m_runtimeInitReport; }
    static constexpr const char *RuntimeInitHeader = "Bullpen-Runtime-Init";
    // The Extensions API (2020-01-01) served on the same listener.
    ExtensionsApi &extensions() { return m_extensions; }
    const ExtensionsApi &extensions() const { return m_extensions; }

Q_SIGNALS:
    void nextRequested(); // runtime called /next (the first call = init done)
    void responseReceived(const QByteArray &requestId, const QByteArray &body, const QByteArray &contentType);
    void errorReceived(const QByteArray &requestId, const Bullpen::RuntimeError &error);
    void initErrorReceived(const Bullpen::RuntimeError &error);
    void responseTooLarge(const QByteArray &requestId, qsizetype size); // runtime got 413
    // A streamed response: started, each chunk as it arrives, then exactly one of
    // finished (the runtime got 202), failed (an error in the trailers, or the
    // stream broke off) or responseTooLarge (past the streamed-response limit).
    void responseStreamStarted(const QByteArray &requestId, const QByteArray &contentType);
    void responseChunk(const QByteArray &requestId, const QByteArray &chunk);
    void responseStreamFinished(const QByteArray &requestId);
    void responseStreamFailed(const QByteArray &requestId, const Bullpen::RuntimeError &error);

private:
    friend class RuntimeApiHttp;
    enum class Invoke { None, Pending, Running, Responded };

    bool serve(const std::function<bool(GuardedTcpServer *)> &open);
    void handle(const QHttpServerRequest &request, QHttpServerResponder &responder);
    void handleNext(const QHttpServerRequest &request, QHttpServerResponder &responder);
    void handlePost(QStringView id, bool isError, const QHttpServerRequest &request, QHttpServerResponder &responder);
    void handleInitError(const QHttpServerRequest &request, QHttpServerResponder &responder);
    void sendPending();
    void setInvokeState(Invoke state); // leaving Running drops m_deliveredFd
    void releaseParked(); // answers and drops a parked /next that can no longer be used
    void onBodyRefused(const QByteArray &path, qint64 size);
    void onConnectionClosed(ConnectionGuard *guard);
    // ResponseStreamSink
    void streamBegan(ConnectionGuard *guard, const QByteArray &path, const QByteArray &contentType) override;
    void streamChunk(ConnectionGuard *guard, const QByteArray &chunk) override;
    StreamAnswer streamEnded(ConnectionGuard *guard, const ChunkedDecoder &body) override;
    void streamAborted(ConnectionGuard *guard, const QString &why) override;
    bool streamIsCurrent(ConnectionGuard *guard) const;

    RuntimeApiHttp *m_http = nullptr;
    QPointer<GuardedTcpServer> m_tcp;
    QString m_error;

    std::optional<QHttpServerResponder> m_parked;
    QPointer<ConnectionGuard> m_parkedGuard;

    Invoke m_state = Invoke::None;
    std::function<bool()> m_runtimeGone;
    int m_deliveredFd = -1; // while Running: a duplicate of the connection the event went out on
    InvocationRequest m_pending; // the current invocation (Pending, Running or Responded)
    bool m_initDone = false;
    QByteArray m_runtimeInitReport;
    ExtensionsApi m_extensions;

    // The streamed response being read, if any.
    QPointer<ConnectionGuard> m_streamGuard;
    QByteArray m_streamRequestId; // the invocation it answers; empty when refused
    StreamAnswer m_streamRefusal; // the answer for a refused stream
    qint64 m_streamBytes = 0;
};

} // namespace Bullpen
