// SPDX-License-Identifier: MIT
#include "widgets/pool/poolpanel.h"

#include "engine/invoke/invoker.h"
#include "engine/pool/costmeter.h"
#include "engine/project/functionconfig.h"
#include "widgets/invoke/invocationcontroller.h"
#include "widgets/pool/instancedetails.h"
#include "widgets/pool/poolcharts.h"
#include "widgets/pool/pooleventbatcher.h"
#include "widgets/pool/poolstatemodel.h"
#include "widgets/pool/poolsummarybar.h"
#include "widgets/pool/pooltracereplay.h"
#include "widgets/pool/poolview.h"
#include "widgets/pool/timelinemodel.h"
#include "widgets/pool/timelineview.h"

#include <QActionGroup>
#include <QDockWidget>
#include <QFileDialog>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimerEvent>
#include <QVBoxLayout>

namespace Bullpen {

namespace {

QDockWidget *makeDock(QMainWindow *window, const QString &title, const QString &name, QWidget *widget)
{
    auto *dock = new QDockWidget(title, window);
    dock->setObjectName(name);
    dock->setWidget(widget);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
                      | QDockWidget::DockWidgetFloatable);
    return dock;
}

} // namespace

PoolPanel::PoolPanel(QMainWindow *window, InvocationController *controller)
    : QObject(window)
    , m_window(window)
    , m_controller(controller)
    , m_batcher(new PoolEventBatcher(this))
    , m_state(new PoolStateModel(this))
    , m_timeline(new TimelineModel(this))
    , m_cost(std::make_unique<CostMeter>())
{
    connect(m_batcher, &PoolEventBatcher::batchReady, this, &PoolPanel::onBatch);

    // The pool: its summary line above the lanes.
    auto *poolPage = new QWidget(window);
    auto *poolLayout = new QVBoxLayout(poolPage);
    poolLayout->setContentsMargins(0, 0, 0, 0);
    poolLayout->setSpacing(0);
    m_summary = new PoolSummaryBar(poolPage);
    m_poolView = new PoolView(poolPage);
    m_poolView->setModel(m_state);
    poolLayout->addWidget(m_summary);
    poolLayout->addWidget(m_poolView, 1);
    m_poolDock = makeDock(window, tr("Pool"), QStringLiteral("poolDock"), poolPage);

    m_timelineView = new TimelineView(window);
    m_timelineView->setModel(m_timeline);
    m_timelineView->setNowFunction([state = m_state] { return state->poolNowMs(); });
    m_timelineDock = makeDock(window, tr("Timeline"), QStringLiteral("timelineDock"), m_timelineView);

    m_charts = new PoolCharts(window);
    m_chartsDock = makeDock(window, tr("Pool Charts"), QStringLiteral("poolChartsDock"), m_charts);

    m_details = new InstanceDetails(m_timeline, controller->history(), window);
    m_instanceDock = makeDock(window, tr("Instance"), QStringLiteral("instanceDock"), m_details);

    // Beside the result, logs and history; the window's saved layout, when
    // there is one, puts them where the user left them.
    window->addDockWidget(Qt::BottomDockWidgetArea, m_poolDock);
    window->tabifyDockWidget(m_poolDock, m_timelineDock);
    window->tabifyDockWidget(m_timelineDock, m_chartsDock);
    window->tabifyDockWidget(m_chartsDock, m_instanceDock);
    m_poolDock->raise();

    connect(m_poolView, &PoolView::instanceActivated, this, &PoolPanel::showInstance);
    connect(m_poolView, &PoolView::currentInstanceChanged, this, &PoolPanel::updatePoolActions);
    connectActions(m_poolView);
    connect(m_timelineView, &TimelineView::invocationActivated, this, &PoolPanel::invocationActivated);
    connect(m_details, &InstanceDetails::invocationActivated, this, &PoolPanel::invocationActivated);
    connect(m_summary, &PoolSummaryBar::speedRequested, this, &PoolPanel::setSpeed);
    connect(m_controller, &InvocationController::engineChanged, this, &PoolPanel::attach);
    // Until the stream says a function's timeout (InstanceStarting), the busy tiles measure against this.
    connect(m_controller, &InvocationController::started, this, [this](const FunctionConfig &function) {
        m_state->setFunctionTimeout(function.logicalId, qint64(function.timeoutSeconds) * 1000);
    });

    createMenu();
    attach();
    updatePoolActions();
    m_clockTimer.start(500, this);
}

PoolPanel::~PoolPanel() = default;

QList<QDockWidget *> PoolPanel::docks() const
{
    return { m_poolDock, m_timelineDock, m_chartsDock, m_instanceDock };
}

QWidget *PoolPanel::createPoolTab(QWidget *parent)
{
    auto *page = new QWidget(parent);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *view = new PoolView(page);
    view->setModel(m_state);
    layout->addWidget(view);
    connect(view, &PoolView::instanceActivated, this, &PoolPanel::showInstance);
    connectActions(view);
    return page;
}

