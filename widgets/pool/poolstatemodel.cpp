// SPDX-License-Identifier: MIT
#include "widgets/pool/poolstatemodel.h"

#include <QCoreApplication>
#include <QLocale>

namespace Bullpen {

namespace {

constexpr quintptr functionRowId = 0;

} // namespace

PoolStateModel::PoolStateModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    m_local.start();
}

QModelIndex PoolStateModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_lanes.size() ? createIndex(row, column, functionRowId) : QModelIndex();
    if (parent.internalId() != functionRowId || parent.row() >= m_lanes.size())
        return {};
    if (row >= m_lanes.at(parent.row()).instances.size())
        return {};
    // An instance row carries its lane (plus one) as its internal id.
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex PoolStateModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == functionRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, functionRowId);
}

int PoolStateModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_lanes.size());
    if (parent.internalId() != functionRowId || parent.column() != 0)
        return 0;
    return int(m_lanes.at(parent.row()).instances.size());
}

int PoolStateModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

// The context is named in this file: lupdate does not see this class in its
// namespace (it reads "::PoolStateModel"), so its tr() strings would not be found.
static QString stateText(const InstanceTile &t)
{
    switch (t.state) {
    case InstanceTile::State::Starting:
        return t.initDone ? QCoreApplication::translate("Bullpen::PoolStateModel", "Starting (init done)")
                          : QCoreApplication::translate("Bullpen::PoolStateModel", "Starting");
    case InstanceTile::State::Idle:
        return QCoreApplication::translate("Bullpen::PoolStateModel", "Idle");
    case InstanceTile::State::Busy:
        return QCoreApplication::translate("Bullpen::PoolStateModel", "Busy");
    case InstanceTile::State::Gone:
        switch (t.stopReason) {
        case InstanceStopReason::Expired:
            return QCoreApplication::translate("Bullpen::PoolStateModel", "Expired");
        case InstanceStopReason::Crashed:
            return QCoreApplication::translate("Bullpen::PoolStateModel", "Crashed");
        case InstanceStopReason::TimedOut:
            return QCoreApplication::translate("Bullpen::PoolStateModel", "Timed out");
        case InstanceStopReason::OutOfMemory:
            return QCoreApplication::translate("Bullpen::PoolStateModel", "Out of memory");
        case InstanceStopReason::InitFailed:
            return QCoreApplication::translate("Bullpen::PoolStateModel", "Init failed");
        case InstanceStopReason::Stopped:
        case InstanceStopReason::None:
            break;
        }
        return QCoreApplication::translate("Bullpen::PoolStateModel", "Stopped");
    }
    return {};
}

QVariant PoolStateModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == functionRowId) {
        const FunctionLane &lane = m_lanes.at(index.row());
        const FunctionCounters c = m_counters.function(lane.functionId);
        switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
            case NameColumn:
                return lane.functionId;
            case StateColumn:
                return QCoreApplication::translate("Bullpen::PoolStateModel", "%1 busy · %2 idle · %3 starting")
                    .arg(c.busy)
                    .arg(c.idle)
                    .arg(c.starting);
            case ServedColumn:
                return QLocale().toString(c.invocations);
            case MemoryColumn:
                return QCoreApplication::translate("Bullpen::PoolStateModel", "%1 / %2 MB")
                    .arg(c.memoryUsedBytes / (1024 * 1024))
                    .arg(c.memoryReservedMb);
            }
            break;
        case IdRole:
            return lane.functionId;
        case ServedRole:
            return c.invocations;
        case ColdStartsRole:
            return c.coldStarts;
        case WarmHitsRole:
            return c.warmHits;
        case PreparedColdStartsRole:
            return c.preparedColdStarts;
        case OnDemandColdStartsRole:
            return c.onDemandColdStarts;
        case ThrottlesRole:
            return c.throttles;
        case BusyRole:
            return c.busy;
        case IdleRole:
            return c.idle;
        case InstancesRole:
            return c.instances;
        }
        return {};
    }
    const InstanceTile &t = m_lanes.at(int(index.internalId() - 1)).instances.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return t.instanceId;
        case StateColumn:
            return stateText(t);
        case ServedColumn:
            return t.served;
        case MemoryColumn:
            return t.memoryBytes < 0 ? QStringLiteral("—")
                                     : QCoreApplication::translate("Bullpen::PoolStateModel", "%1 / %2 MB")
                                           .arg(t.memoryBytes / (1024 * 1024))
                                           .arg(t.memorySizeMb);
        }
        break;
    case IdRole:
        return t.instanceId;
    case StateRole:
        return int(t.state);
    case ProvisionedRole:
        return t.provisioned;
    case RequestIdRole:
        return t.requestId;
    case StopReasonRole:
        return int(t.stopReason);
    case ServedRole:
        return t.served;
    case PidRole:
        return t.pid;
    case TimeoutRole:
        return t.timeoutMs;
    case PreparedSandboxRole:
        return t.preparedSandbox;
    }
    return {};
}

