// SPDX-License-Identifier: MIT
#pragma once

#include "engine/core/clock.h"
#include "engine/pool/instance.h"
#include "engine/pool/layerstore.h"
#include "engine/pool/poolevent.h"
#include "engine/pool/runtimecatalog.h"
#include "engine/pool/snapstartuse.h"
#include "engine/sandbox/containerbackend.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace Bullpen {

class Invocation;

// How an invocation is asked for, beyond the function and its event.
struct InvokeOptions
{
    int codeRevision = 0;
    InvocationSource source = InvocationSource::Direct;
    // The function's AutoPublishAlias to invoke the alias (provisioned
    // concurrency serves it first), or "1", the version the alias runs;
    // empty for $LATEST. SnapStart applies to the first two only (SnapStartUse).
    QString qualifier;
    // The request id the function sees; empty: a new one. An asynchronous
    // invocation keeps its id through its retries, as on Lambda.
    QByteArray requestId;
    // The caller wants the response as a stream (see Invocation::setResponseStreamRequested).
    bool responseStream = false;
    // The client context of a synchronous invocation (the Invoke API's
    // X-Amz-Client-Context, base64-decoded): JSON the runtime passes to the
    // handler (Lambda-Runtime-Client-Context); empty: none.
    QByteArray clientContext;
};

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
// belong to the caller. Everything it does is published as one ordered stream
// of PoolEvents (built only while someone listens), and it enforces Lambda's
// concurrency controls: reserved concurrency per function and the account's
// limit refuse calls beyond them (429), provisioned concurrency keeps
// initialised instances for a function's alias.
class WarmPool final : public QObject
{
    Q_OBJECT
public:
    WarmPool(ContainerBackend *backend, Clock *poolClock, Clock *realClock, const QString &cacheDirectory,
             QObject *parent = nullptr);
    ~WarmPool() override;

    void setKeepAliveMs(qint64 ms) { m_keepAliveMs = ms; }
    qint64 keepAliveMs() const { return m_keepAliveMs; }
    // A function's own keep-alive (the project file); -1 returns it to the pool's.
    void setFunctionKeepAliveMs(const QString &functionId, qint64 ms);
    // For teaching (the project file's snapStartAlways, `bullpen invoke
    // --snap-start`): SnapStart for every invocation of the function, $LATEST
    // included, with or without the template's SnapStart; instances started
    // afterwards. Off: as on Lambda, published versions of SnapStart functions only.
    void setFunctionSnapStartAlways(const QString &functionId, bool always);
    // Whether an invocation of the function under this qualifier gets SnapStart, and if not, why.
    SnapStartUse snapStartUse(const FunctionConfig &function, const QString &qualifier) const;
    // At most this many instances per function (the bench's cap: calls beyond it wait); 0 = no limit.
    void setMaxInstancesPerFunction(int n) { m_maxInstances = n; }
    int maxInstancesPerFunction() const { return m_maxInstances; }
    void setRootFilesystem(const QString &path) { m_rootFilesystem = path; }
    // The region and account instances started afterwards name in their ARN and environment.
    void setAccount(const AwsAccount &account) { m_account = account; }
    const AwsAccount &account() const { return m_account; }
    // Concurrent invocations across all functions beyond this are throttled
    // (ConcurrentInvocationLimitExceeded); Lambda's default is 1,000. 0 = no limit.
    void setAccountConcurrencyLimit(int n) { m_accountLimit = n; }
    int accountConcurrencyLimit() const { return m_accountLimit; }
    // Lambda's init limit (10 s, real time) for instances started afterwards;
    // an init over it is retried inside the first invocation (Instance::setInitLimitMs). 0: none.
    void setInitLimitMs(qint64 ms) { m_initLimitMs = ms; }
    qint64 initLimitMs() const { return m_initLimitMs; }
    // Keeps count initialised instances of the function's alias: started now,
    // never expiring, serving invocations of the alias before any on-demand
    // instance. 0 stops them. The function's configuration is their identity.
    void setProvisionedConcurrency(const FunctionConfig &function, int count, int codeRevision = 0);
    int provisionedInstanceCount(const FunctionConfig &function, int codeRevision = 0) const;
    Clock *poolClock() const { return m_poolClock; }
    Clock *realClock() const { return m_realClock; }

    // Starts an invocation. The result arrives through Invocation::finished
    // (and invocationFinished); the pool owns the Invocation until then and
    // deletes it later, unless the caller reparents it.
    Invocation *invoke(const FunctionConfig &function, const QByteArray &payload, int codeRevision = 0);
    Invocation *invoke(const FunctionConfig &function, const QByteArray &payload, const InvokeOptions &options);

    QList<InstanceInfo> instances() const;
    int instanceCount() const { return int(m_instances.size()); }
    // Memory an instance's sandbox uses now (its cgroup, or its processes); -1 if unknown.
    qint64 instanceMemoryBytes(const QString &instanceId) const;
    // Stops every instance now; no container or process is left.
    void shutdown();

