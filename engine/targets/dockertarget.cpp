// SPDX-License-Identifier: MIT
#include "engine/sandbox/docker/dockerbackend.h"
#include "engine/sandbox/docker/dockerclient.h"
#include "engine/sandbox/sandboxfiles.h"
#include "engine/targets/dockertargets.h"
#include "engine/targets/invokeanswer.h"
#include "engine/targets/targetimages.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>

#include <memory>

namespace Bullpen {

using namespace Qt::StringLiterals;

namespace {

// Docker's `since`: seconds and nanoseconds since the epoch.
QString sinceParameter(const QDateTime &time)
{
    const qint64 ms = time.toMSecsSinceEpoch();
    return u"%1.%2"_s.arg(ms / 1000).arg((ms % 1000) * 1000000, 9, 10, QLatin1Char('0'));
}

// One log line as the Engine API gives it with timestamps (and, for a
// service, details): "<RFC 3339 time> [com.docker.swarm...=...,...] message".
struct LogLine
{
    QString text;
    QString taskId;
};

LogLine parseLogLine(const QString &raw)
{
    static const QRegularExpression stamp(u"^\\d{4}-\\d\\d-\\d\\dT\\S+ "_s);
    LogLine line;
    line.text = raw;
    if (const auto m = stamp.match(line.text); m.hasMatch())
        line.text = line.text.mid(m.capturedLength());
    if (line.text.startsWith(u"com.docker.swarm.")) {
        const qsizetype space = line.text.indexOf(u' ');
        const QString details = line.text.left(space < 0 ? line.text.size() : space);
        line.text = space < 0 ? QString() : line.text.mid(space + 1);
        for (const QString &pair : details.split(u',')) {
            if (pair.startsWith(u"com.docker.swarm.task.id="))
                line.taskId = pair.section(u'=', 1);
        }
    }
    return line;
}

} // namespace

DockerTargetBase::DockerTargetBase(const TargetSpec &spec, const TargetContext &context, QObject *parent)
    : Target(spec, context, parent)
    , m_http(new QNetworkAccessManager(this))
{
    // Connected first, so that a receiver that tears down on deployFinished
    // finds the flag cleared (its polls then run their course).
    connect(this, &Target::deployFinished, this, [this] { m_deployCancelled = false; });
}

void DockerTargetBase::cancelDeploy()
{
    m_deployCancelled = true;
}

DockerTargetBase::~DockerTargetBase() = default;

DockerClient *DockerTargetBase::client(QString *error)
{
    if (!m_client) {
        QString why;
        const DockerEndpoint endpoint = spec().dockerHost.isEmpty()
            ? DockerClient::probe(&why)
            : DockerClient::probeSocket(spec().dockerHost, u"dockerHost"_s, &why);
        if (endpoint.socketPath.isEmpty()) {
            *error = why;
            return nullptr;
        }
        if (endpoint.podman && kind() == TargetKind::SwarmService) {
            *error = u"the daemon at %1 is Podman, which has no swarm"_s.arg(endpoint.socketPath);
            return nullptr;
        }
        m_client = new DockerClient(endpoint, this);
    }
    return m_client;
}

void DockerTargetBase::clientCall(const QByteArray &verb, const QString &path,
                                  std::function<void(const DockerResponse &)> done, const QByteArray &body)
{
    m_client->call(verb, path, body, this, std::move(done));
}

TargetImages *DockerTargetBase::images()
{
    if (!m_images) {
        QString cache = context().engine.cacheDirectory;
        if (cache.isEmpty())
            cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
        m_images = new TargetImages(m_client, cache, this);
    }
    return m_images;
}

QString DockerTargetBase::resourceName(const FunctionConfig &function) const
{
    QString id = function.logicalId.toLower();
    id.replace(QRegularExpression(u"[^a-z0-9_.-]"_s), u"-"_s);
    QString target = name().toLower();
    target.replace(QRegularExpression(u"[^a-z0-9_.-]"_s), u"-"_s);
    // Service names are at most 63 characters.
    return u"bullpen-%1-%2-%3"_s.arg(target.left(20), id.left(20), context().projectKey());
}

QJsonObject DockerTargetBase::labels(const QString &functionId, const QString &imageId) const
{
    return QJsonObject {
        { QLatin1StringView(DockerLabels::Kind), u"target"_s },
        { QLatin1StringView(TargetLabels::Target), name() },
        { QLatin1StringView(TargetLabels::Project), context().projectKey() },
        { QLatin1StringView(TargetLabels::Function), functionId },
        { QLatin1StringView(TargetLabels::Image), imageId },
        { QLatin1StringView(DockerLabels::BuiltBy), SandboxFiles::ownerIdentity() },
    };
}

QString DockerTargetBase::labelFilter(const QString &functionId) const
{
    QStringList selectors { u"%1=%2"_s.arg(QLatin1StringView(TargetLabels::Target), name()),
                            u"%1=%2"_s.arg(QLatin1StringView(TargetLabels::Project), context().projectKey()) };
    if (!functionId.isEmpty())
        selectors << u"%1=%2"_s.arg(QLatin1StringView(TargetLabels::Function), functionId);
    return DockerClient::labelFilter(selectors);
}

void DockerTargetBase::deployEach(const QList<FunctionConfig> &functions, DeployOne one)
{
    auto queue = std::make_shared<QList<FunctionConfig>>(functions);
    auto step = std::make_shared<std::function<void()>>();
    *step = [this, queue, step, one] {
        if (queue->isEmpty()) {
            Q_EMIT deployFinished(true, u"%1 is up"_s.arg(name()));
            *step = nullptr; // breaks the cycle
            return;
        }
        if (m_deployCancelled) {
            Q_EMIT deployFinished(false, u"%1: the deploy was cancelled"_s.arg(name()));
            *step = nullptr;
            return;
        }
        const FunctionConfig function = queue->takeFirst();
        one(function, [this, step, function](bool ok, const QString &message) {
            Q_EMIT progress(message);
            if (!ok && m_deployCancelled) {
                Q_EMIT deployFinished(false, u"%1: the deploy of %2 was cancelled"_s.arg(name(), function.logicalId));
                *step = nullptr;
                return;
            }
            if (!ok) {
                Q_EMIT deployFinished(false, u"%1: %2"_s.arg(function.logicalId, message));
                *step = nullptr;
                return;
            }
            QTimer::singleShot(0, this, *step);
        });
    };
    QTimer::singleShot(0, this, *step);
}

void DockerTargetBase::deployImage(const FunctionConfig &function, int index, const QString &listPath, Inspect inspect,
                                   Make make, Next next)
{
    Q_EMIT progress(u"%1: the image of %2"_s.arg(name(), function.logicalId));
    images()->ensure(
        function, context().projectKey(), this, [this](const QString &line) { Q_EMIT progress(line); },
        [this, index, listPath, inspect, make, next](const FunctionImage &image, const QString &error) {
            if (!error.isEmpty() || m_deployCancelled) {
                next(false, m_deployCancelled ? u"cancelled"_s : error);
                return;
            }
            const int port = spec().port > 0 ? spec().port + index : 0;
            clientCall("GET", listPath, [this, image, port, inspect, make, next](const DockerResponse &listed) {
                if (!listed.ok()) {
                    next(false, listed.error);
                    return;
                }
                const Kept found = inspect(QJsonDocument::fromJson(listed.body).array(), image, port, next);
                if (found.kept)
                    return;
                removeEach(found.stale, [this, image, port, make, next](const QString &removeError) {
                    if (!removeError.isEmpty())
                        next(false, u"cannot remove what ran before: "_s + removeError);
                    else if (m_deployCancelled)
                        next(false, u"cancelled"_s);
                    else
                        make(image, port, next);
                });
            });
        });
}

void DockerTargetBase::pollUntil(int intervalMs, int timeoutMs, std::function<void(std::function<void(bool)>)> step,
                                 std::function<void()> expired)
{
    auto deadline = std::make_shared<QDeadlineTimer>(timeoutMs);
    auto again = std::make_shared<std::function<void()>>();
    *again = [this, intervalMs, deadline, step, expired, again] {
        step([this, intervalMs, deadline, expired, again](bool finished) {
            if (finished) {
                *again = nullptr;
                return;
            }
            // A cancelled deploy stops waiting (the tear-down after it polls anew).
            if (deadline->hasExpired() || m_deployCancelled) {
                expired();
                *again = nullptr;
                return;
            }
            QTimer::singleShot(intervalMs, this, *again);
        });
    };
    // A copy runs: the stored one is cleared (to end the cycle) while a step may still be on the stack.
    const auto first = *again;
    first();
}

void DockerTargetBase::waitForAnswer(int port, int timeoutMs, std::function<void(bool, const QString &)> done)
{
    auto lastError = std::make_shared<QString>();
    pollUntil(
        200, timeoutMs,
        [this, port, done, lastError](std::function<void(bool)> finished) {
            QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/"_s.arg(port)));
            request.setTransferTimeout(3000);
            QNetworkReply *reply = m_http->get(request);
            connect(reply, &QNetworkReply::finished, this, [reply, done, finished, lastError] {
                reply->deleteLater();
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (status > 0) {
                    finished(true);
                    done(true, {});
                    return;
                }
                *lastError = reply->errorString();
                finished(false);
            });
        },
        [port, done, lastError] { done(false, u"nothing answers on 127.0.0.1:%1 (%2)"_s.arg(port).arg(*lastError)); });
}

void DockerTargetBase::removeEach(const QStringList &paths, std::function<void(const QString &)> done)
{
    if (paths.isEmpty()) {
        QTimer::singleShot(0, this, [done] { done({}); });
        return;
    }
    auto rest = std::make_shared<QStringList>(paths.mid(1));
    m_client->call("DELETE", paths.first(), {}, this, [this, rest, done](const DockerResponse &answer) {
        if (!answer.ok() && answer.errorKind != DockerErrorKind::NotFound) {
            done(answer.error);
            return;
        }
        removeEach(*rest, done);
    });
}

void DockerTargetBase::removeTargetImages(const QStringList &imageIds, std::function<void(const QString &)> done)
{
    struct State
    {
        QStringList ids;
        QStringList tags; // to remove, found by inspecting ids
        QStringList removed;
        QStringList kept;
    };
    auto state = std::make_shared<State>();
    for (const QString &id : imageIds) {
        if (!id.isEmpty() && !state->ids.contains(id))
            state->ids << id;
    }
    const QString prefix = u"bullpen-target-%1-"_s.arg(context().projectKey());
    const QString cache = context().engine.cacheDirectory.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
        : context().engine.cacheDirectory;
    auto finish = [state, done] {
        QStringList parts;
        if (!state->removed.isEmpty())
            parts << u"removed the image(s) built for it: %1"_s.arg(state->removed.join(u", "_s));
        if (!state->kept.isEmpty())
            parts << u"kept %1"_s.arg(state->kept.join(u"; "_s));
        done(parts.join(u"; "_s));
    };
    // Untag one by one: the last tag of an image takes the image with it,
    // unless a container uses it (409).
    auto untag = std::make_shared<std::function<void()>>();
    *untag = [this, state, cache, untag, finish] {
        if (state->tags.isEmpty()) {
            *untag = nullptr;
            finish();
            return;
        }
        const QString tag = state->tags.takeFirst();
        m_client->call("DELETE", u"/images/%1"_s.arg(tag), {}, this,
                       [state, cache, tag, untag](const DockerResponse &answer) {
                           const QString repository = tag.section(u':', 0, 0);
                           if (answer.ok() || answer.errorKind == DockerErrorKind::NotFound
                               || answer.errorKind == DockerErrorKind::ImageMissing) {
                               state->removed << tag;
                               QDir(cache + u"/targets/"_s + repository).removeRecursively();
                           } else if (answer.errorKind == DockerErrorKind::Conflict) {
                               state->kept << u"%1 (still used by a container)"_s.arg(tag);
                           } else {
                               state->kept << u"%1 (%2)"_s.arg(tag, answer.error);
                           }
                           const auto next = *untag;
                           next();
                       });
    };
    auto inspect = std::make_shared<std::function<void()>>();
    *inspect = [this, state, prefix, inspect, untag] {
        if (state->ids.isEmpty()) {
            *inspect = nullptr;
            const auto next = *untag;
            next();
            return;
        }
        const QString id = state->ids.takeFirst();
        m_client->call("GET", u"/images/%1/json"_s.arg(id), {}, this,
                       [state, prefix, inspect](const DockerResponse &answer) {
                           for (const QJsonValue &tag : answer.object().value(u"RepoTags"_s).toArray()) {
                               if (tag.toString().startsWith(prefix) && !state->tags.contains(tag.toString()))
                                   state->tags << tag.toString();
                           }
                           const auto next = *inspect;
                           next();
                       });
    };
    const auto first = *inspect;
    first();
}

LambdaInvokeClient *DockerTargetBase::emulatorClient(int port)
{
    LambdaInvokeClient *&emulator = m_emulators[port];
    if (!emulator) {
        emulator = new LambdaInvokeClient(QUrl(u"http://127.0.0.1:%1"_s.arg(port)), this);
        // A new connection per call, so that the routing mesh spreads them over the replicas.
        emulator->setKeepAlive(kind() != TargetKind::SwarmService);
        connect(emulator, &LambdaInvokeClient::finished, this,
                [this, emulator](quint64 clientId, const LambdaInvokeResult &answer) {
                    onAnswer(emulator, clientId, answer);
                });
    }
    return emulator;
}

quint64 DockerTargetBase::invoke(const FunctionConfig &function, const QByteArray &payload,
                                 const TargetCallOptions &options)
{
    Q_UNUSED(options) // the emulator knows no qualifier and returns no log tail
    const quint64 id = nextCallId();
    TargetCallResult result = newResult(function);
    QString error;
    if (!client(&error)) {
        result.status = TargetCallStatus::EngineError;
        result.message = u"no Docker daemon: "_s + error;
        finishCallLater(id, result);
        return id;
    }
    locate(function, [this, id, result, function, payload](const Placement &placement, const QString &whyNot) mutable {
        if (placement.port == 0) {
            result.status = TargetCallStatus::NotDeployed;
            result.message = whyNot;
            Q_EMIT callFinished(id, result);
            return;
        }
        LambdaInvokeRequest request;
        request.functionName = u"function"_s; // the emulator's one function
        request.payload = payload;
        Placement chosen = placement;
        if (!placement.ports.isEmpty()) // host mode: Bullpen spreads the calls over the replicas
            chosen.port = placement.ports.at(qsizetype(m_turn++ % quint64(placement.ports.size())));
        LambdaInvokeClient *emulator = emulatorClient(chosen.port);
        emulator->setTimeoutMs(callTimeoutMs(spec(), function));
        Call call { id, result, chosen, QDateTime::currentDateTimeUtc() };
        call.result.startedAt = call.sent;
        m_calls.insert({ emulator, emulator->invoke(request) }, call);
    });
    return id;
}

void DockerTargetBase::onAnswer(LambdaInvokeClient *emulator, quint64 clientId, const LambdaInvokeResult &answer)
{
    auto found = m_calls.find({ emulator, clientId });
    if (found == m_calls.end())
        return;
    Call call = found.value();
    m_calls.erase(found);
    readInvokeAnswer(answer, InvokeDialect::Emulator, call.result);
    if (call.result.status == TargetCallStatus::NetworkError) {
        m_placements.remove(call.result.function); // looked up again next time
        Q_EMIT callFinished(call.id, call.result);
        return;
    }
    if (kind() == TargetKind::DockerContainer)
        call.result.servedBy = call.placement.id.left(12);
    readLogs(call, 0);
}

void DockerTargetBase::readLogs(const Call &call, int attempt)
{
    const QString path = u"%1?stdout=1&stderr=1&timestamps=1&since=%2%3"_s.arg(
        call.placement.logsPath, sinceParameter(call.sent),
        kind() == TargetKind::SwarmService ? u"&details=1"_s : QString());
    m_client->call("GET", path, {}, this, [this, call, attempt](const DockerResponse &answer) {
        Call done = call;
        QStringList lines;
        QString taskId;
        bool reported = false;
        if (answer.ok()) {
            QByteArray text;
            DockerStreamDemux demux([&text](int, const QByteArray &payload) { text += payload; });
            demux.feed(answer.body);
            // The lines of this call: from its START (or what came before it
            // since the call went out: a cold start's init) to its REPORT.
            for (const QString &raw : QString::fromUtf8(text).split(u'\n', Qt::SkipEmptyParts)) {
                const LogLine line = parseLogLine(raw);
                lines << line.text;
                if (!line.taskId.isEmpty())
                    taskId = line.taskId;
                if (line.text.startsWith(u"REPORT RequestId:")) {
                    reported = true;
                    break;
                }
            }
        }
        // The emulator writes REPORT after it answered: give it a moment.
        if (!reported && attempt < 10 && answer.ok()) {
            QTimer::singleShot(200, this, [this, call, attempt] { readLogs(call, attempt + 1); });
            return;
        }
        TargetCallResult &result = done.result;
        result.logs = lines;
        for (const QString &line : std::as_const(lines)) {
            if (line.startsWith(u"START RequestId: ") && result.requestId.isEmpty())
                result.requestId = line.section(u' ', 2, 2).toLatin1();
            if (line.startsWith(u"REPORT RequestId:"))
                result.readReportLine(line);
        }
        // The emulator writes the memory size as Max Memory Used: not a measurement.
        result.maxMemoryUsedMb.reset();
        if (!taskId.isEmpty())
            result.servedBy = taskId.left(12);
        if (!answer.ok())
            result.logsNote = u"the logs could not be read: "_s + answer.error;
        else if (!reported)
            result.logsNote = u"the %1's logs since the call, without a REPORT line"_s.arg(
                kind() == TargetKind::SwarmService ? u"service"_s : u"container"_s);
        else
            result.logsNote = u"the %1's logs since the call, up to its REPORT line"_s.arg(
                kind() == TargetKind::SwarmService ? u"service"_s : u"container"_s);
        Q_EMIT callFinished(done.id, result);
    });
}

// --- DockerContainerTarget -----------------------------------------------

DockerContainerTarget::DockerContainerTarget(const TargetSpec &spec, const TargetContext &context, QObject *parent)
    : DockerTargetBase(spec, context, parent)
{ }

int DockerContainerTarget::publishedPort(const QJsonObject &summary)
{
    for (const QJsonValue &port : summary.value(u"Ports"_s).toArray()) {
        const QJsonObject p = port.toObject();
        if (p.value(u"PrivatePort"_s).toInt() == 8080 && p.value(u"PublicPort"_s).toInt() > 0)
            return p.value(u"PublicPort"_s).toInt();
    }
    return 0;
}

void DockerContainerTarget::deploy(const QList<FunctionConfig> &functions)
{
    beginDeploy();
    QString error;
    if (!client(&error)) {
        QTimer::singleShot(0, this, [this, error] { Q_EMIT deployFinished(false, u"no Docker daemon: "_s + error); });
        return;
    }
    auto index = std::make_shared<int>(0);
    deployEach(functions, [this, index](const FunctionConfig &function, Next next) {
        deployImage(
            function, (*index)++, u"/containers/json?all=1&filters=%1"_s.arg(labelFilter(function.logicalId)),
            [this, function](const QJsonArray &listed, const FunctionImage &image, int hostPort, Next next) {
                Kept found;
                for (const QJsonValue &value : listed) {
                    const QJsonObject summary = value.toObject();
                    const QString id = summary.value(u"Id"_s).toString();
                    const int port = publishedPort(summary);
                    if (found.stale.isEmpty() && summary.value(u"ImageID"_s).toString() == image.id
                        && summary.value(u"State"_s).toString() == u"running" && port > 0
                        && (hostPort == 0 || hostPort == port)) {
                        m_placements.insert(function.logicalId, { id, port, u"/containers/%1/logs"_s.arg(id), {} });
                        next(true,
                             u"%1: %2 runs in container %3 at 127.0.0.1:%4 (up to date)"_s
                                 .arg(name(), function.logicalId, id.left(12))
                                 .arg(port));
                        found.kept = true;
                        return found;
                    }
                    found.stale << u"/containers/%1?force=1"_s.arg(id);
                }
                return found;
            },
            [this, function](const FunctionImage &image, int hostPort, Next next) {
                startContainer(function, image, hostPort, next);
            },
            next);
    });
}

void DockerContainerTarget::startContainer(const FunctionConfig &function, const FunctionImage &image, int hostPort,
                                           Next next)
{
    const qint64 memory = qint64(function.memorySizeMb) * 1024 * 1024;
    const QJsonObject config {
        { u"Image"_s, image.id },
        { u"Labels"_s, labels(function.logicalId, image.id) },
        { u"ExposedPorts"_s, QJsonObject { { u"8080/tcp"_s, QJsonObject() } } },
        { u"HostConfig"_s,
          QJsonObject {
              { u"PortBindings"_s,
                QJsonObject { { u"8080/tcp"_s,
                                QJsonArray { QJsonObject {
                                    { u"HostIp"_s, u"127.0.0.1"_s },
                                    { u"HostPort"_s, hostPort > 0 ? QString::number(hostPort) : QString() } } } } } },
              { u"Memory"_s, memory },
              { u"MemorySwap"_s, memory },
          } },
    };
    const QString containerName = resourceName(function);
    m_client->call(
        "POST", u"/containers/create?name=%1"_s.arg(containerName),
        QJsonDocument(config).toJson(QJsonDocument::Compact), this,
        [this, function, containerName, next](const DockerResponse &created) {
            if (!created.ok()) {
                next(false, u"cannot create the container %1: %2"_s.arg(containerName, created.error));
                return;
            }
            const QString id = created.object().value(u"Id"_s).toString();
            m_client->call(
                "POST", u"/containers/%1/start"_s.arg(id), {}, this,
                [this, function, id, next](const DockerResponse &started) {
                    if (!started.ok()) {
                        next(false, u"cannot start the container: "_s + started.error);
                        return;
                    }
                    m_client->call(
                        "GET", u"/containers/json?all=1&filters=%1"_s.arg(labelFilter(function.logicalId)), {}, this,
                        [this, function, id, next](const DockerResponse &listed) {
                            int port = 0;
                            for (const QJsonValue &value : QJsonDocument::fromJson(listed.body).array()) {
                                if (value.toObject().value(u"Id"_s).toString() == id)
                                    port = publishedPort(value.toObject());
                            }
                            if (port == 0) {
                                next(false, u"the container %1 has no published port 8080"_s.arg(id.left(12)));
                                return;
                            }
                            waitForAnswer(port, 30000, [this, function, id, port, next](bool up, const QString &why) {
                                if (!up) {
                                    next(false, why);
                                    return;
                                }
                                m_placements.insert(function.logicalId,
                                                    { id, port, u"/containers/%1/logs"_s.arg(id), {} });
                                next(true,
                                     u"%1: %2 runs in container %3 at 127.0.0.1:%4"_s
                                         .arg(name(), function.logicalId, id.left(12))
                                         .arg(port));
                            });
                        });
                });
        });
}

void DockerContainerTarget::locate(const FunctionConfig &function,
                                   std::function<void(const Placement &, const QString &)> done)
{
    if (const auto found = m_placements.constFind(function.logicalId); found != m_placements.cend()) {
        const Placement placement = *found;
        QTimer::singleShot(0, this, [placement, done] { done(placement, {}); });
        return;
    }
    m_client->call("GET", u"/containers/json?all=1&filters=%1"_s.arg(labelFilter(function.logicalId)), {}, this,
                   [this, function, done](const DockerResponse &listed) {
                       if (!listed.ok()) {
                           done({}, listed.error);
                           return;
                       }
                       for (const QJsonValue &value : QJsonDocument::fromJson(listed.body).array()) {
                           const QJsonObject summary = value.toObject();
                           const int port = publishedPort(summary);
                           if (summary.value(u"State"_s).toString() == u"running" && port > 0) {
                               const QString id = summary.value(u"Id"_s).toString();
                               const Placement placement { id, port, u"/containers/%1/logs"_s.arg(id), {} };
                               m_placements.insert(function.logicalId, placement);
                               done(placement, {});
                               return;
                           }
                       }
                       done({}, u"%1 is not deployed on %2 (bullpen targets up %2)"_s.arg(function.logicalId, name()));
                   });
}

void DockerContainerTarget::checkHealth(const QList<FunctionConfig> &functions)
{
    QString error;
    if (!client(&error)) {
        TargetHealth health;
        health.state = TargetState::Down;
        health.reason = u"no Docker daemon: "_s + error;
        QTimer::singleShot(0, this, [this, health] { reportHealth(health); });
        return;
    }
    m_client->call(
        "GET", u"/containers/json?all=1&filters=%1"_s.arg(labelFilter()), {}, this,
        [this, functions](const DockerResponse &listed) {
            TargetHealth health;
            if (!listed.ok()) {
                health.state = TargetState::Down;
                health.reason = listed.error;
                reportHealth(health);
                return;
            }
            QStringList wanted;
            for (const FunctionConfig &function : functions)
                wanted << function.logicalId;
            QStringList found;
            QList<int> ports;
            for (const QJsonValue &value : QJsonDocument::fromJson(listed.body).array()) {
                const QJsonObject summary = value.toObject();
                TargetUnit unit;
                unit.function
                    = summary.value(u"Labels"_s).toObject().value(QLatin1StringView(TargetLabels::Function)).toString();
                if (!wanted.isEmpty() && !wanted.contains(unit.function))
                    continue;
                unit.id = summary.value(u"Id"_s).toString().left(12);
                unit.name = summary.value(u"Names"_s).toArray().at(0).toString().mid(1);
                unit.state = summary.value(u"State"_s).toString();
                unit.running = unit.state == u"running";
                const int port = publishedPort(summary);
                unit.detail = port > 0 ? u"127.0.0.1:%1"_s.arg(port) : summary.value(u"Status"_s).toString();
                found << unit.function;
                ports << (unit.running ? port : 0);
                health.units << unit;
            }
            QStringList missing;
            for (const QString &function : std::as_const(wanted)) {
                if (!found.contains(function))
                    missing << function;
            }
            QStringList stopped;
            for (const TargetUnit &unit : std::as_const(health.units)) {
                if (!unit.running)
                    stopped << u"%1 (%2)"_s.arg(unit.function, unit.detail);
            }
            if (!stopped.isEmpty()) {
                health.state = TargetState::Down;
                health.reason = u"not running: "_s + stopped.join(u", "_s);
            } else if (health.units.isEmpty()) {
                health.state = TargetState::NotDeployed;
                health.reason = u"nothing deployed (bullpen targets up %1)"_s.arg(name());
            } else if (!missing.isEmpty()) {
                health.state = TargetState::NotDeployed;
                health.reason = u"not deployed: %1 (bullpen targets up %2)"_s.arg(missing.join(u", "_s), name());
            } else {
                health.state = TargetState::Ready;
                QStringList where;
                for (const TargetUnit &unit : std::as_const(health.units))
                    where << u"%1 at %2"_s.arg(unit.function, unit.detail);
                health.reason = where.join(u", "_s);
            }
            if (health.state != TargetState::Ready) {
                reportHealth(health);
                return;
            }
            // Running is not answering: ask each emulator once.
            auto waiting = std::make_shared<int>(int(ports.size()));
            auto shared = std::make_shared<TargetHealth>(health);
            for (qsizetype i = 0; i < ports.size(); ++i) {
                waitForAnswer(ports.at(i), 0, [this, i, waiting, shared](bool up, const QString &why) {
                    if (!up) {
                        shared->state = TargetState::Down;
                        shared->units[i].detail = why;
                        shared->reason = u"%1: %2"_s.arg(shared->units.at(i).function, why);
                    }
                    if (--*waiting == 0)
                        reportHealth(*shared);
                });
            }
        });
}

void DockerContainerTarget::tearDown()
{
    QString error;
    if (!client(&error)) {
        QTimer::singleShot(0, this, [this, error] { Q_EMIT tearDownFinished(false, u"no Docker daemon: "_s + error); });
        return;
    }
    m_client->call("GET", u"/containers/json?all=1&filters=%1"_s.arg(labelFilter()), {}, this,
                   [this](const DockerResponse &listed) {
                       if (!listed.ok()) {
                           Q_EMIT tearDownFinished(false, listed.error);
                           return;
                       }
                       QStringList paths;
                       QStringList images;
                       for (const QJsonValue &value : QJsonDocument::fromJson(listed.body).array()) {
                           const QJsonObject summary = value.toObject();
                           paths << u"/containers/%1?force=1"_s.arg(summary.value(u"Id"_s).toString());
                           images << summary.value(u"ImageID"_s).toString();
                       }
                       const auto count = paths.size();
                       m_placements.clear();
                       removeEach(paths, [this, count, images](const QString &error) {
                           if (!error.isEmpty()) {
                               Q_EMIT tearDownFinished(false, error);
                               return;
                           }
                           removeTargetImages(images, [this, count](const QString &summary) {
                               QString message = u"%1: removed %2 container(s)"_s.arg(name()).arg(count);
                               if (!summary.isEmpty())
                                   message += u"; "_s + summary;
                               Q_EMIT tearDownFinished(true, message);
                           });
                       });
                   });
}

} // namespace Bullpen
