// SPDX-License-Identifier: MIT
#include "engine/runtimeapi/extensionsapi.h"

#include "engine/runtimeapi/connectionguard.h"

#include <QHttpHeaders>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Bullpen {

struct ExtensionsApi::Extension
{
    QByteArray identifier;
    QString name;
    bool invoke = false;
    bool shutdown = false;
    bool exited = false;
    bool waiting = false; // in event/next, nothing queued
    bool shutdownTaken = false;
    QList<QByteArray> queued; // event documents not yet handed over
    std::optional<QHttpServerResponder> parked;
    QPointer<ConnectionGuard> guard;
};

namespace {

using Status = QHttpServerResponder::StatusCode;

void forbidden(QHttpServerResponder &responder, QByteArrayView type, const QString &message)
{
    responder.write(RuntimeApiBodies::errorJson(message.toUtf8(), type), "application/json"_ba, Status::Forbidden);
}

QByteArray newIdentifier()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

} // namespace

ExtensionsApi::ExtensionsApi(QObject *parent)
    : QObject(parent)
{ }

ExtensionsApi::~ExtensionsApi()
{
    closeAll();
}

QStringList ExtensionsApi::registeredNames() const
{
    QStringList names;
    for (const auto &e : m_extensions)
        names << e->name;
    return names;
}

QStringList ExtensionsApi::initSummary() const
{
    QStringList lines;
    for (const auto &e : m_extensions) {
        QStringList events;
        if (e->invoke)
            events << u"INVOKE"_s;
        if (e->shutdown)
            events << u"SHUTDOWN"_s;
        lines << u"EXTENSION\tName: %1\tState: Ready\tEvents: [%2]"_s.arg(e->name, events.join(u','));
    }
    return lines;
}

bool ExtensionsApi::isRegistered(const QString &name) const
{
    for (const auto &e : m_extensions) {
        if (e->name == name)
            return true;
    }
    return false;
}

bool ExtensionsApi::allReady() const
{
    for (const auto &e : m_extensions) {
        if (!e->exited && !e->waiting)
            return false;
    }
    return true;
}

bool ExtensionsApi::anySubscribed(const QByteArray &eventType) const
{
    for (const auto &e : m_extensions) {
        if (!e->exited && (eventType == "INVOKE" ? e->invoke : e->shutdown))
            return true;
    }
    return false;
}

bool ExtensionsApi::shutdownDone() const
{
    for (const auto &e : m_extensions) {
        if (e->shutdown && !e->exited && !(e->shutdownTaken && e->waiting))
            return false;
    }
    return true;
}

void ExtensionsApi::handle(QStringView path, const QHttpServerRequest &request, QHttpServerResponder &responder,
                           ConnectionGuard *guard)
{
    const auto method = request.method();
    if (path == u"register" && method == QHttpServerRequest::Method::Post)
        return handleRegister(request, responder);
    const bool next = path == u"event/next" && method == QHttpServerRequest::Method::Get;
    const bool initError = path == u"init/error" && method == QHttpServerRequest::Method::Post;
    const bool exitError = path == u"exit/error" && method == QHttpServerRequest::Method::Post;
    if (!next && !initError && !exitError) {
        responder.write(RuntimeApiBodies::errorJson("Not found", "NotFound"), "application/json"_ba, Status::NotFound);
        return;
    }
    Extension *extension = byIdentifier(request, responder);
    if (!extension)
        return;
    if (next)
        return handleNext(*extension, responder, guard);

    const QByteArray errorType = request.value("Lambda-Extension-Function-Error-Type");
    if (errorType.isEmpty())
        return forbidden(responder, "Extension.MissingHeader", u"Lambda-Extension-Function-Error-Type not found"_s);
    if (initError && !m_registrationOpen) {
        return forbidden(responder, "Extension.InvalidExtensionState",
                         u"State transition from Ready to InitError failed for extension %1. Error: State "
                         "transition is not allowed"_s.arg(QString::fromLatin1(extension->identifier)));
    }
    responder.write("{\"status\":\"OK\"}"_ba, "application/json"_ba, Status::Accepted);
    const QString name = extension->name;
    if (initError)
        Q_EMIT initErrorReported(name, errorType);
    else
        Q_EMIT exitErrorReported(name, errorType);
}

ExtensionsApi::Extension *ExtensionsApi::byIdentifier(const QHttpServerRequest &request,
                                                      QHttpServerResponder &responder)
{
    const QByteArray identifier = request.value("Lambda-Extension-Identifier");
    if (identifier.isEmpty()) {
        forbidden(responder, "Extension.MissingExtensionIdentifier", u"Missing Lambda-Extension-Identifier header"_s);
        return nullptr;
    }
    if (QUuid::fromString(QLatin1StringView(identifier)).isNull()) {
        forbidden(responder, "Extension.InvalidExtensionIdentifier", u"Invalid Lambda-Extension-Identifier"_s);
        return nullptr;
    }
    for (const auto &e : m_extensions) {
        if (e->identifier == identifier)
            return e.get();
    }
    forbidden(responder, "Extension.UnknownExtensionIdentifier",
              u"Unknown extension %1"_s.arg(QString::fromLatin1(identifier)));
    return nullptr;
}

