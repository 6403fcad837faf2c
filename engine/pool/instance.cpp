// SPDX-License-Identifier: MIT
#include "engine/pool/instance.h"

#include "engine/invocation/invocation.h"
#include "engine/pool/lambdaenvironment.h"
#include "engine/project/lambdalimits.h"
#include "engine/sandbox/containerbackend.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <chrono>
#include <cmath>

namespace Bullpen {

namespace {

QByteArray newTraceId()
{
    auto *rng = QRandomGenerator::global();
    const QByteArray epoch = QByteArray::number(QDateTime::currentSecsSinceEpoch(), 16).rightJustified(8, '0');
    QByteArray id(12, Qt::Uninitialized);
    QByteArray parent(8, Qt::Uninitialized);
    rng->fillRange(reinterpret_cast<quint32 *>(id.data()), 3);
    rng->fillRange(reinterpret_cast<quint32 *>(parent.data()), 2);
    return "Root=1-" + epoch + '-' + id.toHex() + ";Parent=" + parent.toHex() + ";Sampled=0";
}

QByteArray errorDocument(const QString &errorType, const QString &message)
{
    return QJsonDocument(
               QJsonObject { { QStringLiteral("errorType"), errorType }, { QStringLiteral("errorMessage"), message } })
        .toJson(QJsonDocument::Compact);
}

} // namespace

QString instanceStateName(InstanceState state)
{
    switch (state) {
    case InstanceState::Starting:
        return QStringLiteral("starting");
    case InstanceState::Idle:
        return QStringLiteral("idle");
    case InstanceState::Busy:
        return QStringLiteral("busy");
    case InstanceState::Expired:
        return QStringLiteral("expired");
    case InstanceState::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

Instance::Instance(const FunctionConfig &function, const QString &instanceId, const RuntimeLaunch &launch,
                   ContainerBackend *backend, Clock *poolClock, Clock *realClock, QObject *parent)
    : QObject(parent)
    , m_function(function)
    , m_launch(launch)
    , m_backend(backend)
    , m_poolClock(poolClock)
    , m_realClock(realClock)
{
    m_info.instanceId = instanceId;
    m_info.functionId = function.logicalId;
    m_info.memorySizeMb = function.memorySizeMb;
    m_info.changedAtMs = m_poolClock->nowMs();
    m_info.timeoutMs = qint64(function.timeoutSeconds) * 1000;
    connect(&m_server, &RuntimeApiServer::nextRequested, this, &Instance::onNextRequested);
    connect(&m_server, &RuntimeApiServer::responseReceived, this, &Instance::onResponse);
    connect(&m_server, &RuntimeApiServer::errorReceived, this, &Instance::onError);
    connect(&m_server, &RuntimeApiServer::initErrorReceived, this, &Instance::onInitError);
    connect(&m_server, &RuntimeApiServer::responseTooLarge, this, &Instance::onResponseTooLarge);
}

Instance::~Instance()
{
    // The sandbox is a child: deleting it hands a container still running to
    // the backend, which removes it in the background.
    if (m_sandbox)
        m_sandbox->disconnect(this);
}

void Instance::setKeepAliveMs(qint64 ms)
{
    m_keepAliveMs = ms;
}

void Instance::setState(InstanceState state, const QString &detail)
{
    if (m_info.state == state && detail.isEmpty())
        return;
    m_info.state = state;
    m_info.changedAtMs = m_poolClock->nowMs();
    if (!detail.isEmpty())
        m_info.detail = detail;
    if (state != InstanceState::Idle)
        m_info.expiresAtMs = -1;
    Q_EMIT changed(m_info);
}

void Instance::takeJob(Invocation *invocation)
{
    m_job = invocation;
    m_result.reset();
    if (!m_job)
        return;
    m_result = m_job->newResult();
    m_result->instanceId = m_info.instanceId;
    m_jobDelivered = false;
    m_info.lastRequestId = m_job->requestId();
    connect(m_job, &Invocation::cancelRequested, this, &Instance::onCancel);
}

void Instance::start(Invocation *first, InitPhase phase)
{
    takeJob(first);
    m_initPhase = phase;
    m_initTimer.start();
    m_startWallNs
        = std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch())
              .count();
    if (m_job && phase == InitPhase::Invoke)
        startTimeout(); // a re-init inside an invocation: its timeout covers the init too
    if (!m_server.listen()) {
        engineFailure(EngineErrorKind::ListenerFailed,
                      QStringLiteral("cannot open a Runtime API listener on 127.0.0.1: ") + m_server.errorString());
        m_exited = true;
        QMetaObject::invokeMethod(this, &Instance::gone, Qt::QueuedConnection);
        return;
    }
    EnvironmentContext context;
    context.runtimeApi = QString::fromLatin1(m_server.hostPort());
    context.provisioned = m_info.provisioned;
    m_arn = functionArn(m_function, context);

    InstanceSpec spec;
    spec.instanceId = m_info.instanceId;
    spec.codeDirectory = m_function.codeDirectory;
    spec.runtimeDirectory = m_launch.runtimeDirectory;
    spec.command = m_launch.command;
    spec.environment = lambdaEnvironment(m_function, m_launch, context);
    spec.memoryMb = m_function.memorySizeMb;
    spec.tmpSizeMb = m_function.ephemeralStorageMb;
    spec.rootFilesystem = m_rootFilesystem;

    m_sandbox = m_backend->create(spec, this);
    connect(m_sandbox, &SandboxInstance::failed, this, [this](const QString &message) {
        engineFailure(EngineErrorKind::SandboxFailed, message);
        m_exited = true;
        Q_EMIT gone();
    });
    connect(m_sandbox, &SandboxInstance::output, this, &Instance::onOutput);
    connect(m_sandbox, &SandboxInstance::started, this, &Instance::announceSandbox);
    connect(m_sandbox, &SandboxInstance::exited, this, &Instance::onExited);
    setState(InstanceState::Starting);
    m_pendingLogs.append(initStartLine());
    m_sandbox->start();
}

QString Instance::initStartLine() const
{
    // Lambda names the runtime's build ("python:3.12.v38") and its ARN; ours is
    // the runtime Bullpen ships, identified by its content.
    QString version = m_function.runtime;
    const qsizetype digit = version.indexOf(QRegularExpression(QStringLiteral("[0-9]")));
    if (version.startsWith(u"provided"))
        version
            = QStringLiteral("provided:") + (version.contains(u'.') ? version.section(u'.', 1) : QStringLiteral("al"));
    else if (digit > 0)
        version = version.left(digit) + u':' + version.mid(digit);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(m_function.runtime.toUtf8());
    hash.addData(m_launch.runtimeDirectory.toUtf8());
    hash.addData(m_launch.command.join(u' ').toUtf8());
    return QStringLiteral("INIT_START Runtime Version: %1.bullpen\tRuntime Version ARN: arn:aws:lambda:%2::runtime:%3")
        .arg(version, m_arn.section(u':', 3, 3), QString::fromLatin1(hash.result().toHex()));
}

namespace {
qint64 wallClockNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}
} // namespace

double Instance::initDurationUntil(qint64 endNs, bool *exact) const
{
    // Lambda's Init Duration is the runtime's init phase: from its process
    // starting to its first /next. Making the sandbox comes before that. The
    // sandbox says when the process started, but may learn it only after a
    // fast runtime's first /next (runc writes its pid file once the process
    // runs); until then the sandbox's whole start is all there is.
    const qint64 startedNs = m_sandbox ? m_sandbox->processStartedAtNs() : 0;
    *exact = startedNs > 0;
    if (*exact)
        return qMax(0.0, double(endNs - startedNs) / 1e6);
    return qMax(0.0, double(m_initTimer.nsecsElapsed() - (wallClockNs() - endNs)) / 1e6);
}

void Instance::settleInitDuration()
{
    if (!m_initDurationPending)
        return;
    bool exact = false;
    const double ms = initDurationUntil(m_initEndNs, &exact);
    if (!exact)
        return;
    m_initDurationPending = false;
    m_info.initDurationMs = ms;
    if (m_result && m_result->initDurationMs >= 0)
        m_result->initDurationMs = ms;
}

void Instance::takeInitInto(InvocationResult &r)
{
    r.instanceId = m_info.instanceId;
    // Cold: this invocation waited for the instance's init. The first call of
    // an instance initialised ahead (provisioned concurrency, pre-warmed) is warm.
    r.coldStart = !m_pendingInitLogsTaken && m_info.state == InstanceState::Starting;
    if (!m_pendingInitLogsTaken) {
        m_pendingInitLogsTaken = true;
        if (r.coldStart)
            r.initDurationMs = m_info.initDurationMs;
        r.logs = std::move(m_pendingLogs) + r.logs;
        m_pendingLogs.clear();
    }
}

void Instance::run(Invocation *invocation)
{
    Q_ASSERT(isAvailable());
    if (m_keepAliveTimer) {
        m_poolClock->cancel(m_keepAliveTimer);
        m_keepAliveTimer = 0;
    }
    takeJob(invocation);
    // A runtime that has answered but not asked again gets the event when it
    // asks (onNextRequested); it may exit instead (onExited hands it back).
    // The invocation's timeout runs from now, so a runtime that neither asks
    // nor exits cannot hold it for ever.
    if (m_awaitingNext)
        startTimeout();
    else
        deliver();
}

void Instance::startTimeout()
{
    const qint64 timeoutMs = qint64(m_function.timeoutSeconds) * 1000;
    // Truncated, as runtimes read the time (QDateTime rounds to the nearest
    // millisecond, so a runtime answering within half a millisecond would see
    // one millisecond more than the timeout). Wall-clock time plus the real
    // timeout: however fast the pool clock runs, a handler gets its whole timeout.
    const qint64 nowEpochMs
        = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
              .count();
    m_deadlineEpochMs = nowEpochMs + timeoutMs;
    m_timeoutTimer = m_realClock->schedule(timeoutMs, this, [this] { onTimeout(); });
}

void Instance::deliver()
{
    Q_ASSERT(m_job && m_result);
    InvocationResult &r = *m_result;
    m_jobDelivered = true;
    takeInitInto(r);
    r.logs.append(QStringLiteral("START RequestId: %1 Version: $LATEST").arg(QString::fromLatin1(r.requestId)));
    // The init's lines and START, for a log view that follows the invocation live.
    for (const QString &line : std::as_const(r.logs))
        Q_EMIT m_job->logLine(line);

    InvocationRequest request;
    request.requestId = r.requestId;
    request.payload = m_job->payload();
    request.functionArn = m_arn.toUtf8();
    request.traceId = newTraceId();
    if (m_info.state == InstanceState::Busy) {
        // Straight on from its last invocation (its runtime asked again while
        // this one waited): still busy, with a new request the views must hear of.
        m_info.changedAtMs = m_poolClock->nowMs();
        Q_EMIT changed(m_info);
    } else {
        setState(InstanceState::Busy);
    }
    if (!m_timeoutTimer) // else it runs since the invocation was given (re-init, or waiting for /next)
        startTimeout();
    request.deadlineEpochMs = m_deadlineEpochMs;
    m_invokeTimer.start();
    m_server.deliver(request);
}

void Instance::onNextRequested()
{
    if (!m_initDone) {
        // The runtime may ask before the sandbox has said that it started:
        // look now, so that the init is measured from the process's start.
        if (m_sandbox)
            m_sandbox->checkStarted();
        m_initDone = true;
        bool exact = false;
        m_initEndNs = wallClockNs();
        m_info.initDurationMs = initDurationUntil(m_initEndNs, &exact);
        // What the runtime printed during init belongs before the first START.
        drainSandboxOutput();
        if (m_exited)
            return;
        if (!exact && m_sandbox) {
            // A runtime faster than runc's pid file (a static Go binary): its
            // event waits until the sandbox says when it started, so that the
            // Init Duration is the runtime's and not the sandbox's.
            m_initDurationPending = true;
            connect(m_sandbox, &SandboxInstance::started, this, &Instance::initSettled, Qt::SingleShotConnection);
            m_settleTimer = m_realClock->schedule(1000, this, [this] {
                m_settleTimer = 0;
                initSettled();
            });
            return;
        }
        afterInit();
        return;
    }
    if (!m_awaitingNext)
        return;
    // Stopped while it was answering (a user's Stop, provisioned concurrency
    // lowered, shutdown): it is on its way out and never idle again.
    if (m_info.state == InstanceState::Expired || m_info.state == InstanceState::Failed) {
        m_awaitingNext = false;
        return;
    }
    // The runtime asks for work again: only now is it ready for the next event.
    m_awaitingNext = false;
    if (m_job)
        deliver();
    else
        becomeIdle();
}

void Instance::initSettled()
{
    if (!m_initDurationPending)
        return;
    if (m_settleTimer) {
        m_realClock->cancel(m_settleTimer);
        m_settleTimer = 0;
    }
    settleInitDuration();
    m_initDurationPending = false; // exact now, or the sandbox's whole start if it never said
    if (!m_exited)
        afterInit();
}

void Instance::announceSandbox()
{
    if (m_sandboxAnnounced || !m_sandbox || m_info.state != InstanceState::Starting)
        return;
    m_sandboxAnnounced = true;
    m_info.pid = m_sandbox->pid() > 0 ? m_sandbox->pid() : -1;
    const qint64 startedNs = m_sandbox->processStartedAtNs();
    m_info.sandboxDurationMs = startedNs > 0 ? qMax(0.0, double(startedNs - m_startWallNs) / 1e6) : -1;
    Q_EMIT sandboxReady(m_info);
}

void Instance::afterInit()
{
    // Whatever the sandbox has said by now: its making is over before the init is.
    announceSandbox();
    if (m_job && m_info.state == InstanceState::Starting)
        deliver();
    else
        becomeIdle();
}

void Instance::answered()
{
    if (m_info.state == InstanceState::Busy)
        m_awaitingNext = true;
}

void Instance::becomeIdle()
{
    if (m_keepAliveMs <= 0 && !m_info.provisioned) {
        stop(InstanceState::Expired, QStringLiteral("keep-alive is 0: stopped after its invocation"),
             InstanceStopReason::Expired);
        return;
    }
    m_info.state = InstanceState::Idle;
    // Provisioned instances are kept as long as the configuration says so.
    m_info.expiresAtMs = m_info.provisioned ? -1 : m_poolClock->nowMs() + m_keepAliveMs;
    if (!m_info.provisioned) {
        m_keepAliveTimer = m_poolClock->schedule(m_keepAliveMs, this, [this] {
            m_keepAliveTimer = 0;
            stop(InstanceState::Expired, QStringLiteral("idle for the whole keep-alive"), InstanceStopReason::Expired);
        });
    }
    m_info.changedAtMs = m_poolClock->nowMs();
    Q_EMIT changed(m_info);
}

void Instance::recordMemory()
{
    if (!m_sandbox)
        return;
    const qint64 bytes = m_sandbox->maxMemoryUsedBytes();
    if (bytes >= 0)
        m_info.maxMemoryUsedBytes = qMax(m_info.maxMemoryUsedBytes, bytes);
    if (!m_result)
        return;
    InvocationResult &r = *m_result;
    r.maxMemoryUsedMb
        = m_info.maxMemoryUsedBytes >= 0 ? int((m_info.maxMemoryUsedBytes + 1024 * 1024 - 1) / (1024 * 1024)) : -1;
    r.memoryLimitEnforced = m_sandbox->memoryLimitEnforced();
    r.limitationNote = m_sandbox->limitationNote();
}

void Instance::finishJob()
{
    if (m_timeoutTimer) {
        m_realClock->cancel(m_timeoutTimer);
        m_timeoutTimer = 0;
    }
    Q_ASSERT(m_result);
    InvocationResult &r = *m_result;
    if (m_invokeTimer.isValid() && r.durationMs == 0)
        r.durationMs = double(m_invokeTimer.nsecsElapsed()) / 1e6;
    r.billedDurationMs = qint64(std::ceil(r.durationMs));
    recordMemory();
    if (r.ran() && r.outcome != InvocationOutcome::Cancelled) {
        r.logs.append(QStringLiteral("END RequestId: %1").arg(QString::fromLatin1(r.requestId)));
        r.logs.append(r.reportLine());
    }
    if (!r.limitationNote.isEmpty())
        r.logs.append(QStringLiteral("Bullpen: ") + r.limitationNote);
    Invocation *job = m_job;
    InvocationResult result = std::move(*m_result);
    m_job = nullptr;
    m_result.reset();
    ++m_info.invocations;
    if (job) // deleted meanwhile by whoever asked: nobody to tell
        job->finish(std::move(result));
    Q_EMIT invocationDone(job);
}

void Instance::failJob(const QString &errorType, const QString &message, const QByteArray &payload,
                       InvocationOutcome outcome)
{
    if (!m_job)
        return;
    InvocationResult &r = *m_result;
    r.outcome = outcome;
    r.functionError = QStringLiteral("Unhandled");
    r.errorType = errorType;
    r.errorMessage = message;
    r.payload = payload.isEmpty() ? errorDocument(errorType, message) : payload;
    r.contentType = "application/json";
    finishJob();
}

void Instance::onResponse(const QByteArray &requestId, const QByteArray &body, const QByteArray &contentType)
{
    if (!m_job || requestId != m_job->requestId())
        return;
    drainSandboxOutput();
    if (!m_job) // the runtime exited while its last lines were read
        return;
    InvocationResult &r = *m_result;
    r.outcome = InvocationOutcome::Succeeded;
    r.payload = body;
    r.contentType = contentType;
    finishJob();
    answered();
}

void Instance::onError(const QByteArray &requestId, const RuntimeError &error)
{
    if (!m_job || requestId != m_job->requestId())
        return;
    drainSandboxOutput();
    if (!m_job)
        return;
    m_result->stackTrace = error.stackTrace;
    failJob(QString::fromUtf8(error.errorType), error.errorMessage, error.body);
    answered();
}

void Instance::onInitError(const RuntimeError &error)
{
    m_initError = error;
    drainSandboxOutput();
    initFailed(QString::fromUtf8(error.errorType), error.errorMessage, error.body, error.stackTrace);
    stop(InstanceState::Failed, QStringLiteral("init failed: ") + QString::fromUtf8(error.errorType),
         InstanceStopReason::InitFailed);
}

void Instance::initFailed(const QString &errorType, const QString &message, const QByteArray &payload,
                          const QStringList &stackTrace)
{
    // Lambda reports a failed init as the cold start it was: the init's lines
    // (the runtime's own [ERROR] line among them), INIT_REPORT with the error
    // type, then the invocation's START/END/REPORT with the Init Duration.
    bool exact = false;
    m_initEndNs = wallClockNs();
    m_info.initDurationMs = initDurationUntil(m_initEndNs, &exact);
    m_pendingLogs.append(
        QStringLiteral("INIT_REPORT Init Duration: %1 ms\tPhase: %2\tStatus: error\tError Type: %3")
            .arg(m_info.initDurationMs, 0, 'f', 2)
            .arg(m_initPhase == InitPhase::Invoke ? QStringLiteral("invoke") : QStringLiteral("init"), errorType));
    if (!m_job)
        return;
    InvocationResult &r = *m_result;
    m_jobDelivered = true;
    takeInitInto(r);
    r.logs.append(QStringLiteral("START RequestId: %1 Version: $LATEST").arg(QString::fromLatin1(r.requestId)));
    r.stackTrace = stackTrace;
    failJob(errorType, message, payload);
}

void Instance::onResponseTooLarge(const QByteArray &requestId, qsizetype size)
{
    if (!m_job || requestId != m_job->requestId())
        return;
    // Worded as Lambda and the emulator word it (the size is not in it).
    Q_UNUSED(size)
    failJob(QStringLiteral("Function.ResponseSizeTooLarge"),
            QStringLiteral("Response payload size exceeded maximum allowed payload size (%1 bytes).")
                .arg(LambdaLimits::MaxResponseBytes));
    answered();
}

void Instance::onOutput(const QByteArray &line, bool isStderr)
{
    Q_UNUSED(isStderr)
    QString text = QString::fromUtf8(line);
    if (text.endsWith(u'\n'))
        text.chop(1);
    // Lambda's runtimes write one record per multi-line message, with \r
    // standing for its line breaks (a traceback, say): a line each here.
    const QStringList lines = text.split(u'\r');
    if (m_job && m_jobDelivered && m_info.state == InstanceState::Busy) {
        m_result->logs.append(lines);
        for (const QString &each : lines)
            Q_EMIT m_job->logLine(each);
    } else if (!m_pendingInitLogsTaken) {
        m_pendingLogs.append(lines);
    } else {
        m_instanceLog.append(lines);
        if (m_instanceLog.size() > 1000)
            m_instanceLog.remove(0, m_instanceLog.size() - 1000);
    }
}

void Instance::onExited(const InstanceExit &exit)
{
    m_exited = true;
    if (m_job && m_initDone && !m_jobDelivered) {
        // The runtime answered its last invocation and exited instead of
        // asking for another (aws-lambda-go after a panic): the one waiting
        // for it has not started, and goes to a fresh init.
        Invocation *job = m_job;
        m_job = nullptr;
        m_result.reset();
        disconnect(job, &Invocation::cancelRequested, this, &Instance::onCancel);
        m_awaitingNext = false;
        if (m_info.state != InstanceState::Expired && m_info.state != InstanceState::Failed)
            setState(InstanceState::Failed, exit.reason.isEmpty() ? QStringLiteral("runtime exited") : exit.reason);
        Q_EMIT invocationReturned(job);
    }
    if (m_job && !m_initDone) {
        const QString reason
            = exit.reason.isEmpty() ? QStringLiteral("exit status %1").arg(exit.exitCode) : exit.reason;
        const QString id = QString::fromLatin1(m_job->requestId());
        const QString message = (exit.exitCode == 0 && !exit.crashed)
            ? QStringLiteral("RequestId: %1 Error: Runtime exited without providing a reason").arg(id)
            : QStringLiteral("RequestId: %1 Error: Runtime exited with error: %2").arg(id, reason);
        initFailed(QStringLiteral("Runtime.ExitError"), message, {}, {});
    }
    if (m_job) {
        const QString reason
            = exit.reason.isEmpty() ? QStringLiteral("exit status %1").arg(exit.exitCode) : exit.reason;
        const QString message = (exit.exitCode == 0 && !exit.crashed)
            ? QStringLiteral("RequestId: %1 Error: Runtime exited without providing a reason")
                  .arg(QString::fromLatin1(m_job->requestId()))
            : QStringLiteral("RequestId: %1 Error: Runtime exited with error: %2")
                  .arg(QString::fromLatin1(m_job->requestId()), reason);
        if (exit.oomKilled)
            m_result->logs.append(
                QStringLiteral("Bullpen: the runtime was killed for exceeding its memory limit of %1 MB")
                    .arg(m_function.memorySizeMb));
        failJob(QStringLiteral("Runtime.ExitError"), message);
    }
    if (m_timeoutTimer) {
        m_realClock->cancel(m_timeoutTimer);
        m_timeoutTimer = 0;
    }
    if (m_keepAliveTimer) {
        m_poolClock->cancel(m_keepAliveTimer);
        m_keepAliveTimer = 0;
    }
    if (m_info.state != InstanceState::Expired && m_info.state != InstanceState::Failed) {
        m_info.stopReason = exit.oomKilled ? InstanceStopReason::OutOfMemory
            : m_initDone                   ? InstanceStopReason::Crashed
                                           : InstanceStopReason::InitFailed;
        setState(InstanceState::Failed, exit.reason.isEmpty() ? QStringLiteral("runtime exited") : exit.reason);
    }
    m_server.close();
    Q_EMIT gone();
}

void Instance::onTimeout()
{
    m_timeoutTimer = 0;
    if (!m_job)
        return;
    const QString seconds = QString::number(double(m_function.timeoutSeconds), 'f', 2);
    const QString id = QString::fromLatin1(m_job->requestId());
    InvocationResult &r = *m_result;
    r.durationMs = double(m_function.timeoutSeconds) * 1000.0;
    r.logs.append(QStringLiteral("%1 %2 Task timed out after %3 seconds")
                      .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), id, seconds));
    m_server.abandonInvocation();
    failJob(QStringLiteral("Sandbox.Timedout"),
            QStringLiteral("RequestId: %1 Error: Task timed out after %2 seconds").arg(id, seconds), {},
            InvocationOutcome::TimedOut);
    stop(InstanceState::Failed, QStringLiteral("timed out"), InstanceStopReason::TimedOut);
}

