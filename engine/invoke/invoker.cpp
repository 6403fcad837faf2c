// SPDX-License-Identifier: MIT
#include "engine/invoke/invoker.h"

#include "engine/core/clock.h"
#include "engine/pool/warmpool.h"
#include "engine/pool/warmupscheduler.h"
#include "engine/runtimeapi/runtimeapiserver.h"
#include "engine/sandbox/backendregistry.h"
#include "engine/sandbox/containerbackend.h"
#include "engine/sandbox/ocibackend.h"
#include "engine/sandbox/snapstart.h"

#include <QDir>
#include <QFileInfo>
#include <QMetaMethod>
#include <QPointer>
#include <QStandardPaths>
#include <QTimer>

namespace Bullpen {

Invoker::Invoker(const EngineSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{ }

void Invoker::prepareInBackground()
{
    RuntimeApiServer::prepareInBackground();
}

std::unique_ptr<Invoker> Invoker::create(const EngineSettings &settings, QString *error, QObject *parent)
{
    prepareInBackground();
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
    connect(invoker->m_backend, &ContainerBackend::runtimeImageProgress, invoker.get(), &Invoker::runtimeImageProgress);
    // In the background; the pool's first containers wait for it.
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
    pool->setAccountConcurrencyLimit(settings.accountConcurrencyLimit);
    pool->setInitLimitMs(settings.initLimitMs);
    pool->setAccount(settings.account);
    Invoker *self = invoker.get();
    connect(pool, &WarmPool::instanceChanged, self, &Invoker::instanceChanged);
    connect(pool, &WarmPool::instanceRemoved, self, &Invoker::instanceRemoved);
    connect(pool, &WarmPool::invocationStarted, self, &Invoker::invocationStarted);
    connect(pool, &WarmPool::invocationFinished, self, &Invoker::invocationFinished);
    // Pool time 0 is now: cron schedules are read on the calendar from here.
    invoker->m_scheduler = new WarmupScheduler(invoker->m_poolClock, QDateTime::currentDateTimeUtc(), self);
    invoker->m_scheduler->setAccount(settings.account);
    connect(invoker->m_scheduler, &WarmupScheduler::fired, self,
            [self](const FunctionConfig &function, const QString &, const QDateTime &, const QByteArray &payload) {
                InvokeOptions options;
                options.source = InvocationSource::Schedule;
                options.qualifier = function.autoPublishAlias;
                self->m_pool->invoke(function, payload, options);
            });
    return invoker;
}

void Invoker::connectNotify(const QMetaMethod &signal)
{
    // connectNotify() may not call back into QObject (Qt can hold its
    // connection lock here): the forwarding is settled from the event loop,
    // and again before anything that makes the pool publish.
    if (signal == QMetaMethod::fromSignal(&Invoker::poolEvent))
        QMetaObject::invokeMethod(this, &Invoker::updateForwarding, Qt::QueuedConnection);
}

void Invoker::disconnectNotify(const QMetaMethod &signal)
{
    if (!signal.isValid() || signal == QMetaMethod::fromSignal(&Invoker::poolEvent))
        QMetaObject::invokeMethod(this, &Invoker::updateForwarding, Qt::QueuedConnection);
}

void Invoker::updateForwarding()
{
    // The pool builds its events only while someone listens: it has a
    // listener (this) only while someone listens here.
    static const QMetaMethod signal = QMetaMethod::fromSignal(&Invoker::poolEvent);
    const bool wanted = m_pool && isSignalConnected(signal);
    if (wanted && !m_forwarding) {
        m_forwarding = connect(m_pool, &WarmPool::poolEvent, this, &Invoker::poolEvent);
    } else if (!wanted && m_forwarding) {
        disconnect(m_forwarding);
        m_forwarding = {};
    }
}

Invocation *Invoker::invoke(const FunctionConfig &function, const QByteArray &payload, const InvokeOptions &options)
{
    updateForwarding();
    if (options.codeRevision == 0 && !m_codeRevisions.isEmpty()) {
        if (const int revision = m_codeRevisions.value(function.logicalId); revision != 0) {
            InvokeOptions atRevision = options;
            atRevision.codeRevision = revision;
            return m_pool->invoke(function, payload, atRevision);
        }
    }
    return m_pool->invoke(function, payload, options);
}

void Invoker::setCodeRevision(const QString &logicalId, int revision)
{
    if (revision == 0)
        m_codeRevisions.remove(logicalId);
    else
        m_codeRevisions.insert(logicalId, revision);
}

quint64 Invoker::schedulePoolTimer(qint64 poolMs, QObject *context, std::function<void()> fn)
{
    return m_poolClock->schedule(poolMs, context, std::move(fn));
}

void Invoker::cancelPoolTimer(quint64 id)
{
    m_poolClock->cancel(id);
}

void Invoker::publishPoolEvent(const PoolEvent &event)
{
    updateForwarding();
    m_pool->publishFromAbove(event);
}

bool Invoker::stopInstance(const QString &instanceId)
{
    updateForwarding();
    return m_pool->stopInstance(instanceId);
}

int Invoker::expireIdleInstances(const QString &functionId)
{
    updateForwarding();
    return m_pool->expireIdleInstances(functionId);
}

int Invoker::prewarm(const FunctionConfig &function, int count, int codeRevision, QString *error)
{
    updateForwarding();
    return m_pool->prewarm(function, count, codeRevision, error);
}

void Invoker::setAccountConcurrencyLimit(int n)
{
    m_settings.accountConcurrencyLimit = n;
    m_pool->setAccountConcurrencyLimit(n);
}

void Invoker::setProvisionedConcurrency(const FunctionConfig &function, int count, int codeRevision)
{
    updateForwarding();
    m_pool->setProvisionedConcurrency(function, count, codeRevision);
}

void Invoker::configureFunction(const FunctionConfig &function, int codeRevision)
{
    // Provisioned concurrency is configured on a version or alias; without
    // AutoPublishAlias there is nothing it could apply to.
    const int count = function.autoPublishAlias.isEmpty() ? 0 : function.provisionedConcurrentExecutions;
    setProvisionedConcurrency(function, count, codeRevision);
}

bool Invoker::setScheduleEnabled(const FunctionConfig &function, const QString &scheduleName, bool enabled,
                                 QString *error)
{
    return m_scheduler->setScheduleEnabled(function, scheduleName, enabled, error);
}

bool Invoker::setKeepWarm(const FunctionConfig &function, bool enabled, const QString &rate, QString *error)
{
    return m_scheduler->setKeepWarm(function, enabled, rate, error);
}

void Invoker::setSnapStartAlways(const QString &logicalId, bool always)
{
    m_pool->setFunctionSnapStartAlways(logicalId, always);
}

bool Invoker::applyFunctionSettings(const FunctionConfig &function, const FunctionRunSettings &settings, QString *error,
                                    int codeRevision)
{
    QStringList problems;
    m_pool->setFunctionKeepAliveMs(function.logicalId, settings.keepAliveMs);
    setSnapStartAlways(function.logicalId, settings.snapStartAlways);
    QString why;
    if (!m_scheduler->setKeepWarm(function, settings.keepWarm, settings.keepWarmRate, &why))
        problems.append(QStringLiteral("keep-warm: ") + why);
    for (const ScheduleSource &schedule : function.schedules) {
        // A schedule the template disables (Enabled: false, State: DISABLED) would not fire on AWS either.
        const bool on = schedule.enabled && settings.enabledSchedules.contains(schedule.name);
        if (!m_scheduler->setScheduleEnabled(function, schedule.name, on, &why))
            problems.append(schedule.name + QStringLiteral(": ") + why);
    }
    configureFunction(function, codeRevision);
    if (error)
        *error = problems.join(QStringLiteral("; "));
    return problems.isEmpty();
}

double Invoker::clockSpeed() const
{
    return m_poolClock ? m_poolClock->speed() : 1.0;
}

void Invoker::setClockSpeed(double speed)
{
    updateForwarding();
    m_settings.clockSpeed = speed;
    if (m_poolClock)
        m_poolClock->setSpeed(speed);
}

Invoker::~Invoker()
{
    if (m_scheduler)
        m_scheduler->clear(); // nothing fires into an engine on its way out
    shutdown();
    // The pool uses the backend and the clocks to the end: it goes first, and
    // its last words (instances removed) are no longer anyone's business.
    if (m_pool)
        m_pool->disconnect(this);
    delete m_pool;
    m_pool = nullptr;
    // The backend outlives the engine until its teardown is done.
    ContainerBackend::dispose(std::exchange(m_backend, nullptr));
}

Invocation *Invoker::invoke(const FunctionConfig &function, const QByteArray &payload, int codeRevision)
{
    updateForwarding();
    return m_pool->invoke(function, payload, codeRevision);
}

void Invoker::shutdown()
{
    if (m_pool)
        m_pool->shutdown();
}

BackendInfo Invoker::backendInfo() const
{
    // The backend that runs ("runc" when "oci" chose it), not the one asked for.
    BackendInfo info;
    info.id = m_backend ? m_backend->name() : m_settings.backend;
    info.displayName = BackendRegistry::displayName(info.id);
    info.isolation = BackendRegistry::isolation(info.id);
    info.available = m_backend != nullptr;
    return info;
}

QString Invoker::runtimeRootFolder(const QString &runtime) const
{
    if (!m_backend || m_backend->instanceSource() != InstanceSource::RootFilesystem)
        return {};
    const auto image = m_backend->runtimeImageFor(runtime);
    return image && QFileInfo(image->rootfsDir).isDir() ? image->rootfsDir : QString();
}

bool Invoker::preparesSandboxes() const
{
    const auto *oci = qobject_cast<const OciBackend *>(m_backend);
    return oci && oci->maxPrepared() > 0;
}

int Invoker::preparedSandboxCount() const
{
    const auto *oci = qobject_cast<const OciBackend *>(m_backend);
    return oci ? oci->preparedCount() : 0;
}

int Invoker::restoredSpareCount() const
{
    const auto *oci = qobject_cast<const OciBackend *>(m_backend);
    const SnapStartStore *store = oci ? oci->snapStartStore() : nullptr;
    return store ? store->spareCount() : 0;
}

QString Invoker::snapStartUnavailableReason() const
{
    const auto *oci = qobject_cast<const OciBackend *>(m_backend);
    if (!oci)
        return SnapStart::backendReason(backendInfo().id);
    if (const SnapStartStore *store = oci->snapStartStore(); store && !store->unavailableReason().isEmpty())
        return store->unavailableReason();
    return SnapStart::unavailableReason(*oci);
}

void Invoker::whenSnapStartChecked(QObject *context, std::function<void(const QString &reason)> then)
{
    auto *oci = qobject_cast<OciBackend *>(m_backend);
    const QString known = snapStartUnavailableReason();
    if (!oci || !known.isEmpty()) {
        QTimer::singleShot(0, context, [then = std::move(then), known] { then(known); });
        return;
    }
    oci->snapStart()->whenChecked(context, [self = QPointer<Invoker>(this), then = std::move(then)] {
        then(self ? self->snapStartUnavailableReason() : QString());
    });
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