QVariant PoolStateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return QCoreApplication::translate("Bullpen::PoolStateModel", "Function / instance");
    case StateColumn:
        return QCoreApplication::translate("Bullpen::PoolStateModel", "State");
    case ServedColumn:
        return QCoreApplication::translate("Bullpen::PoolStateModel", "Invocations");
    case MemoryColumn:
        return QCoreApplication::translate("Bullpen::PoolStateModel", "Memory");
    }
    return {};
}

void PoolStateModel::clear()
{
    beginResetModel();
    m_lanes.clear();
    m_laneIndex.clear();
    m_instanceIndex.clear();
    m_laneOfInstance.clear();
    m_touched.clear();
    m_counters.clear();
    m_anyGone = false;
    endResetModel();
    Q_EMIT frameApplied();
}

void PoolStateModel::setFunctionTimeout(const QString &functionId, qint64 timeoutMs)
{
    m_timeouts.insert(functionId, timeoutMs);
    const int lane = laneOf(functionId);
    if (lane >= 0)
        m_lanes[lane].timeoutMs = timeoutMs;
}

void PoolStateModel::setClockSpeed(double speed)
{
    // Re-anchor so that pool time stays continuous across the change.
    m_anchorPoolMs = poolNowMs();
    m_anchorRealMs = realNowMs();
    m_anchorLocalMs = m_local.elapsed();
    m_speed = speed;
}

qint64 PoolStateModel::poolNowMs() const
{
    return m_anchorPoolMs + qint64(double(m_local.elapsed() - m_anchorLocalMs) * m_speed);
}

qint64 PoolStateModel::realNowMs() const
{
    return m_anchorRealMs + (m_local.elapsed() - m_anchorLocalMs);
}

const InstanceTile *PoolStateModel::instance(const QString &instanceId) const
{
    const int lane = m_laneOfInstance.value(instanceId, -1);
    if (lane < 0)
        return nullptr;
    const int row = m_instanceIndex.at(lane).value(instanceId, -1);
    return row < 0 ? nullptr : &m_lanes.at(lane).instances.at(row);
}

QString PoolStateModel::functionOf(const QString &instanceId) const
{
    const int lane = m_laneOfInstance.value(instanceId, -1);
    return lane < 0 ? QString() : m_lanes.at(lane).functionId;
}

int PoolStateModel::instanceRow(const QString &instanceId) const
{
    const int lane = m_laneOfInstance.value(instanceId, -1);
    return lane < 0 ? -1 : m_instanceIndex.at(lane).value(instanceId, -1);
}

int PoolStateModel::waiting(const QString &functionId) const
{
    const int lane = laneOf(functionId);
    return lane < 0 ? 0 : int(m_lanes.at(lane).waiting.size());
}

bool PoolStateModel::isAnimating() const
{
    // A pool with no instance, nothing in flight and nothing fading is still:
    // the view stops its frame timer then.
    for (const FunctionLane &lane : m_lanes) {
        if (!lane.flights.isEmpty())
            return true;
    }
    return m_anyGone || m_counters.total().instances > 0;
}

int PoolStateModel::ensureLane(const QString &functionId, int memorySizeMb)
{
    int lane = m_laneIndex.value(functionId, -1);
    if (lane < 0) {
        lane = int(m_lanes.size());
        beginInsertRows({}, lane, lane);
        FunctionLane l;
        l.functionId = functionId;
        l.timeoutMs = m_timeouts.value(functionId, 0);
        m_lanes.append(l);
        m_instanceIndex.append(QHash<QString, int>());
        m_touched.append(false);
        m_laneIndex.insert(functionId, lane);
        endInsertRows();
    }
    if (memorySizeMb > 0)
        m_lanes[lane].memorySizeMb = memorySizeMb;
    m_touched[lane] = true;
    return lane;
}

