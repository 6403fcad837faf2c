// SPDX-License-Identifier: MIT
#include "widgets/async/asynceventsmodel.h"

#include "engine/invoke/invoker.h"

#include <QTimerEvent>

#include <algorithm>

namespace Bullpen {

namespace {
constexpr int FrameMs = 50;
}

AsyncEventsModel::AsyncEventsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AsyncEventsModel::setQueue(AsyncInvocationQueue *queue)
{
    if (m_queue)
        disconnect(m_queue, nullptr, this, nullptr);
    m_queue = queue;
    if (m_queue) {
        connect(m_queue, &AsyncInvocationQueue::eventChanged, this, &AsyncEventsModel::scheduleRefresh);
        connect(m_queue, &AsyncInvocationQueue::eventRemoved, this, &AsyncEventsModel::scheduleRefresh);
        connect(m_queue, &QObject::destroyed, this, &AsyncEventsModel::scheduleRefresh);
    }
    refresh();
}

void AsyncEventsModel::scheduleRefresh()
{
    if (!m_frame.isActive())
        m_frame.start(FrameMs, this);
}

void AsyncEventsModel::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_frame.timerId())
        return QAbstractTableModel::timerEvent(event);
    m_frame.stop();
    refresh();
}

void AsyncEventsModel::refresh()
{
    m_frame.stop();
    // One reset per frame: rows come and go by the thousand, in any place.
    beginResetModel();
    m_events = m_queue ? m_queue->events() : QList<AsyncEventInfo>();
    m_poolNowMs = m_queue && m_queue->invoker() ? m_queue->invoker()->poolNowMs() : 0;
    endResetModel();
    Q_EMIT refreshed();
}

int AsyncEventsModel::count(AsyncEventStatus status) const
{
    return int(std::count_if(m_events.cbegin(), m_events.cend(),
                             [status](const AsyncEventInfo &e) { return e.status == status; }));
}

int AsyncEventsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int AsyncEventsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AsyncEventsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AsyncEventInfo &e = m_events.at(index.row());
    if (role == RequestIdRole)
        return e.requestId;
    if (role == StatusRole)
        return asyncEventStatusName(e.status);
    if (role == Qt::ToolTipRole && index.column() == LastError)
        return e.lastError;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case RequestId:
        return QString::fromLatin1(e.requestId);
    case Function:
        return e.functionId;
    case Status:
        switch (e.status) {
        case AsyncEventStatus::Queued:
            return tr("queued");
        case AsyncEventStatus::InFlight:
            return tr("in flight");
        case AsyncEventStatus::Retrying:
            return tr("retrying");
        case AsyncEventStatus::WaitingForFunction:
            return tr("waiting for its function");
        }
        return {};
    case Attempts:
        return e.invokeCount;
    case NextAttempt:
        if (e.dueAtMs < 0)
            return {};
        return tr("in %1 s").arg(double(qMax<qint64>(0, e.dueAtMs - m_poolNowMs)) / 1000.0, 0, 'f', 1);
    case LastError:
        return e.lastError;
    }
    return {};
}

QVariant AsyncEventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RequestId:
        return tr("Request id");
    case Function:
        return tr("Function");
    case Status:
        return tr("Status");
    case Attempts:
        return tr("Attempts");
    case NextAttempt:
        return tr("Next attempt (pool time)");
    case LastError:
        return tr("Last error");
    }
    return {};
}

} // namespace Bullpen
