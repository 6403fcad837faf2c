// SPDX-License-Identifier: MIT
#pragma once

#include "widgets/mainwindow/panel.h"

#include <QPointer>

class QAction;

namespace Bullpen {

class InvokeApiServer;
class ServeSession;
class ServerView;

// Tools > Server: `bullpen serve` inside the window. Runs Lambda's Invoke API
// on 127.0.0.1 in front of the window's own engine (so the pool view shows
// what the AWS CLI or an SDK invokes), with SigV4 off or required with a
// profile's keys, and feeds the Server panel (widgets/serve/ServerView): its
// state, routes, live request log and the commands for the chosen function.
// Owns the server; it stops with the window, and restarts on a new engine.
class ServerFeature final : public Panel
{
    Q_OBJECT
public:
    explicit ServerFeature(MainWindow *window);
    ~ServerFeature() override;

    ServerView *view() const { return m_view; }
    InvokeApiServer *server() const;
    QAction *showAction() const { return m_showAction; }
    QAction *startStopAction() const { return m_startStopAction; }

    // Starts on the view's port with its SigV4 choice; false (and the reason in
    // the view and the status bar) when it cannot.
    bool start();
    void stop();
    bool isRunning() const;

    QList<QDockWidget *> docks() const override { return { m_dock }; }
    void contributeActions(const WindowMenus &menus) override;
    void projectChanged(Project *project) override;
    void functionChanged(const QString &logicalId) override;
    void aboutToClose() override;
    void saveSettings(QSettings &settings) const override;
    void restoreSettings(QSettings &settings) override;
    void updateActions() override;

private:
    void refreshFunctions();
    void onEngineChanged();

    ServerView *m_view;
    QDockWidget *m_dock = nullptr;
    QAction *m_showAction = nullptr;
    QAction *m_startStopAction = nullptr;
    QPointer<InvokeApiServer> m_server; // the session's Invoke API
    QPointer<ServeSession> m_session;
    QPointer<Project> m_project;
    QString m_function; // logical id of the window's function
};

} // namespace Bullpen
