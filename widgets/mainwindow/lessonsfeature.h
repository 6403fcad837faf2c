// SPDX-License-Identifier: MIT
#pragma once

#include "widgets/mainwindow/panel.h"

class QAction;

namespace Bullpen {

class LessonsWidget;

// The lessons in the window (issue 9): a "Lessons" dock (LessonsWidget) on
// the window's engine, shown by Help > Lessons (Ctrl+Shift+L). When a lesson
// plays, the pool's docks are shown so they narrate it; "Open the function"
// opens the lesson's project (the learner's copy) and the function's code.
class LessonsFeature final : public Panel
{
    Q_OBJECT
public:
    explicit LessonsFeature(MainWindow *window);
    ~LessonsFeature() override;

    LessonsWidget *lessons() const { return m_lessons; }
    QDockWidget *dock() const { return m_dock; }

    QList<QDockWidget *> docks() const override { return { m_dock }; }
    void contributeActions(const WindowMenus &menus) override;
    void aboutToClose() override;

private:
    LessonsWidget *m_lessons;
    QDockWidget *m_dock = nullptr;
    QAction *m_show = nullptr;
};

} // namespace Bullpen
