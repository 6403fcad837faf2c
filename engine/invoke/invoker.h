// SPDX-License-Identifier: MIT
#pragma once

#include "engine/invocation/invocation.h"
#include "engine/sandbox/backendregistry.h"

#include <QObject>
#include <QString>

#include <memory>

namespace Bullpen {

class Clock;
class ContainerBackend;
class WarmPool;

struct EngineSettings {
    QString backend = BackendRegistry::defaultId(); // a BackendRegistry id
    qint64 keepAliveMs = 45 * 60 * 1000;      // Lambda keeps idle environments about 45 minutes
    double clockSpeed = 1.0;                  // >1 runs keep-alive and timeouts faster (teaching, tests)
    QString rootFilesystem;                   // empty: the host's file system
    QString cacheDirectory;                   // empty: QStandardPaths::CacheLocation
    int maxInstancesPerFunction = 0;          // 0: scale out without limit
};

// The engine's front door, for the command line and the window alike: it
// owns the container backend, the clock and the warm pool, removes what a
// killed earlier run left behind when it starts (in the background: the first
// containers wait for it), and stops everything it started when it stops
// (also in the background: shutdownFinished() says when it is done). Nothing
// it does on the calling thread waits for runc or a child process, except
// when it is deleted with no event loop left to run (process exit), within 2 s.
class Invoker final : public QObject
{
    Q_OBJECT
public:
    // Returns nullptr with a clear error when no backend can run here.
    static std::unique_ptr<Invoker> create(const EngineSettings &settings, QString *error, QObject *parent = nullptr);
    ~Invoker() override;

    Invocation *invoke(const FunctionConfig &function, const QByteArray &payload, int codeRevision = 0);
    // Stops every instance; returns at once, shutdownFinished() follows when
    // no container, process or bundle of this engine is left.
    void shutdown();

    WarmPool *pool() const { return m_pool; }
    Clock *clock() const { return m_clock; }
    ContainerBackend *backend() const { return m_backend; }
    const EngineSettings &settings() const { return m_settings; }

Q_SIGNALS:
    void shutdownFinished();

private:
    explicit Invoker(const EngineSettings &settings, QObject *parent);

    EngineSettings m_settings;
    Clock *m_clock = nullptr;
    ContainerBackend *m_backend = nullptr;
    WarmPool *m_pool = nullptr;
};

} // namespace Bullpen
