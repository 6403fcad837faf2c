// SPDX-License-Identifier: MIT
#pragma once

#include "engine/sandbox/containerbackend.h"

#include <QDeadlineTimer>
#include <QList>
#include <QPointer>

class QProcess;

namespace Bullpen {

class ProcessBackend;

// One runtime as a plain child process of the engine: no isolation, no limit.
// Owns its QProcess.
class ProcessInstance final : public SandboxInstance
{
    Q_OBJECT
public:
    // backend: takes over a process still running when the instance is deleted; may be nullptr.
    ProcessInstance(ProcessBackend *backend, const InstanceSpec &spec, QObject *parent = nullptr);
    ~ProcessInstance() override;

    void start() override;
    void kill() override;
    qint64 maxMemoryUsedBytes() const override;
    qint64 currentMemoryBytes() const override;
    bool memoryLimitEnforced() const override { return false; }
    QString limitationNote() const override;
    void drainOutput() override;

    // The spec with /var/task and /var/runtime replaced by the host folders.
    static InstanceSpec hostPaths(const InstanceSpec &spec);
    // Gives a running process to a teardown of the backend (SIGKILL, reaped on
    // its finished() signal); the instance emits nothing afterwards.
    void handOver();

private:
    QPointer<ProcessBackend> m_backend;
    InstanceSpec m_spec;
    QProcess *m_process = nullptr;
    mutable qint64 m_maxMemory = -1;
    bool m_killRequested = false;
    bool m_done = false;
};

// Runs instances as plain processes: for machines without an OCI runtime and
// for debugging a runtime. Owns its instances' processes until shutdown().
class ProcessBackend final : public ContainerBackend
{
    Q_OBJECT
public:
    explicit ProcessBackend(QObject *parent = nullptr);
    ~ProcessBackend() override;

    QString name() const override { return QStringLiteral("process"); }
    bool isAvailable(QString *whyNot) const override;
    InstanceSource instanceSource() const override { return InstanceSource::RootFilesystem; }
    SandboxInstance *create(const InstanceSpec &spec, QObject *parent) override;
    // Kills a process in the background; it is reaped on its finished() signal.
    void tearDown(QProcess *process);

protected:
    // Children die with the engine (PR_SET_PDEATHSIG) and leave nothing on disk.
    void beginCleanupStale() override { endCleanupStale(); }
    void tearDownInstances() override;

private:
    QList<QPointer<ProcessInstance>> m_instances;
};

} // namespace Bullpen
