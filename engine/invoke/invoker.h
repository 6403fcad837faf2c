// SPDX-License-Identifier: MIT
#pragma once

#include "engine/invocation/invocation.h"
#include "engine/invoke/enginesettings.h"
#include "engine/pool/instance.h"
#include "engine/pool/poolevent.h"
#include "engine/pool/warmpool.h"
#include "engine/project/projectsettings.h"
#include "engine/sandbox/backendregistry.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace Bullpen {

class Clock;
class WarmupScheduler;
class ContainerBackend;

// The engine's front door, for the command line, the window and the coming
// servers alike: it owns the container backend, the two clocks (the pool
// clock, which may run fast, and real time) and the warm pool. It hands out
// none of them: what callers need of the pool (its instances, their memory,
// their changes, the invocations it runs) it offers itself. It removes what a
// killed earlier run left behind when it starts (in the background: the first
// containers wait for it), and stops everything it started when it stops
// (also in the background: shutdownFinished() says when it is done). Nothing
// it does on the calling thread waits for runc or a child process, except
// when it is deleted with no event loop left to run (process exit), within 2 s.
class Invoker final : public QObject
{
    Q_OBJECT
public:
    // Returns nullptr with a clear error when no backend can run here.
    static std::unique_ptr<Invoker> create(const EngineSettings &settings, QString *error, QObject *parent = nullptr);
    ~Invoker() override;
    // Starts the engine's one-time, process-wide preparation in worker threads
    // and returns at once: what the first cold start would otherwise do on the
    // calling thread. create() calls it; a window calls it when it opens, long
    // before its first Invoke.
    static void prepareInBackground();

    // Starts an invocation; its result arrives through Invocation::finished
    // (never from inside this call) and invocationFinished.
    Invocation *invoke(const FunctionConfig &function, const QByteArray &payload = QByteArrayLiteral("{}"),
                       int codeRevision = 0);
    // The same with a source (for the pool view's lanes) and a qualifier: the
    // function's AutoPublishAlias invokes the alias, which provisioned
    // concurrency serves first, "1" the version it runs; empty invokes
    // $LATEST. SnapStart applies to the alias and version 1 only, unless
    // setSnapStartAlways() says otherwise.
    Invocation *invoke(const FunctionConfig &function, const QByteArray &payload, const InvokeOptions &options);
    // The code revision of a function's code as its owner knows it (the
    // window counts edits and rebuilds): an invocation that names none
    // (codeRevision 0: the servers' Invoke API, API Gateway, function URLs, the
    // asynchronous queue) runs at this one, so warm instances of older code
    // are not reused after a change.
    void setCodeRevision(const QString &logicalId, int revision);
    int codeRevision(const QString &logicalId) const { return m_codeRevisions.value(logicalId); }
    // Stops every instance; returns at once, shutdownFinished() follows when
    // no container, process or bundle of this engine is left. The engine can
    // be used again afterwards.
    void shutdown();

    const EngineSettings &settings() const { return m_settings; }
    // The backend in use, as the registry describes it (id, display name, isolation).
    BackendInfo backendInfo() const;
    // The folder of the runtime image this runtime's instances run on (runc,
    // crun: the image unpacked), once it is there; empty where there is none
    // on disk (Docker's images are the daemon's). The bench starts the bare
    // interpreter in it, as the baseline of a cold start.
    QString runtimeRootFolder(const QString &runtime) const;
    // Sandboxes made ahead of need (runc, crun: OciBackend's prepared
    // sandboxes): whether the backend makes them, and how many are made and
    // waiting now. The bench waits for one before a prepared cold start.
    bool preparesSandboxes() const;
    int preparedSandboxCount() const;
    // SnapStart's copies restored from a snapshot ahead of need (runc as
    // root: OciBackend's SnapStartStore), parked now: what the next cold start
    // of a SnapStart version takes. And why SnapStart cannot run on this
    // engine, in one sentence; empty where it may (so far as is known before
    // the first SnapStart start has asked `criu check`).
    int restoredSpareCount() const;
    QString snapStartUnavailableReason() const;
    // The engine's whole check, run once (on the runc backend as root: `criu
    // check` and a trial checkpoint, a few seconds at most), then `then` on
    // context's thread with snapStartUnavailableReason() (empty: it can run).
    void whenSnapStartChecked(QObject *context, std::function<void(const QString &reason)> then);

