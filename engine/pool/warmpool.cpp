// SPDX-License-Identifier: MIT
#include "engine/pool/warmpool.h"

#include "engine/core/jsonvalue.h"
#include "engine/invocation/invocation.h"
#include "engine/project/lambdalimits.h"
#include "engine/sandbox/containerbackend.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFuture>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaMethod>
#include <QPromise>
#include <QThreadPool>

#include <algorithm>

namespace Bullpen {

WarmPool::WarmPool(ContainerBackend *backend, Clock *poolClock, Clock *realClock, const QString &cacheDirectory,
                   QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_poolClock(poolClock)
    , m_realClock(realClock)
    , m_runtimes(cacheDirectory + QStringLiteral("/runtimes"))
    , m_layers(cacheDirectory + QStringLiteral("/layers"))
    , m_poolTag(QString::number(QCoreApplication::applicationPid(), 36))
{
    qRegisterMetaType<Bullpen::InstanceInfo>();
    qRegisterMetaType<Bullpen::InvocationResult>();
    qRegisterMetaType<Bullpen::PoolEvent>();
    if (m_poolClock) {
        connect(m_poolClock, &Clock::speedChanged, this, [this](double speed) {
            if (!streaming())
                return;
            PoolEvent event;
            event.type = PoolEventType::ClockSpeedChanged;
            event.speed = speed;
            publish(event);
        });
    }
}

WarmPool::~WarmPool()
{
    shutdown();
}

QString WarmPool::functionKey(const FunctionConfig &f, int codeRevision, const QString &qualifier) const
{
    QCryptographicHash h(QCryptographicHash::Sha1);
    auto add = [&h](const QString &s) {
        h.addData(s.toUtf8());
        h.addData(QByteArrayView("\0", 1));
    };
    add(f.logicalId);
    add(f.functionName);
    add(f.handler);
    add(f.runtime);
    add(f.codeDirectory);
    add(QString::number(f.memorySizeMb));
    add(QString::number(f.timeoutSeconds));
    add(QString::number(f.ephemeralStorageMb));
    add(f.architectures.join(u','));
    // A snapshot belongs to one configuration; $LATEST of a SnapStart function
    // (no snapshot) is another than its published version (restored).
    add(f.snapStart ? QStringLiteral("snap-start") : QString());
    add(snapStartUse(f, qualifier).applies ? QStringLiteral("restored") : QString());
    // $LATEST and the published version (the alias's) run in execution
    // environments of their own, as on Lambda, each saying its version.
    add(publishedVersion(f, qualifier));
    if (f.image.isImage()) { // an image function: how its image is built and run
        add(f.image.reference());
        add(f.image.dockerfile);
        for (auto it = f.image.buildArgs.cbegin(); it != f.image.buildArgs.cend(); ++it)
            add(it.key() + u'=' + it.value());
        add(f.image.entryPoint.join(u'\n') + u'\t' + f.image.command.join(u'\n') + u'\t' + f.image.workingDirectory);
    }
    for (auto it = f.environment.cbegin(); it != f.environment.cend(); ++it) {
        add(it.key());
        add(it.value());
    }
    add(QString::number(codeRevision));
    // A changed layer gives fresh instances, as changed code does.
    QString layerError;
    add(m_layers.contentHash(f.layerVersions, &layerError) + layerError);
    return QString::fromLatin1(h.result().toHex());
}

Invocation *WarmPool::invoke(const FunctionConfig &function, const QByteArray &payload, int codeRevision)
{
    InvokeOptions options;
    options.codeRevision = codeRevision;
    return invoke(function, payload, options);
}

Invocation *WarmPool::invoke(const FunctionConfig &function, const QByteArray &payload, const InvokeOptions &options)
{
    auto *invocation = options.requestId.isEmpty() ? new Invocation(function, payload, this)
                                                   : new Invocation(function, payload, options.requestId, this);
    if (options.responseStream)
        invocation->setResponseStreamRequested(true);
    if (!options.clientContext.isEmpty())
        invocation->setClientContext(options.clientContext);
    if (!options.qualifier.isEmpty())
        invocation->setQualifier(options.qualifier);
    if (options.source != InvocationSource::Direct)
        m_sources.insert(invocation->requestId(), options.source);
    connect(invocation, &Invocation::finished, this, [this, invocation](const InvocationResult &result) {
        if (m_counted.remove(invocation)) {
            auto it = m_inFlight.find(invocation->function().logicalId);
            if (it != m_inFlight.end() && --it.value() <= 0)
                m_inFlight.erase(it);
            --m_inFlightTotal;
        }
        m_aliasKeys.remove(invocation);
        if (streaming())
            publishFinished(result);
        if (!m_sources.isEmpty())
            m_sources.remove(result.requestId);
        Q_EMIT invocationFinished(result);
        if (invocation->parent() == this)
            invocation->deleteLater();
    });
    Q_EMIT invocationStarted(invocation->requestId(), function.logicalId);
    const QString key = functionKey(function, options.codeRevision, options.qualifier);
    // Provisioned concurrency serves the alias only, never $LATEST.
    const QString aliasKey = !options.qualifier.isEmpty() && options.qualifier == function.autoPublishAlias
        ? provisionedKey(key)
        : QString();
    if (m_shuttingDown) {
        refuse(invocation, InvocationOutcome::EngineError, QStringLiteral("the engine is shutting down"), {});
        return invocation;
    }
    if (payload.size() > LambdaLimits::MaxRequestBytes) {
        // Lambda refuses such a request at its front door, before any instance sees it.
        refuse(invocation, InvocationOutcome::Refused,
               QStringLiteral(
                   "Request must be smaller than %1 bytes for the InvokeFunction operation (this event has %2 bytes)")
                   .arg(LambdaLimits::MaxRequestBytes)
                   .arg(payload.size()),
               QStringLiteral("RequestEntityTooLargeException"));
        return invocation;
    }
    // So is an event that is not JSON: the function never sees it. A large
    // event is parsed in a worker thread (6 MB take a quarter of a second and
    // more, which the calling thread, the window's, must not wait for); the
    // invocation goes on from its result. A small one is parsed here.
    if (payload.size() <= ParseOnCallingThreadBytes) {
        admitParsed(invocation, jsonFault(payload), key, aliasKey);
        return invocation;
    }
    auto promise = std::make_shared<QPromise<QString>>();
    QFuture<QString> fault = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, payload] {
        promise->addResult(jsonFault(payload));
        promise->finish();
    });
    // On this thread, unless the invocation is gone by then; the pool may be
    // gone while an invocation a caller took over lives on.
    fault.then(invocation, [self = QPointer<WarmPool>(this), invocation, key, aliasKey](const QString &message) {
        if (self)
            self->admitParsed(invocation, message, key, aliasKey);
        else
            refuse(invocation, InvocationOutcome::EngineError, QStringLiteral("the engine is shutting down"), {});
    });
    return invocation;
}

