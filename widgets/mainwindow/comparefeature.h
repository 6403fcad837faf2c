// SPDX-License-Identifier: MIT
#pragma once

#include "widgets/mainwindow/panel.h"

class QAction;

namespace Bullpen {

class CompareController;
class CompareView;

// Run > Compare Targets: the Compare dock (widgets/compare/CompareView) and its
// controller, on the open project's targets (bullpen-targets.yaml) and saved
// events. Its local pool runs on the window's engine settings; what its
// comparisons deployed is taken down when the project closes or the window does.
class CompareFeature final : public Panel
{
    Q_OBJECT
public:
    explicit CompareFeature(MainWindow *window);
    ~CompareFeature() override;

    CompareView *view() const { return m_view; }
    CompareController *controller() const { return m_controller; }
    QAction *showAction() const { return m_action; }

    QList<QDockWidget *> docks() const override { return { m_dock }; }
    void contributeActions(const WindowMenus &menus) override;
    void projectChanged(Project *project) override;
    void functionChanged(const QString &logicalId) override;
    void preferencesChanged(const Preferences &preferences) override;
    void aboutToClose() override;
    void saveSettings(QSettings &settings) const override;
    void restoreSettings(QSettings &settings) override;

private:
    CompareView *m_view;
    CompareController *m_controller;
    QDockWidget *m_dock = nullptr;
    QAction *m_action = nullptr;
    Project *m_project = nullptr;
};

} // namespace Bullpen
