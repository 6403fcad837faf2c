// SPDX-License-Identifier: MIT
#pragma once

#include "engine/invoke/enginesettings.h"
#include "engine/project/functionconfig.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Bullpen {

// Where a function can run besides the local pool's Lambda-shaped sandbox
// (issue 12). The kinds, as bullpen-targets.yaml spells them:
enum class TargetKind {
    LocalPool, // "local": the engine's Invoker and warm pool, with a backend (runc, docker, ...)
    DockerContainer, // "docker": the function's image run standalone, as a plain Docker host runs it
    SwarmService, // "swarm": the same image as a Docker Swarm service with N replicas
    Endpoint, // "endpoint": any HTTP endpoint serving the invoke path (EC2, another bullpen serve), optional SigV4
    AwsLambda, // "lambda": the real service through the Invoke API, SigV4 with a profile's credentials
};

QString targetKindName(TargetKind kind); // "local", "docker", "swarm", "endpoint", "lambda" (stable)
std::optional<TargetKind> targetKindFromName(const QString &name);
QStringList targetKindNames(); // in the enum's order
QString targetKindTitle(TargetKind kind); // "Local pool", "Docker container", ... for people

// One target as bullpen-targets.yaml defines it (see TargetsFile). Fields a
// kind does not use stay at their defaults and are not written back.
struct TargetSpec
{
    QString name; // unique in the project: the key under `targets:`
    TargetKind kind = TargetKind::LocalPool;
    QString description; // free text
    int line = 0; // 1-based line of the target in the file, 0 when not read from one

    // local
    QString backend; // a BackendRegistry id; empty: the engine's configured backend

    // docker, swarm
    QString dockerHost; // a unix socket path; empty: the daemon DockerClient finds
    int port = 0; // docker: the host port on 127.0.0.1; swarm: the published port; 0: a free one
    int replicas = 1; // swarm
    QString publishMode
        = QStringLiteral("ingress"); // swarm: "ingress" (the routing mesh) or "host" (a port per replica)

    // endpoint, lambda
    QUrl url; // endpoint: the base URL (invocations at URL/2015-03-31/functions/NAME/invocations);
              // lambda: an endpoint instead of https://lambda.REGION.amazonaws.com (tests: bullpen serve)
    bool sign = false; // endpoint: SigV4-sign the calls (lambda always signs)
    QString profile; // AWS profile for the keys (empty: AWS_PROFILE, else "default"; the environment's keys first)
    QString region; // empty: the profile's, else AWS_REGION/AWS_DEFAULT_REGION, else us-east-1
    QString qualifier; // version or alias for every call; empty: $LATEST
    // The function's name on the target, by logical id. Unnamed: lambda uses the
    // template's FunctionName; endpoint uses "function", the emulator's fixed name.
    QMap<QString, QString> functionNames;
    int timeoutMs = 0; // endpoint, lambda: per-call transfer timeout; 0: the function's timeout plus 30 s

    QString functionNameFor(const FunctionConfig &function) const;
    bool operator==(const TargetSpec &) const = default;
};

// What every target needs from the project it belongs to.
struct TargetContext
{
    QString templatePath; // absolute; names and labels what Bullpen deploys for this project
    EngineSettings engine; // the local pool's settings; the docker targets' cache folder

    // A short stable hash of the template's path, in container and service names and labels.
    QString projectKey() const;
};

// A target's state, as its last health check found it.
enum class TargetState {
    Unknown, // not checked yet
    NotDeployed, // reachable, but Bullpen has not deployed the functions asked about (`bullpen targets up`)
    Deploying, // an up is under way
    Ready, // it answers and runs every function asked about
    Degraded, // it answers, but not everything runs (swarm: fewer replicas running than asked)
    Down, // it cannot be used: reason says why (no daemon, not in a swarm, connection refused, credentials refused)
};
QString targetStateName(TargetState state); // "unknown", "not-deployed", "deploying", "ready", "degraded", "down"

// One thing a target runs: a container, a swarm task (replica), a local instance.
struct TargetUnit
{
    QString function; // logical id
    QString id; // container id, task id, instance id
    QString name; // container or service name, "task 2", ...
    QString state; // the daemon's words: running, starting, exited, pending, rejected, ...
    QString detail; // the daemon's message, an error, the address it is reached at
    bool running = false;
};

struct TargetHealth
{
    QString target;
    TargetState state = TargetState::Unknown;
    QString reason; // Down/NotDeployed/Degraded: why; Ready: where calls go ("127.0.0.1:34567, 3/3 replicas")
    QList<TargetUnit> units;
    QDateTime checkedAt; // UTC

    bool isUsable() const { return state == TargetState::Ready || state == TargetState::Degraded; }
    QJsonObject toJson() const;
};

// Whether a call's start was cold, as far as the target lets Bullpen tell (a
// REPORT line with or without Init Duration, the pool's own record).
enum class StartKind { Unknown, Cold, Warm };
QString startKindName(StartKind kind); // "unknown", "cold", "warm"

// How one call ended.
enum class TargetCallStatus {
    Succeeded, // the function returned a response
    FunctionError, // the function failed (X-Amz-Function-Error, or an emulator's error document)
    Refused, // the target's API refused the call: 4xx/5xx without a function error (credentials, not found, throttled)
    NetworkError, // no HTTP answer: connection refused, timeout, ...
    NotDeployed, // the target has nothing deployed for this function
    EngineError, // Bullpen could not make the call (local pool: InvocationResult's engine error)
};
QString targetCallStatusName(TargetCallStatus status); // "succeeded", "functionError", "refused", ...

