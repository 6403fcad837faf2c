// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHttpServerResponder>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QHttpServerRequest;

namespace Bullpen {

class ConnectionGuard;

// The Extensions API (2020-01-01) of one execution environment, served on the
// same listener as its Runtime API (RuntimeApiServer routes
// /2020-01-01/extension/* here). Extensions register (Lambda-Extension-Name,
// the events they want: INVOKE, SHUTDOWN) and get an identifier and the
// function's name, version and handler; they long-poll event/next, one parked
// responder each (no thread held); they may report init/error and exit/error.
// It knows nothing of the pool: the instance tells it the phase (registration
// closes when init ends) and hands it the events, and hears when every
// extension waits again (the phase rules are the instance's).
//
// An extension is *ready* while it waits in event/next with nothing queued for
// it: after an INVOKE it is busy until it asks again. Bodies and status codes
// are RIE's (internal/lambda/rapi/handler): 403 with an Extension.* error type
// for every refusal.
class ExtensionsApi final : public QObject
{
    Q_OBJECT
public:
    struct FunctionInfo
    {
        QString functionName;
        QString functionVersion = QStringLiteral("$LATEST");
        QString handler;
        QString accountId;
    };

    explicit ExtensionsApi(QObject *parent = nullptr);
    ~ExtensionsApi() override;

    void setFunctionInfo(const FunctionInfo &info) { m_function = info; }
    // Registration is open during init only (Extension.RegistrationClosed after).
    void closeRegistration() { m_registrationOpen = false; }

    // Serves one request under /2020-01-01/extension/ (path is what follows it).
    void handle(QStringView path, const QHttpServerRequest &request, QHttpServerResponder &responder,
                ConnectionGuard *guard);

    // Lambda's EXTENSION lines after an init: name, state and events of each.
    QStringList initSummary() const;
    int registeredCount() const { return int(m_extensions.size()); }
    QStringList registeredNames() const;
    bool isRegistered(const QString &name) const;
    // Every registered extension waits in event/next with nothing queued.
    bool allReady() const;
    // Any extension subscribed to the event type.
    bool anySubscribed(const QByteArray &eventType) const;
    // Every extension subscribed to SHUTDOWN has taken it and asked again (or gone).
    bool shutdownDone() const;

    // Queues an INVOKE for every extension subscribed to it (answered at once if it waits).
    void deliverInvoke(const QByteArray &requestId, qint64 deadlineEpochMs, const QByteArray &functionArn,
                       const QByteArray &traceId);
    // Queues a SHUTDOWN (reason spindown, timeout or failure) for every extension subscribed to it.
    void deliverShutdown(const QString &reason, qint64 deadlineEpochMs);
    // An extension's process is gone: it no longer counts.
    void extensionExited(const QString &name);
    // Drops every parked event/next (the listener closes).
    void closeAll();
    // A connection went away: a poll parked on it is dropped.
    void onConnectionClosed(ConnectionGuard *guard);

Q_SIGNALS:
    void registered(const QString &name);
    void readinessChanged(); // an extension asked for its next event, or went away
    void initErrorReported(const QString &name, const QByteArray &errorType);
    void exitErrorReported(const QString &name, const QByteArray &errorType);

private:
    struct Extension;
    Extension *byIdentifier(const QHttpServerRequest &request, QHttpServerResponder &responder);
    void handleRegister(const QHttpServerRequest &request, QHttpServerResponder &responder);
    void handleNext(Extension &extension, QHttpServerResponder &responder, ConnectionGuard *guard);
    void sendQueued(Extension &extension);

    FunctionInfo m_function;
    bool m_registrationOpen = true;
    std::vector<std::unique_ptr<Extension>> m_extensions;
};

} // namespace Bullpen
