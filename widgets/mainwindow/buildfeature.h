// SPDX-License-Identifier: MIT
#pragma once

#include "widgets/mainwindow/panel.h"

namespace Bullpen {

class BuildPanel;

// The window's part of building functions with dependencies (issue 20): the
// Build action (Ctrl+B) in the Run menu and the build log in a dock beside
// the history. The log shows Ctrl+B's builds and the automatic build the
// invocation controller runs before an invocation whose inputs changed; both
// learn the open project's template from here.
class BuildFeature final : public Panel
{
    Q_OBJECT
public:
    explicit BuildFeature(MainWindow *window);
    ~BuildFeature() override;

    BuildPanel *buildPanel() const { return m_panel; }

    QList<QDockWidget *> docks() const override { return { m_dock }; }
    void contributeActions(const WindowMenus &menus) override;
    void projectChanged(Project *project) override;

private:
    BuildPanel *m_panel;
    QDockWidget *m_dock = nullptr;
};

} // namespace Bullpen