void ExtensionsApi::handleRegister(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    const QString name = QString::fromUtf8(request.value("Lambda-Extension-Name"));
    if (name.isEmpty())
        return forbidden(responder, "Extension.InvalidExtensionName", u"Empty extension name"_s);
    QJsonParseError parseError;
    const QJsonDocument body = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !body.isObject())
        return forbidden(responder, "InvalidRequestFormat",
                         parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                      : u"the body is not a JSON object"_s);
    const QJsonObject object = body.object();
    if (!object.value("configurationKeys"_L1).toArray().isEmpty())
        return forbidden(responder, "InvalidRequestFormat",
                         u"configurationKeys are deprecated; use environment variables instead"_s);
    auto extension = std::make_unique<Extension>();
    extension->name = name;
    for (const QJsonValue &event : object.value("events"_L1).toArray()) {
        const QString type = event.toString();
        if (type == u"INVOKE") {
            extension->invoke = true;
        } else if (type == u"SHUTDOWN") {
            extension->shutdown = true;
        } else {
            return forbidden(responder, "Extension.InvalidEventType", u"%1: ErrorInvalidEventType"_s.arg(type));
        }
    }
    if (isRegistered(name)) {
        return forbidden(responder, "Extension.InvalidExtensionState",
                         u"State transition from Registered to Registered failed for extension %1. Error: State "
                         "transition is not allowed"_s.arg(name));
    }
    if (!m_registrationOpen)
        return forbidden(responder, "Extension.RegistrationClosed", u"Extension registration closed already"_s);
    extension->identifier = newIdentifier();
    QJsonObject answer { { "functionName"_L1, m_function.functionName },
                         { "functionVersion"_L1, m_function.functionVersion },
                         { "handler"_L1, m_function.handler } };
    if (request.value("Lambda-Extension-Accept-Feature").split(',').contains("accountId"))
        answer.insert("accountId"_L1, m_function.accountId);
    QHttpHeaders headers;
    headers.append(QHttpHeaders::WellKnownHeader::ContentType, "application/json"_ba);
    headers.append("Lambda-Extension-Identifier"_L1, extension->identifier);
    m_extensions.push_back(std::move(extension));
    responder.write(QJsonDocument(answer).toJson(QJsonDocument::Compact), headers, Status::Ok);
    Q_EMIT registered(name);
}

void ExtensionsApi::handleNext(Extension &extension, QHttpServerResponder &responder, ConnectionGuard *guard)
{
    if (extension.parked) {
        // A second poll replaces the first (whose connection may be dead already).
        QHttpServerResponder old = std::move(*extension.parked);
        extension.parked.reset();
        if (extension.guard)
            extension.guard->setParked(false);
        forbidden(old, "Extension.InvalidExtensionState", u"a newer event/next replaced this one"_s);
    }
    extension.parked.emplace(std::move(responder));
    extension.guard = guard;
    if (guard)
        guard->setParked(true);
    if (extension.shutdownTaken)
        extension.waiting = true; // nothing comes after SHUTDOWN
    sendQueued(extension);
    if (!extension.parked.has_value())
        return; // answered at once: still busy
    extension.waiting = true;
    Q_EMIT readinessChanged();
}

void ExtensionsApi::sendQueued(Extension &extension)
{
    if (!extension.parked || extension.queued.isEmpty())
        return;
    const QByteArray event = extension.queued.takeFirst();
    if (event.contains("\"SHUTDOWN\""))
        extension.shutdownTaken = true;
    extension.waiting = false;
    QHttpServerResponder responder = std::move(*extension.parked);
    extension.parked.reset();
    if (extension.guard)
        extension.guard->setParked(false);
    extension.guard.clear();
    QHttpHeaders headers;
    headers.append(QHttpHeaders::WellKnownHeader::ContentType, "application/json"_ba);
    headers.append("Lambda-Extension-Event-Identifier"_L1, newIdentifier());
    responder.write(event, headers, Status::Ok);
}

void ExtensionsApi::deliverInvoke(const QByteArray &requestId, qint64 deadlineEpochMs, const QByteArray &functionArn,
                                  const QByteArray &traceId)
{
    QJsonObject event { { "eventType"_L1, "INVOKE"_L1 },
                        { "deadlineMs"_L1, deadlineEpochMs },
                        { "requestId"_L1, QString::fromLatin1(requestId) },
                        { "invokedFunctionArn"_L1, QString::fromLatin1(functionArn) } };
    if (!traceId.isEmpty())
        event.insert("tracing"_L1,
                     QJsonObject { { "type"_L1, "X-Amzn-Trace-Id"_L1 }, { "value"_L1, QString::fromLatin1(traceId) } });
    const QByteArray document = QJsonDocument(event).toJson(QJsonDocument::Compact);
    for (const auto &e : m_extensions) {
        if (!e->invoke || e->exited)
            continue;
        e->queued.append(document);
        e->waiting = false;
        sendQueued(*e);
    }
}

void ExtensionsApi::deliverShutdown(const QString &reason, qint64 deadlineEpochMs)
{
    const QByteArray document = QJsonDocument(QJsonObject { { "eventType"_L1, "SHUTDOWN"_L1 },
                                                            { "deadlineMs"_L1, deadlineEpochMs },
                                                            { "shutdownReason"_L1, reason } })
                                    .toJson(QJsonDocument::Compact);
    for (const auto &e : m_extensions) {
        if (!e->shutdown || e->exited)
            continue;
        e->queued.append(document);
        e->waiting = false;
        sendQueued(*e);
    }
}

void ExtensionsApi::extensionExited(const QString &name)
{
    for (const auto &e : m_extensions) {
        if (e->name != name)
            continue;
        e->exited = true;
        e->parked.reset();
        e->guard.clear();
    }
    Q_EMIT readinessChanged();
}

void ExtensionsApi::onConnectionClosed(ConnectionGuard *guard)
{
    for (const auto &e : m_extensions) {
        if (e->parked && e->guard == guard) {
            // Nobody listens any more; the extension may ask again on a new connection.
            e->guard.clear();
            e->parked.reset();
        }
    }
}

void ExtensionsApi::closeAll()
{
    for (const auto &e : m_extensions) {
        e->parked.reset();
        e->guard.clear();
    }
}

} // namespace Bullpen