QString WarmPool::jsonFault(const QByteArray &payload)
{
    JsonValueError error;
    if (!parseJsonValue(payload, &error).isUndefined())
        return {};
    return QStringLiteral("Could not parse request body into json: Could not parse payload into json: %1")
        .arg(error.message());
}

void WarmPool::refuse(Invocation *invocation, InvocationOutcome outcome, const QString &message,
                      const QString &errorType)
{
    QMetaObject::invokeMethod(
        invocation,
        [invocation, outcome, message, errorType] {
            invocation->finishUnrun(outcome, EngineErrorKind::ShuttingDown, message, errorType);
        },
        Qt::QueuedConnection);
}

void WarmPool::admitParsed(Invocation *invocation, const QString &jsonFault, const QString &key,
                           const QString &aliasKey)
{
    if (!jsonFault.isEmpty()) {
        refuse(invocation, InvocationOutcome::Refused, jsonFault, QStringLiteral("InvalidRequestContentException"));
        return;
    }
    // A result is always delivered from the event loop, never from inside
    // invoke(), so callers can connect after the call returns.
    QMetaObject::invokeMethod(
        this,
        [this, invocation = QPointer<Invocation>(invocation), key, aliasKey] {
            if (!invocation || invocation->isFinished())
                return;
            if (m_shuttingDown) { // shut down while a large event was being parsed
                invocation->finishUnrun(InvocationOutcome::EngineError, EngineErrorKind::ShuttingDown,
                                        QStringLiteral("the engine is shutting down"), {});
                return;
            }
            if (invocation->isCancelRequested()) { // cancelled before it reached an instance
                invocation->finishUnrun(InvocationOutcome::Cancelled, EngineErrorKind::None,
                                        QStringLiteral("cancelled"), QStringLiteral("Bullpen.Cancelled"));
                return;
            }
            // Lambda streams responses from Node.js and custom runtimes only.
            if (invocation->isResponseStreamRequested()) {
                const QString &runtime = invocation->function().runtime;
                if (!runtime.startsWith(u"nodejs") && !runtime.startsWith(u"provided")) {
                    invocation->finishUnrun(
                        InvocationOutcome::Refused, EngineErrorKind::None,
                        QStringLiteral("Response streaming is not supported for the %1 runtime of function %2: "
                                       "Lambda streams responses from Node.js and custom (provided) runtimes only. "
                                       "Invoke it without streaming, or use a Node.js or custom runtime.")
                            .arg(runtime, invocation->function().logicalId),
                        QStringLiteral("InvalidRuntimeException"));
                    return;
                }
            }
            // Lambda throttles a synchronous call when it arrives, before it waits anywhere.
            const QString reason = throttleReason(invocation->function());
            if (!reason.isEmpty()) {
                throttle(invocation, reason);
                return;
            }
            m_counted.insert(invocation);
            ++m_inFlight[invocation->function().logicalId];
            ++m_inFlightTotal;
            if (!aliasKey.isEmpty())
                m_aliasKeys.insert(invocation, aliasKey);
            dispatch(invocation, key);
        },
        Qt::QueuedConnection);
}