void PoolPanel::createMenu()
{
    m_menu = new QMenu(tr("&Pool"), m_window);
    m_menu->setObjectName(QStringLiteral("poolMenu"));
    for (QDockWidget *dock : docks())
        m_menu->addAction(dock->toggleViewAction());
    m_menu->addSeparator();

    // The pool actions, also in the pool view's context menu (and its keys).
    m_stopAction = m_menu->addAction(tr("&Stop Instance"), this, [this] {
        const QString id = m_poolView->currentInstance();
        if (id.isEmpty())
            say(tr("Choose an instance in the pool view first (click it, or move to it with the arrow keys)."));
        else
            stopInstance(id);
    });
    m_stopAction->setObjectName(QStringLiteral("stopInstanceAction"));
    m_stopAction->setToolTip(tr("Stop the pool view's current instance; the next call of its function is cold"));
    m_expireAction = m_menu->addAction(tr("&Expire All Idle Instances Now"), this, [this] { expireIdleInstances(); });
    m_expireAction->setObjectName(QStringLiteral("expireIdleAction"));
    m_prewarmAction = m_menu->addAction(tr("&Pre-warm Instances…"), this, [this] { askPrewarm(m_currentFunction); });
    m_prewarmAction->setObjectName(QStringLiteral("prewarmAction"));
    m_prewarmAction->setToolTip(tr("Initialise instances of the chosen function ahead of any call"));
    m_menu->addSeparator();

    QMenu *clock = m_menu->addMenu(tr("Pool &Clock"));
    m_speedGroup = new QActionGroup(this);
    const QList<QPair<QString, double>> speeds
        = { { tr("Real Time"), 1.0 }, { tr("×10"), 10.0 }, { tr("×60"), 60.0 }, { tr("×600"), 600.0 } };
    for (const auto &[name, speed] : speeds) {
        QAction *action = clock->addAction(name);
        action->setCheckable(true);
        action->setData(speed);
        action->setChecked(speed == 1.0);
        m_speedGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, speed = speed] { setSpeed(speed); });
    }
    m_menu->addSeparator();
    m_followAction = m_menu->addAction(tr("Timeline &Follows Live"));
    m_followAction->setCheckable(true);
    m_followAction->setChecked(true);
    connect(m_followAction, &QAction::toggled, m_timelineView, &TimelineView::setFollowing);
    connect(m_timelineView, &TimelineView::followingChanged, m_followAction, &QAction::setChecked);
    m_menu->addAction(tr("&Replay a Trace…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(m_window, tr("Replay a Pool Trace"), QString(),
                                                          tr("Pool traces (*.jsonl *.json);;All files (*)"));
        QString error;
        if (!path.isEmpty() && !replayTrace(path, &error))
            QMessageBox::warning(m_window, tr("Replay a Pool Trace"), error);
    });
    m_menu->addAction(tr("&Clear Timeline and Charts"), this, [this] {
        m_timeline->clear();
        m_charts->clear();
    });
}

void PoolPanel::attach()
{
    Invoker *invoker = m_controller->invoker();
    if (invoker == m_invoker && m_stream)
        return;
    // No explicit disconnect from the old engine: the controller has shut it
    // down and deletes it, which ends the connection; disconnecting here
    // deadlocked in Invoker::disconnectNotify (it asks isSignalConnected()
    // while QObject::disconnect holds the lock that call needs).
    m_stream = {};
    m_batcher->discard();
    if (m_invoker != invoker) {
        // A new engine is a new pool on a new clock: what the old one showed is gone.
        m_state->clear();
        m_timeline->clear();
        m_charts->clear();
        m_cost->clear();
    }
    m_invoker = invoker;
    if (invoker)
        m_stream = connect(invoker, &Invoker::poolEvent, m_batcher, &PoolEventBatcher::receive);
    m_summary->setSpeedEnabled(invoker != nullptr);
    if (invoker) {
        m_state->setClockSpeed(invoker->clockSpeed());
        showSpeed(invoker->clockSpeed());
    }
    updateSummary();
}

void PoolPanel::connectActions(PoolView *view)
{
    connect(view, &PoolView::stopInstanceRequested, this, &PoolPanel::stopInstance);
    connect(view, &PoolView::expireIdleRequested, this, [this] { expireIdleInstances(); });
    connect(view, &PoolView::prewarmRequested, this, &PoolPanel::askPrewarm);
}

void PoolPanel::say(const QString &message) const
{
    if (QStatusBar *bar = m_window->statusBar())
        bar->showMessage(message, 6000);
}

void PoolPanel::setCurrentFunction(const QString &functionId)
{
    m_currentFunction = functionId;
    updatePoolActions();
}

void PoolPanel::updatePoolActions()
{
    m_prewarmAction->setText(m_currentFunction.isEmpty() ? tr("&Pre-warm Instances…")
                                                         : tr("&Pre-warm Instances of %1…").arg(m_currentFunction));
    m_prewarmAction->setEnabled(!m_currentFunction.isEmpty() && m_resolve);
    const QString current = m_poolView->currentInstance();
    m_stopAction->setText(current.isEmpty() ? tr("&Stop Instance") : tr("&Stop Instance %1").arg(current));
}

