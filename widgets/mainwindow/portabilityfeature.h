// SPDX-License-Identifier: MIT
#pragma once

#include "widgets/mainwindow/panel.h"

#include <QList>

class QAction;
class QMenu;

namespace Bullpen {

class PortabilityView;

// Moving a function off Bullpen (issue 12 items 3 and 4): Tools > Portability
// Report (the dock with widgets/portability/PortabilityView) and File > Export
// (a Docker build context FROM Lambda's official image or Bullpen's offline
// one, a Docker Swarm stack file, EC2 user data) for the chosen function.
class PortabilityFeature final : public Panel
{
    Q_OBJECT
public:
    enum class ExportKind { DockerfileOfficial, DockerfileOffline, SwarmStack, Ec2UserData };

    explicit PortabilityFeature(MainWindow *window);
    ~PortabilityFeature() override;

    PortabilityView *view() const { return m_view; }
    QAction *reportAction() const { return m_reportAction; }
    QMenu *exportMenu() const { return m_exportMenu; }
    QList<QDockWidget *> docks() const override { return { m_dock }; }
    void contributeActions(const WindowMenus &menus) override;
    void projectChanged(Project *project) override;
    void functionChanged(const QString &logicalId) override;
    void preferencesChanged(const Preferences &preferences) override;
    void updateActions() override;

    // Writes the chosen function's export to path (a folder for a Dockerfile's
    // context, a file otherwise); the outcome in the status bar, a failure also
    // through the window's error report. The Dockerfile's context is written
    // asynchronously: exported() follows.
    void exportTo(ExportKind kind, const QString &path);

Q_SIGNALS:
    void exported(const QString &path, const QString &error);

private:
    void ask(ExportKind kind);

    PortabilityView *m_view;
    QDockWidget *m_dock = nullptr;
    QAction *m_reportAction = nullptr;
    QMenu *m_exportMenu = nullptr;
    QList<QAction *> m_exportActions;
    Project *m_project = nullptr;
    QString m_function;
};

} // namespace Bullpen