QString WarmPool::throttleReason(const FunctionConfig &function) const
{
    if (function.reservedConcurrentExecutions >= 0
        && m_inFlight.value(function.logicalId) >= function.reservedConcurrentExecutions)
        return QStringLiteral("ReservedFunctionConcurrentInvocationLimitExceeded");
    if (m_accountLimit > 0 && m_inFlightTotal >= m_accountLimit)
        return QStringLiteral("ConcurrentInvocationLimitExceeded");
    return {};
}

void WarmPool::throttle(Invocation *invocation, const QString &reason)
{
    if (streaming()) {
        PoolEvent event = newEvent(PoolEventType::InvocationThrottled, invocation);
        event.throttleReason = reason;
        event.detail = QStringLiteral("TooManyRequestsException");
        publish(event);
    }
    // What Lambda's Invoke API answers with HTTP 429.
    InvocationResult result = invocation->newResult();
    result.outcome = InvocationOutcome::Refused;
    result.errorType = QStringLiteral("TooManyRequestsException");
    result.errorMessage = QStringLiteral("Rate Exceeded.");
    result.engineError = QStringLiteral("Rate Exceeded. (%1)").arg(reason);
    result.payload = QJsonDocument(QJsonObject { { QStringLiteral("Type"), QStringLiteral("User") },
                                                 { QStringLiteral("message"), QStringLiteral("Rate Exceeded.") },
                                                 { QStringLiteral("Reason"), reason } })
                         .toJson(QJsonDocument::Compact);
    result.contentType = "application/json";
    invocation->finish(std::move(result));
}

