// SPDX-License-Identifier: MIT
#pragma once

#include "widgets/mainwindow/panel.h"

#include <QPointer>

class QMenu;
class QModelIndex;

namespace Bullpen {

class FunctionSettingsPanel;
class ProjectView;

// The Project dock on the left: the project's files and functions, and below
// them the chosen function's settings. Choosing a function in the tree chooses
// it for the whole window; activating a file opens it in the editor. The
// settings' unsaved edits are this panel's to name and save.
class ProjectPanel final : public Panel
{
    Q_OBJECT
public:
    explicit ProjectPanel(MainWindow *window);
    ~ProjectPanel() override;

    ProjectView *projectView() const { return m_projectView; }
    // What the right mouse button shows for an item of the tree: Invoke, New
    // File, Rename, Delete (to the trash), Reveal in the file manager, and Open
    // the template at the function. The caller owns the menu.
    QMenu *contextMenu(const QModelIndex &index, QWidget *parent);
    FunctionSettingsPanel *settingsPanel() const { return m_settingsPanel; }

    QList<QDockWidget *> docks() const override { return { m_dock }; }
    void arrangeDocks() override;
    void projectChanged(Project *project) override;
    void functionChanged(const QString &logicalId) override;
    QStringList unsavedChanges() const override;
    bool saveChanges(QString *error) override;

private:
    QString folderFor(const QModelIndex &index) const;
    void newFileIn(const QString &folder);
    void rename(const QString &path);
    void remove(const QString &path);
    // Closes the tabs of files at or under path; false (nothing closed) when one has unsaved edits.
    bool closeTabsUnder(const QString &path);

    ProjectView *m_projectView;
    FunctionSettingsPanel *m_settingsPanel;
    QDockWidget *m_dock;
    QPointer<Project> m_project;
};

} // namespace Bullpen
