// SPDX-License-Identifier: MIT
#pragma once

#include "engine/build/buildsandbox.h"
#include "engine/build/buildtarget.h"
#include "engine/sandbox/backendregistry.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QStringList>

#include <functional>

namespace Bullpen {

class FunctionImages;

// Where a build takes its tools' configuration and keeps its dependency cache,
// and in which sandbox its tools run. Builds never see the user's home: pip's
// and npm's configuration comes in by explicit path (bound read-only into the
// sandbox) and through the PIP_*, npm_config_* and proxy variables of
// `environment`; nothing else of it is passed on.
struct BuildOptions
{
    // The backend whose sandbox runs pip, npm and make (BuildSandbox): the
    // engine's, so that a function is built on the image it runs on.
    QString backend = BackendRegistry::defaultId();
    QString imageCache; // runc's runtime image cache; empty: the default
    QString dependencyCache; // default <XDG cache>/Bullpen/deps, shared by every project
    QString pipConfigFile; // PIP_CONFIG_FILE; default the user's pip.conf when there is one
    QString npmConfigFile; // npm_config_userconfig; default the user's ~/.npmrc when there is one
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();

    static QString defaultDependencyCache();
};

// Builds a SAM project's functions and layers as `sam build` does, into
// <template folder>/.aws-sam/build/<LogicalId> and a built template.yaml whose
// CodeUri and ContentUri name those folders, so `sam deploy` takes the result.
// Each target is rebuilt only when the hash of its inputs changed (kept in
// .aws-sam/build/bullpen-build.json); dependencies are installed once per
// manifest hash into the shared cache and hard-linked into each build, so a
// code-only change costs a copy. A target is built in a staging folder and
// replaces the previous build only when every step succeeded: a failed build
// leaves the last good one in place. pip, npm and make run in the function's
// sandbox shape (BuildSandbox: a container of its runtime's build image on the
// options' backend; on the host only for the process backend, which isolates
// nothing); esbuild, a bundler whose output does not depend on the platform,
// runs on the host. Their output streams through logLine(); nothing here
// waits on the calling thread for a process. Builds stop at the first failing
// target, as SAM's do.
class ProjectBuilder final : public QObject
{
    Q_OBJECT
public:
    explicit ProjectBuilder(const QString &templatePath, const BuildOptions &options = {}, QObject *parent = nullptr);
    ~ProjectBuilder() override;

    // Starts building the named targets (all when empty); finished() follows,
    // never from inside this call. Returns false with an error, and emits
    // nothing, when the template cannot be read or names no such target.
    bool start(const QStringList &logicalIds = {}, QString *error = nullptr);
    bool isRunning() const { return m_running; }

    // The last build's outcome: the failing step with the tool's own message.
    QString errorString() const { return m_error; }
    // Counters of the last build, for the CLI's summary and for tests.
    int rebuiltCount() const { return m_rebuilt; }
    int upToDateCount() const { return m_upToDate; }
    // Dependency installs that ran (pip or npm), cache hits excluded.
    int dependencyInstallCount() const { return m_installs; }

    // True when the target has no current build (never built, or its inputs changed).
    bool isOutdated(const BuildTarget &target) const;

Q_SIGNALS:
    void logLine(const QString &logicalId, const QString &line);
    void targetStarted(const QString &logicalId);
    void targetFinished(const QString &logicalId, bool rebuilt);
    void finished(bool ok);

private:
    struct Step
    {
        QString name; // "pip install", "npm ci", "make build-Fn", "copy code", ...
        BuildJob job; // a tool to run, when there is no `action`
        bool onHost = false; // esbuild: the host's tool, not in the sandbox
        QString lockFile; // npm: "install" becomes "ci" when this file is there as the step starts
        std::function<bool(QString *)> action; // runs in-process when there is no tool
    };

    void nextTarget();
    void nextImage();
    bool planTarget(const BuildTarget &target, QString *error);
    void planDependencies(const BuildTarget &target, const QString &into);
    void runNextStep();
    void stepFailed(const QString &message);
    void finish(bool ok);
    QMap<QString, QString> toolEnvironment(bool sandboxed) const;
    QList<BuildMount> configMounts() const;
    BuildSandbox *sandboxFor(const Step &step);
    void onToolFinished(int exitCode, const QString &error);
    bool writeState(const QString &logicalId, const QString &hash, QString *error);
    QString toolchain() const;
    QByteArray stateHash(const BuildTarget &target) const;

    QString m_templatePath;
    QString m_buildDirectory;
    BuildOptions m_options;
    QList<BuildTarget> m_allTargets;
    QList<BuildTarget> m_queue;
    QList<FunctionConfig> m_images; // image functions still to build, after the queue
    FunctionImages *m_functionImages = nullptr;
    BuildTarget m_current;
    QByteArray m_currentHash;
    QList<Step> m_steps;
    Step m_step;
    BuildSandbox *m_sandbox = nullptr; // the backend's; nullptr until the first start()
    BuildSandbox *m_host = nullptr; // the host's, for esbuild
    QPointer<BuildSandbox> m_tool;
    QStringList m_tail;
    QString m_error;
    bool m_running = false;
    int m_rebuilt = 0;
    int m_upToDate = 0;
    int m_installs = 0;
};

} // namespace Bullpen