int WarmPool::countFor(const QString &key) const
{
    int n = 0;
    for (Instance *i : m_instances) {
        if (m_keys.value(i) == key && i->state() != InstanceState::Expired && i->state() != InstanceState::Failed)
            ++n;
    }
    return n;
}

Instance *WarmPool::idleInstance(const QString &key) const
{
    // The most recently used idle instance: it is the warmest (Lambda reuses
    // environments the same way, which lets the others expire). One whose
    // runtime has answered but not yet asked for more comes after every idle
    // one: it takes the event when it asks (a warm start a moment later), or
    // hands it back if it exits instead.
    Instance *best = nullptr;
    quint64 bestSerial = 0;
    for (Instance *i : m_instances) {
        if (i->isAvailable() && m_keys.value(i) == key) {
            const quint64 serial = m_lastStates.value(i).idleSerial;
            if (!best || (i->isIdle() && !best->isIdle()) || (i->isIdle() == best->isIdle() && serial >= bestSerial)) {
                best = i;
                bestSerial = serial;
            }
        }
    }
    return best;
}

bool WarmPool::tryDispatch(Invocation *invocation, const QString &key)
{
    Instance *idle = nullptr;
    if (!m_aliasKeys.isEmpty()) {
        const auto alias = m_aliasKeys.constFind(invocation);
        if (alias != m_aliasKeys.cend())
            idle = idleInstance(alias.value());
    }
    if (!idle)
        idle = idleInstance(key);
    if (idle) {
        if (streaming())
            publishDispatched(invocation, idle, false);
        idle->run(invocation);
        return true;
    }
    if (m_maxInstances > 0 && countFor(key) >= m_maxInstances)
        return false;
    QString error;
    if (!startInstance(key, invocation->function(), invocation, &error))
        invocation->finishUnrun(InvocationOutcome::EngineError, EngineErrorKind::RuntimeMissing, error);
    return true;
}

void WarmPool::dispatch(Invocation *invocation, const QString &key)
{
    // Behind others waiting for the same function: keep the order.
    bool waiting = false;
    for (const Pending &p : std::as_const(m_queue)) {
        if (p.key == key) {
            waiting = true;
            break;
        }
    }
    if (!waiting && tryDispatch(invocation, key))
        return;
    if (streaming()) {
        PoolEvent event = newEvent(PoolEventType::InvocationQueued, invocation);
        publish(event);
    }
    Pending &pending = m_queue.emplaceBack(Pending { invocation, key, {} });
    pending.onCancel = connect(invocation, &Invocation::cancelRequested, this, [this, invocation] {
        for (qsizetype n = 0; n < m_queue.size(); ++n) {
            if (m_queue.at(n).invocation == invocation) {
                m_queue.removeAt(n);
                invocation->finishUnrun(InvocationOutcome::Cancelled, EngineErrorKind::None,
                                        QStringLiteral("cancelled"), QStringLiteral("Bullpen.Cancelled"));
                return;
            }
        }
    });
}