void Instance::engineFailure(EngineErrorKind kind, const QString &message)
{
    if (m_job) {
        InvocationResult &r = *m_result;
        r.outcome = InvocationOutcome::EngineError;
        r.engineErrorKind = kind;
        r.engineError = message;
        finishJob();
    }
    if (m_info.state != InstanceState::Failed) {
        m_info.stopReason = m_initDone ? InstanceStopReason::Crashed : InstanceStopReason::InitFailed;
        setState(InstanceState::Failed, message);
    }
}

void Instance::onCancel()
{
    if (!m_job)
        return;
    InvocationResult &r = *m_result;
    r.outcome = InvocationOutcome::Cancelled;
    r.engineError = QStringLiteral("cancelled");
    r.errorType = QStringLiteral("Bullpen.Cancelled");
    r.errorMessage = QStringLiteral("The invocation was cancelled; its instance was stopped.");
    m_server.abandonInvocation();
    finishJob();
    stop(InstanceState::Failed, QStringLiteral("cancelled"));
}

void Instance::stop(InstanceState finalState, const QString &detail, InstanceStopReason reason)
{
    if (m_keepAliveTimer) {
        m_poolClock->cancel(m_keepAliveTimer);
        m_keepAliveTimer = 0;
    }
    if (m_job) {
        InvocationResult &r = *m_result;
        r.outcome = InvocationOutcome::EngineError;
        r.engineErrorKind = EngineErrorKind::InstanceStopped;
        r.engineError = detail;
        m_server.abandonInvocation();
        finishJob();
    }
    if (m_info.state != InstanceState::Expired && m_info.state != InstanceState::Failed) {
        m_info.stopReason = reason;
        setState(finalState, detail);
    }
    if (m_sandbox && !m_exited) {
        m_sandbox->kill(); // exited() follows, then gone()
    } else {
        m_server.close();
        QMetaObject::invokeMethod(this, &Instance::gone, Qt::QueuedConnection);
    }
}

qint64 Instance::currentMemoryBytes() const
{
    return m_sandbox && !m_exited ? m_sandbox->currentMemoryBytes() : -1;
}

void Instance::drainSandboxOutput()
{
    if (m_sandbox)
        m_sandbox->drainOutput();
}

} // namespace Bullpen
