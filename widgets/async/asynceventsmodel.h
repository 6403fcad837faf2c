// SPDX-License-Identifier: MIT
#pragma once

#include "engine/async/asyncinvocationqueue.h"

#include <QAbstractTableModel>
#include <QBasicTimer>
#include <QPointer>

namespace Bullpen {

// The events of an asynchronous queue, one row each in the order they were
// accepted: queued, in flight, waiting for a retry (with its attempts and the
// last error) or waiting for their function. The queue's changes arrive one by
// one (10,000 events may be queued in one go); the model takes them in once
// per frame, so the view never repaints per event.
class AsyncEventsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { RequestId, Function, Status, Attempts, NextAttempt, LastError, ColumnCount };
    enum Role { RequestIdRole = Qt::UserRole + 1, StatusRole };

    explicit AsyncEventsModel(QObject *parent = nullptr);

    void setQueue(AsyncInvocationQueue *queue);
    AsyncInvocationQueue *queue() const { return m_queue; }
    // Counts by status, as of the last frame.
    int count(AsyncEventStatus status) const;
    // Takes the queue's state in now (the next frame would).
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const final;
    int columnCount(const QModelIndex &parent = {}) const final;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const final;

Q_SIGNALS:
    void refreshed();

protected:
    void timerEvent(QTimerEvent *event) final;

private:
    void scheduleRefresh();

    QPointer<AsyncInvocationQueue> m_queue;
    QList<AsyncEventInfo> m_events;
    QBasicTimer m_frame;
    qint64 m_poolNowMs = 0;
};

} // namespace Bullpen
