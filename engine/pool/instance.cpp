// SPDX-License-Identifier: MIT
#include "engine/pool/instance.h"

#include "engine/invocation/invocation.h"
#include "engine/pool/lambdaenvironment.h"
#include "engine/project/lambdalimits.h"
#include "engine/sandbox/containerbackend.h"
#include "engine/sandbox/sandboxnetwork.h"
#include "engine/sandbox/snapstart.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopedValueRollback>

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

// Starts the external extensions (every executable in /opt/extensions, as
// Lambda does) beside the runtime, then becomes the runtime. When an
// extension ends, the line below on stderr says so (its exit status), which is
// how the instance learns of a crash; the line is taken out of the logs.
const QString ExtensionLauncher = QStringLiteral("dir=$1; shift\n"
                                                 "for e in \"$dir\"/*; do\n"
                                                 "  [ -f \"$e\" ] && [ -x \"$e\" ] || continue\n"
                                                 "  ( \"$e\"; echo \"BULLPEN-EXTENSION-EXITED $? ${e##*/}\" >&2 ) &\n"
                                                 "done\n"
                                                 "exec \"$@\"\n");
const QByteArray ExtensionExitMarker = "BULLPEN-EXTENSION-EXITED ";

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
    // An idle runtime killed from outside in the moment before an event is
    // written to it: the event stays untaken and goes to a fresh instance.
    m_server.setRuntimeGoneCheck([this] { return m_sandbox && m_sandbox->isBeingKilled(); });
    connect(&m_server, &RuntimeApiServer::nextRequested, this, &Instance::onNextRequested);
    connect(&m_server, &RuntimeApiServer::responseReceived, this, &Instance::onResponse);
    connect(&m_server, &RuntimeApiServer::errorReceived, this, &Instance::onError);
    connect(&m_server, &RuntimeApiServer::initErrorReceived, this, &Instance::onInitError);
    connect(&m_server, &RuntimeApiServer::responseTooLarge, this, &Instance::onResponseTooLarge);
    connect(&m_server, &RuntimeApiServer::responseStreamStarted, this, &Instance::onStreamStarted);
    connect(&m_server, &RuntimeApiServer::responseChunk, this, &Instance::onResponseChunk);
    connect(&m_server, &RuntimeApiServer::responseStreamFinished, this, &Instance::onStreamFinished);
    // A stream that ends in an error is a function error like a posted one.
    connect(&m_server, &RuntimeApiServer::responseStreamFailed, this, &Instance::onError);
    ExtensionsApi &extensions = m_server.extensions();
    connect(&extensions, &ExtensionsApi::readinessChanged, this, &Instance::onExtensionsChanged);
    connect(&extensions, &ExtensionsApi::registered, this, &Instance::onExtensionsChanged);
    connect(&extensions, &ExtensionsApi::initErrorReported, this, &Instance::onExtensionInitError);
    connect(
        &extensions, &ExtensionsApi::exitErrorReported, this,
        [this](const QString &name, const QByteArray &errorType) { m_extensionExitErrors.insert(name, errorType); });
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