Instance *WarmPool::startInstance(const QString &key, const FunctionConfig &function, Invocation *first, QString *error,
                                  Instance::InitPhase phase, bool provisioned, const QString &why,
                                  const QStringList &earlierLogs)
{
    const auto launch = m_runtimes.launchFor(function, error);
    if (!launch)
        return nullptr;
    const auto opt = m_layers.prepare(function.layerVersions, error);
    if (!opt)
        return nullptr;
    const QString id = m_poolTag + u'-' + QString::number(m_nextInstance++);
    // SnapStart and the version as this configuration has them (see
    // functionKey): an instance started for no invocation is the alias's, as
    // prewarm() and provisioned concurrency start them.
    const QString qualifier = first ? first->qualifier() : function.autoPublishAlias;
    const SnapStartUse snapStart = snapStartUse(function, qualifier);
    FunctionConfig run = function;
    run.snapStart = snapStart.applies;
    auto *instance = new Instance(run, id, *launch, m_backend, m_poolClock, m_realClock, this);
    instance->setSnapStartNote(snapStart.note);
    instance->setVersion(publishedVersion(function, qualifier));
    instance->setKeepAliveMs(m_functionKeepAliveMs.value(function.logicalId, m_keepAliveMs));
    instance->setRootFilesystem(m_rootFilesystem);
    instance->setAccount(m_account);
    instance->setOpt(*opt);
    instance->setProvisioned(provisioned);
    instance->setInitLimitMs(m_initLimitMs);
    // One configuration for on-demand and provisioned instances alike: a
    // sandbox made ahead for it serves either.
    const QString suffix = provisionedKey({});
    instance->setConfigurationKey(key.endsWith(suffix) ? key.chopped(suffix.size()) : key);
    m_instances.append(instance);
    m_keys.insert(instance, key);
    m_lastStates.insert(instance, {});
    connect(instance, &Instance::changed, this, [this, instance](const InstanceInfo &info) {
        LastState &last = m_lastStates[instance];
        const InstanceState previous = last.state;
        last.state = info.state;
        if (info.state == InstanceState::Idle)
            last.idleSerial = ++m_idleSerial;
        if (streaming())
            publishInstanceChange(info, previous);
        Q_EMIT instanceChanged(info);
        if (info.state == InstanceState::Idle && !m_queue.isEmpty())
            dispatchQueued();
    });
    connect(instance, &Instance::gone, this, [this, instance] {
        if (!m_instances.removeOne(instance))
            return;
        m_keys.remove(instance);
        m_lastStates.remove(instance);
        const QString id = instance->info().instanceId;
        instance->deleteLater();
        Q_EMIT instanceRemoved(id);
        if (!m_queue.isEmpty())
            dispatchQueued();
    });
    connect(instance, &Instance::sandboxReady, this, [this](const InstanceInfo &info) {
        if (!streaming())
            return;
        PoolEvent event;
        event.type = PoolEventType::InstanceSandboxReady;
        event.functionId = info.functionId;
        event.instanceId = info.instanceId;
        event.memorySizeMb = info.memorySizeMb;
        event.provisioned = info.provisioned;
        event.pid = info.pid;
        event.sandboxDurationMs = info.sandboxDurationMs;
        event.preparedSandbox = info.preparedSandbox;
        event.restoredFromSnapshot = info.restoredFromSnapshot;
        publish(event);
    });
    connect(instance, &Instance::invocationReturned, this,
            [this, key](Invocation *invocation, const QStringList &earlierLogs) {
                // Its runtime died before taking it, or its init ran past the
                // init limit: a fresh init inside this invocation, as Lambda
                // initialises again in the invoke phase.
                if (!invocation || invocation->isFinished())
                    return;
                if (m_shuttingDown) { // it still gets its one answer
                    invocation->finishUnrun(InvocationOutcome::EngineError, EngineErrorKind::ShuttingDown,
                                            QStringLiteral("the engine is shutting down"));
                    return;
                }
                QString error;
                if (!startInstance(key, invocation->function(), invocation, &error, Instance::InitPhase::Invoke, false,
                                   {}, earlierLogs))
                    invocation->finishUnrun(InvocationOutcome::EngineError, EngineErrorKind::RuntimeMissing, error);
            });
    // An instance starts in Starting, so it never announces that itself: the
    // pool does, before the invocation it was started for is dispatched to it.
    if (streaming()) {
        PoolEvent event;
        event.type = PoolEventType::InstanceStarting;
        event.functionId = function.logicalId;
        event.instanceId = id;
        event.memorySizeMb = function.memorySizeMb;
        event.provisioned = provisioned;
        event.timeoutMs = qint64(function.timeoutSeconds) * 1000;
        event.detail = why;
        publish(event);
        if (first)
            publishDispatched(first, instance, true);
    }
    instance->start(first, phase, earlierLogs);
    return instance;
}

