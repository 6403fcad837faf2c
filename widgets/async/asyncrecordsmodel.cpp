// SPDX-License-Identifier: MIT
#include "widgets/async/asyncrecordsmodel.h"

#include <QJsonDocument>

namespace Bullpen {

AsyncRecordsModel::AsyncRecordsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AsyncRecordsModel::setQueue(AsyncInvocationQueue *queue)
{
    if (m_queue)
        disconnect(m_queue, nullptr, this, nullptr);
    m_queue = queue;
    if (m_queue)
        connect(m_queue, &AsyncInvocationQueue::destinationRecordAdded, this, &AsyncRecordsModel::append);
    reload();
}

void AsyncRecordsModel::reload()
{
    beginResetModel();
    m_records.clear();
    if (m_queue) {
        for (const QString &queue : m_queue->destinationQueues())
            m_records.append(m_queue->destinationRecords(queue));
        std::stable_sort(m_records.begin(), m_records.end(),
                         [](const AsyncQueueRecord &a, const AsyncQueueRecord &b) { return a.queuedAt < b.queuedAt; });
    }
    endResetModel();
}

void AsyncRecordsModel::append(const AsyncQueueRecord &record)
{
    const int row = int(m_records.size());
    beginInsertRows({}, row, row);
    m_records.append(record);
    endInsertRows();
}

int AsyncRecordsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int AsyncRecordsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AsyncRecordsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AsyncQueueRecord &r = m_records.at(index.row());
    if (role == MessageRole)
        return QString::fromUtf8(QJsonDocument(r.message).toJson(QJsonDocument::Indented));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Queue:
        return r.queue;
    case RequestId:
        return QString::fromLatin1(r.requestId);
    case Condition:
        return r.condition;
    case QueuedAt:
        return r.queuedAt.toLocalTime().toString(Qt::ISODate);
    }
    return {};
}

QVariant AsyncRecordsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Queue:
        return tr("Queue");
    case RequestId:
        return tr("Request id");
    case Condition:
        return tr("Condition");
    case QueuedAt:
        return tr("Queued at");
    }
    return {};
}

} // namespace Bullpen
