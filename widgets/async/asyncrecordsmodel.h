// SPDX-License-Identifier: MIT
#pragma once

#include "engine/async/asyncinvocationqueue.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace Bullpen {

// The records of the on-disk destination queues (OnSuccess, OnFailure and
// dead-letter queues that stand in for SQS, SNS and EventBridge): one row per
// record, read from disk when the queue is set and appended to as the queue
// writes more.
class AsyncRecordsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Queue, RequestId, Condition, QueuedAt, ColumnCount };
    enum Role { MessageRole = Qt::UserRole + 1 }; // the record as indented JSON

    explicit AsyncRecordsModel(QObject *parent = nullptr);

    void setQueue(AsyncInvocationQueue *queue);
    void reload();
    const AsyncQueueRecord &record(int row) const { return m_records.at(row); }

    int rowCount(const QModelIndex &parent = {}) const final;
    int columnCount(const QModelIndex &parent = {}) const final;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const final;

private:
    void append(const AsyncQueueRecord &record);

    QPointer<AsyncInvocationQueue> m_queue;
    QList<AsyncQueueRecord> m_records;
};

} // namespace Bullpen
