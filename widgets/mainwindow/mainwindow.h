// SPDX-License-Identifier: MIT
#pragma once

#include "widgets/mainwindow/panel.h"
#include "widgets/preferences/preferences.h"

#include <QDeadlineTimer>
#include <QMainWindow>
#include <QPointer>
#include <QUrl>

class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;
class QSettings;
class QStackedWidget;

namespace Bullpen {

class CodeEditor;
class EditorPanel;
class EditorTabs;
class EventBuilder;
class EventsPanel;
class FiguresBar;
class FunctionSettingsPanel;
class HistoryView;
class InvocationController;
class InvokePanel;
class LogView;
class Project;
class ProjectPanel;
class PoolPanel;
class ProjectView;
class RecentProjects;
class ResultView;
class TerminationWatcher;
class WelcomePage;

// Bullpen's main window: a frame around feature panels (see Panel). It owns the
// open Project, the chosen function and the preferences, tells the panels when
// they change, makes the menus the panels put their actions in, asks the user
// once about every panel's unsaved changes before anything is lost, and keeps
// the arrangement of the docks. The panels: the editor tabs in the middle, the
// project tree and the function's settings on the left, the event builder on
// the right, invoking with its result, logs and history at the bottom. On
// SIGINT or SIGTERM it closes without asking, keeping unsaved edits for
// recovery, and stops the engine. Killed (SIGKILL, a crash), it leaves the
// editors' swap files, which the next start offers back. The questions it asks are virtual so that
// tests can answer them without a modal loop; the accessors below reach into
// the panels for tests and scripts.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class SaveChoice { Save, Discard, Cancel };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // The current tab's editor (there is always one).
    CodeEditor *editor() const;
    EditorTabs *tabs() const;
    Project *project() const;
    ProjectView *projectView() const;
    FunctionSettingsPanel *settingsPanel() const;
    EventBuilder *eventBuilder() const;
    ResultView *resultView() const;
    LogView *logView() const;
    FiguresBar *figuresBar() const;
    HistoryView *historyView() const;
    InvocationController *controller() const;
    QAction *invokeAction() const;
    QAction *stopAction() const;
    QString engineStatus() const;
    QList<Panel *> panels() const { return m_panels; }
    // Shown in the middle while no project (and no file) is open.
    WelcomePage *welcomePage() const { return m_welcome; }
    // The panel of type T, or nullptr.
    template<class T> T *panel() const
    {
        for (Panel *candidate : m_panels)
            if (auto *found = qobject_cast<T *>(candidate))
                return found;
        return nullptr;
    }

    // Files. Each reports a failure in a message box and the status bar, and
    // returns whether it happened.
    bool newFile();
    bool openFile(const QString &path);
    // Opens path and puts the cursor on line (1-based) and column (1-based, 0 = start).
    bool openFileAt(const QString &path, int line, int column = 0);
    bool save();
    bool saveAs(const QString &path);
    // Saves every panel's unsaved changes.
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
    // Opens the handler file of a function at its handler's line.
    void openHandlerOf(const QString &logicalId);

    // Runs the current function with the event builder's payload; false when it cannot start.
    bool invoke();
    void stop();
    // Shows a history entry's result and logs again.
    void showHistoryEntry(int row);
    // The warm pool's views (their docks and the Pool menu).
    PoolPanel *poolPanel() const;

    Preferences preferences() const { return m_preferences; }
    // Applies (a changed engine setting recreates the engine) and remembers them.
    void setPreferences(const Preferences &preferences);

    // Reports a failure in a message box (without a modal loop) and the status bar.
    void reportError(const QString &message);
    // The last error reported, for the status bar and for tests.
    QString lastError() const { return m_lastError; }

    // Every action of the menus that has a shortcut: its name and its keys.
    QList<QPair<QString, QString>> shortcuts() const;
    // The documentation the Help menu opens: README.md beside the installed
    // program (share/doc/bullpen) or at the top of a build's source tree.
    static QUrl documentationUrl();

    // Closes as the user would, asking nothing: unsaved edits are kept for
    // recovery (see EditorPanel), the engine stops. What SIGINT and SIGTERM do.
    void terminate();
    bool isTerminating() const { return m_terminating; }
    // After the window closed (its close started the engine's teardown): runs
    // the event loop until that teardown has ended, for at most the deadline,
    // so that destroying the window waits for no container. For after the
    // application's event loop; false if the deadline came first.
    bool waitForEngineShutdown(QDeadlineTimer deadline);

Q_SIGNALS:
    void projectOpened(const QString &directory);
    void invocationShown(int historyRow);
    // The open project or the chosen function changed; also the title's inputs.
    void titleInputsChanged();

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
    // A name typed by the user; empty when cancelled.
    virtual QString askName(const QString &title, const QString &label, const QString &initial);
    // A yes-or-no question; true for yes.
    virtual bool askYesNo(const QString &title, const QString &text);

private:
    // The panels ask the user through the window's questions.
    friend class EditorPanel;
    friend class ProjectPanel;

    void addPanel(Panel *panel);
    void createMenus();
    void updateTitle();
    void updateActions();
    void updateCentral();
    void askAndOpenProject();
    void askAndCreateProject();
    // Asks the window system for the keyboard after one of our dialogs closed.
    void reclaimKeyboard();
    bool maybeSaveAll();
    void setProject(Project *project);
    // The open project's session, kept per project; the last project is
    // reopened at the next start.
    void saveSession();
    void saveSession(QSettings &settings);
    void restoreSession();
    void reopenLastProject();
    void showPreferences();
    void about();
    void showShortcuts();
    void openDocumentation();

    QList<Panel *> m_panels;
    EditorPanel *m_editorPanel = nullptr;
    ProjectPanel *m_projectPanel = nullptr;
    EventsPanel *m_eventsPanel = nullptr;
    InvokePanel *m_invokePanel = nullptr;

    QPointer<Project> m_project;
    QString m_function;
    Preferences m_preferences;
    RecentProjects *m_recent = nullptr;
    WelcomePage *m_welcome = nullptr;
    QStackedWidget *m_central = nullptr;
    QAction *m_closeProjectAction = nullptr;
    TerminationWatcher *m_termination = nullptr;
    bool m_terminating = false;
    QString m_lastError;
};

} // namespace Bullpen
