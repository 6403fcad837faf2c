// SPDX-License-Identifier: MIT
#pragma once

#include "widgets/mainwindow/panel.h"

namespace Bullpen {

class PoolPanel;

// The warm pool in the window (issue 8): the PoolPanel's docks (pool view,
// timeline, charts, instance) and its Pool menu, which it puts before Help;
// a timeline bar or an instance's invocation opens that invocation's history
// entry, as a History row does. Pre-warming runs a function as Invoke would
// (the settings panel's edits, the code's revision), so the instances it
// starts are the ones the next Invoke reuses.
class PoolFeature final : public Panel
{
    Q_OBJECT
public:
    explicit PoolFeature(MainWindow *window);
    ~PoolFeature() override;

    PoolPanel *poolPanel() const { return m_pool; }

    QList<QDockWidget *> docks() const override;
    void contributeActions(const WindowMenus &menus) override;
    void functionChanged(const QString &logicalId) override;

private:
    PoolPanel *m_pool;
};

} // namespace Bullpen
