// SPDX-License-Identifier: MIT
#include "widgets/pool/timelinemodel.h"

#include "widgets/pool/coldstartphasestext.h"

#include <QLocale>

#include <algorithm>

namespace Bullpen {

namespace {

constexpr quintptr laneRowId = 0;

QString poolTimeText(qint64 ms)
{
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2.%3")
        .arg(s / 60)
        .arg(s % 60, 2, 10, QLatin1Char('0'))
        .arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

// "200 ms", or "200 ms (sandbox 80 + init 120)" when the stream said where
// the sandbox was ready.
QString coldStartText(qint64 startMs, qint64 sandboxReadyMs, qint64 endMs, TimelineModel::StartKind kind)
{
    if (sandboxReadyMs < 0)
        return TimelineModel::tr("%1 ms").arg(endMs - startMs);
    return (kind == TimelineModel::StartKind::RestoredCold ? TimelineModel::tr("%1 ms (restore %2 + after-restore %3)")
                : kind == TimelineModel::StartKind::PreparedCold
                ? TimelineModel::tr("%1 ms (prepared sandbox %2 + init %3)")
                : TimelineModel::tr("%1 ms (sandbox %2 + init %3)"))
        .arg(endMs - startMs)
        .arg(sandboxReadyMs - startMs)
        .arg(endMs - sandboxReadyMs);
}

} // namespace

TimelineModel::StartKind TimelineModel::startKind(const TimelineBar &b)
{
    if (b.throttled)
        return StartKind::Throttled;
    if (!b.cold)
        return StartKind::Warm;
    return coldKind(b.preparedSandbox, b.restoredFromSnapshot);
}

TimelineModel::StartKind TimelineModel::coldKind(bool preparedSandbox, bool restoredFromSnapshot)
{
    return restoredFromSnapshot ? StartKind::RestoredCold
        : preparedSandbox       ? StartKind::PreparedCold
                                : StartKind::OnDemandCold;
}

QString TimelineModel::startKindText(StartKind kind)
{
    switch (kind) {
    case StartKind::Warm:
        return tr("warm call");
    case StartKind::OnDemandCold:
        return tr("cold start, sandbox made on demand");
    case StartKind::PreparedCold:
        return tr("cold start from a prepared sandbox");
    case StartKind::RestoredCold:
        return tr("cold start restored from a SnapStart snapshot");
    case StartKind::Throttled:
        return tr("throttled");
    }
    return {};
}

qsizetype TimelineLane::firstEndingAfter(qint64 t) const
{
    // Ends are sorted, and a running bar (end -1) can only be the last one.
    auto it = std::lower_bound(bars.cbegin(), bars.cend(), t,
                               [](const TimelineBar &b, qint64 value) { return !b.running() && b.endMs < value; });
    return it - bars.cbegin();
}

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

QModelIndex TimelineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_lanes.size() ? createIndex(row, column, laneRowId) : QModelIndex();
    if (parent.internalId() != laneRowId || parent.row() >= m_lanes.size() || parent.column() != 0)
        return {};
    if (row >= m_lanes.at(parent.row()).bars.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex TimelineModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == laneRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, laneRowId);
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_lanes.size());
    if (parent.internalId() != laneRowId || parent.column() != 0)
        return 0;
    return int(m_lanes.at(parent.row()).bars.size());
}

int TimelineModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == laneRowId) {
        const TimelineLane &lane = m_lanes.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == NameColumn)
                return lane.isThrottleLane() ? tr("%1 (throttled)").arg(lane.functionId) : lane.instanceId;
            if (index.column() == StartColumn && lane.startedMs >= 0)
                return poolTimeText(lane.startedMs);
            if (index.column() == InitColumn && lane.initDoneMs >= 0 && lane.startedMs >= 0)
                return coldStartText(lane.startedMs, lane.sandboxReadyMs, lane.initDoneMs,
                                     coldKind(lane.preparedSandbox, lane.restoredFromSnapshot));
            return {};
        case ColdStartPhasesRole:
            return ColdStartPhasesText::lines(lane.phases);
        case StartKindRole:
            if (lane.isThrottleLane() || lane.sandboxReadyMs < 0)
                return {};
            return int(coldKind(lane.preparedSandbox, lane.restoredFromSnapshot));
        case InstanceIdRole:
            return lane.instanceId;
        case FunctionIdRole:
            return lane.functionId;
        }
        return {};
    }
    const TimelineBar &b = m_lanes.at(int(index.internalId() - 1)).bars.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return QString::fromLatin1(b.requestId);
        case StartColumn:
            return poolTimeText(b.arrivalMs);
        case QueuedColumn:
            return tr("%1 ms").arg(b.dispatchMs - b.arrivalMs);
        case InitColumn:
            if (b.initEndMs < 0 || b.initStartMs < 0)
                return QString();
            return coldStartText(b.initStartMs, b.sandboxReadyMs, b.initEndMs, startKind(b));
        case DurationColumn:
            if (b.throttled)
                return tr("throttled");
            if (b.waitingForInit())
                return tr("starting");
            if (b.running())
                return tr("running");
            return b.durationMs >= 0 ? tr("%1 ms").arg(QLocale().toString(b.durationMs, 'f', 2))
                                     : tr("%1 ms").arg(b.endMs - b.runStartMs());
        }
        break;
    case Qt::ToolTipRole:
        return index.column() == NameColumn ? startKindText(startKind(b)) : QVariant();
    case RequestIdRole:
        return b.requestId;
    case ColdStartRole:
        return b.cold;
    case StartKindRole:
        return int(startKind(b));
    case ThrottledRole:
        return b.throttled;
    case RunningRole:
        return b.running();
    case SandboxMsRole:
        return b.sandboxReadyMs >= 0 ? b.sandboxReadyMs - b.initStartMs : -1;
    case RuntimeInitMsRole:
        return b.sandboxReadyMs >= 0 && b.initEndMs >= 0 ? b.initEndMs - b.sandboxReadyMs : -1;
    case ColdStartPhasesRole:
        return b.cold ? ColdStartPhasesText::lines(m_lanes.at(int(index.internalId() - 1)).phases) : QStringList();
    }
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Instance / request");
    case StartColumn:
        return tr("Arrived (pool clock)");
    case QueuedColumn:
        return tr("Queued");
    case InitColumn:
        return tr("Init");
    case DurationColumn:
        return tr("Duration");
    }
    return {};
}

