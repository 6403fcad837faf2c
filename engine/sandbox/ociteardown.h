// SPDX-License-Identifier: MIT
#pragma once

#include "engine/sandbox/containerbackend.h"

#include <QPointer>

class QProcess;

namespace Bullpen {

class OciBackend;

// Removes one container without blocking the thread: "runc kill", then, once
// "runc run" has exited (its finished() signal, not a wait), "runc delete
// --force", then the cgroups (emptied, removed as soon as the kernel lets go
// of them, polled by a timer) and the bundle. Serves instances that stop with
// the engine or are deleted while running, and the stale clean-up (then with
// no "runc run" process). A QProcess-driven state machine rather than a worker
// thread: every step is a child process or a quick file operation, and the
// "runc run" process it reaps is a QObject of the engine's thread anyway.
class OciTeardown final : public SandboxTeardown
{
    Q_OBJECT
public:
    // run: the container's "runc run" process, taken over (reparented); may be
    // nullptr or already finished.
    OciTeardown(OciBackend *backend, const QString &containerId, QProcess *run);
    ~OciTeardown() override;

    QString containerId() const { return m_containerId; }
    void start();
    void finishNow(QDeadlineTimer deadline) override;

private:
    void killContainer();
    void deleteContainer();
    void removeCgroups();
    void done();
    QProcess *runtime(const QStringList &command);

    QPointer<OciBackend> m_backend;
    QString m_containerId;
    QProcess *m_run = nullptr;
    int m_killAttempts = 0;
    int m_rmdirAttempts = 0;
    bool m_finished = false;
};

} // namespace Bullpen