bool PoolPanel::stopInstance(const QString &instanceId)
{
    if (!m_invoker || !m_invoker->stopInstance(instanceId)) {
        say(tr("Instance %1 is not running.").arg(instanceId));
        return false;
    }
    say(tr("Stopped instance %1: the next call of its function starts a new one (cold) unless another is idle.")
            .arg(instanceId));
    return true;
}

int PoolPanel::expireIdleInstances(const QString &functionId)
{
    const int n = m_invoker ? m_invoker->expireIdleInstances(functionId) : 0;
    say(n == 0 ? tr("No idle on-demand instance to expire (provisioned ones never expire).")
               : tr("Expired %n idle instance(s) now.", nullptr, n));
    return n;
}

int PoolPanel::prewarm(const QString &functionId, int count, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        say(why);
        return -1;
    };
    const std::optional<PoolFunction> function = m_resolve ? m_resolve(functionId) : std::nullopt;
    if (!function)
        return fail(tr("%1 is not a function of the open project.").arg(functionId));
    QString why;
    Invoker *invoker = m_controller->ensureInvoker(&why);
    if (!invoker)
        return fail(tr("The engine cannot run here: %1").arg(why));
    attach(); // a new engine: its stream comes here before its first instance starts
    const int started = invoker->prewarm(function->config, count, function->codeRevision, &why);
    if (started == 0 && !why.isEmpty())
        return fail(tr("Cannot pre-warm %1: %2").arg(functionId, why));
    say(started < count ? tr("Pre-warming %1 of %n instances of %2 (the instance cap allows no more).", nullptr, count)
                              .arg(started)
                              .arg(functionId)
                        : tr("Pre-warming %n instance(s) of %1: their init is on no caller's path.", nullptr, started)
                              .arg(functionId));
    return started;
}

void PoolPanel::askPrewarm(const QString &functionId)
{
    if (functionId.isEmpty()) {
        say(tr("Choose a function to pre-warm first."));
        return;
    }
    bool ok = false;
    const int count = QInputDialog::getInt(m_window, tr("Pre-warm %1").arg(functionId),
                                           tr("Instances of %1 to initialise now, ahead of any call:").arg(functionId),
                                           2, 1, 100, 1, &ok);
    if (ok)
        prewarm(functionId, count);
}

void PoolPanel::feed(const PoolEvent &event)
{
    m_batcher->receive(event);
}

bool PoolPanel::replayTrace(const QString &path, QString *error)
{
    if (!m_replay)
        m_replay = new PoolTraceReplay([this](const PoolEvent &event) { feed(event); }, this);
    m_replay->stop();
    if (!m_replay->load(path, error))
        return false;
    m_batcher->discard();
    m_state->clear();
    m_timeline->clear();
    m_charts->clear();
    m_cost->clear();
    m_replay->start();
    return true;
}

void PoolPanel::onBatch(const QList<PoolEvent> &events)
{
    // One pass per frame for each model; the views repaint from them.
    m_state->apply(events);
    m_timeline->apply(events);
    m_charts->apply(events);
    m_cost->addAll(events);
    for (const PoolEvent &e : events) {
        if (e.type == PoolEventType::ClockSpeedChanged)
            showSpeed(e.speed);
    }
    updateSummary();
}

void PoolPanel::updateSummary()
{
    const FunctionCounters totals = m_state->totals();
    m_summary->setCounters(totals);
    const qint64 now = m_state->poolNowMs();
    m_summary->setPoolTime(now);
    // Provisioned concurrency accrues while it is on, so the bill is taken at the pool's now.
    const CostTotals cost = m_cost->totalAt(qMax(now, m_state->lastEventPoolMs()));
    m_summary->setCost(cost.requests, cost.gbSeconds + cost.provisionedGbSeconds + cost.provisionedDurationGbSeconds,
                       cost.totalCost(), totals.busy == 0 && totals.provisioned == 0);
}

void PoolPanel::showInstance(const QString &instanceId)
{
    m_details->showInstance(instanceId);
    m_instanceDock->show();
    m_instanceDock->raise();
}

void PoolPanel::setSpeed(double speed)
{
    if (!m_invoker)
        return;
    // The engine announces the change in its stream (ClockSpeedChanged); the
    // views re-anchor their clock when it arrives.
    m_invoker->setClockSpeed(speed);
}

void PoolPanel::showSpeed(double speed)
{
    m_summary->setSpeed(speed);
    for (QAction *action : m_speedGroup->actions())
        action->setChecked(action->data().toDouble() == speed);
}

void PoolPanel::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_clockTimer.timerId()) {
        QObject::timerEvent(event);
        return;
    }
    // The pool clock and a provisioned instance's cost move between events.
    if (m_state->totals().instances > 0)
        updateSummary();
}

} // namespace Bullpen
