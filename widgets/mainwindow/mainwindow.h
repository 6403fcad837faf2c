// SPDX-License-Identifier: MIT
#pragma once

#include "widgets/preferences/preferences.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;

namespace Bullpen {

class CodeEditor;
class EditorTabs;
class EventBuilder;
class FiguresBar;
class FunctionSettingsPanel;
class HistoryView;
class InvocationController;
class LogView;
class PoolPanel;
class Project;
class ProjectView;
class RecentProjects;
class ResultView;
struct FunctionConfig;
struct InvocationResult;

// Bullpen's main window: a SAM project open in it, the code in editor tabs in
// the middle, the project tree and the function's settings on the left, the
// event builder on the right, and the result, logs and history of the session's
// invocations at the bottom (docks the user can rearrange; their arrangement is
// restored). It owns the Project, the editors, the docks' widgets and the
// InvocationController that owns the engine. It asks the user what to do with
// unsaved changes (in every tab and in the event builder) before anything is
// lost, and offers to reload files that another program changed. The questions
// it asks are virtual so that tests can answer them without a modal loop.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class SaveChoice { Save, Discard, Cancel };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // The current tab's editor (there is always one).
    CodeEditor *editor() const;
    EditorTabs *tabs() const { return m_tabs; }
    Project *project() const;
    ProjectView *projectView() const { return m_projectView; }
    FunctionSettingsPanel *settingsPanel() const { return m_settingsPanel; }
    EventBuilder *eventBuilder() const { return m_eventBuilder; }
    ResultView *resultView() const { return m_resultView; }
    LogView *logView() const { return m_logView; }
    FiguresBar *figuresBar() const { return m_figures; }
    HistoryView *historyView() const { return m_historyView; }
    PoolPanel *poolPanel() const { return m_poolPanel; }
    InvocationController *controller() const { return m_controller; }
    QAction *invokeAction() const { return m_invokeAction; }
    QAction *stopAction() const { return m_stopAction; }
    QString engineStatus() const;

    // Files. Each reports a failure in a message box and the status bar, and
    // returns whether it happened.
    bool newFile();
    bool openFile(const QString &path);
    // Opens path and puts the cursor on line (1-based) and column (1-based, 0 = start).
    bool openFileAt(const QString &path, int line, int column = 0);
    bool save();
    bool saveAs(const QString &path);
    bool saveAll();
    // Closes a tab, asking about its unsaved changes.
    bool closeTab(int index);

    // Projects: a folder with template.yaml, or the template file itself. Opening
    // asks about unsaved changes of the open one first.
    bool openProject(const QString &folderOrTemplate);
    bool newProject(const QString &sample, const QString &directory);
    bool closeProject();
    // The function the event builder and Invoke work on.
    void selectFunction(const QString &logicalId);
    QString currentFunction() const { return m_function; }

    // Runs the current function with the event builder's payload; false when it cannot start.
    bool invoke();
    void stop();
    // Shows a history entry's result and logs again.
    void showHistoryEntry(int row);

    Preferences preferences() const { return m_preferences; }
    // Applies (a changed engine setting recreates the engine) and remembers them.
    void setPreferences(const Preferences &preferences);

    // The last error reported, for the status bar and for tests.
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void projectOpened(const QString &directory);
    void invocationShown(int historyRow);

protected:
    void closeEvent(QCloseEvent *event) override;

    // The questions to the user. The defaults show dialogs.
    virtual SaveChoice askToSaveChanges(const QStringList &names);
    virtual QString askOpenFileName();
    virtual QString askSaveFileName();
    virtual QString askProjectPath();
    // Returns false when cancelled.
    virtual bool askNewProject(QString *sample, QString *directory);
    // A modified tab whose file changed on disk: reload it (losing the edits)?
    virtual bool askReloadChangedFile(const QString &name);

private:
    void createDocks();
    void createActions();
    void createStatusBar();
    void updateTitle();
    void updateActions();
    void updateEngineStatus();
    bool maybeSaveAll();
    bool maybeSave(CodeEditor *editor);
    bool saveEditor(CodeEditor *editor);
    void reportError(const QString &message);
    void showPreferences();
    void about();
    void onFileChangedOnDisk(CodeEditor *editor);
    void onProjectChanged();
    void onInvocationStarted();
    void onInvocationFinished(const Bullpen::InvocationResult &result, const Bullpen::FunctionConfig &function, int row);
    void showResult(const Bullpen::InvocationResult &result, const QString &codeDirectory);
    void openHandlerOf(const QString &logicalId);
    void applyEditorPreferences();
    void addRecentProject(const QString &path);

    EditorTabs *m_tabs;
    InvocationController *m_controller;
    QPointer<Project> m_project;
    QString m_function;
    Preferences m_preferences;

    ProjectView *m_projectView = nullptr;
    FunctionSettingsPanel *m_settingsPanel = nullptr;
    EventBuilder *m_eventBuilder = nullptr;
    ResultView *m_resultView = nullptr;
    LogView *m_logView = nullptr;
    FiguresBar *m_figures = nullptr;
    HistoryView *m_historyView = nullptr;
    PoolPanel *m_poolPanel = nullptr;
    QDockWidget *m_projectDock = nullptr;
    QDockWidget *m_eventDock = nullptr;
    QDockWidget *m_resultDock = nullptr;
    QDockWidget *m_logDock = nullptr;
    QDockWidget *m_historyDock = nullptr;
    RecentProjects *m_recent = nullptr;
    QMenu *m_recentMenu = nullptr;

    QComboBox *m_functionBox = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAllAction = nullptr;
    QAction *m_closeProjectAction = nullptr;
    QAction *m_invokeAction = nullptr;
    QAction *m_stopAction = nullptr;
    QLabel *m_engineLabel = nullptr;
    QLabel *m_lastResultLabel = nullptr;
    QLabel *m_syntaxLabel = nullptr;
    QLabel *m_positionLabel = nullptr;
    QMetaObject::Connection m_cursorConnection;
    QMetaObject::Connection m_definitionConnection;
    QString m_lastError;
};

} // namespace Bullpen
