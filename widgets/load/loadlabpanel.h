// SPDX-License-Identifier: MIT
#pragma once

#include "widgets/mainwindow/panel.h"

class QAction;
class QTabWidget;

namespace Bullpen {

class LoadLabWidget;
class PolicyLabView;

// The load lab in the window (issue 9): a "Load Lab" dock with two tabs, the
// open-loop load against the window's engine (LoadLabWidget; the pool view,
// timeline and charts show it live through the pool's stream) and the
// keep-alive policy lab (PolicyLabView, the pool's model). Run > Load Lab
// shows it.
class LoadLabPanel final : public Panel
{
    Q_OBJECT
public:
    explicit LoadLabPanel(MainWindow *window);
    ~LoadLabPanel() override;

    LoadLabWidget *loadLab() const { return m_load; }
    PolicyLabView *policyLab() const { return m_policy; }
    QTabWidget *tabs() const { return m_tabs; }

    QList<QDockWidget *> docks() const override { return { m_dock }; }
    void contributeActions(const WindowMenus &menus) override;
    void projectChanged(Project *project) override;
    void functionChanged(const QString &logicalId) override;
    void aboutToClose() override;

private:
    QTabWidget *m_tabs;
    LoadLabWidget *m_load;
    PolicyLabView *m_policy;
    QDockWidget *m_dock = nullptr;
    QAction *m_show = nullptr;
};

} // namespace Bullpen