void WarmPool::dispatchQueued()
{
    // In order, per function; a function with no free instance blocks only its
    // own waiters. Called on every completion, so it stops at the first
    // blocked entry when (as usual) all waiters are for one function.
    QStringList blocked;
    for (qsizetype n = 0; n < m_queue.size();) {
        const Pending p = m_queue.at(n);
        if (!p.invocation || p.invocation->isFinished()) {
            m_queue.removeAt(n);
            continue;
        }
        if (blocked.contains(p.key)) {
            ++n;
            continue;
        }
        if (m_maxInstances > 0 && !idleInstance(p.key) && countFor(p.key) >= m_maxInstances) {
            blocked.append(p.key);
            if (blocked.size() == 1
                && std::all_of(m_queue.cbegin() + n, m_queue.cend(), [&p](const Pending &q) { return q.key == p.key; }))
                return;
            ++n;
            continue;
        }
        m_queue.removeAt(n);
        disconnect(p.onCancel);
        tryDispatch(p.invocation, p.key);
    }
}

QList<InstanceInfo> WarmPool::instances() const
{
    QList<InstanceInfo> list;
    list.reserve(m_instances.size());
    for (const Instance *i : m_instances)
        list.append(i->info());
    return list;
}

qint64 WarmPool::instanceMemoryBytes(const QString &instanceId) const
{
    for (const Instance *i : m_instances) {
        if (i->info().instanceId == instanceId)
            return i->currentMemoryBytes();
    }
    return -1;
}

void WarmPool::shutdown()
{
    m_shuttingDown = true;
    for (const Pending &p : std::exchange(m_queue, {})) {
        if (p.invocation && !p.invocation->isFinished())
            p.invocation->finishUnrun(InvocationOutcome::EngineError, EngineErrorKind::ShuttingDown,
                                      QStringLiteral("the engine is shutting down"));
    }
    const QList<Instance *> instances = m_instances;
    for (Instance *i : instances)
        i->stop(InstanceState::Expired, QStringLiteral("the engine stopped"));
    if (m_backend)
        m_backend->shutdown();
    for (Instance *i : instances) {
        if (m_instances.removeOne(i)) {
            m_keys.remove(i);
            m_lastStates.remove(i);
            delete i;
        }
    }
    m_shuttingDown = false;
}

bool WarmPool::stopInstance(const QString &instanceId)
{
    Instance *target = nullptr;
    for (Instance *i : std::as_const(m_instances)) {
        if (i->info().instanceId == instanceId) {
            target = i;
            break;
        }
    }
    if (!target || target->state() == InstanceState::Expired || target->state() == InstanceState::Failed)
        return false;
    const QString key = m_keys.value(target);
    const bool provisioned = target->info().provisioned;
    const FunctionConfig function = target->function();
    target->stop(InstanceState::Expired, QStringLiteral("stopped by the user"), InstanceStopReason::Stopped);
    if (provisioned && !m_shuttingDown) {
        // Provisioned concurrency keeps its count: a fresh one is initialised ahead at once.
        QString error;
        if (!startInstance(key, function, nullptr, &error, Instance::InitPhase::Init, true,
                           QStringLiteral("replaces a stopped provisioned instance")))
            qWarning("provisioned concurrency for %s: %s", qPrintable(function.logicalId), qPrintable(error));
    }
    return true;
}

int WarmPool::expireIdleInstances(const QString &functionId)
{
    QList<Instance *> idle;
    for (Instance *i : std::as_const(m_instances)) {
        if (i->isIdle() && !i->info().provisioned && (functionId.isEmpty() || i->info().functionId == functionId))
            idle.append(i);
    }
    for (Instance *i : std::as_const(idle))
        i->stop(InstanceState::Expired, QStringLiteral("expired now on request (its keep-alive cut short)"),
                InstanceStopReason::Expired);
    return int(idle.size());
}