void Instance::start(Invocation *first, InitPhase phase, const QStringList &earlierLogs)
{
    m_pendingLogs = earlierLogs;
    takeJob(first);
    m_initPhase = phase;
    m_initTimer.start();
    m_startWallNs
        = std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch())
              .count();
    if (m_job && phase == InitPhase::Invoke)
        startTimeout(); // a re-init inside an invocation: its timeout covers the init too
    // In a network namespace of its own the runtime finds its Runtime API at
    // 127.0.0.1:9001, a listener the sandbox makes in there and hands over;
    // on the host's network, a port of the engine's on the loopback.
    const bool ownNamespace = m_backend->runtimeApiReach().ownNamespace;
    if (!ownNamespace && !m_server.listen()) {
        engineFailure(EngineErrorKind::ListenerFailed,
                      QStringLiteral("cannot open a Runtime API listener on 127.0.0.1: ") + m_server.errorString());
        m_exited = true;
        QMetaObject::invokeMethod(this, &Instance::gone, Qt::QueuedConnection);
        return;
    }
    EnvironmentContext context;
    context.runtimeApi = ownNamespace ? SandboxNetwork::runtimeApiAddress() : QString::fromLatin1(m_server.hostPort());
    context.provisioned = m_info.provisioned;
    context.account = m_account;
    context.version = m_version;
    m_arn = functionArn(m_function, context);

    InstanceSpec spec;
    spec.instanceId = m_info.instanceId;
    spec.codeDirectory = m_function.codeDirectory;
    spec.runtimeDirectory = m_launch.runtimeDirectory;
    spec.optDirectory = m_opt.directory;
    spec.command = m_launch.command;
    if (!m_opt.extensions.isEmpty())
        spec.command = QStringList { QStringLiteral("/bin/sh"), QStringLiteral("-c"), ExtensionLauncher,
                                     QStringLiteral("bullpen-extensions"), QStringLiteral("/opt/extensions") }
            + spec.command;
    m_server.extensions().setFunctionInfo(
        { m_function.functionName, m_version, m_function.handler, context.account.accountId });
    spec.environment = lambdaEnvironment(m_function, m_launch, context);
    spec.memoryMb = m_function.memorySizeMb;
    spec.tmpSizeMb = m_function.ephemeralStorageMb;
    spec.rootFilesystem = m_rootFilesystem;
    spec.runtime = m_function.runtime;
    spec.functionId = m_function.logicalId;
    spec.configurationKey = m_configurationKey;
    spec.snapStart = m_function.snapStart;
    if (m_function.image.isImage()) {
        // The code is in the image: nothing is bound at /var/task.
        spec.codeDirectory.clear();
        spec.imagePackage = m_function.image;
        spec.environment.remove(QStringLiteral("_HANDLER")); // the image's entrypoint sets it from CMD
    }

    m_sandbox = m_backend->create(spec, this);
    if (ownNamespace) {
        m_sandbox->setRuntimeApiListenerSink([this](int fd, QString *error) {
            if (m_server.adopt(fd))
                return true;
            *error = QStringLiteral("cannot serve the Runtime API in the sandbox: ") + m_server.errorString();
            return false;
        });
    }
    connect(m_sandbox, &SandboxInstance::failed, this, [this](const QString &message) {
        engineFailure(EngineErrorKind::SandboxFailed, message);
        m_exited = true;
        Q_EMIT gone();
    });
    connect(m_sandbox, &SandboxInstance::output, this, &Instance::onOutput);
    connect(m_sandbox, &SandboxInstance::started, this, [this] {
        m_sandboxStarted = true;
        announceSandbox();
        // Lambda's init limit counts from the runtime's start, after the
        // sandbox is made (a first start may build the runtime's image).
        if (m_initPhase == InitPhase::Init && m_initLimitMs > 0 && !m_initDone && !m_exited && !m_initLimitTimer)
            m_initLimitTimer = m_realClock->schedule(m_initLimitMs, this, [this] {
                m_initLimitTimer = 0;
                onInitLimit();
            });
    });
    connect(m_sandbox, &SandboxInstance::exited, this, &Instance::onExited);
    if (m_rootFilesystem.isEmpty() && !noteRuntimeImage()) {
        // The image is built during this start: INIT_START names it once it is
        // there, unless the runtime's first lines have been delivered already.
        connect(
            m_sandbox, &SandboxInstance::started, this,
            [this] {
                if (!noteRuntimeImage())
                    return;
                for (QString &line : m_pendingLogs) {
                    if (line.startsWith(u"INIT_START "))
                        line = initStartLine();
                }
            },
            Qt::SingleShotConnection);
    }
    setState(InstanceState::Starting);
    m_pendingLogs.append(initStartLine());
    m_sandbox->start();
}

