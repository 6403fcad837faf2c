// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;

namespace Bullpen {

class RecentProjects;

// What the middle of the window shows while no project is open: one line on
// what Bullpen does, New Project and Open Project, and the recent projects to
// reopen with a click. It only asks: the window does the opening.
class WelcomePage final : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(RecentProjects *recent, QWidget *parent = nullptr);

    QPushButton *newProjectButton() const { return m_newProject; }
    QPushButton *openProjectButton() const { return m_openProject; }
    QListWidget *recentList() const { return m_recentList; }

Q_SIGNALS:
    void newProjectRequested();
    void openProjectRequested();
    void recentProjectChosen(const QString &path);

private:
    void fillRecent();

    RecentProjects *m_recent;
    QPushButton *m_newProject;
    QPushButton *m_openProject;
    QListWidget *m_recentList;
};

} // namespace Bullpen