int WarmPool::prewarm(const FunctionConfig &function, int count, int codeRevision, QString *error)
{
    if (m_shuttingDown || count <= 0)
        return 0;
    const QString key = functionKey(function, codeRevision, function.autoPublishAlias);
    if (m_maxInstances > 0)
        count = qMin(count, qMax(0, m_maxInstances - countFor(key)));
    int started = 0;
    for (; started < count; ++started) {
        QString why;
        if (!startInstance(key, function, nullptr, &why, Instance::InitPhase::Init, false,
                           QStringLiteral("pre-warmed"))) {
            if (error)
                *error = why;
            break;
        }
    }
    return started;
}

void WarmPool::setProvisionedConcurrency(const FunctionConfig &function, int count, int codeRevision)
{
    const QString key = provisionedKey(functionKey(function, codeRevision, function.autoPublishAlias));
    QList<Instance *> live;
    for (Instance *i : std::as_const(m_instances)) {
        if (m_keys.value(i) == key && i->state() != InstanceState::Expired && i->state() != InstanceState::Failed)
            live.append(i);
    }
    for (qsizetype n = live.size(); n < count; ++n) {
        QString error;
        if (!startInstance(key, function, nullptr, &error, Instance::InitPhase::Init, true)) {
            qWarning("provisioned concurrency for %s: %s", qPrintable(function.logicalId), qPrintable(error));
            return;
        }
    }
    // Fewer: idle ones go first, busy ones finish their invocation on the way out.
    std::stable_sort(live.begin(), live.end(),
                     [](const Instance *a, const Instance *b) { return a->isAvailable() && !b->isAvailable(); });
    for (qsizetype n = count; n < live.size(); ++n)
        live.at(n)->stop(InstanceState::Expired, QStringLiteral("provisioned concurrency lowered"),
                         InstanceStopReason::Stopped);
}

void WarmPool::setFunctionKeepAliveMs(const QString &functionId, qint64 ms)
{
    if (ms < 0)
        m_functionKeepAliveMs.remove(functionId);
    else
        m_functionKeepAliveMs.insert(functionId, ms);
}

void WarmPool::setFunctionSnapStartAlways(const QString &functionId, bool always)
{
    if (always)
        m_snapStartAlways.insert(functionId);
    else
        m_snapStartAlways.remove(functionId);
}

SnapStartUse WarmPool::snapStartUse(const FunctionConfig &function, const QString &qualifier) const
{
    return SnapStartUse::of(function, qualifier, m_snapStartAlways.contains(function.logicalId));
}

int WarmPool::provisionedInstanceCount(const FunctionConfig &function, int codeRevision) const
{
    return countFor(provisionedKey(functionKey(function, codeRevision, function.autoPublishAlias)));
}

bool WarmPool::streaming() const
{
    // Asked at every emission point rather than cached from connectNotify(),
    // which may not call back into QObject (it can run with Qt's connection
    // lock held); the check is a bit test under an uncontended mutex.
    static const QMetaMethod signal = QMetaMethod::fromSignal(&WarmPool::poolEvent);
    return isSignalConnected(signal);
}

void WarmPool::connectNotify(const QMetaMethod &signal)
{
    // A new listener gets memory samples even while nothing else happens.
    if (signal == QMetaMethod::fromSignal(&WarmPool::poolEvent))
        QMetaObject::invokeMethod(this, &WarmPool::startMemorySampling, Qt::QueuedConnection);
}

void WarmPool::startMemorySampling()
{
    // Memory is sampled on the real clock, only while someone listens.
    if (!m_memoryTimer && m_realClock && streaming())
        m_memoryTimer = m_realClock->schedule(MemorySampleIntervalMs, this, [this] { sampleMemory(); });
}

void WarmPool::sampleMemory()
{
    m_memoryTimer = 0;
    if (!streaming())
        return;
    for (const Instance *i : std::as_const(m_instances)) {
        const InstanceInfo &info = i->info();
        if (info.state != InstanceState::Busy && info.state != InstanceState::Idle)
            continue;
        PoolEvent event;
        event.type = PoolEventType::MemorySample;
        event.functionId = info.functionId;
        event.instanceId = info.instanceId;
        event.memorySizeMb = info.memorySizeMb;
        event.provisioned = info.provisioned;
        event.memoryBytes = i->currentMemoryBytes();
        publish(event);
    }
    startMemorySampling();
}

