// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class QDockWidget;
class QMenu;
class QSettings;
class QToolBar;
class QWidget;

namespace Bullpen {

class MainWindow;
class Project;
struct Preferences;

// The window's menus and tool bar, in which panels put their actions. The
// frame makes them in this order; a panel adds to the ones it needs.
struct WindowMenus
{
    QMenu *file = nullptr;
    QMenu *edit = nullptr;
    QMenu *run = nullptr;
    QMenu *view = nullptr;
    QMenu *tools = nullptr;
    QMenu *help = nullptr;
    QToolBar *toolBar = nullptr;
};

// A feature of the main window (the project tree, the editor tabs, the event
// builder, invoking and its results; next the pool view, the load lab, the
// server and the targets). The window is a frame: it owns the panels, the open
// Project and the chosen function, and tells every panel when they change; each
// panel makes its own widgets and docks, contributes its actions to the
// window's menus, keeps its own settings, names its unsaved changes for the
// one question the window asks before anything is lost, and saves them when
// told. Adding a panel is one line in MainWindow's constructor.
class Panel : public QObject
{
    Q_OBJECT
public:
    explicit Panel(MainWindow *window);
    ~Panel() override;

    MainWindow *window() const { return m_window; }

    // Its docks, made and added to the window in its constructor; the window
    // lists them under View > Panels and keeps their arrangement.
    virtual QList<QDockWidget *> docks() const { return {}; }
    // Sizes its docks in the default layout (before a saved one is restored).
    virtual void arrangeDocks() { }
    // Called once, after every panel exists, in the order they were added.
    virtual void contributeActions(const WindowMenus &menus) { Q_UNUSED(menus) }
    // A widget under the editor tabs, or nullptr.
    virtual QWidget *centralFooter() const { return nullptr; }

    // The open project changed (nullptr: closed). Called before functionChanged.
    virtual void projectChanged(Project *project) { Q_UNUSED(project) }
    // The function Invoke and the event builder work on (empty: none).
    virtual void functionChanged(const QString &logicalId) { Q_UNUSED(logicalId) }
    virtual void preferencesChanged(const Preferences &preferences) { Q_UNUSED(preferences) }

    // Names of what would be lost, for the unsaved-changes question.
    virtual QStringList unsavedChanges() const { return {}; }
    // Saves them; false with *error when one cannot be saved.
    virtual bool saveChanges(QString *error)
    {
        Q_UNUSED(error)
        return true;
    }
    // The window is closing (the user agreed): keep what should outlive it.
    virtual void aboutToClose() { }
    // Its part of the open project's session (open files, the chosen event),
    // kept per project and given back when the project opens again.
    virtual void saveSession(QSettings &settings) const { Q_UNUSED(settings) }
    virtual void restoreSession(QSettings &settings) { Q_UNUSED(settings) }
    // Its own settings, in its own group of the window's QSettings.
    virtual void saveSettings(QSettings &settings) const { Q_UNUSED(settings) }
    virtual void restoreSettings(QSettings &settings) { Q_UNUSED(settings) }

    // Updates the enabled state of its actions.
    virtual void updateActions() { }

protected:
    // Makes a closable, movable dock around widget, named for the saved layout.
    QDockWidget *makeDock(const QString &title, const QString &objectName, QWidget *widget) const;
    // A message in the window's status bar.
    void showStatus(const QString &message, int timeoutMs = 4000) const;

private:
    MainWindow *m_window;
};

} // namespace Bullpen
