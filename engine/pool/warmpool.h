// SPDX-License-Identifier: MIT
#pragma once

#include "engine/core/clock.h"
#include "engine/pool/instance.h"
#include "engine/pool/runtimecatalog.h"
#include "engine/sandbox/containerbackend.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

namespace Bullpen {

class Invocation;

// The warm pool, per function, as Lambda keeps it: an invocation takes an idle
// warm instance when there is one, otherwise a new instance is started (a cold
// start); an instance serves one invocation at a time, so concurrent
// invocations scale out; idle instances expire after the keep-alive. A
// function's configuration is part of its identity: a changed memory size,
// environment or code revision gets fresh instances, as a new deployment does.
// Two clocks: the pool clock (may run fast) for keep-alive and the instances'
// timestamps, the real clock (never scaled) for handler timeouts. Like Lambda's
// API it refuses, before any instance sees them, events over the request limit
// and events that are not JSON. Owns its instances; the backend and the clocks
// belong to the caller.
class WarmPool final : public QObject
{
    Q_OBJECT
public:
    WarmPool(ContainerBackend *backend, Clock *poolClock, Clock *realClock, const QString &cacheDirectory,
             QObject *parent = nullptr);
    ~WarmPool() override;

    void setKeepAliveMs(qint64 ms) { m_keepAliveMs = ms; }
    qint64 keepAliveMs() const { return m_keepAliveMs; }
    // At most this many instances per function (reserved concurrency); 0 = no limit.
    void setMaxInstancesPerFunction(int n) { m_maxInstances = n; }
    int maxInstancesPerFunction() const { return m_maxInstances; }
    void setRootFilesystem(const QString &path) { m_rootFilesystem = path; }
    Clock *poolClock() const { return m_poolClock; }
    Clock *realClock() const { return m_realClock; }

    // Starts an invocation. The result arrives through Invocation::finished
    // (and invocationFinished); the pool owns the Invocation until then and
    // deletes it later, unless the caller reparents it.
    Invocation *invoke(const FunctionConfig &function, const QByteArray &payload, int codeRevision = 0);

    QList<InstanceInfo> instances() const;
    int instanceCount() const { return int(m_instances.size()); }
    // Memory an instance's sandbox uses now (its cgroup, or its processes); -1 if unknown.
    qint64 instanceMemoryBytes(const QString &instanceId) const;
    // Stops every instance now; no container or process is left.
    void shutdown();

Q_SIGNALS:
    void instanceChanged(const Bullpen::InstanceInfo &info);
    void instanceRemoved(const QString &instanceId);
    void invocationStarted(const QByteArray &requestId, const QString &functionId);
    void invocationFinished(const Bullpen::InvocationResult &result);

private:
    struct Pending {
        QPointer<Invocation> invocation;
        QString key;
        QMetaObject::Connection onCancel;
    };
    static QString functionKey(const FunctionConfig &function, int codeRevision);
    void dispatch(Invocation *invocation, const QString &key);
    bool tryDispatch(Invocation *invocation, const QString &key);  // false: at the instance limit
    Instance *idleInstance(const QString &key) const;
    void dispatchQueued();
    Instance *startInstance(const QString &key, const FunctionConfig &function, Invocation *first, QString *error);
    int countFor(const QString &key) const;

    QPointer<ContainerBackend> m_backend;
    QPointer<Clock> m_poolClock;
    QPointer<Clock> m_realClock;
    RuntimeCatalog m_runtimes;
    qint64 m_keepAliveMs = 45 * 60 * 1000;
    int m_maxInstances = 0;
    QString m_rootFilesystem;
    quint64 m_nextInstance = 1;
    QString m_poolTag;
    QList<Instance *> m_instances;          // in start order
    QHash<Instance *, QString> m_keys;
    QList<Pending> m_queue;                 // waiting for a free instance (only with a concurrency limit)
    bool m_shuttingDown = false;
};

} // namespace Bullpen
