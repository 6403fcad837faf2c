// SPDX-License-Identifier: MIT
#include "engine/invoke/invoker.h"

#include "engine/core/clock.h"
#include "engine/pool/warmpool.h"
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
    invoker->m_backend = createBackend(settings.backend, error, invoker.get());
    if (!invoker->m_backend)
        return nullptr;
    invoker->m_backend->cleanupStale();
    // Only the pool clock runs at the chosen speed: handler timeouts and the
    // deadlines runtimes see are real time whatever it is.
    invoker->m_poolClock = new SystemClock(settings.clockSpeed, invoker.get());
    invoker->m_realClock = new SystemClock(1.0, invoker.get());
    auto *pool = new WarmPool(invoker->m_backend, invoker->m_poolClock, invoker->m_realClock, cache, invoker.get());
    invoker->m_pool = pool;
    pool->setKeepAliveMs(settings.keepAliveMs);
    pool->setMaxInstancesPerFunction(settings.maxInstancesPerFunction);
    pool->setRootFilesystem(settings.rootFilesystem);
    Invoker *self = invoker.get();
    connect(pool, &WarmPool::instanceChanged, self, &Invoker::instanceChanged);
    connect(pool, &WarmPool::instanceRemoved, self, &Invoker::instanceRemoved);
    connect(pool, &WarmPool::invocationStarted, self, &Invoker::invocationStarted);
    connect(pool, &WarmPool::invocationFinished, self, &Invoker::invocationFinished);
    return invoker;
}

Invoker::~Invoker()
{
    shutdown();
    // The pool uses the backend and the clocks to the end: it goes first, and
    // its last words (instances removed) are no longer anyone's business.
    if (m_pool)
        m_pool->disconnect(this);
    delete m_pool;
    m_pool = nullptr;
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

Invoker::BackendInfo Invoker::backendInfo() const
{
    BackendInfo info;
    info.id = m_backend ? m_backend->name() : m_settings.backend;
    info.isolates = info.id != u"process";
    info.displayName = info.isolates ? info.id : QStringLiteral("Process (no isolation)");
    return info;
}

QList<InstanceInfo> Invoker::instances() const
{
    return m_pool ? m_pool->instances() : QList<InstanceInfo>();
}

int Invoker::instanceCount() const
{
    return m_pool ? m_pool->instanceCount() : 0;
}

int Invoker::instanceCount(InstanceState state) const
{
    int n = 0;
    const QList<InstanceInfo> all = instances();
    for (const InstanceInfo &info : all)
        n += info.state == state;
    return n;
}

qint64 Invoker::instanceMemoryBytes(const QString &instanceId) const
{
    return m_pool ? m_pool->instanceMemoryBytes(instanceId) : -1;
}

qint64 Invoker::poolNowMs() const
{
    return m_poolClock ? m_poolClock->nowMs() : 0;
}

void Invoker::setKeepAliveMs(qint64 ms)
{
    m_settings.keepAliveMs = ms;
    m_pool->setKeepAliveMs(ms);
}

void Invoker::setMaxInstancesPerFunction(int n)
{
    m_settings.maxInstancesPerFunction = n;
    m_pool->setMaxInstancesPerFunction(n);
}

} // namespace Bullpen
