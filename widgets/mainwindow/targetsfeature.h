// SPDX-License-Identifier: MIT
#pragma once

#include "widgets/mainwindow/panel.h"

class QAction;

namespace Bullpen {

class TargetsView;

// Tools › Deployment Targets: the Targets dock (TargetsView) for the open
// project, its targets file read again when the project or its template changes.
class TargetsFeature final : public Panel
{
    Q_OBJECT
public:
    explicit TargetsFeature(MainWindow *window);
    ~TargetsFeature() override;

    TargetsView *view() const { return m_view; }
    QAction *showAction() const { return m_action; }
    QList<QDockWidget *> docks() const override { return { m_dock }; }
    void contributeActions(const WindowMenus &menus) override;
    void projectChanged(Project *project) override;
    void preferencesChanged(const Preferences &preferences) override;

private:
    void reload();

    TargetsView *m_view;
    QDockWidget *m_dock = nullptr;
    QAction *m_action = nullptr;
    Project *m_project = nullptr;
};

} // namespace Bullpen
