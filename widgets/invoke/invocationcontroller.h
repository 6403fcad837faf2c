// SPDX-License-Identifier: MIT
#pragma once

#include "engine/invoke/invoker.h"
#include "engine/pool/instance.h"
#include "engine/project/projectsettings.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

namespace Bullpen {

class HistoryModel;
struct HistoryEntry;

// The window's handle on the engine: owns the Invoker (created on first use,
// recreated when the engine settings change, the old one shut down so that it
// removes its containers), runs one invocation at a time without blocking the
// GUI thread, appends every outcome to the history of the project it was run
// for (the HistoryModel, which it owns, shows the open project's), and counts
// the pool's warm and busy instances for the status bar. A failure to create
// the engine becomes a result with an engine error, so the window shows it
// like any other outcome.
class InvocationController final : public QObject
{
    Q_OBJECT
public:
    explicit InvocationController(QObject *parent = nullptr);
    ~InvocationController() override;

    void setEngineSettings(const EngineSettings &settings);
    // The open project's template: with one, each invocation first builds the
    // function when it has something to build and its inputs changed (issue 20).
    void setTemplatePath(const QString &templatePath) { m_templatePath = templatePath; }
    // The open project's folder (empty: none): the history shows its
    // invocations, kept on disk. An invocation still running for the previous
    // project ends in that project's history, not in this one's.
    void setProjectDirectory(const QString &projectDirectory);
    const EngineSettings &engineSettings() const { return m_settings; }
    // The engine, created now if need be; nullptr (with *error) when it cannot run here.
    Invoker *ensureInvoker(QString *error = nullptr);
    Invoker *invoker() const { return m_invoker.get(); }
    // The BackendRegistry id of the backend in use ("runc", "crun", "process"), or of the one
    // asked for before the engine starts ("oci" among them).
    QString backendName() const;
    // The pool's clock time now (the scale of InstanceInfo's timestamps); 0 before the engine starts.
    qint64 poolNowMs() const { return m_invoker ? m_invoker->poolNowMs() : 0; }

    // Starts an invocation; false when one is already running.
    bool invoke(const FunctionConfig &function, const QByteArray &payload, int codeRevision, const QString &eventName);
    bool rerun(int historyRow);
    void cancel();
    bool isRunning() const { return !m_running.isNull() || m_preparing; }

    // A function's concurrency and warm-up settings (provisioned concurrency
    // of its alias, keep-alive, keep-warm, schedules), applied to the engine
    // at once and again to every engine made later. The engine is created for
    // it only when something must run ahead of any call (provisioned
    // instances, keep-warm, a schedule). A changed configuration or code
    // revision retires the provisioned instances of the old one. A keep-alive
    // of 45 minutes (the default) follows the engine's (the preferences').
    // False with *error when a rate or schedule cannot be used (the rest applies).
    bool applyFunctionSettings(const FunctionConfig &function, const FunctionRunSettings &settings, int codeRevision,
                               QString *error = nullptr);

    int warmInstances() const;
    int busyInstances() const;
    HistoryModel *history() const { return m_history; }

Q_SIGNALS:
    void started(const Bullpen::FunctionConfig &function);
    // The settled result, the function it ran (as asked for, before a build), and the
    // history row it was appended as; -1 when its project is no longer the open one
    // (the entry went to that project's history file).
    void finished(const Bullpen::InvocationResult &result, const Bullpen::FunctionConfig &function, int historyRow);
    void runningChanged(bool running);
    // The running invocation's log lines as they come (see Invocation::logLine).
    void logLine(const QString &line);
    void poolChanged();
    void engineChanged();
    // A line of the automatic build's log (the window shows it in the Build panel).
    void buildLogLine(const QString &logicalId, const QString &line);
    // The runtime image the invocation waits for is being built (the first
    // use of a runtime on runc): what is happening, percent (-1 unknown).
    void runtimeImageProgress(const QString &message, int percent);

private:
    // What a run is asked for, kept for its history entry.
    struct Request
    {
        FunctionConfig function; // as asked for (a build may run another folder)
        QByteArray payload;
        int codeRevision = 0;
        QString eventName;
        QString projectDirectory; // whose history it goes to
    };
    bool start(const Request &request, const FunctionConfig &run, int codeRevision);
    void complete(const Request &request, const InvocationResult &result);

    EngineSettings m_settings;
    std::unique_ptr<Invoker> m_invoker;
    HistoryModel *m_history;
    QPointer<Invocation> m_running;
    QHash<QString, InstanceState> m_instances;
    QString m_templatePath;
    QString m_projectDirectory;
    struct AppliedSettings
    {
        FunctionConfig function;
        FunctionRunSettings settings;
        int codeRevision = 0;
    };
    QHash<QString, AppliedSettings> m_applied; // per function: what the engine was given
    bool applyToEngine(const AppliedSettings &applied, QString *error);
    bool m_preparing = false;
    int m_rebuilds = 0;
};

} // namespace Bullpen
