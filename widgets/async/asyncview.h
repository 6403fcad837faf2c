// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTableView;

namespace Bullpen {

class AsyncEventsModel;
class AsyncInvocationQueue;
class AsyncRecordsModel;

// The asynchronous queue in the window: a line of counts (queued, in flight,
// retrying), the events still in the queue, and the records its on-disk
// destination and dead-letter queues received, with the chosen record shown
// as Lambda wrote it. Reads the queue through its two models only.
class AsyncView final : public QWidget
{
    Q_OBJECT
public:
    explicit AsyncView(QWidget *parent = nullptr);
    ~AsyncView() override;

    void setQueue(AsyncInvocationQueue *queue);
    AsyncEventsModel *eventsModel() const { return m_events; }
    AsyncRecordsModel *recordsModel() const { return m_records; }
    QString summary() const;
    // The message of the chosen record, as shown.
    QString shownRecord() const;
    void showRecord(int row);

private:
    void updateSummary();

    AsyncEventsModel *m_events;
    AsyncRecordsModel *m_records;
    QLabel *m_summary;
    QTableView *m_eventsView;
    QTableView *m_recordsView;
    QPlainTextEdit *m_record;
};

} // namespace Bullpen
