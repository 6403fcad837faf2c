// SPDX-License-Identifier: MIT
#include "widgets/mainwindow/invokepanel.h"

#include "engine/invoke/invoker.h"
#include "engine/project/project.h"
#include "engine/sandbox/backendregistry.h"
#include "widgets/events/eventbuilder.h"
#include "widgets/invoke/figuresbar.h"
#include "widgets/invoke/historymodel.h"
#include "widgets/invoke/historyview.h"
#include "widgets/invoke/invocationcontroller.h"
#include "widgets/invoke/logview.h"
#include "widgets/invoke/resultview.h"
#include "widgets/mainwindow/editorpanel.h"
#include "widgets/mainwindow/mainwindow.h"
#include "widgets/project/functionsettingspanel.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QEventLoop>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>

namespace Bullpen {

InvokePanel::InvokePanel(MainWindow *window)
    : Panel(window)
    , m_controller(new InvocationController(this))
    , m_figures(new FiguresBar(window))
    , m_resultView(new ResultView(window))
    , m_logView(new LogView(window))
    , m_historyView(new HistoryView(m_controller->history(), window))
{
    m_resultDock = makeDock(tr("Result"), QStringLiteral("resultDock"), m_resultView);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_resultDock);
    m_logDock = makeDock(tr("Logs"), QStringLiteral("logDock"), m_logView);
    window->tabifyDockWidget(m_resultDock, m_logDock);
    m_historyDock = makeDock(tr("History"), QStringLiteral("historyDock"), m_historyView);
    window->tabifyDockWidget(m_logDock, m_historyDock);
    m_resultDock->raise();

    connect(m_controller, &InvocationController::started, this, &InvokePanel::onInvocationStarted);
    connect(m_controller, &InvocationController::finished, this, &InvokePanel::onInvocationFinished);
    connect(m_controller, &InvocationController::runningChanged, this, &InvokePanel::updateActions);
    // The logs stream in while the invocation runs, with its clock against the timeout.
    connect(m_controller, &InvocationController::logLine, m_logView, &LogView::appendLog);
    connect(m_controller, &InvocationController::runtimeImageProgress, this,
            [this](const QString &message, int percent) {
                showStatus(percent >= 0 ? tr("Runtime image %1%: %2").arg(percent).arg(message) : message,
                           percent == 100 ? 5000 : 0);
            });
    connect(m_controller, &InvocationController::started, m_logView,
            [this](const FunctionConfig &function) { m_logView->startRunning(function.timeoutSeconds); });
    connect(m_controller, &InvocationController::poolChanged, this, &InvokePanel::updateEngineStatus);
    connect(m_controller, &InvocationController::engineChanged, this, &InvokePanel::updateEngineStatus);
    // A new engine has stopped nothing yet (the old one's end is its own).
    connect(m_controller, &InvocationController::engineChanged, this, [this] {
        m_shutdownPending = false;
        m_shutdownStarted = false;
    });
    connect(m_historyView, &HistoryView::entrySelected, this, &InvokePanel::showHistoryEntry);
    connect(m_historyView, &HistoryView::rerunRequested, this, [this](int row) {
        // Only a function of the open project runs again.
        const QString id = m_controller->history()->entry(row).function.logicalId;
        const QString directory = m_controller->history()->entry(row).function.codeDirectory;
        const auto current = m_project ? m_project->function(id) : std::nullopt;
        if (!current || current->codeDirectory != directory) {
            showStatus(tr("%1 is not a function of the open project.").arg(id), 4000);
            return;
        }
        if (!m_controller->rerun(row))
            showStatus(tr("An invocation is still running."), 3000);
    });
    // Concurrency and keep-warm apply on change, as memory and timeout do.
    connect(window->settingsPanel(), &FunctionSettingsPanel::settingsEdited, this, &InvokePanel::applyFunctionSettings);
    connect(m_resultView, &ResultView::locationActivated, this,
            [this](const QString &path, int line, int column) { this->window()->openFileAt(path, line, column); });
}

InvokePanel::~InvokePanel() = default;