InstanceTile *PoolStateModel::tile(int lane, const QString &instanceId, int *row)
{
    const int r = m_instanceIndex.at(lane).value(instanceId, -1);
    if (row)
        *row = r;
    return r < 0 ? nullptr : &m_lanes[lane].instances[r];
}

void PoolStateModel::reindex(int lane)
{
    QHash<QString, int> &index = m_instanceIndex[lane];
    index.clear();
    const QList<InstanceTile> &instances = m_lanes.at(lane).instances;
    for (int i = 0; i < instances.size(); ++i)
        index.insert(instances.at(i).instanceId, i);
}

void PoolStateModel::apply(const QList<PoolEvent> &events)
{
    if (events.isEmpty())
        return;
    for (const PoolEvent &event : events) {
        applyOne(event);
        m_counters.add(event);
    }
    const PoolEvent &last = events.constLast();
    m_lastEventPoolMs = last.poolTimeMs;
    m_anchorPoolMs = last.poolTimeMs;
    m_anchorRealMs = last.realTimeMs;
    m_anchorLocalMs = m_local.elapsed();

    for (int lane = 0; lane < m_lanes.size(); ++lane) {
        if (!m_touched.at(lane))
            continue;
        m_touched[lane] = false;
        const int n = int(m_lanes.at(lane).instances.size());
        const QModelIndex laneIndex = index(lane, 0);
        Q_EMIT dataChanged(laneIndex, index(lane, ColumnCount - 1));
        if (n > 0)
            Q_EMIT dataChanged(index(0, 0, laneIndex), index(n - 1, ColumnCount - 1, laneIndex));
    }
    prune();
    Q_EMIT frameApplied();
}