struct TargetCallOptions
{
    bool tailLogs = true; // ask for the log tail where the target gives one (X-Amz-Log-Type: Tail)
    QString qualifier; // overrides the spec's
};

// Everything one call on one target produced, as the caller saw it: the
// compare engine lines these up side by side. Figures a target does not
// report are nullopt, never 0.
struct TargetCallResult
{
    QString target;
    TargetKind kind = TargetKind::LocalPool;
    QString function; // logical id
    TargetCallStatus status = TargetCallStatus::Succeeded;
    int httpStatus = 0; // 0: no HTTP between Bullpen and the function (local pool) or no answer

    QByteArray requestId; // the target's (x-amzn-RequestId, the REPORT line's, the pool's)
    QByteArray payload; // the response, or the error document
    QByteArray contentType;

    QString functionError; // "Unhandled", "Handled", or empty
    bool functionErrorInferred = false; // no header said so: the body has the error document's shape (emulators)
    QString errorType; // the function's errorType, or the API's x-amzn-ErrorType when refused
    QString errorMessage;
    QString networkError; // NetworkError: Qt's words
    QString message; // NotDeployed/EngineError/Refused: what to tell the user

    QStringList logs; // START ... REPORT where the target gives them (log tail, container logs); else empty
    QString logsNote; // why there are no (or only some) logs: "AWS gives the last 4 KB", "not given"

    std::optional<double> durationMs;
    std::optional<double> initDurationMs;
    std::optional<qint64> billedDurationMs;
    std::optional<int> memorySizeMb;
    std::optional<int> maxMemoryUsedMb;
    StartKind start = StartKind::Unknown;
    qint64 roundTripNs = 0; // from hand-over to the network stack (or the Invoker) to the last byte
    QString servedBy; // the instance, container or swarm task that ran it, where known
    QDateTime startedAt; // UTC

    bool succeeded() const { return status == TargetCallStatus::Succeeded; }
    // payload parsed when it is JSON (else a string), figures null when unknown.
    QJsonObject toJson() const;
    // Takes duration, billed, memory and init figures (and the start kind) from a
    // REPORT line of Lambda's format; false when the line is not one.
    bool readReportLine(const QString &line);
};

// One deployment target of a project. Every operation is asynchronous: it
// returns at once and ends with its signal, from the event loop (never inside
// the call). A target that is down answers its calls with a result saying so;
// it never blocks another target.
//
// Functions are passed to each operation as they are now (FunctionConfig after
// the build: codeDirectory is the built code), so a target keeps no copy of
// the template.
class Target : public QObject
{
    Q_OBJECT
public:
    // The target of a spec; never nullptr (a target that cannot work here says
    // so in its health check and its calls).
    static Target *create(const TargetSpec &spec, const TargetContext &context, QObject *parent = nullptr);
    ~Target() override;

    const TargetSpec &spec() const { return m_spec; }
    const TargetContext &context() const { return m_context; }
    QString name() const { return m_spec.name; }
    TargetKind kind() const { return m_spec.kind; }
    // It runs code Bullpen deployed (local, docker, swarm), so a probe function can
    // run there; an endpoint or AWS Lambda Bullpen did not deploy cannot be probed.
    virtual bool canProbe() const = 0;
    // up/down do something (docker: image and container; swarm: image and service).
    virtual bool isDeployable() const = 0;
    // The last health check's answer (Unknown before the first).
    TargetHealth health() const { return m_health; }

    // Deploys these functions: builds what is needed, starts, waits until they
    // answer. Functions already deployed from the same inputs are kept.
    // Ends with deployFinished(); progress() says what it does meanwhile.
    virtual void deploy(const QList<FunctionConfig> &functions) = 0;
    // Asks a deploy under way to stop at its next step (Ctrl+C): it still ends
    // with deployFinished(false, ...), and what it made so far is tearDown()'s.
    // An image build under way finishes first. Nothing happens without a deploy.
    virtual void cancelDeploy() { }
    // Checks the target for these functions (all it has deployed when empty).
    // Ends with healthChecked().
    virtual void checkHealth(const QList<FunctionConfig> &functions = {}) = 0;
    // One call; returns the id callFinished() carries.
    virtual quint64 invoke(const FunctionConfig &function, const QByteArray &payload,
                           const TargetCallOptions &options = {})
        = 0;
    // Removes everything Bullpen made for this target and project (containers,
    // services, and the images it built only for targets unless a container
    // still uses them). Ends with tearDownFinished().
    virtual void tearDown() = 0;

Q_SIGNALS:
    void progress(const QString &line);
    void deployFinished(bool ok, const QString &message);
    void healthChecked(const Bullpen::TargetHealth &health);
    void callFinished(quint64 id, const Bullpen::TargetCallResult &result);
    void tearDownFinished(bool ok, const QString &message);

protected:
    Target(const TargetSpec &spec, const TargetContext &context, QObject *parent);
    // Records and emits a health check's answer (checkedAt and target filled in).
    void reportHealth(TargetHealth health);
    // A result with the call's identity filled in, as the starting point of every call.
    TargetCallResult newResult(const FunctionConfig &function) const;
    // Emits callFinished(id, result) from the event loop.
    void finishCallLater(quint64 id, const TargetCallResult &result);
    quint64 nextCallId() { return m_nextCallId++; }

private:
    TargetSpec m_spec;
    TargetContext m_context;
    TargetHealth m_health;
    quint64 m_nextCallId = 1;
};

} // namespace Bullpen

Q_DECLARE_METATYPE(Bullpen::TargetHealth)
Q_DECLARE_METATYPE(Bullpen::TargetCallResult)