void InvokePanel::arrangeDocks()
{
    window()->resizeDocks({ m_resultDock }, { 280 }, Qt::Vertical);
}

QWidget *InvokePanel::centralFooter() const
{
    return m_figures;
}

void InvokePanel::contributeActions(const WindowMenus &menus)
{
    const QStyle *s = window()->style();
    m_invokeAction
        = new QAction(QIcon::fromTheme(QIcon::ThemeIcon::MediaPlaybackStart, s->standardIcon(QStyle::SP_MediaPlay)),
                      tr("&Invoke"), window());
    connect(m_invokeAction, &QAction::triggered, this, [this] { invoke(); });
    m_invokeAction->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) });
    m_invokeAction->setToolTip(tr("Run the selected function with the event (Ctrl+Return)"));
    m_invokeAction->setObjectName(QStringLiteral("invokeAction"));
    m_stopAction
        = new QAction(QIcon::fromTheme(QIcon::ThemeIcon::MediaPlaybackStop, s->standardIcon(QStyle::SP_MediaStop)),
                      tr("&Stop"), window());
    connect(m_stopAction, &QAction::triggered, this, &InvokePanel::stop);
    m_stopAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_stopAction->setToolTip(tr("Cancel the running invocation (Esc)"));
    // First in the Run menu, before what other panels put there.
    QAction *first = menus.run->actions().value(0);
    menus.run->insertActions(first, { m_invokeAction, m_stopAction });
    if (first)
        menus.run->insertSeparator(first);

    auto *functionLabel = new QLabel(tr("Function:"), menus.toolBar);
    functionLabel->setContentsMargins(6, 0, 4, 0);
    menus.toolBar->addSeparator();
    menus.toolBar->addWidget(functionLabel);
    m_functionBox = new QComboBox(menus.toolBar);
    m_functionBox->setObjectName(QStringLiteral("functionBox"));
    m_functionBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_functionBox->setMinimumContentsLength(18);
    m_functionBox->setToolTip(tr("The function Invoke runs"));
    connect(m_functionBox, &QComboBox::activated, this,
            [this](int index) { window()->selectFunction(m_functionBox->itemData(index).toString()); });
    menus.toolBar->addWidget(m_functionBox);
    menus.toolBar->addAction(m_invokeAction);
    menus.toolBar->addAction(m_stopAction);

    // Before the editor's labels: the engine first, then the last result.
    m_engineLabel = new QLabel(window());
    m_engineLabel->setObjectName(QStringLiteral("engineStatus"));
    m_lastResultLabel = new QLabel(window());
    m_lastResultLabel->setObjectName(QStringLiteral("lastResult"));
    for (QLabel *label : { m_lastResultLabel, m_engineLabel }) {
        label->setContentsMargins(8, 0, 8, 0);
        window()->statusBar()->insertPermanentWidget(0, label);
    }
    m_lastResultLabel->setText(tr("No invocation yet"));
    fillFunctionBox();
    updateEngineStatus();
    updateActions();
}

void InvokePanel::projectChanged(Project *project)
{
    // What was shown came from the previous project's functions; the history
    // is the new project's own, as it was left (on disk, across restarts).
    if (project != m_project) {
        m_resultView->clear();
        m_logView->stopRunning();
        m_logView->setLogs({});
        m_figures->clear();
        m_controller->setProjectDirectory(project ? project->directory() : QString());
        if (m_lastResultLabel)
            m_lastResultLabel->setText(tr("No invocation yet"));
    }
    m_project = project;
    if (project) {
        connect(project, &Project::templateChanged, this, &InvokePanel::fillFunctionBox);
        connect(project, &Project::templateChanged, this, &InvokePanel::applyAllFunctionSettings);
        // New code is a new version: provisioned instances follow it.
        connect(project, &Project::codeRevisionChanged, this,
                [this](const QString &logicalId) { applyFunctionSettings(logicalId); });
    }
    fillFunctionBox();
    applyAllFunctionSettings();
}

