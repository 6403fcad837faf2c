// SPDX-License-Identifier: MIT
#include "engine/pool/warmpool.h"

#include "engine/core/jsonvalue.h"
#include "engine/invocation/invocation.h"
#include "engine/project/lambdalimits.h"
#include "engine/sandbox/containerbackend.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <algorithm>

namespace Bullpen {

WarmPool::WarmPool(ContainerBackend *backend, Clock *poolClock, Clock *realClock, const QString &cacheDirectory,
                   QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_poolClock(poolClock)
    , m_realClock(realClock)
    , m_runtimes(cacheDirectory + QStringLiteral("/runtimes"))
    , m_poolTag(QString::number(QCoreApplication::applicationPid(), 36))
{
    qRegisterMetaType<Bullpen::InstanceInfo>();
    qRegisterMetaType<Bullpen::InvocationResult>();
}

WarmPool::~WarmPool()
{
    shutdown();
}

QString WarmPool::functionKey(const FunctionConfig &f, int codeRevision)
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
    for (auto it = f.environment.cbegin(); it != f.environment.cend(); ++it) {
        add(it.key());
        add(it.value());
    }
    add(QString::number(codeRevision));
    return QString::fromLatin1(h.result().toHex());
}

Invocation *WarmPool::invoke(const FunctionConfig &function, const QByteArray &payload, int codeRevision)
{
    auto *invocation = new Invocation(function, payload, this);
    connect(invocation, &Invocation::finished, this, [this, invocation](const InvocationResult &result) {
        Q_EMIT invocationFinished(result);
        if (invocation->parent() == this)
            invocation->deleteLater();
    });
    Q_EMIT invocationStarted(invocation->requestId(), function.logicalId);
    const QString key = functionKey(function, codeRevision);
    InvocationOutcome refusal = InvocationOutcome::Succeeded;
    QString message, refusalType;
    JsonValueError jsonError;
    if (m_shuttingDown) {
        refusal = InvocationOutcome::EngineError;
        message = QStringLiteral("the engine is shutting down");
    } else if (payload.size() > LambdaLimits::MaxRequestBytes) {
        // Lambda refuses such a request at its front door, before any instance sees it.
        refusal = InvocationOutcome::Refused;
        refusalType = QStringLiteral("RequestEntityTooLargeException");
        message = QStringLiteral("Request must be smaller than %1 bytes for the InvokeFunction operation (this event has %2 bytes)")
                      .arg(LambdaLimits::MaxRequestBytes)
                      .arg(payload.size());
    } else if (parseJsonValue(payload, &jsonError).isUndefined()) {
        // So is an event that is not JSON: the function never sees it.
        refusal = InvocationOutcome::Refused;
        refusalType = QStringLiteral("InvalidRequestContentException");
        message = QStringLiteral("Could not parse request body into json: Could not parse payload into json: %1")
                      .arg(jsonError.message());
    }
    if (refusal != InvocationOutcome::Succeeded) {
        QMetaObject::invokeMethod(invocation, [invocation, refusal, message, refusalType] {
            invocation->finishUnrun(refusal, EngineErrorKind::ShuttingDown, message, refusalType);
        }, Qt::QueuedConnection);
        return invocation;
    }
    // A result is always delivered from the event loop, never from inside
    // invoke(), so callers can connect after the call returns.
    QMetaObject::invokeMethod(this, [this, invocation = QPointer<Invocation>(invocation), key] {
        if (!invocation || invocation->isFinished())
            return;
        if (invocation->isCancelRequested()) {  // cancelled before it reached an instance
            invocation->finishUnrun(InvocationOutcome::Cancelled, EngineErrorKind::None, QStringLiteral("cancelled"),
                                    QStringLiteral("Bullpen.Cancelled"));
            return;
        }
        dispatch(invocation, key);
    }, Qt::QueuedConnection);
    return invocation;
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
    // environments the same way, which lets the others expire).
    Instance *best = nullptr;
    for (Instance *i : m_instances) {
        if (i->isAvailable() && m_keys.value(i) == key) {
            if (!best || i->info().changedAtMs >= best->info().changedAtMs)
                best = i;
        }
    }
    return best;
}

bool WarmPool::tryDispatch(Invocation *invocation, const QString &key)
{
    if (Instance *idle = idleInstance(key)) {
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
    Pending &pending = m_queue.emplaceBack(Pending{invocation, key, {}});
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

Instance *WarmPool::startInstance(const QString &key, const FunctionConfig &function, Invocation *first, QString *error)
{
    const auto launch = m_runtimes.launchFor(function, error);
    if (!launch)
        return nullptr;
    const QString id = m_poolTag + u'-' + QString::number(m_nextInstance++);
    auto *instance = new Instance(function, id, *launch, m_backend, m_poolClock, m_realClock, this);
    instance->setKeepAliveMs(m_keepAliveMs);
    instance->setRootFilesystem(m_rootFilesystem);
    m_instances.append(instance);
    m_keys.insert(instance, key);
    connect(instance, &Instance::changed, this, [this](const InstanceInfo &info) {
        Q_EMIT instanceChanged(info);
        if (info.state == InstanceState::Idle && !m_queue.isEmpty())
            dispatchQueued();
    });
    connect(instance, &Instance::gone, this, [this, instance] {
        if (!m_instances.removeOne(instance))
            return;
        m_keys.remove(instance);
        const QString id = instance->info().instanceId;
        instance->deleteLater();
        Q_EMIT instanceRemoved(id);
        if (!m_queue.isEmpty())
            dispatchQueued();
    });
    instance->start(first);
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
            if (blocked.size() == 1 && std::all_of(m_queue.cbegin() + n, m_queue.cend(),
                                                   [&p](const Pending &q) { return q.key == p.key; }))
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
            delete i;
        }
    }
    m_shuttingDown = false;
}

} // namespace Bullpen