    // The pool actions a user takes in the pool view. Each is told in the
    // stream with its reason. Stops one instance (reason Stopped): an
    // invocation it runs ends with an engine error, and the next call of its
    // function is cold unless another instance is idle. A provisioned
    // instance is replaced, as provisioned concurrency keeps its count. False
    // when there is no such live instance.
    bool stopInstance(const QString &instanceId);
    // Expires every idle on-demand instance now (of one function, or of all
    // when functionId is empty), as if their keep-alive had run out (reason
    // Expired, detail saying it was asked for). Provisioned instances never
    // expire and are left alone. Returns how many.
    int expireIdleInstances(const QString &functionId = {});
    // Starts count on-demand instances of the function now, with no
    // invocation waiting for them: their init is on no caller's path, and the
    // first call each takes is warm. They idle and expire like any other.
    // They are the instances the window's Invoke takes: of the alias when the
    // function has one (which matters with SnapStart), else of $LATEST.
    // The instance cap (setMaxInstancesPerFunction) still holds. Returns how
    // many were started; 0 with *error when the runtime cannot be launched.
    int prewarm(const FunctionConfig &function, int count, int codeRevision = 0, QString *error = nullptr);
    // Publishes an event of a front door above the pool (the asynchronous
    // queue) in the pool's stream, numbered and stamped like the pool's own,
    // so that one ordered stream tells everything. Dropped while nobody listens.
    void publishFromAbove(PoolEvent event);

Q_SIGNALS:
    void instanceChanged(const Bullpen::InstanceInfo &info);
    void instanceRemoved(const QString &instanceId);
    void invocationStarted(const QByteArray &requestId, const QString &functionId);
    void invocationFinished(const Bullpen::InvocationResult &result);
    // The pool's event stream (sequence numbers from 1, pool and real time stamps).
    void poolEvent(const Bullpen::PoolEvent &event);

protected:
    void connectNotify(const QMetaMethod &signal) override;

private:
    struct Pending
    {
        QPointer<Invocation> invocation;
        QString key;
        QMetaObject::Connection onCancel;
    };
    // Configuration, code revision and the content of its layers, and whether
    // SnapStart applies under this qualifier: a SnapStart function's $LATEST
    // runs in instances of its own, apart from its published version's.
    QString functionKey(const FunctionConfig &function, int codeRevision, const QString &qualifier) const;
    static QString provisionedKey(const QString &key) { return key + QStringLiteral("#provisioned"); }
    void dispatch(Invocation *invocation, const QString &key);
    bool tryDispatch(Invocation *invocation, const QString &key); // false: at the instance limit
    Instance *idleInstance(const QString &key) const;
    void dispatchQueued();
    Instance *startInstance(const QString &key, const FunctionConfig &function, Invocation *first, QString *error,
                            Instance::InitPhase phase = Instance::InitPhase::Init, bool provisioned = false,
                            const QString &why = {}, const QStringList &earlierLogs = {});
    int countFor(const QString &key) const;
    // The reason an invocation is throttled now, or an empty string.
    QString throttleReason(const FunctionConfig &function) const;
    void throttle(Invocation *invocation, const QString &reason);
    // Events up to this size are checked for JSON on the calling thread (about
    // a millisecond); larger ones in a worker thread.
    static constexpr qsizetype ParseOnCallingThreadBytes = 32 * 1024;
    // Lambda's refusal message for a payload that is not JSON; empty when it is.
    static QString jsonFault(const QByteArray &payload);
    // Finishes the invocation unrun, from the event loop.
    static void refuse(Invocation *invocation, InvocationOutcome outcome, const QString &message,
                       const QString &errorType);
    // Goes on with an invocation whose payload was checked: refused when it is
    // not JSON, else throttled or dispatched from the event loop.
    void admitParsed(Invocation *invocation, const QString &jsonFault, const QString &key, const QString &aliasKey);

    // The stream. Events are built only when streaming() is true.
    bool streaming() const;
    PoolEvent newEvent(PoolEventType type, Invocation *invocation) const;
    void publish(PoolEvent &event);
    void publishInstanceChange(const InstanceInfo &info, InstanceState previous);
    void publishDispatched(Invocation *invocation, const Instance *instance, bool coldStart);
    void publishFinished(const InvocationResult &result);
    void sampleMemory();
    void startMemorySampling();

    QPointer<ContainerBackend> m_backend;
    QPointer<Clock> m_poolClock;
    QPointer<Clock> m_realClock;
    RuntimeCatalog m_runtimes;
    mutable LayerStore m_layers; // remembers content hashes
    qint64 m_keepAliveMs = 45 * 60 * 1000;
    QHash<QString, qint64> m_functionKeepAliveMs;
    QSet<QString> m_snapStartAlways; // functions with SnapStart on every invocation (teaching)
    int m_maxInstances = 0;
    int m_accountLimit = 1000;
    qint64 m_initLimitMs = 10000;
    QHash<QString, int> m_inFlight; // per function (logical id): accepted, not finished
    int m_inFlightTotal = 0;
    QSet<Invocation *> m_counted; // invocations counted in m_inFlight
    QHash<QByteArray, InvocationSource> m_sources; // only those not Direct
    QHash<Invocation *, QString> m_aliasKeys; // invocations of an alias: the provisioned instances' key
    struct LastState
    {
        InstanceState state = InstanceState::Starting;
        quint64 idleSerial = 0; // when it last became idle: reuse takes the latest
    };
    QHash<Instance *, LastState> m_lastStates;
    quint64 m_idleSerial = 0;
    static constexpr qint64 MemorySampleIntervalMs = 500;
    quint64 m_sequence = 0;
    Clock::TimerId m_memoryTimer = 0;
    QString m_rootFilesystem;
    AwsAccount m_account;
    quint64 m_nextInstance = 1;
    QString m_poolTag;
    QList<Instance *> m_instances; // in start order
    QHash<Instance *, QString> m_keys;
    QList<Pending> m_queue; // waiting for a free instance (only with a concurrency limit)
    bool m_shuttingDown = false;
};

} // namespace Bullpen