void InvokePanel::applyFunctionSettings(const QString &logicalId)
{
    if (!m_project)
        return;
    std::optional<FunctionConfig> function = m_project->function(logicalId);
    if (!function)
        return;
    FunctionSettingsPanel *settings = window()->settingsPanel();
    if (auto edited = settings->editedFunction(logicalId))
        function = edited;
    QString error;
    if (!m_controller->applyFunctionSettings(*function, settings->runSettings(logicalId),
                                             m_project->codeRevision(logicalId), &error)
        && !error.isEmpty())
        showStatus(tr("%1: %2").arg(logicalId, error), 6000);
}

void InvokePanel::applyAllFunctionSettings()
{
    if (!m_project)
        return;
    for (const FunctionConfig &function : m_project->functions())
        applyFunctionSettings(function.logicalId);
}

void InvokePanel::functionChanged(const QString &logicalId)
{
    if (!m_functionBox)
        return;
    const int index = m_functionBox->findData(logicalId);
    if (index >= 0) {
        const QSignalBlocker blocker(m_functionBox);
        m_functionBox->setCurrentIndex(index);
    }
    updateActions();
}

void InvokePanel::fillFunctionBox()
{
    if (!m_functionBox)
        return;
    const QSignalBlocker blocker(m_functionBox);
    m_functionBox->clear();
    if (m_project) {
        for (const FunctionConfig &function : m_project->functions())
            m_functionBox->addItem(function.logicalId, function.logicalId);
    }
    m_functionBox->setEnabled(m_functionBox->count() > 0);
    const int index = m_functionBox->findData(window()->currentFunction());
    if (index >= 0)
        m_functionBox->setCurrentIndex(index);
}

void InvokePanel::preferencesChanged(const Preferences &preferences)
{
    const EngineSettings settings = preferences.engineSettings();
    const EngineSettings &current = m_controller->engineSettings();
    const bool changed = settings != current;
    if (!m_engineConfigured || changed)
        m_controller->setEngineSettings(settings);
    if (m_engineConfigured && changed)
        showStatus(tr("Engine settings changed: the next invocation starts fresh instances."), 5000);
    m_engineConfigured = true;
}

void InvokePanel::updateActions()
{
    if (!m_invokeAction)
        return;
    const bool running = m_controller->isRunning();
    m_invokeAction->setEnabled(!running && window()->project() && !window()->currentFunction().isEmpty());
    m_stopAction->setEnabled(running);
}

bool InvokePanel::invoke()
{
    if (m_controller->isRunning())
        return false;
    Project *project = window()->project();
    const QString id = window()->currentFunction();
    if (!project || id.isEmpty()) {
        showStatus(tr("Open a project and choose a function to invoke."));
        return false;
    }
    auto function = project->function(id);
    if (!function)
        return false;
    // Settings apply on change: the run uses what the settings panel shows,
    // saved to the template or not; edits that are not valid stop it.
    QString settingsError;
    if (auto edited = window()->settingsPanel()->editedFunction(id, &settingsError))
        function = edited;
    else if (!settingsError.isEmpty()) {
        window()->reportError(tr("The settings of %1 are not valid: %2").arg(id, settingsError));
        return false;
    }
    // Lambda runs what is on disk: the function's unsaved edits are saved
    // first. Each save tells the project, which gives the code its new
    // revision there and then, so a warm instance with the old code is not
    // reused and nothing waits for the file watcher.
    auto *editors = window()->panel<EditorPanel>();
    if (editors && !editors->saveEditorsUnder(function->codeDirectory))
        return false;
    return m_controller->invoke(*function, window()->eventBuilder()->currentPayload(), project->codeRevision(id),
                                window()->eventBuilder()->currentEventName());
}

void InvokePanel::stop()
{
    if (m_controller->isRunning()) {
        // Shown until the invocation has ended, not for a fixed time.
        showStatus(tr("Stopping the invocation…"), 0);
        m_stopping = true;
        m_controller->cancel();
    }
}

