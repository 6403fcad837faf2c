// SPDX-License-Identifier: MIT
#pragma once

#include "widgets/mainwindow/panel.h"

#include "engine/aws/sigv4verifier.h"
#include "engine/build/functionpreparer.h"
#include "engine/project/functionconfig.h"

#include <QHash>
#include <QPointer>

#include <optional>

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
// It serves the BUILT code, as the window's Invoke and `bullpen invoke` run it:
// before it listens, every function goes through the automatic build
// (FunctionPreparer: a build when the function has something to build and its
// inputs changed, else `sam build`'s output when newer, else its folder), and
// a function whose code changes on disk while it serves is built again; the
// invocations then run at a new code revision (Invoker::setCodeRevision), so
// warm instances of the old code are not reused.
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

    // Builds the project's functions, then starts on the view's port with its
    // SigV4 choice; runningChanged(true) says when it listens. False (and the
    // reason in the view and the status bar) when it cannot start; a build
    // that fails later says so the same way and leaves it stopped.
    bool start();
    void stop();
    bool isRunning() const;
    bool isBuilding() const { return !m_preparer.isNull(); }

Q_SIGNALS:
    void runningChanged(bool running);
    // The functions as served were built (again): the server serves this code now.
    void functionsPrepared();

public:
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
    // Queues functions for the automatic build (all of the project's when
    // empty) and builds them one after the other.
    void prepare(const QStringList &logicalIds = {});
    void prepareNext();
    void startSession();
    QList<FunctionConfig> servedFunctions() const;
    void applyCodeRevisions();

    ServerView *m_view;
    QDockWidget *m_dock = nullptr;
    QAction *m_showAction = nullptr;
    QAction *m_startStopAction = nullptr;
    QPointer<InvokeApiServer> m_server; // the session's Invoke API
    QPointer<ServeSession> m_session;
    QPointer<Project> m_project;
    QString m_function; // logical id of the window's function
    // The automatic build before serving.
    QPointer<FunctionPreparer> m_preparer;
    QStringList m_toPrepare; // logical ids waiting for their build
    QHash<QString, FunctionConfig> m_built; // logical id -> the function as built
    bool m_startWhenBuilt = false;
    quint16 m_startPort = 0; // the port the start being prepared listens on
    int m_rebuilds = 0; // rebuilds while serving: part of the served code revision
    std::optional<SigV4Verifier> m_verifier; // of the start being prepared
};

} // namespace Bullpen
