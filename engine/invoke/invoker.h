// SPDX-License-Identifier: MIT
#pragma once

#include "engine/invocation/invocation.h"
#include "engine/invoke/enginesettings.h"
#include "engine/pool/instance.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace Bullpen {

class Clock;
class ContainerBackend;
class WarmPool;

// The engine's front door, for the command line, the window and the coming
// servers alike: it owns the container backend, the two clocks (the pool
// clock, which may run fast, and real time) and the warm pool, removes what a
// killed earlier run left behind when it starts, and stops everything it
// started when it stops. It hands out none of them: what callers need of the
// pool (its instances, their memory, their changes, the invocations it runs)
// it offers itself.
class Invoker final : public QObject
{
    Q_OBJECT
public:
    // What the backend in use is, for status bars and reports.
    struct BackendInfo {
        QString id;           // "runc", "crun", "process"
        QString displayName;  // for people: "runc", "crun", "Process (no isolation)"
        bool isolates = true; // false: the handler runs as a plain process
    };

    // Returns nullptr with a clear error when no backend can run here.
    static std::unique_ptr<Invoker> create(const EngineSettings &settings, QString *error, QObject *parent = nullptr);
    ~Invoker() override;

    // Starts an invocation; its result arrives through Invocation::finished
    // (never from inside this call) and invocationFinished.
    Invocation *invoke(const FunctionConfig &function, const QByteArray &payload, int codeRevision = 0);
    // Stops every instance now; no container or process is left. The engine
    // can be used again afterwards.
    void shutdown();

    const EngineSettings &settings() const { return m_settings; }
    BackendInfo backendInfo() const;

    // The pool's state.
    QList<InstanceInfo> instances() const;
    int instanceCount() const;
    int instanceCount(InstanceState state) const;
    // Memory an instance's sandbox uses now; -1 if unknown or gone.
    qint64 instanceMemoryBytes(const QString &instanceId) const;
    // The pool clock's time, the scale of InstanceInfo::changedAtMs and expiresAtMs.
    qint64 poolNowMs() const;

    // Knobs the bench turns between runs; they apply to instances started afterwards.
    void setKeepAliveMs(qint64 ms);
    void setMaxInstancesPerFunction(int n);

Q_SIGNALS:
    void instanceChanged(const Bullpen::InstanceInfo &info);
    void instanceRemoved(const QString &instanceId);
    void invocationStarted(const QByteArray &requestId, const QString &functionId);
    void invocationFinished(const Bullpen::InvocationResult &result);

private:
    explicit Invoker(const EngineSettings &settings, QObject *parent);

    EngineSettings m_settings;
    Clock *m_poolClock = nullptr;
    Clock *m_realClock = nullptr;
    ContainerBackend *m_backend = nullptr;
    WarmPool *m_pool = nullptr;
};

} // namespace Bullpen
