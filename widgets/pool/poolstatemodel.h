// SPDX-License-Identifier: MIT
#pragma once

#include "engine/pool/poolcounters.h"
#include "engine/pool/poolevent.h"

#include <QAbstractItemModel>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QSet>

namespace Bullpen {

// What a tile of the pool view shows about one execution environment.
struct InstanceTile
{
    enum class State : quint8 { Starting, Idle, Busy, Gone };

    QString instanceId;
    State state = State::Starting;
    bool provisioned = false;
    bool sandboxReady = false; // the sandbox is made; the runtime's init runs (cold start, second phase)
    bool initDone = false;
    bool prewarmed = false; // started ahead of any call (Invoker::prewarm)
    bool preparedSandbox = false; // its sandbox was made ahead of need (known once the sandbox is ready)
    bool restoredFromSnapshot = false; // SnapStart: restored from a snapshot (known once the sandbox is ready)
    qint64 pid = -1; // the runtime's process, once its sandbox is made
    double sandboxDurationMs = -1;
    qint64 sandboxReadyRealMs = -1; // when the init phase began (real time)
    qint64 timeoutMs = 0; // the function's timeout (from the stream), 0 when unknown
    InstanceStopReason stopReason = InstanceStopReason::None;
    QString detail; // why it stopped
    int memorySizeMb = 0;
    qint64 memoryBytes = -1; // the latest sample
    qint64 startedPoolMs = 0; // InstanceStarting
    qint64 startedRealMs = 0;
    double initDurationMs = -1;
    ColdStartPhases phases; // its start phase by phase, once its init is done
    qint64 sincePoolMs = 0; // the current state's start, pool time
    qint64 sinceRealMs = 0; // ... and real time (busy runs in real time)
    qint64 expiresAtMs = -1; // idle: keep-alive runs out (pool time)
    qint64 goneAtLocalMs = -1; // when it stopped, on the model's own clock (fading out)
    QByteArray requestId; // busy: the invocation it runs
    QByteArray lastRequestId;
    int served = 0; // invocations it took
    bool lastCold = false; // its last invocation waited for its init
};

// An invocation on its way to the instance that took it: the view draws it
// travelling from the lane's entry to the tile for a moment after dispatch.
struct InvocationFlight
{
    QString instanceId;
    qint64 dispatchedLocalMs = 0; // on the model's own clock
    bool cold = false;
};

// One lane of the pool view: a function, its instances in the order they
// started, and the invocations waiting for one.
struct FunctionLane
{
    QString functionId;
    int memorySizeMb = 0;
    qint64 timeoutMs = 0; // from the stream (InstanceStarting, InstanceBusy); 0 when unknown
    QList<InstanceTile> instances;
    QList<InvocationFlight> flights;
    QSet<QByteArray> waiting; // queued, not yet dispatched or refused
};

// The pool's state folded from its event stream, and nothing else: one row per
// function, its instances as children (a tree any item view can show, and the
// typed lanes() the pool view paints from); the counters are the engine's
// PoolCounters fed the same stream. Stopped instances stay for a
// fade-out period with their reason, then their rows are removed. Batches come
// from PoolEventBatcher; each batch ends with frameApplied(), the views' cue to
// repaint. It keeps its own clock (anchored to the last event's stamps and the
// pool clock's speed) so that countdowns move between events without asking
// the pool anything.
class PoolStateModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, StateColumn, ServedColumn, MemoryColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole, // function or instance id
        StateRole, // int(InstanceTile::State) (instances)
        ProvisionedRole,
        RequestIdRole, // busy: QByteArray
        StopReasonRole, // int(InstanceStopReason)
        ServedRole,
        ColdStartsRole, // functions
        WarmHitsRole,
        ThrottlesRole,
        BusyRole,
        IdleRole,
        InstancesRole,
        PidRole, // instances: the runtime's process, -1 until its sandbox is made
        TimeoutRole, // instances: the function's timeout in ms (0: unknown)
        PreparedSandboxRole, // instances: started from a sandbox made ahead of need
        PreparedColdStartsRole, // functions: finished cold starts that found a prepared sandbox
        OnDemandColdStartsRole, // functions: ... and those that made their sandbox on demand
    };

    explicit PoolStateModel(QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const final;
    QModelIndex parent(const QModelIndex &child) const final;
    int rowCount(const QModelIndex &parent = {}) const final;
    int columnCount(const QModelIndex &parent = {}) const final;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const final;

    // Folds a batch of events, in order, then emits frameApplied().
    void apply(const QList<Bullpen::PoolEvent> &events);
    void clear();
    // Removes the instances that stopped more than fadeOutMs ago (model clock).
    void prune();
    void setFadeOutMs(qint64 ms) { m_fadeOutMs = ms; }
    qint64 fadeOutMs() const { return m_fadeOutMs; }
    static constexpr qint64 flightMs = 450;

    // The function's timeout, for the busy tiles' progress, until the stream says it.
    void setFunctionTimeout(const QString &functionId, qint64 timeoutMs);
    void setClockSpeed(double speed);
    double clockSpeed() const { return m_speed; }

    const QList<FunctionLane> &lanes() const { return m_lanes; }
    int laneOf(const QString &functionId) const { return m_laneIndex.value(functionId, -1); }
    const InstanceTile *instance(const QString &instanceId) const;
    QString functionOf(const QString &instanceId) const;
    // The instance's row in its lane, or -1.
    int instanceRow(const QString &instanceId) const;
    FunctionCounters counters(const QString &functionId) const { return m_counters.function(functionId); }
    FunctionCounters totals() const { return m_counters.total(); }
    // Invocations of the function waiting for an instance now.
    int waiting(const QString &functionId) const;

    // The model's clocks, extrapolated from the last event: pool time (which may
    // run fast), real time since the engine started, and the model's own.
    qint64 poolNowMs() const;
    qint64 realNowMs() const;
    qint64 localNowMs() const { return m_local.elapsed(); }
    // The pool time of the last event applied.
    qint64 lastEventPoolMs() const { return m_lastEventPoolMs; }
    // True while something on screen moves by itself (a countdown, a flight, a fade).
    bool isAnimating() const;

Q_SIGNALS:
    void frameApplied();

private:
    void applyOne(const PoolEvent &event);
    int ensureLane(const QString &functionId, int memorySizeMb);
    InstanceTile *tile(int lane, const QString &instanceId, int *row = nullptr);
    void reindex(int lane);

    QList<FunctionLane> m_lanes;
    PoolCounters m_counters;
    QHash<QString, int> m_laneIndex;
    QList<QHash<QString, int>> m_instanceIndex; // per lane: instance id -> row
    QHash<QString, int> m_laneOfInstance;
    QList<bool> m_touched;
    QHash<QString, qint64> m_timeouts;
    QElapsedTimer m_local;
    qint64 m_anchorLocalMs = 0;
    qint64 m_anchorPoolMs = 0;
    qint64 m_anchorRealMs = 0;
    qint64 m_lastEventPoolMs = 0;
    double m_speed = 1.0;
    qint64 m_fadeOutMs = 4000;
    bool m_anyGone = false;
};

} // namespace Bullpen