void InvokePanel::shutdownEngine()
{
    Invoker *invoker = m_controller->invoker();
    if (!invoker) {
        m_shutdownPending = false;
        return;
    }
    m_shutdownPending = true;
    if (!std::exchange(m_shutdownStarted, true)) {
        connect(
            invoker, &Invoker::shutdownFinished, this,
            [this, invoker] {
                if (m_controller->invoker() == invoker)
                    m_shutdownPending = false;
            },
            Qt::SingleShotConnection);
    }
    invoker->shutdown();
}

void InvokePanel::aboutToClose()
{
    if (!m_controller->invoker())
        return;
    m_shutdownPending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_shutdownStarted)
                shutdownEngine();
        },
        Qt::QueuedConnection);
}

bool InvokePanel::waitForEngineShutdown(QDeadlineTimer deadline)
{
    Invoker *invoker = m_controller->invoker();
    if (!invoker || !m_shutdownPending)
        return true;
    QEventLoop loop;
    connect(invoker, &Invoker::shutdownFinished, &loop, &QEventLoop::quit);
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(int(qMax<qint64>(0, deadline.remainingTime())));
    if (m_shutdownPending)
        loop.exec();
    return !m_shutdownPending;
}

void InvokePanel::onInvocationStarted()
{
    m_resultView->showRunning(window()->currentFunction());
    m_figures->showRunning();
    m_logView->setLogs({});
    // No m_resultDock->raise(): whoever watches the logs keeps watching them.
    m_lastResultLabel->setText(tr("Running…"));
    updateActions();
}

void InvokePanel::onInvocationFinished(const InvocationResult &result, const FunctionConfig &function, int row)
{
    if (std::exchange(m_stopping, false))
        showStatus(tr("Stopped."), 3000);
    if (row < 0) {
        // Run for a project that has been closed since: kept in that project's history, not shown here.
        showStatus(tr("The invocation of %1 started before the project changed has ended; it is in its own "
                      "project's history.")
                       .arg(function.logicalId),
                   6000);
        updateActions();
        return;
    }
    m_logView->stopRunning();
    showResult(result, function.codeDirectory);
    Q_EMIT window()->invocationShown(row);
    m_historyView->selectRow(row);
    if (result.outcome == InvocationOutcome::EngineError)
        m_lastResultLabel->setText(tr("Last: engine error"));
    else
        m_lastResultLabel->setText(tr("Last: %1, %2 ms")
                                       .arg(HistoryModel::outcomeText(result))
                                       .arg(QLocale().toString(result.durationMs, 'f', 1)));
    updateActions();
}

void InvokePanel::showHistoryEntry(int row)
{
    if (row < 0 || row >= m_controller->history()->rowCount())
        return;
    const HistoryEntry &entry = m_controller->history()->entry(row);
    showResult(entry.result, entry.function.codeDirectory);
    Q_EMIT window()->invocationShown(row);
}

void InvokePanel::showResult(const InvocationResult &result, const QString &codeDirectory)
{
    m_resultView->showResult(result, codeDirectory);
    m_logView->setLogs(result.logs);
    m_figures->setResult(result);
}

QString InvokePanel::engineName() const
{
    return Preferences::backendDisplayName(m_controller->backendName());
}

QString InvokePanel::engineStatus() const
{
    return m_engineLabel ? m_engineLabel->text() : QString();
}

void InvokePanel::updateEngineStatus()
{
    if (!m_engineLabel)
        return;
    const QString shown = engineName();
    if (!m_controller->invoker()) {
        m_engineLabel->setText(tr("Engine: %1, not started").arg(shown));
        m_engineLabel->setToolTip(tr("The engine starts with the first invocation."));
        return;
    }
    m_engineLabel->setText(tr("Engine: %1 · %2 warm · %3 busy")
                               .arg(shown)
                               .arg(m_controller->warmInstances())
                               .arg(m_controller->busyInstances()));
    m_engineLabel->setToolTip(BackendRegistry::isolation(m_controller->backendName()) == Isolation::None
                                  ? tr("The %1 backend isolates nothing.").arg(shown)
                                  : tr("Each instance runs in its own container."));
}

} // namespace Bullpen