void TimelineModel::clear()
{
    beginResetModel();
    m_lanes.clear();
    m_laneOfInstance.clear();
    m_throttleLane.clear();
    m_arrivals.clear();
    m_index.clear();
    m_invocations = 0;
    m_running = 0;
    m_firstMs = m_lastMs = -1;
    endResetModel();
    Q_EMIT frameApplied();
}

const TimelineBar *TimelineModel::bar(const QByteArray &requestId, int *lane) const
{
    const auto it = m_index.constFind(requestId);
    if (it == m_index.cend())
        return nullptr;
    if (lane)
        *lane = it->first;
    return &m_lanes.at(it->first).bars.at(it->second);
}

int TimelineModel::ensureLane(const QString &functionId, const QString &instanceId)
{
    int lane = instanceId.isEmpty() ? m_throttleLane.value(functionId, -1) : m_laneOfInstance.value(instanceId, -1);
    if (lane >= 0)
        return lane;
    lane = int(m_lanes.size());
    beginInsertRows({}, lane, lane);
    TimelineLane l;
    l.functionId = functionId;
    l.instanceId = instanceId;
    m_lanes.append(l);
    if (instanceId.isEmpty())
        m_throttleLane.insert(functionId, lane);
    else
        m_laneOfInstance.insert(instanceId, lane);
    endInsertRows();
    return lane;
}

qint64 TimelineModel::takeArrival(const QByteArray &requestId, qint64 fallbackMs)
{
    const auto it = m_arrivals.find(requestId);
    if (it == m_arrivals.end())
        return fallbackMs;
    const qint64 arrival = qMin(*it, fallbackMs);
    m_arrivals.erase(it);
    return arrival;
}

TimelineBar *TimelineModel::waitingColdBar(int lane)
{
    TimelineLane &l = m_lanes[lane];
    if (l.bars.isEmpty())
        return nullptr;
    TimelineBar &b = l.bars.last();
    return b.cold && b.waitingForInit() ? &b : nullptr;
}

void TimelineModel::barChanged(int lane, int row)
{
    const QModelIndex parent = index(lane, 0);
    Q_EMIT dataChanged(index(row, 0, parent), index(row, ColumnCount - 1, parent));
}

int TimelineModel::appendBar(int lane, const TimelineBar &bar)
{
    const int row = int(m_lanes.at(lane).bars.size());
    beginInsertRows(index(lane, 0), row, row);
    m_lanes[lane].bars.append(bar);
    m_index.insert(bar.requestId, { lane, row });
    ++m_invocations;
    endInsertRows();
    return row;
}

void TimelineModel::apply(const QList<PoolEvent> &events)
{
    if (events.isEmpty())
        return;
    for (const PoolEvent &event : events)
        applyOne(event);
    Q_EMIT frameApplied();
}

