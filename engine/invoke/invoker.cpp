// SPDX-License-Identifier: MIT
#include "engine/invoke/invoker.h"

#include "engine/core/clock.h"
#include "engine/pool/warmpool.h"
#include "engine/sandbox/backendregistry.h"
#include "engine/sandbox/containerbackend.h"

#include <QDir>
#include <QStandardPaths>

namespace Bullpen {

Invoker::Invoker(const EngineSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
}

std::unique_ptr<Invoker> Invoker::create(const EngineSettings &settings, QString *error, QObject *parent)
{
    std::unique_ptr<Invoker> invoker(new Invoker(settings, parent));
    QString cache = settings.cacheDirectory;
    if (cache.isEmpty())
        cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (cache.isEmpty())
        cache = QDir::tempPath() + QStringLiteral("/bullpen-cache");
    if (!QDir().mkpath(cache)) {
        *error = QStringLiteral("cannot create the cache folder %1").arg(cache);
        return nullptr;
    }
    invoker->m_backend = BackendRegistry::create(settings.backend, error, invoker.get());
    if (!invoker->m_backend)
        return nullptr;
    connect(invoker->m_backend, &ContainerBackend::shutdownFinished, invoker.get(), &Invoker::shutdownFinished);
    // In the background; the pool's first containers wait for it.
    invoker->m_backend->cleanupStale();
    invoker->m_clock = new SystemClock(settings.clockSpeed, invoker.get());
    invoker->m_pool = new WarmPool(invoker->m_backend, invoker->m_clock, cache, invoker.get());
    invoker->m_pool->setKeepAliveMs(settings.keepAliveMs);
    invoker->m_pool->setMaxInstancesPerFunction(settings.maxInstancesPerFunction);
    invoker->m_pool->setRootFilesystem(settings.rootFilesystem);
    return invoker;
}

Invoker::~Invoker()
{
    shutdown();
    // The pool uses the backend and the clock to the end: it goes first.
    delete m_pool;
    m_pool = nullptr;
    // The backend outlives the engine until its teardown is done.
    ContainerBackend::dispose(std::exchange(m_backend, nullptr));
}

Invocation *Invoker::invoke(const FunctionConfig &function, const QByteArray &payload, int codeRevision)
{
    return m_pool->invoke(function, payload, codeRevision);
}

void Invoker::shutdown()
{
    if (m_pool)
        m_pool->shutdown();
}

} // namespace Bullpen
