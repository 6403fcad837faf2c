// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTreeView;

namespace Bullpen {

class HistoryModel;
class TimelineModel;

// What one instance did, for the pool view's click: its invocations (the
// timeline model's row for it, so the list follows live) and its own log
// stream (the START/END/REPORT lines and the function's output of every
// invocation the window ran on it, from the session's history). Activating an
// invocation asks the window to open its result.
class InstanceDetails final : public QWidget
{
    Q_OBJECT
public:
    InstanceDetails(TimelineModel *timeline, HistoryModel *history, QWidget *parent = nullptr);

    void showInstance(const QString &instanceId);
    QString instanceId() const { return m_instanceId; }
    QString logText() const;
    QTreeView *invocationsView() const { return m_invocations; }

Q_SIGNALS:
    void invocationActivated(const QByteArray &requestId);

private:
    void refreshLog();

    TimelineModel *m_timeline;
    HistoryModel *m_history;
    QString m_instanceId;
    QLabel *m_title;
    QTreeView *m_invocations;
    QPlainTextEdit *m_log;
};

} // namespace Bullpen
