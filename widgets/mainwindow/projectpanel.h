// SPDX-License-Identifier: MIT
#pragma once

#include "widgets/mainwindow/panel.h"

#include <QPointer>

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
    FunctionSettingsPanel *settingsPanel() const { return m_settingsPanel; }

    QList<QDockWidget *> docks() const override { return { m_dock }; }
    void arrangeDocks() override;
    void projectChanged(Project *project) override;
    void functionChanged(const QString &logicalId) override;
    QStringList unsavedChanges() const override;
    bool saveChanges(QString *error) override;

private:
    ProjectView *m_projectView;
    FunctionSettingsPanel *m_settingsPanel;
    QDockWidget *m_dock;
    QPointer<Project> m_project;
};

} // namespace Bullpen