PoolEvent WarmPool::newEvent(PoolEventType type, Invocation *invocation) const
{
    PoolEvent event;
    event.type = type;
    event.functionId = invocation->function().logicalId;
    event.requestId = invocation->requestId();
    event.memorySizeMb = invocation->function().memorySizeMb;
    event.source = m_sources.value(event.requestId, InvocationSource::Direct);
    return event;
}

void WarmPool::publishFromAbove(PoolEvent event)
{
    if (streaming())
        publish(event);
}

void WarmPool::publish(PoolEvent &event)
{
    event.sequence = ++m_sequence;
    event.poolTimeMs = m_poolClock ? m_poolClock->nowMs() : 0;
    event.realTimeMs = m_realClock ? m_realClock->nowMs() : 0;
    if (!m_memoryTimer)
        startMemorySampling();
    Q_EMIT poolEvent(event);
}

void WarmPool::publishDispatched(Invocation *invocation, const Instance *instance, bool coldStart)
{
    PoolEvent event = newEvent(PoolEventType::InvocationDispatched, invocation);
    event.instanceId = instance->info().instanceId;
    event.coldStart = coldStart;
    publish(event);
}

void WarmPool::publishInstanceChange(const InstanceInfo &info, InstanceState previous)
{
    PoolEvent event;
    event.functionId = info.functionId;
    event.instanceId = info.instanceId;
    event.memorySizeMb = info.memorySizeMb;
    event.provisioned = info.provisioned;
    if (previous == InstanceState::Starting
        && (info.state == InstanceState::Busy || info.state == InstanceState::Idle)) {
        PoolEvent init = event;
        init.type = PoolEventType::InstanceInitDone;
        init.initDurationMs = info.initDurationMs;
        init.restoredFromSnapshot = info.restoredFromSnapshot;
        init.phases = info.coldStartPhases;
        publish(init);
    }
    switch (info.state) {
    case InstanceState::Starting:
        return; // announced by startInstance()
    case InstanceState::Busy:
        event.type = PoolEventType::InstanceBusy;
        event.requestId = info.lastRequestId;
        event.timeoutMs = info.timeoutMs;
        event.source = m_sources.value(info.lastRequestId, InvocationSource::Direct);
        break;
    case InstanceState::Idle:
        event.type = PoolEventType::InstanceIdle;
        event.expiresAtMs = info.expiresAtMs;
        break;
    case InstanceState::Expired:
    case InstanceState::Failed:
        if (previous == InstanceState::Expired || previous == InstanceState::Failed)
            return;
        event.type = PoolEventType::InstanceStopped;
        event.stopReason = info.stopReason;
        event.detail = info.detail;
        break;
    }
    publish(event);
}

void WarmPool::publishFinished(const InvocationResult &result)
{
    PoolEvent event;
    event.type = PoolEventType::InvocationFinished;
    event.functionId = result.functionId;
    event.instanceId = result.instanceId;
    event.requestId = result.requestId;
    event.source = m_sources.value(result.requestId, InvocationSource::Direct);
    event.memorySizeMb = result.memorySizeMb;
    event.outcome = result.outcome;
    event.detail = result.errorType;
    if (result.ran()) {
        event.coldStart = result.coldStart;
        event.durationMs = result.durationMs;
        event.billedDurationMs = result.billedDurationMs;
        event.initDurationMs = result.coldStart ? result.initDurationMs : -1;
        event.preparedSandbox = result.preparedSandbox;
        event.restoredFromSnapshot = result.restoredFromSnapshot;
    }
    event.snapStartNote = result.snapStartNote;
    publish(event);
}

} // namespace Bullpen
