// SPDX-License-Identifier: MIT
#pragma once

#include "widgets/mainwindow/panel.h"

#include <QDeadlineTimer>
#include <QPointer>

class QAction;
class QComboBox;
class QLabel;

namespace Bullpen {

class FiguresBar;
struct FunctionConfig;
struct InvocationResult;
class HistoryView;
class InvocationController;
class LogView;
class ResultView;

// Invoking the chosen function: the Run menu's Invoke and Stop, the function
// chooser in the tool bar, the Result, Logs and History docks at the bottom,
// the figures under the editor, and the engine's state in the status bar. Owns
// the InvocationController (and so the engine), which it recreates when the
// engine preferences change. Invoke saves the function's edited code first and
// runs the revision the project gave that save, without waiting for the file
// watcher.
class InvokePanel final : public Panel
{
    Q_OBJECT
public:
    explicit InvokePanel(MainWindow *window);
    ~InvokePanel() override;

    InvocationController *controller() const { return m_controller; }
    ResultView *resultView() const { return m_resultView; }
    LogView *logView() const { return m_logView; }
    FiguresBar *figuresBar() const { return m_figures; }
    HistoryView *historyView() const { return m_historyView; }
    QAction *invokeAction() const { return m_invokeAction; }
    QAction *stopAction() const { return m_stopAction; }
    QString engineStatus() const;
    // The engine's name as the window shows it everywhere.
    QString engineName() const;

    bool invoke();
    void stop();
    void showHistoryEntry(int row);
    // Stops every instance now (containers removed), as the engine does on exit.
    void shutdownEngine();
    // Runs the event loop until the teardown shutdownEngine() started has
    // ended (containers removed), for at most the deadline; false if it has
    // not. The engine's destruction then has nothing left to wait for.
    bool waitForEngineShutdown(QDeadlineTimer deadline);
    // The window closes: its instances go with it (no container or process is
    // left). The teardown starts in the next event-loop turn, once the window
    // has gone, so that its runtime processes take no CPU from the closing.
    void aboutToClose() override;

    QList<QDockWidget *> docks() const override { return { m_resultDock, m_logDock, m_historyDock }; }
    void arrangeDocks() override;
    QWidget *centralFooter() const override;
    void contributeActions(const WindowMenus &menus) override;
    void projectChanged(Project *project) override;
    void functionChanged(const QString &logicalId) override;
    void preferencesChanged(const Preferences &preferences) override;
    void updateActions() override;

private:
    void fillFunctionBox();
    // The function's concurrency and warm-up settings to the engine (as the
    // settings panel shows them, saved or not; the project file's otherwise).
    void applyFunctionSettings(const QString &logicalId);
    void applyAllFunctionSettings();
    void updateEngineStatus();
    void onInvocationStarted();
    void onInvocationFinished(const Bullpen::InvocationResult &result, const Bullpen::FunctionConfig &function,
                              int row);
    void showResult(const Bullpen::InvocationResult &result, const QString &codeDirectory);

    InvocationController *m_controller;
    QPointer<Project> m_project;
    FiguresBar *m_figures;
    ResultView *m_resultView;
    LogView *m_logView;
    HistoryView *m_historyView;
    QDockWidget *m_resultDock;
    QDockWidget *m_logDock;
    QDockWidget *m_historyDock;
    QComboBox *m_functionBox = nullptr;
    QAction *m_invokeAction = nullptr;
    QAction *m_stopAction = nullptr;
    QLabel *m_engineLabel = nullptr;
    QLabel *m_lastResultLabel = nullptr;
    bool m_engineConfigured = false;
    bool m_stopping = false;
    bool m_shutdownPending = false; // asked for (maybe not yet started), not yet finished
    bool m_shutdownStarted = false;
};

} // namespace Bullpen
