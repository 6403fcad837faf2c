// SPDX-License-Identifier: MIT
#pragma once

#include "engine/pool/poolevent.h"
#include "engine/project/functionconfig.h"

#include <QBasicTimer>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

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

// A function as an invocation from the window would run it (settings as
// edited, its code's revision), for pre-warming instances it will reuse.
struct PoolFunction
{
    FunctionConfig config;
    int codeRevision = 0;
};

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
    QWidget *createPoolTab(QWidget *parent);
    // Feeds events as if the engine had sent them.
    void feed(const Bullpen::PoolEvent &event);
    // Plays a recorded stream (`bullpen invoke --trace`'s JSON lines) into the
    // views at its recorded pace, after clearing them.
    bool replayTrace(const QString &path, QString *error = nullptr);
    PoolTraceReplay *replay() const { return m_replay; }

    // The pool actions, carried out by the engine and seen in its stream.
    // The pool view's context menu, its keys and the Pool menu come here.
    // Each says what it did (or why not) in the window's status bar.
    bool stopInstance(const QString &instanceId);
    int expireIdleInstances(const QString &functionId = {});
    // Starts count instances of the function ahead of any call (the engine
    // is created if need be); -1 with *error when it cannot.
    int prewarm(const QString &functionId, int count, QString *error = nullptr);
    // How the window runs a function (for pre-warming), and the one Invoke
    // works on (the Pool menu's "Pre-warm" acts on it).
    void setFunctionResolver(std::function<std::optional<PoolFunction>(const QString &)> resolver)
    {
        m_resolve = std::move(resolver);
    }
    void setCurrentFunction(const QString &functionId);
    QAction *stopInstanceAction() const { return m_stopAction; }
    QAction *expireIdleAction() const { return m_expireAction; }
    QAction *prewarmAction() const { return m_prewarmAction; }

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
    void connectActions(PoolView *view);
    void askPrewarm(const QString &functionId);
    void updatePoolActions();
    void say(const QString &message) const;

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
    QAction *m_stopAction = nullptr;
    QAction *m_expireAction = nullptr;
    QAction *m_prewarmAction = nullptr;
    QString m_currentFunction;
    std::function<std::optional<PoolFunction>(const QString &)> m_resolve;
    std::unique_ptr<CostMeter> m_cost;
    QBasicTimer m_clockTimer;
};

} // namespace Bullpen
