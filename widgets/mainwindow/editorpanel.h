// SPDX-License-Identifier: MIT
#pragma once

#include "widgets/mainwindow/panel.h"

#include <QMetaObject>
#include <QPointer>

class QAction;
class QLabel;

namespace Bullpen {

class CodeEditor;
class EditorRecovery;
class EditorTabs;
class FindInProject;

// The code editors in the middle of the window: the file actions (new, open,
// save, save as, save all, close tab), the Edit menu for the mouse, View's
// theme and syntax, the syntax and cursor position in the status bar, and the
// question when another program changes an open file. Every save tells the
// open project, so that Invoke runs the saved code at once. Unsaved edits are
// this panel's to name and save; while they are unsaved they are kept in swap
// files (EditorRecovery), which a clean close removes and the next start (or
// the project's opening) offers back when the window was killed instead.
class EditorPanel final : public Panel
{
    Q_OBJECT
public:
    explicit EditorPanel(MainWindow *window);
    ~EditorPanel() override;

    EditorTabs *tabs() const { return m_tabs; }
    CodeEditor *editor() const;

    bool newFile();
    bool openFile(const QString &path);
    bool openFileAt(const QString &path, int line, int column = 0);
    bool save();
    bool saveAs(const QString &path);
    bool saveEditor(CodeEditor *editor);
    bool closeTab(int index);
    void openHandlerOf(const QString &logicalId);
    // Saves the modified editors whose files are under directory; false when one fails.
    bool saveEditorsUnder(const QString &directory);

    // Writes every unsaved editor's swap file now and waits for it (nothing
    // is written over the user's files); the folder they are in, or empty
    // when no editor has unsaved edits.
    QString keepForRecovery() const;
    // Where the swap files are (SwapStore::defaultDirectory()).
    static QString recoveryDirectory();
    // Offers the swap files left by a window that ended without saving or
    // discarding, of files under directory (every one when empty); how many.
    int offerRecovery(const QString &directory = {});
    EditorRecovery *recovery() const { return m_recovery; }

    QList<QDockWidget *> docks() const override { return { m_findDock }; }
    void contributeActions(const WindowMenus &menus) override;
    void projectChanged(Project *project) override;
    void aboutToClose() override;
    void preferencesChanged(const Preferences &preferences) override;
    QStringList unsavedChanges() const override;
    bool saveChanges(QString *error) override;
    void updateActions() override;
    void saveSession(QSettings &settings) const override;
    void restoreSession(QSettings &settings) override;

private:
    FindInProject *m_findInProject = nullptr;
    QDockWidget *m_findDock = nullptr;

    void onFileChangedOnDisk(CodeEditor *editor);
    void updateStatusLabels();

    EditorTabs *m_tabs;
    EditorRecovery *m_recovery;
    QPointer<Project> m_project;
    QAction *m_saveAction = nullptr;
    QLabel *m_syntaxLabel = nullptr;
    QLabel *m_positionLabel = nullptr;
    QMetaObject::Connection m_cursorConnection;
    QMetaObject::Connection m_definitionConnection;
};

} // namespace Bullpen