    // The pool's state.
    QList<InstanceInfo> instances() const;
    int instanceCount() const;
    int instanceCount(InstanceState state) const;
    // Memory an instance's sandbox uses now; -1 if unknown or gone.
    qint64 instanceMemoryBytes(const QString &instanceId) const;
    // The pool clock's time, the scale of InstanceInfo::changedAtMs and expiresAtMs.
    qint64 poolNowMs() const;
    // Calls fn after poolMs on the pool clock (the load lab's arrivals), unless
    // cancelled or context dies; the clock itself stays the engine's.
    quint64 schedulePoolTimer(qint64 poolMs, QObject *context, std::function<void()> fn);
    void cancelPoolTimer(quint64 id);
    // Publishes an event of a front door above the pool (the asynchronous
    // queue: PoolEventType::Async*) in the pool's one ordered stream.
    void publishPoolEvent(const PoolEvent &event);

    // The pool actions (the pool view's menu): each is told in the pool's
    // event stream with its reason; see WarmPool. Stopping an instance makes
    // the next call cold (unless another is idle); expiring cuts the idle
    // ones' keep-alive short (provisioned ones stay); pre-warming initialises
    // on-demand instances ahead of any call.
    bool stopInstance(const QString &instanceId);
    int expireIdleInstances(const QString &functionId = {});
    int prewarm(const FunctionConfig &function, int count, int codeRevision = 0, QString *error = nullptr);

    // Knobs the bench turns between runs; they apply to instances started afterwards.
    void setKeepAliveMs(qint64 ms);
    void setMaxInstancesPerFunction(int n);
    void setAccountConcurrencyLimit(int n);

    // Registers a function's provisioned concurrency with the pool: that many
    // instances of its alias are initialised now, ahead of any call, and kept.
    // count 0 stops them. configureFunction() applies what the template says.
    void setProvisionedConcurrency(const FunctionConfig &function, int count, int codeRevision = 0);
    void configureFunction(const FunctionConfig &function, int codeRevision = 0);

    // Scheduled warm-up, on the pool clock and only while this engine runs:
    // a template's Schedule/ScheduleV2 event (off until turned on) and the
    // keep-warm pinger (a rate() expression). Both invoke the function's alias
    // when it has one, as source Schedule.
    bool setScheduleEnabled(const FunctionConfig &function, const QString &scheduleName, bool enabled,
                            QString *error = nullptr);
    bool setKeepWarm(const FunctionConfig &function, bool enabled, const QString &rate, QString *error = nullptr);
    // For teaching: SnapStart for every invocation of the function, $LATEST
    // included, with or without the template's SnapStart (the project file's
    // snapStartAlways, `bullpen invoke --snap-start`).
    void setSnapStartAlways(const QString &logicalId, bool always);
    // Applies the project file's settings of a function (keep-alive, keep-warm,
    // enabled schedules, SnapStart always) and the template's provisioned concurrency. Returns
    // false with the reasons when a schedule or rate cannot be used; the rest applies.
    // keepAliveMs < 0 returns the function to the pool's keep-alive.
    bool applyFunctionSettings(const FunctionConfig &function, const FunctionRunSettings &settings,
                               QString *error = nullptr, int codeRevision = 0);

    // The pool clock's speed (1 = real time; 10, 60, 600 to watch keep-alive
    // and schedules pass). Changeable while running; timeouts stay real time.
    double clockSpeed() const;
    void setClockSpeed(double speed);

Q_SIGNALS:
    void instanceChanged(const Bullpen::InstanceInfo &info);
    void instanceRemoved(const QString &instanceId);
    void invocationStarted(const QByteArray &requestId, const QString &functionId);
    void invocationFinished(const Bullpen::InvocationResult &result);
    void shutdownFinished();
    // The runtime image an instance waits for is being built (first use of a
    // runtime on runc/crun, or a changed image): say so, it takes a minute.
    void runtimeImageProgress(const QString &runtime, const QString &message, int percent);
    // The pool's event stream (see PoolEvent); built only while connected.
    void poolEvent(const Bullpen::PoolEvent &event);

protected:
    void connectNotify(const QMetaMethod &signal) override;
    void disconnectNotify(const QMetaMethod &signal) override;

private:
    explicit Invoker(const EngineSettings &settings, QObject *parent);
    void updateForwarding();

    EngineSettings m_settings;
    Clock *m_poolClock = nullptr;
    Clock *m_realClock = nullptr;
    ContainerBackend *m_backend = nullptr;
    WarmPool *m_pool = nullptr;
    WarmupScheduler *m_scheduler = nullptr;
    QMetaObject::Connection m_forwarding; // pool -> poolEvent, only while someone listens
    QHash<QString, int> m_codeRevisions; // logical id -> revision for invocations that name none
};

} // namespace Bullpen
