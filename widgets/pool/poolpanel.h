// SPDX-License-Identifier: MIT
#pragma once

#include "engine/pool/poolevent.h"

#include <QBasicTimer>
#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QActionGroup;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace Bullpen {

class CostMeter;
class InstanceDetails;
class InvocationController;
class Invoker;
class PoolCharts;
class PoolEventBatcher;
class PoolStateModel;
class PoolSummaryBar;
class PoolTraceReplay;
class PoolView;
class TimelineModel;
class TimelineView;

// The warm pool's place in the window: it owns the receiver of the engine's
// pool events (one batch per frame), the models folded from them (pool state,
// timeline, chart series), the docks that show them (Pool, Timeline, Charts,
// Instance) and a "Pool" menu (the docks, the pool clock's speed, replaying a
// recorded trace). Counters and the cost meter are the engine's PoolCounters
// and CostMeter fed the same stream. It follows the InvocationController's engine: when the
// engine is created or replaced it subscribes to the new one's stream and
// starts afresh (a new engine is a new pool on a new clock). The window only
// creates it and opens what invocationActivated() names.
class PoolPanel final : public QObject
{
    Q_OBJECT
public:
    PoolPanel(QMainWindow *window, InvocationController *controller);
    ~PoolPanel() override;

    QMenu *menu() const { return m_menu; }
    QList<QDockWidget *> docks() const;
    QDockWidget *poolDock() const { return m_poolDock; }

    PoolEventBatcher *batcher() const { return m_batcher; }
    PoolStateModel *stateModel() const { return m_state; }
    TimelineModel *timelineModel() const { return m_timeline; }
    PoolView *poolView() const { return m_poolView; }
    TimelineView *timelineView() const { return m_timelineView; }
    PoolCharts *charts() const { return m_charts; }
    PoolSummaryBar *summary() const { return m_summary; }
    InstanceDetails *instanceDetails() const { return m_details; }

    // The pool view with its summary line, for a full tab of its own (another
    // view on the same model).
    QWidget *createPoolTab(QWidget *parent) const;
    // Feeds events as if the engine had sent them.
    void feed(const Bullpen::PoolEvent &event);
    // Plays a recorded stream (`bullpen invoke --trace`'s JSON lines) into the
    // views at its recorded pace, after clearing them.
    bool replayTrace(const QString &path, QString *error = nullptr);
    PoolTraceReplay *replay() const { return m_replay; }

protected:
    void timerEvent(QTimerEvent *event) override;

Q_SIGNALS:
    // A bar of the timeline or a row of the instance's invocations: the window opens it.
    void invocationActivated(const QByteArray &requestId);

private:
    void attach();
    void onBatch(const QList<Bullpen::PoolEvent> &events);
    void updateSummary();
    void showInstance(const QString &instanceId);
    void setSpeed(double speed);
    void showSpeed(double speed);
    void createMenu();

    QMainWindow *m_window;
    InvocationController *m_controller;
    QPointer<Invoker> m_invoker;
    QMetaObject::Connection m_stream;
    PoolEventBatcher *m_batcher;
    PoolStateModel *m_state;
    TimelineModel *m_timeline;
    PoolSummaryBar *m_summary = nullptr;
    PoolView *m_poolView = nullptr;
    TimelineView *m_timelineView = nullptr;
    PoolCharts *m_charts = nullptr;
    InstanceDetails *m_details = nullptr;
    QDockWidget *m_poolDock = nullptr;
    QDockWidget *m_timelineDock = nullptr;
    QDockWidget *m_chartsDock = nullptr;
    QDockWidget *m_instanceDock = nullptr;
    PoolTraceReplay *m_replay = nullptr;
    QMenu *m_menu = nullptr;
    QActionGroup *m_speedGroup = nullptr;
    QAction *m_followAction = nullptr;
    std::unique_ptr<CostMeter> m_cost;
    QBasicTimer m_clockTimer;
};

} // namespace Bullpen