void PoolStateModel::applyOne(const PoolEvent &e)
{
    switch (e.type) {
    case PoolEventType::ClockSpeedChanged:
        m_anchorPoolMs = e.poolTimeMs;
        m_anchorRealMs = e.realTimeMs;
        m_anchorLocalMs = m_local.elapsed();
        m_speed = e.speed > 0 ? e.speed : 1.0;
        return;
    case PoolEventType::AsyncEventQueued:
    case PoolEventType::AsyncRetryScheduled:
    case PoolEventType::AsyncEventDone:
        return; // the asynchronous queue's own view shows these; they make no lane
    case PoolEventType::InstanceStarting: {
        const int lane = ensureLane(e.functionId, e.memorySizeMb);
        if (m_instanceIndex.at(lane).contains(e.instanceId))
            return;
        InstanceTile t;
        t.instanceId = e.instanceId;
        t.provisioned = e.provisioned;
        t.prewarmed = e.detail == QLatin1StringView("pre-warmed");
        t.timeoutMs = e.timeoutMs > 0 ? e.timeoutMs : m_lanes.at(lane).timeoutMs;
        if (e.timeoutMs > 0)
            m_lanes[lane].timeoutMs = e.timeoutMs;
        t.memorySizeMb = e.memorySizeMb > 0 ? e.memorySizeMb : m_lanes.at(lane).memorySizeMb;
        t.startedPoolMs = t.sincePoolMs = e.poolTimeMs;
        t.startedRealMs = t.sinceRealMs = e.realTimeMs;
        const int row = int(m_lanes.at(lane).instances.size());
        beginInsertRows(index(lane, 0), row, row);
        m_lanes[lane].instances.append(t);
        m_instanceIndex[lane].insert(e.instanceId, row);
        m_laneOfInstance.insert(e.instanceId, lane);
        endInsertRows();
        return;
    }
    default:
        break;
    }

    const int lane = ensureLane(e.functionId, e.memorySizeMb);
    FunctionLane &l = m_lanes[lane];
    InstanceTile *t = e.instanceId.isEmpty() ? nullptr : tile(lane, e.instanceId);
    switch (e.type) {
    case PoolEventType::InstanceSandboxReady:
        if (t) {
            t->sandboxReady = true;
            t->pid = e.pid;
            t->sandboxDurationMs = e.sandboxDurationMs;
            t->sandboxReadyRealMs = e.realTimeMs;
            t->preparedSandbox = e.preparedSandbox;
            t->restoredFromSnapshot = e.restoredFromSnapshot;
        }
        break;
    case PoolEventType::InstanceInitDone:
        if (t) {
            t->sandboxReady = true;
            t->initDone = true;
            t->initDurationMs = e.initDurationMs;
            t->restoredFromSnapshot = t->restoredFromSnapshot || e.restoredFromSnapshot;
            t->phases = e.phases;
        }
        break;
    case PoolEventType::InstanceBusy:
        if (t) {
            t->state = InstanceTile::State::Busy;
            t->requestId = t->lastRequestId = e.requestId;
            if (e.timeoutMs > 0)
                t->timeoutMs = e.timeoutMs;
            t->sincePoolMs = e.poolTimeMs;
            t->sinceRealMs = e.realTimeMs;
            ++t->served;
        }
        break;
    case PoolEventType::InstanceIdle:
        if (t) {
            // An instance that asks for work has finished its init, whatever
            // the order its events were recorded in.
            t->initDone = true;
            t->state = InstanceTile::State::Idle;
            t->requestId.clear();
            t->sincePoolMs = e.poolTimeMs;
            t->sinceRealMs = e.realTimeMs;
            t->expiresAtMs = e.expiresAtMs;
        }
        break;
    case PoolEventType::InstanceStopped:
        if (t && t->state != InstanceTile::State::Gone) {
            t->state = InstanceTile::State::Gone;
            t->stopReason = e.stopReason == InstanceStopReason::None ? InstanceStopReason::Stopped : e.stopReason;
            t->detail = e.detail;
            t->requestId.clear();
            t->sincePoolMs = e.poolTimeMs;
            t->sinceRealMs = e.realTimeMs;
            t->goneAtLocalMs = m_local.elapsed();
            m_anyGone = true;
        }
        break;
    case PoolEventType::InvocationQueued:
        l.waiting.insert(e.requestId);
        break;
    case PoolEventType::InvocationDispatched:
        l.waiting.remove(e.requestId);
        if (t)
            t->lastCold = e.coldStart;
        // A burst of thousands per second would draw more dots than anyone can
        // follow; the newest few hundred tell the story.
        if (l.flights.size() >= 400)
            l.flights.removeFirst();
        l.flights.append(InvocationFlight { e.instanceId, m_local.elapsed(), e.coldStart });
        break;
    case PoolEventType::InvocationThrottled:
        l.waiting.remove(e.requestId);
        break;
    case PoolEventType::InvocationFinished:
        // An invocation can end while it waits (cancelled, or its instance failed to start).
        l.waiting.remove(e.requestId);
        break;
    case PoolEventType::MemorySample:
        if (t)
            t->memoryBytes = e.memoryBytes;
        break;
    case PoolEventType::InstanceStarting:
    case PoolEventType::ClockSpeedChanged:
    case PoolEventType::AsyncEventQueued:
    case PoolEventType::AsyncRetryScheduled:
    case PoolEventType::AsyncEventDone:
        break;
    }
}

void PoolStateModel::prune()
{
    const qint64 now = m_local.elapsed();
    for (FunctionLane &lane : m_lanes) {
        // Flights that have landed.
        while (!lane.flights.isEmpty() && now - lane.flights.constFirst().dispatchedLocalMs > flightMs)
            lane.flights.removeFirst();
    }
    if (!m_anyGone)
        return;
    bool stillFading = false;
    for (int lane = 0; lane < m_lanes.size(); ++lane) {
        QList<InstanceTile> &instances = m_lanes[lane].instances;
        bool removed = false;
        // From the back, so that rows still to visit keep their numbers;
        // neighbouring rows go in one removal.
        for (int row = int(instances.size()) - 1; row >= 0; --row) {
            const InstanceTile &t = instances.at(row);
            if (t.state != InstanceTile::State::Gone)
                continue;
            if (now - t.goneAtLocalMs < m_fadeOutMs) {
                stillFading = true;
                continue;
            }
            int first = row;
            while (first > 0 && instances.at(first - 1).state == InstanceTile::State::Gone
                   && now - instances.at(first - 1).goneAtLocalMs >= m_fadeOutMs)
                --first;
            beginRemoveRows(index(lane, 0), first, row);
            for (int r = first; r <= row; ++r)
                m_laneOfInstance.remove(instances.at(r).instanceId);
            instances.remove(first, row - first + 1);
            endRemoveRows();
            removed = true;
            row = first;
        }
        if (removed)
            reindex(lane);
    }
    m_anyGone = stillFading;
}

} // namespace Bullpen