bool Instance::noteRuntimeImage()
{
    if (!m_runtimeVersion.isEmpty())
        return true;
    if (!m_rootFilesystem.isEmpty() || !m_backend)
        return false;
    const auto image = m_backend->runtimeImageFor(m_function.runtime);
    if (!image)
        return false;
    m_runtimeVersion = image->describe();
    // Lambda's form, family:version, with what Bullpen's image really has.
    const QString language = image->versions.value(image->runtime);
    m_imageVersion = image->runtime + u':'
        + (!language.isEmpty()                     ? language
               : m_function.runtime.contains(u'.') ? m_function.runtime.section(u'.', 1)
                                                   : QStringLiteral("al"))
        + QStringLiteral(".bullpen-debian") + image->versions.value(QStringLiteral("debian"));
    return true;
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
    if (!m_imageVersion.isEmpty())
        version = m_imageVersion;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(m_function.runtime.toUtf8());
    hash.addData(m_launch.runtimeDirectory.toUtf8());
    hash.addData(m_launch.command.join(u' ').toUtf8());
    if (m_imageVersion.isEmpty())
        version += QStringLiteral(".bullpen");
    return QStringLiteral("INIT_START Runtime Version: %1\tRuntime Version ARN: arn:aws:lambda:%2::runtime:%3")
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
        if (r.coldStart) {
            r.initDurationMs = m_info.initDurationMs;
            r.coldStartPhases = m_info.coldStartPhases;
            r.preparedSandbox = m_sandbox && m_sandbox->fromPreparedSandbox();
            if (m_info.restoredFromSnapshot) {
                // Lambda's REPORT of a restored copy has no Init Duration (the
                // init ran before the snapshot) but the restore's durations.
                r.restoredFromSnapshot = true;
                r.restoreDurationMs = m_info.initDurationMs;
                r.billedRestoreDurationMs = m_info.billedRestoreDurationMs;
                r.initDurationMs = -1;
            }
        }
        r.snapStartNote = m_info.snapStartNote;
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
    r.logs.append(QStringLiteral("START RequestId: %1 Version: %2").arg(QString::fromLatin1(r.requestId), m_version));
    // The init's lines and START, for a log view that follows the invocation live.
    for (const QString &line : std::as_const(r.logs))
        Q_EMIT m_job->logLine(line);

    InvocationRequest request;
    request.requestId = r.requestId;
    request.payload = m_job->payload();
    request.functionArn = (m_job->qualifier().isEmpty() ? m_arn : m_arn + u':' + m_job->qualifier()).toUtf8();
    request.traceId = newTraceId();
    request.clientContext = m_job->clientContext();
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
    m_server.extensions().deliverInvoke(request.requestId, request.deadlineEpochMs, request.functionArn,
                                        request.traceId);
}