void TimelineModel::applyOne(const PoolEvent &e)
{
    if (e.type == PoolEventType::ClockSpeedChanged || e.type == PoolEventType::MemorySample
        || e.type == PoolEventType::AsyncEventQueued || e.type == PoolEventType::AsyncRetryScheduled
        || e.type == PoolEventType::AsyncEventDone)
        return;
    if (m_firstMs < 0)
        m_firstMs = e.poolTimeMs;
    m_lastMs = qMax(m_lastMs, e.poolTimeMs);

    switch (e.type) {
    case PoolEventType::InstanceStarting: {
        const int lane = ensureLane(e.functionId, e.instanceId);
        m_lanes[lane].startedMs = e.poolTimeMs;
        m_lanes[lane].provisioned = e.provisioned;
        break;
    }
    case PoolEventType::InstanceSandboxReady: {
        const int lane = ensureLane(e.functionId, e.instanceId);
        TimelineLane &l = m_lanes[lane];
        l.sandboxReadyMs = e.poolTimeMs;
        l.preparedSandbox = e.preparedSandbox;
        l.restoredFromSnapshot = e.restoredFromSnapshot;
        // The cold invocation waiting for this instance sees its sandbox phase end now.
        if (TimelineBar *b = waitingColdBar(lane); b && b->sandboxReadyMs < 0) {
            b->sandboxReadyMs = qMax(e.poolTimeMs, b->initStartMs);
            b->preparedSandbox = e.preparedSandbox;
            b->restoredFromSnapshot = e.restoredFromSnapshot;
            barChanged(lane, int(l.bars.size()) - 1);
        }
        break;
    }
    case PoolEventType::InstanceInitDone: {
        const int lane = ensureLane(e.functionId, e.instanceId);
        TimelineLane &l = m_lanes[lane];
        l.initDoneMs = e.poolTimeMs;
        l.phases = e.phases;
        l.restoredFromSnapshot = l.restoredFromSnapshot || e.restoredFromSnapshot;
        // The cold invocation waiting for this init sees its init segment end now.
        if (TimelineBar *b = waitingColdBar(lane)) {
            b->initEndMs = qMax(e.poolTimeMs, b->initStartMs);
            b->restoredFromSnapshot = l.restoredFromSnapshot;
            barChanged(lane, int(l.bars.size()) - 1);
        }
        break;
    }
    case PoolEventType::InstanceStopped: {
        const int lane = ensureLane(e.functionId, e.instanceId);
        m_lanes[lane].stoppedMs = e.poolTimeMs;
        m_lanes[lane].stopReason = e.stopReason;
        break;
    }
    case PoolEventType::InvocationQueued:
        m_arrivals.insert(e.requestId, e.poolTimeMs);
        break;
    case PoolEventType::InvocationDispatched: {
        if (e.instanceId.isEmpty() || m_index.contains(e.requestId))
            break;
        const int lane = ensureLane(e.functionId, e.instanceId);
        const TimelineLane &l = m_lanes.at(lane);
        TimelineBar b;
        b.requestId = e.requestId;
        b.dispatchMs = e.poolTimeMs;
        b.arrivalMs = takeArrival(e.requestId, b.dispatchMs);
        b.cold = e.coldStart;
        if (b.cold) {
            // It waits for the part of the init that is still to come.
            b.initStartMs = qMax(b.arrivalMs, l.startedMs >= 0 ? l.startedMs : b.dispatchMs);
            if (l.sandboxReadyMs >= 0)
                b.sandboxReadyMs = qMax(l.sandboxReadyMs, b.initStartMs);
            b.preparedSandbox = l.preparedSandbox;
            b.restoredFromSnapshot = l.restoredFromSnapshot;
            if (l.initDoneMs >= 0)
                b.initEndMs = qMax(l.initDoneMs, b.initStartMs);
        }
        appendBar(lane, b);
        ++m_running;
        break;
    }
    case PoolEventType::InvocationThrottled: {
        const int lane = ensureLane(e.functionId, QString());
        TimelineBar b;
        b.requestId = e.requestId;
        b.arrivalMs = takeArrival(e.requestId, e.poolTimeMs);
        b.dispatchMs = b.endMs = e.poolTimeMs;
        b.throttled = true;
        b.outcome = InvocationOutcome::Refused;
        appendBar(lane, b);
        break;
    }
    case PoolEventType::InvocationFinished: {
        m_arrivals.remove(e.requestId);
        const auto it = m_index.constFind(e.requestId);
        if (it == m_index.cend())
            break;
        const auto [lane, row] = *it;
        TimelineBar &b = m_lanes[lane].bars[row];
        if (!b.running())
            break;
        b.endMs = qMax(e.poolTimeMs, b.dispatchMs);
        --m_running;
        b.durationMs = e.durationMs;
        b.outcome = e.outcome;
        // The result says it too (a stream without InstanceSandboxReady, an older trace).
        b.preparedSandbox = b.cold && (b.preparedSandbox || e.preparedSandbox);
        b.restoredFromSnapshot = b.cold && (b.restoredFromSnapshot || e.restoredFromSnapshot);
        if (b.cold && b.initStartMs >= 0 && b.initEndMs < 0)
            b.initEndMs = b.endMs; // it ended (failed) before init did
        barChanged(lane, row);
        break;
    }
    case PoolEventType::InstanceBusy:
    case PoolEventType::InstanceIdle:
    case PoolEventType::MemorySample:
    case PoolEventType::ClockSpeedChanged:
    case PoolEventType::AsyncEventQueued:
    case PoolEventType::AsyncRetryScheduled:
    case PoolEventType::AsyncEventDone:
        break;
    }
}

} // namespace Bullpen
