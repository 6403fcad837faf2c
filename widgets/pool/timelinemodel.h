// SPDX-License-Identifier: MIT
#pragma once

#include "engine/pool/poolevent.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

namespace Bullpen {

// One invocation on the timeline, in pool time: it arrived, waited (queued),
// was dispatched to its instance, waited for that instance's cold start when it
// was one (its sandbox being made, then the runtime's init), ran, and ended.
// Throttled invocations are a point.
struct TimelineBar
{
    QByteArray requestId;
    qint64 arrivalMs = 0; // arrived (queued), or dispatched when it never waited
    qint64 dispatchMs = 0;
    qint64 initStartMs = -1; // cold start: its instance's start, as far as it waited for it
    // Where the sandbox was made and the runtime's init began, within
    // [initStartMs, initEndMs]; -1 when the stream does not say (the cold
    // start is then one segment).
    qint64 sandboxReadyMs = -1;
    qint64 initEndMs = -1;
    qint64 endMs = -1; // -1 while it runs
    double durationMs = -1; // the handler's, real time (from the result)
    InvocationOutcome outcome = InvocationOutcome::Succeeded;
    bool cold = false;
    // A cold start that found its sandbox made ahead of need (the instance's
    // InstanceSandboxReady or the result says so): its sandbox phase is only
    // taking the prepared sandbox and starting the runtime in it.
    bool preparedSandbox = false;
    // A cold start restored from a SnapStart snapshot: its sandbox phase is
    // the restore (or taking the copy restored ahead), its init the wake and
    // the after-restore hooks.
    bool restoredFromSnapshot = false;
    bool throttled = false;

    bool running() const { return endMs < 0; }
    // A cold invocation whose instance is still starting: it has not begun to
    // run yet (its bar is its sandbox and init phases up to now).
    bool waitingForInit() const { return running() && initStartMs >= 0 && initEndMs < 0; }
    qint64 runStartMs() const { return initEndMs >= 0 ? qMax(initEndMs, dispatchMs) : dispatchMs; }
};

// One row of the timeline: an instance and every invocation it served, in
// order (an instance serves one at a time, so its bars never overlap and are
// sorted by both ends). A function's throttled invocations get a row of
// their own with an empty instance id.
struct TimelineLane
{
    QString functionId;
    QString instanceId;
    bool provisioned = false;
    bool preparedSandbox = false; // its sandbox was made ahead of need
    bool restoredFromSnapshot = false; // restored from a SnapStart snapshot
    qint64 startedMs = -1; // pool time
    qint64 sandboxReadyMs = -1;
    qint64 initDoneMs = -1;
    // Its start phase by phase (real time, from InstanceInitDone): the cold
    // start [startedMs, initDoneMs] is drawn divided in their proportions.
    ColdStartPhases phases;
    qint64 stoppedMs = -1;
    InstanceStopReason stopReason = InstanceStopReason::None;
    QList<TimelineBar> bars;

    bool isThrottleLane() const { return instanceId.isEmpty(); }
    // The first bar that may still be visible at time t: binary search on the ends.
    qsizetype firstEndingAfter(qint64 t) const;
};

// Every invocation of the session, per instance, folded from the pool's event
// stream: a compact store (a list of bars per lane, searched by time) that the
// TimelineView paints, and a two-level item model over it (lanes, then their
// invocations) for item views and QAbstractItemModelTester. It holds 100,000
// invocations without a per-item object; lanes and bars are only appended, bars
// change only when they end. Owns its lanes.
class TimelineModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    // What an invocation's start was: a warm call, a cold start that made its
    // sandbox on demand, or one that took a sandbox prepared ahead of need.
    enum class StartKind { Warm, OnDemandCold, PreparedCold, Throttled, RestoredCold };
    Q_ENUM(StartKind)
    static StartKind startKind(const TimelineBar &bar);
    static StartKind coldKind(bool preparedSandbox, bool restoredFromSnapshot);
    static QString startKindText(StartKind kind);

    enum Column { NameColumn, StartColumn, QueuedColumn, InitColumn, DurationColumn, ColumnCount };
    enum Role {
        RequestIdRole = Qt::UserRole, // invocations
        ColdStartRole,
        ThrottledRole,
        RunningRole,
        SandboxMsRole, // invocations: the part of their cold start spent making the sandbox, -1 unknown
        RuntimeInitMsRole, // and the part spent in the runtime's init
        ColdStartPhasesRole, // lanes and cold invocations: the start phase by phase, one line each (QStringList)
        StartKindRole, // invocations: int(StartKind); lanes: OnDemand or Prepared once the sandbox is ready
        InstanceIdRole, // lanes
        FunctionIdRole,
    };

    explicit TimelineModel(QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const final;
    QModelIndex parent(const QModelIndex &child) const final;
    int rowCount(const QModelIndex &parent = {}) const final;
    int columnCount(const QModelIndex &parent = {}) const final;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const final;

    void apply(const QList<Bullpen::PoolEvent> &events);
    void clear();

    const QList<TimelineLane> &lanes() const { return m_lanes; }
    int laneOfInstance(const QString &instanceId) const { return m_laneOfInstance.value(instanceId, -1); }
    qint64 invocationCount() const { return m_invocations; }
    // Invocations dispatched and not finished yet.
    int runningCount() const { return m_running; }
    // The earliest and latest pool time seen.
    qint64 firstMs() const { return m_firstMs; }
    qint64 lastMs() const { return m_lastMs; }
    // The invocation with this request id, or nullptr.
    const TimelineBar *bar(const QByteArray &requestId, int *lane = nullptr) const;

Q_SIGNALS:
    void frameApplied();

private:
    void applyOne(const PoolEvent &event);
    int ensureLane(const QString &functionId, const QString &instanceId);
    int appendBar(int lane, const TimelineBar &bar);
    // The lane's last bar when it is a cold invocation still waiting for its instance's init.
    TimelineBar *waitingColdBar(int lane);
    void barChanged(int lane, int row);
    qint64 takeArrival(const QByteArray &requestId, qint64 fallbackMs);

    QList<TimelineLane> m_lanes;
    QHash<QString, int> m_laneOfInstance;
    QHash<QString, int> m_throttleLane; // function -> its throttle row
    QHash<QByteArray, qint64> m_arrivals; // queued, not yet dispatched
    QHash<QByteArray, QPair<int, int>> m_index; // request id -> lane, bar
    qint64 m_invocations = 0;
    int m_running = 0;
    qint64 m_firstMs = -1;
    qint64 m_lastMs = -1;
};

} // namespace Bullpen