void Instance::onNextRequested()
{
    if (!m_initDone) {
        // Lambda's init ends when the runtime and every extension have asked for work.
        m_runtimeInitReady = true;
        if (extensionsInitDone())
            initPhaseOver();
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
    if (m_finishAfterExtensions) {
        // The invocation is not over until its extensions have asked again too.
        m_runtimeAskedAgain = true;
        return;
    }
    // The runtime asks for work again: only now is it ready for the next event.
    m_awaitingNext = false;
    if (m_job)
        deliver();
    else
        becomeIdle();
}

void Instance::initPhaseOver()
{
    cancelInitLimit();
    m_server.extensions().closeRegistration();
    // The runtime may ask before the sandbox has said that it started:
    // look now, so that the init is measured from the process's start.
    if (m_sandbox)
        m_sandbox->checkStarted();
    m_initDone = true;
    bool exact = false;
    m_initEndNs = wallClockNs();
    m_info.initDurationMs = initDurationUntil(m_initEndNs, &exact);
    noteSnapStart();
    // What the runtime printed during init belongs before the first START.
    drainSandboxOutput();
    if (m_exited)
        return;
    // Lambda lists the extensions that took part in the init.
    m_pendingLogs.append(m_server.extensions().initSummary());
    if (!exact && m_sandbox && !m_sandboxStarted) {
        // A runtime faster than runc's pid file (a static Go binary): its
        // event waits until the sandbox says when it started, so that the
        // Init Duration is the runtime's and not the sandbox's. (A sandbox
        // that said it started without knowing when has nothing more to say:
        // the init is measured from its whole start, at once.)
        m_initDurationPending = true;
        connect(m_sandbox, &SandboxInstance::started, this, &Instance::initSettled, Qt::SingleShotConnection);
        m_settleTimer = m_realClock->schedule(1000, this, [this] {
            m_settleTimer = 0;
            initSettled();
        });
        return;
    }
    afterInit();
}

void Instance::noteSnapStart()
{
    if (!m_sandbox || !m_function.snapStart)
        return;
    m_info.snapStartNote = m_sandbox->snapStartNote();
    if (!m_sandbox->restoredFromSnapshot()) {
        if (m_info.snapStartNote.isEmpty() && m_backend && m_backend->name() != QLatin1String("runc")
            && m_backend->name() != QLatin1String("crun"))
            m_info.snapStartNote
                = QStringLiteral("SnapStart unavailable: ") + SnapStart::backendReason(m_backend->name());
        return;
    }
    // As Lambda logs a restored copy's start: RESTORE_START in place of
    // INIT_START, and RESTORE_REPORT once the after-restore hooks are done.
    m_info.restoredFromSnapshot = true;
    m_info.billedRestoreDurationMs = qMax(0.0, double(m_initEndNs - m_sandbox->wokenAtNs()) / 1e6);
    for (QString &line : m_pendingLogs) {
        if (line.startsWith(u"INIT_START "))
            line = QStringLiteral("RESTORE_START") + line.mid(int(qstrlen("INIT_START")));
    }
    m_pendingLogs.append(
        QStringLiteral("RESTORE_REPORT Restore Duration: %1 ms").arg(m_info.initDurationMs, 0, 'f', 2));
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
    m_info.preparedSandbox = m_sandbox->fromPreparedSandbox();
    m_info.restoredFromSnapshot = m_sandbox->restoredFromSnapshot(); // known once it started (woken)
    const qint64 startedNs = m_sandbox->processStartedAtNs();
    m_info.sandboxDurationMs = startedNs > 0 ? qMax(0.0, double(startedNs - m_startWallNs) / 1e6) : -1;
    Q_EMIT sandboxReady(m_info);
}

namespace {

// The moments Bullpen's runtimes report in their first /next
// ("interpreter=NS;bootstrap=NS;handler=NS"); what is missing or malformed stays 0.
void readRuntimeInitReport(const QByteArray &report, std::array<qint64, ColdStartPhases::Count> *ends)
{
    static const std::pair<QByteArrayView, ColdStartPhases::Phase> keys[]
        = { { "interpreter", ColdStartPhases::Interpreter },
            { "bootstrap", ColdStartPhases::Bootstrap },
            { "handler", ColdStartPhases::Handler } };
    for (const QByteArray &item : report.split(';')) {
        const qsizetype eq = item.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray key = item.left(eq).trimmed();
        bool ok = false;
        const qint64 ns = item.mid(eq + 1).trimmed().toLongLong(&ok);
        if (!ok || ns <= 0)
            continue;
        for (const auto &[name, phase] : keys) {
            if (key == name)
                (*ends)[phase] = ns;
        }
    }
}

} // namespace

void Instance::notePhases()
{
    if (!m_sandbox || m_info.state != InstanceState::Starting || m_initEndNs <= 0)
        return;
    std::array<qint64, ColdStartPhases::Count> ends {};
    ends[ColdStartPhases::Sandbox] = m_sandbox->sandboxMadeAtNs();
    ends[ColdStartPhases::Process] = m_sandbox->processStartedAtNs();
    readRuntimeInitReport(m_server.runtimeInitReport(), &ends);
    ends[ColdStartPhases::FirstNext] = m_initEndNs;
    m_info.coldStartPhases = ColdStartPhases::fromMoments(m_startWallNs, ends);
}

void Instance::afterInit()
{
    // Whatever the sandbox has said by now: its making is over before the init is.
    announceSandbox();
    notePhases();
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

void Instance::finishJob(bool afterExtensions)
{
    if (afterExtensions && !m_server.extensions().allReady()) {
        // The REPORT waits, and the instance is not free, until they ask again.
        m_finishAfterExtensions = true;
        return;
    }
    m_finishAfterExtensions = false;
    if (m_timeoutTimer) {
        m_realClock->cancel(m_timeoutTimer);
        m_timeoutTimer = 0;
    }
    Q_ASSERT(m_result);
    InvocationResult &r = *m_result;
    if (m_invokeTimer.isValid() && r.durationMs == 0)
        r.durationMs = double(m_invokeTimer.nsecsElapsed()) / 1e6;
    r.billedDurationMs = qint64(std::ceil(r.durationMs));
    if (r.restoredFromSnapshot) // Lambda bills the after-restore hooks with the invocation
        r.billedDurationMs += qint64(std::ceil(r.billedRestoreDurationMs));
    recordMemory();
    noteRuntimeImage(); // built during this instance's start, the first time
    r.runtimeVersion = m_runtimeVersion;
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
                       InvocationOutcome outcome, bool afterExtensions)
{
    if (!m_job)
        return;
    InvocationResult &r = *m_result;
    // What a stream delivered before it failed stays with the result.
    if (r.streamed && r.streamedBody.isEmpty())
        r.streamedBody = r.payload;
    r.outcome = outcome;
    r.functionError = QStringLiteral("Unhandled");
    r.errorType = errorType;
    r.errorMessage = message;
    r.payload = payload.isEmpty() ? errorDocument(errorType, message) : payload;
    r.contentType = "application/json";
    finishJob(afterExtensions);
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
    finishJob(true);
    answered();
}

void Instance::onStreamStarted(const QByteArray &requestId, const QByteArray &contentType)
{
    if (!m_job || requestId != m_job->requestId())
        return;
    m_result->streamed = true;
    m_result->contentType = contentType;
    m_job->streamStarted(contentType);
}

void Instance::onResponseChunk(const QByteArray &requestId, const QByteArray &chunk)
{
    if (!m_job || requestId != m_job->requestId())
        return;
    m_result->payload.append(chunk);
    m_job->addChunk(chunk);
}

void Instance::onStreamFinished(const QByteArray &requestId)
{
    if (!m_job || requestId != m_job->requestId())
        return;
    drainSandboxOutput();
    if (!m_job)
        return;
    m_result->outcome = InvocationOutcome::Succeeded;
    finishJob(true);
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
    failJob(QString::fromUtf8(error.errorType), error.errorMessage, error.body, InvocationOutcome::FunctionError, true);
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
    cancelInitLimit();
    m_pendingLogs.append(initReportLine(QStringLiteral("error"), errorType));
    if (!m_job)
        return;
    InvocationResult &r = *m_result;
    m_jobDelivered = true;
    takeInitInto(r);
    r.logs.append(QStringLiteral("START RequestId: %1 Version: %2").arg(QString::fromLatin1(r.requestId), m_version));
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
                .arg(LambdaLimits::MaxResponseBytes),
            {}, InvocationOutcome::FunctionError, true);
    answered();
}

void Instance::onOutput(const QByteArray &line, bool isStderr)
{
    if (isStderr && !m_opt.extensions.isEmpty() && line.startsWith(ExtensionExitMarker)) {
        const QByteArray rest = line.mid(ExtensionExitMarker.size()).trimmed();
        const qsizetype space = rest.indexOf(' ');
        if (space > 0) {
            onExtensionExited(QString::fromUtf8(rest.mid(space + 1)), rest.left(space).toInt());
            return;
        }
    }
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
    cancelInitLimit();
    if (m_shutdownTimer) {
        m_realClock->cancel(m_shutdownTimer);
        m_shutdownTimer = 0;
    }
    if (m_job && m_finishAfterExtensions) // answered; the extensions went with the sandbox
        finishJob();
    if (m_job && m_initDone && m_jobDelivered && m_server.isInvocationUntaken()) {
        // Given to a runtime that had died meanwhile (killed while idle, its
        // connection found closed, or reset with the event unread in its
        // receive queue): the event never reached it, so it is handed back
        // untouched, as below.
        m_jobDelivered = false;
    }
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
        Q_EMIT invocationReturned(job, {});
    }
    if (m_job && !m_initDone) {
        const QString reason
            = exit.reason.isEmpty() ? QStringLiteral("exit status %1").arg(exit.exitCode) : exit.reason;
        const QString id = QString::fromLatin1(m_job->requestId());
        const QString message = (exit.exitCode == 0 && !exit.crashed)
            ? QStringLiteral("RequestId: %1 Error: Runtime exited without providing a reason").arg(id)
            : QStringLiteral("RequestId: %1 Error: Runtime exited with error: %2").arg(id, reason);
        initFailed(exit.oomKilled ? QStringLiteral("Runtime.OutOfMemory") : QStringLiteral("Runtime.ExitError"),
                   message, {}, {});
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
        // Lambda's type for an out-of-memory kill; the message stays "signal: killed".
        failJob(exit.oomKilled ? QStringLiteral("Runtime.OutOfMemory") : QStringLiteral("Runtime.ExitError"), message);
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
    if (!m_initDone && !m_jobDelivered) {
        // Its init (in the invoke phase) used up the timeout: Lambda's logs
        // have the init with its INIT_REPORT, then the invocation that never ran.
        m_pendingLogs.append(initReportLine(QStringLiteral("timeout")));
        m_jobDelivered = true;
        takeInitInto(r);
        r.logs.append(QStringLiteral("START RequestId: %1 Version: %2").arg(id, m_version));
    }
    r.durationMs = double(m_function.timeoutSeconds) * 1000.0;
    r.logs.append(QStringLiteral("%1 %2 Task timed out after %3 seconds")
                      .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), id, seconds));
    m_server.abandonInvocation();
    failJob(QStringLiteral("Sandbox.Timedout"),
            QStringLiteral("RequestId: %1 Error: Task timed out after %2 seconds").arg(id, seconds), {},
            InvocationOutcome::TimedOut);
    stop(InstanceState::Failed, QStringLiteral("timed out"), InstanceStopReason::TimedOut);
}

QString Instance::initReportLine(const QString &status, const QString &errorType)
{
    bool exact = false;
    m_initEndNs = wallClockNs();
    m_info.initDurationMs = initDurationUntil(m_initEndNs, &exact);
    QString line
        = QStringLiteral("INIT_REPORT Init Duration: %1 ms\tPhase: %2\tStatus: %3")
              .arg(m_info.initDurationMs, 0, 'f', 2)
              .arg(m_initPhase == InitPhase::Invoke ? QStringLiteral("invoke") : QStringLiteral("init"), status);
    if (!errorType.isEmpty())
        line += QStringLiteral("\tError Type: ") + errorType;
    return line;
}

void Instance::cancelInitLimit()
{
    if (m_initLimitTimer) {
        m_realClock->cancel(m_initLimitTimer);
        m_initLimitTimer = 0;
    }
}

void Instance::onInitLimit()
{
    if (m_initDone || m_exited || m_initPhase != InitPhase::Init)
        return;
    // Its lines so far belong to the abandoned init.
    drainSandboxOutput();
    if (m_initDone || m_exited)
        return;
    // Lambda's suppressed init: the init phase is cut at the limit, and the
    // first invocation initialises the function again in its own invoke
    // phase, where its timeout covers the init.
    m_pendingLogs.append(initReportLine(QStringLiteral("timeout")));
    Invocation *job = m_job;
    QStringList earlier;
    if (job) {
        earlier = std::exchange(m_pendingLogs, {});
        m_pendingInitLogsTaken = true;
        disconnect(job, &Invocation::cancelRequested, this, &Instance::onCancel);
        m_job = nullptr;
        m_result.reset();
    }
    stop(InstanceState::Failed,
         QStringLiteral("init ran past the init limit of %1 s").arg(double(m_initLimitMs) / 1000.0),
         InstanceStopReason::InitFailed);
    if (job)
        Q_EMIT invocationReturned(job, earlier);
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
    cancelInitLimit();
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
        if (m_shuttingDown)
            return; // killed when the extensions are done, or at the deadline
        ExtensionsApi &extensions = m_server.extensions();
        if (extensions.anySubscribed("SHUTDOWN")) {
            // Lambda's shutdown phase: SHUTDOWN to the extensions, which have
            // 2 s (500 ms when all are internal ones) before everything is killed.
            m_shuttingDown = true;
            const QString why = reason == InstanceStopReason::TimedOut ? QStringLiteral("timeout")
                : (reason == InstanceStopReason::Expired || reason == InstanceStopReason::Stopped
                   || reason == InstanceStopReason::None)
                ? QStringLiteral("spindown")
                : QStringLiteral("failure");
            bool external = false;
            for (const QString &name : extensions.registeredNames())
                external = external || m_opt.extensions.contains(name);
            const qint64 budgetMs = external ? 2000 : 500;
            const qint64 nowEpochMs = QDateTime::currentMSecsSinceEpoch();
            extensions.deliverShutdown(why, nowEpochMs + budgetMs);
            m_shutdownTimer = m_realClock->schedule(budgetMs, this, [this] {
                m_shutdownTimer = 0;
                if (m_sandbox && !m_exited)
                    m_sandbox->kill();
            });
            return;
        }
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

bool Instance::extensionsInitDone() const
{
    const ExtensionsApi &extensions = m_server.extensions();
    for (const QString &name : m_opt.extensions) {
        if (!extensions.isRegistered(name))
            return false;
    }
    return extensions.allReady();
}

void Instance::onExtensionsChanged()
{
    if (m_exited || m_extensionExiting)
        return;
    ExtensionsApi &extensions = m_server.extensions();
    if (!m_initDone) {
        if (m_runtimeInitReady && extensionsInitDone())
            initPhaseOver();
        return;
    }
    if (m_shuttingDown) {
        if (extensions.shutdownDone() && m_sandbox) {
            if (m_shutdownTimer) {
                m_realClock->cancel(m_shutdownTimer);
                m_shutdownTimer = 0;
            }
            m_sandbox->kill();
        }
        return;
    }
    if (m_finishAfterExtensions && extensions.allReady()) {
        // The extensions' last lines before they asked again belong to the invocation.
        drainSandboxOutput();
        if (!m_job || !m_finishAfterExtensions)
            return;
        finishJob();
        if (m_runtimeAskedAgain) {
            m_runtimeAskedAgain = false;
            onNextRequested();
        }
    }
}

void Instance::onExtensionExited(const QString &name, int status)
{
    const bool expected
        = m_shuttingDown || m_exited || m_info.state == InstanceState::Expired || m_info.state == InstanceState::Failed;
    {
        // Gone is not ready: an invocation waiting for it must not end as a success.
        const QScopedValueRollback<bool> quiet(m_extensionExiting, !expected);
        m_server.extensions().extensionExited(name);
    }
    if (expected)
        return;
    // Outside the shutdown phase an extension that ends has crashed (even
    // with status 0), or exits after reporting exit/error; Lambda resets the
    // environment either way.
    const QString reason = status == 0 ? QStringLiteral("exit code 0")
        : status > 128                 ? exitReason(0, status - 128)
                                       : exitReason(status, 0);
    const bool reported = m_extensionExitErrors.contains(name);
    const QString line = QStringLiteral("EXTENSION\tName: %1\tState: %2\tError: %3")
                             .arg(name, reported ? QStringLiteral("ExitError") : QStringLiteral("Crashed"), reason);
    // In the logs of what it broke: the invocation, the init, or the instance's own.
    if (m_job && m_jobDelivered && m_result)
        m_result->logs.append(line);
    else if (!m_initDone)
        m_pendingLogs.append(line);
    else
        m_instanceLog.append(line);
    extensionFailure(reported ? QStringLiteral("Extension.ExitError") : QStringLiteral("Extension.Crash"),
                     QStringLiteral("extension %1: %2").arg(name, reason));
}

void Instance::onExtensionInitError(const QString &name, const QByteArray &errorType)
{
    if (m_initDone || m_exited)
        return;
    m_pendingLogs.append(QStringLiteral("EXTENSION\tName: %1\tState: InitError\tError Type: %2")
                             .arg(name, QString::fromUtf8(errorType)));
    extensionFailure(QStringLiteral("Extension.InitError"),
                     QStringLiteral("extension %1: %2").arg(name, QString::fromUtf8(errorType)));
}

void Instance::extensionFailure(const QString &errorType, const QString &message)
{
    // Worded as Lambda words a fatal error: "RequestId: <id> Error: <what>".
    const QString id = m_job ? QString::fromLatin1(m_job->requestId()) : QString();
    const QString text = QStringLiteral("RequestId: %1 Error: %2").arg(id, message);
    if (!m_initDone) {
        drainSandboxOutput();
        if (m_exited)
            return;
        initFailed(errorType, text, {}, {});
        stop(InstanceState::Failed, message, InstanceStopReason::InitFailed);
        return;
    }
    if (m_job && m_jobDelivered)
        failJob(errorType, text);
    stop(InstanceState::Failed, message, InstanceStopReason::Crashed);
}

void Instance::drainSandboxOutput()
{
    if (m_sandbox)
        m_sandbox->drainOutput();
}

} // namespace Bullpen
