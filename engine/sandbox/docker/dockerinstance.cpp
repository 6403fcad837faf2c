// SPDX-License-Identifier: MIT
#include "engine/sandbox/docker/dockerinstance.h"

#include "engine/sandbox/directoutput.h"
#include "engine/sandbox/docker/functionimages.h"
#include "engine/sandbox/sandboxfiles.h"
#include "engine/sandbox/sandboxnetwork.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSaveFile>

#include <cerrno>
#include <chrono>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace Bullpen {

Q_DECLARE_LOGGING_CATEGORY(lcDocker)

namespace {

// RFC 3339 with nanoseconds ("2026-11-30T13:31:00.123456789Z") as nanoseconds since the epoch.
qint64 parseTimestampNs(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d)(?:\\.(\\d+))?(Z|[+-]\\d\\d:\\d\\d)$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return 0;
    QDateTime seconds = QDateTime::fromString(m.captured(1) + m.captured(3), Qt::ISODate);
    if (!seconds.isValid())
        return 0;
    const QString fraction = QString(m.captured(2) + QStringLiteral("000000000")).left(9);
    return seconds.toSecsSinceEpoch() * 1000000000LL + fraction.toLongLong();
}

// The memory cgroup folder of a process as this engine sees /sys/fs/cgroup.
QString memoryCgroupOf(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/cgroup").arg(pid));
    if (pid <= 0 || !file.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> lines = file.readAll().split('\n');
    QString unified;
    for (const QByteArray &line : lines) {
        const QList<QByteArray> parts = line.split(':');
        if (parts.size() < 3)
            continue;
        const QString path = QString::fromUtf8(line.mid(parts.at(0).size() + parts.at(1).size() + 2));
        if (parts.at(1).split(',').contains("memory"))
            return QStringLiteral("/sys/fs/cgroup/memory") + path;
        if (parts.at(0) == "0" && parts.at(1).isEmpty())
            unified = QStringLiteral("/sys/fs/cgroup") + path;
    }
    if (!unified.isEmpty() && QFileInfo::exists(unified + QStringLiteral("/memory.current")))
        return unified;
    return {};
}

} // namespace

DockerInstance::DockerInstance(DockerBackend *backend, const InstanceSpec &spec, QObject *parent)
    : SandboxInstance(parent)
    , m_backend(backend)
    , m_spec(spec)
{ }

DockerInstance::~DockerInstance()
{
    handOver();
}

void DockerInstance::handOver()
{
    closeGate();
    if (m_handedOver)
        return;
    m_handedOver = true;
    m_done = true;
    if (QNetworkReply *wait = std::exchange(m_wait, nullptr))
        wait->abort();
    delete m_output;
    m_output = nullptr;
    if (!m_containerId.isEmpty() && m_backend)
        m_backend->tearDown(std::exchange(m_containerId, QString()), m_io);
    // A create still on its way finds the instance done and removes what it made.
}

void DockerInstance::start()
{
    if (m_startRequested || m_done)
        return;
    if (m_backend && m_backend->isCleaningUp()) {
        connect(m_backend, &ContainerBackend::staleCleanupFinished, this, &DockerInstance::start,
                Qt::SingleShotConnection);
        return;
    }
    m_startRequested = true;
    QString why;
    if (!m_backend || !m_backend->isAvailable(&why)) {
        fail(QStringLiteral("the Docker backend is not available: %1").arg(why));
        return;
    }
    if (m_spec.imagePackage.isImage() && m_spec.image.isEmpty()) {
        // The function's own image, built (or found up to date) first; its
        // log goes where a runtime image's progress goes (window, CLI).
        QPointer<DockerBackend> backend(m_backend);
        const QString reference = m_spec.imagePackage.reference();
        m_backend->functionImages()->ensure(
            m_spec.imagePackage, this,
            [backend, reference](const QString &line) {
                if (backend)
                    Q_EMIT backend->runtimeImageProgress(reference, line, -1);
            },
            [this](const FunctionImage &image, const QString &error) {
                if (!error.isEmpty()) {
                    fail(error);
                    return;
                }
                m_spec.image = image.id;
                m_spec.command = image.argv(m_spec.imagePackage);
                m_spec.workingDirectory = image.workingDirectoryFor(m_spec.imagePackage);
                m_startRequested = false;
                start();
            });
        return;
    }
    if (!m_lookedUpImage && m_spec.image.isEmpty() && !m_backend->knowsRuntimeImage(m_spec.runtime)) {
        // Once per runtime and backend: what the image carries, for INIT_START
        // and the REPORT (its labels). A missing image is left to the create
        // call, whose error names the build command.
        m_lookedUpImage = true;
        m_backend->client()->call("GET",
                                  QStringLiteral("/images/%1/json").arg(DockerBackend::runtimeImage(m_spec.runtime)),
                                  {}, this, [this](const DockerResponse &response) {
                                      if (response.ok() && m_backend)
                                          m_backend->noteImage(m_spec.runtime, response.object());
                                      m_startRequested = false;
                                      start();
                                  });
        return;
    }
    m_timer.start();
    m_config = m_backend->containerConfig(m_spec, &m_sparesKey);
    if (std::optional<DockerSpare> spare = m_backend->takeSpare(m_sparesKey)) {
        m_usedSpare = true;
        m_createMs = 0;
        m_containerId = spare->containerId;
        m_io = spare->io;
        m_warnings = spare->warnings;
        begin();
        return;
    }
    m_io.path = m_backend->newIoPath(m_spec.instanceId);
    QString error;
    if (!m_io.make(&error)) {
        fail(error);
        return;
    }
    QPointer<DockerInstance> self(this);
    QPointer<DockerBackend> backend(m_backend);
    // The backend is the context: an instance deleted meanwhile still gets its
    // container removed.
    m_backend->createContainer(
        m_config, m_io, QStringLiteral("instance"),
        [self, backend](const QString &id, const QStringList &warnings, const DockerResponse &response,
                        const DockerIoFolder &io) {
            if (self)
                self->m_io = io; // with its /tmp device, held until the container has gone
            if (!self || self->m_done) {
                if (backend && !id.isEmpty())
                    backend->tearDown(id, io);
                else
                    io.remove();
                return;
            }
            if (id.isEmpty()) {
                self->fail(QStringLiteral("Docker could not create the container: %1")
                               .arg(DockerBackend::explain(response, self->m_spec)));
                return;
            }
            self->m_createMs = self->m_timer.nsecsElapsed() / 1e6;
            self->m_containerId = id;
            self->m_warnings = warnings;
            self->begin();
        },
        m_backend);
}

void DockerInstance::begin()
{
    // The container exists (made now, or a spare made ahead): what is left is
    // starting it, and its shell exec'ing the runtime.
    m_sandboxMadeAtNs
        = std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch())
              .count();
    // The environment, read by the container's first process before the runtime starts.
    const QByteArray env = SandboxFiles::environmentScript(m_spec.environment);
    QSaveFile file(m_io.path + QStringLiteral("/env"));
    if (!file.open(QIODevice::WriteOnly) || file.write(env) != env.size() || !file.commit()) {
        fail(QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
        return;
    }
    QFile::setPermissions(m_io.path + QStringLiteral("/env"),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                              | QFileDevice::ReadOther);
    m_output = new DirectOutput(this);
    QString error;
    if (!m_output->openFifos(m_io.path, &error)) {
        fail(error);
        return;
    }
    connect(m_output, &DirectOutput::received, this,
            [this](const QByteArray &chunk, bool isStderr) { feedOutput(chunk, isStderr); });
    startContainer();
}

void DockerInstance::startContainer()
{
    QElapsedTimer startTimer;
    startTimer.start();
    m_backend->client()->call("POST", QStringLiteral("/containers/%1/start").arg(m_containerId), {}, this,
                              [this, startTimer](const DockerResponse &response) {
                                  if (m_done)
                                      return;
                                  if (!response.ok()) {
                                      fail(QStringLiteral("Docker could not start the container: %1")
                                               .arg(DockerBackend::explain(response, m_spec)));
                                      return;
                                  }
                                  m_startMs = startTimer.nsecsElapsed() / 1e6;
                                  onStarted();
                              });
}

void DockerInstance::onStarted()
{
    m_started = true;
    qCInfo(lcDocker, "container %s: %s %.1f ms, start %.1f ms", qPrintable(m_containerId.left(12)),
           m_usedSpare ? "spare taken," : "create", m_createMs, m_startMs);
    // Its end: the daemon answers this wait once the container is not running.
    m_wait = m_backend->client()->stream("POST",
                                         QStringLiteral("/containers/%1/wait?condition=not-running").arg(m_containerId),
                                         nullptr, this, {}, [this](const DockerResponse &response) {
                                             m_wait = nullptr;
                                             onWaitEnded(response);
                                         });
    // Its pid and start time: the init phase begins when the runtime's process
    // started. started() follows once they are known, as with runc (its pid
    // file): the pool measures the init from them, and a runtime fast enough
    // to ask for work before then must not wait for a signal already gone
    // (a bash custom runtime on Podman waited for ever in the tests, whose
    // real-time clock is manual, and up to the pool's 1 s fallback outside them).
    m_backend->client()->call("GET", QStringLiteral("/containers/%1/json").arg(m_containerId), {}, this,
                              [this](const DockerResponse &response) {
                                  onInspected(response);
                                  if (!m_done)
                                      Q_EMIT started();
                              });
    if (m_killRequested)
        kill();
    // The next cold start of this function finds a container made already.
    if (m_backend)
        m_backend->prepareSpare(m_sparesKey, m_config);
}

void DockerInstance::onInspected(const DockerResponse &response)
{
    if (m_done)
        return;
    if (!response.ok()) {
        if (m_backend && m_backend->ownNetwork())
            fail(QStringLiteral("Docker did not say which process the container runs: %1").arg(response.error));
        return;
    }
    const QJsonObject state = response.object().value(u"State").toObject();
    m_pid = state.value(u"Pid").toInteger();
    m_processStartedAtNs = parseTimestampNs(state.value(u"StartedAt").toString());
    m_cgroupMemory = memoryCgroupOf(m_pid);
    // A container killed before this answer has no namespace left to serve:
    // its end comes through the wait.
    if (m_backend && m_backend->ownNetwork() && !m_killRequested && m_pid > 0)
        openGate();
}

void DockerInstance::openGate()
{
    if (m_gateOpened)
        return;
    m_gateOpened = true;
    QString error;
    const int ns = SandboxNetwork::ofProcess(m_pid, &error);
    const bool listening = ns >= 0 && handOverRuntimeApiListener(ns, &error);
    if (ns >= 0)
        ::close(ns);
    if (!listening) {
        fail(QStringLiteral("cannot serve the Runtime API in the container's network namespace: ") + error);
        return;
    }
    // Read and write, so that the open never blocks and the line stays in the
    // FIFO until the container's shell reads it (it may not have opened it yet).
    const QByteArray gate = QFile::encodeName(m_io.path + u'/' + QLatin1String(DockerGateFifo));
    m_gateFd = ::open(gate.constData(), O_RDWR | O_NONBLOCK | O_CLOEXEC);
    if (m_gateFd < 0 || ::write(m_gateFd, "go\n", 3) != 3) {
        fail(QStringLiteral("cannot open the gate FIFO %1: %2")
                 .arg(QFile::decodeName(gate), QString::fromLocal8Bit(std::strerror(errno))));
        return;
    }
}

void DockerInstance::closeGate()
{
    if (m_gateFd >= 0)
        ::close(std::exchange(m_gateFd, -1));
}

void DockerInstance::onWaitEnded(const DockerResponse &response)
{
    if (m_done)
        return;
    if (!response.ok()) {
        // The daemon went away (or the wait was cut): the container's fate is unknown.
        drainOutput();
        flushOutput();
        InstanceExit exit;
        exit.crashed = !m_killRequested;
        exit.signal = 9;
        exit.reason = exitReason(0, 9);
        qCWarning(lcDocker) << "lost the container's wait:" << response.error;
        m_done = true;
        if (m_backend)
            m_backend->tearDown(std::exchange(m_containerId, QString()), m_io);
        Q_EMIT exited(exit);
        return;
    }
    const int status = int(response.object().value(u"StatusCode").toInteger());
    maxMemoryUsedBytes(); // the cgroup goes with the container
    // The kernel's own count of OOM kills in the container's cgroup, read
    // while it is still there: Podman's compatible inspect (4.3, cgroup v1)
    // never says OOMKilled.
    bool cgroupOomKill = false;
    if (const QString events = cgroupFile("memory.oom_control", "memory.events"); !events.isEmpty()) {
        QFile file(events);
        if (file.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : file.readAll().split('\n')) {
                if (line.startsWith("oom_kill ") && line.mid(9).trimmed().toLongLong() > 0)
                    cgroupOomKill = true;
            }
        }
    }
    m_backend->client()->call("GET", QStringLiteral("/containers/%1/json").arg(m_containerId), {}, this,
                              [this, status, cgroupOomKill](const DockerResponse &inspected) {
                                  const QJsonObject state = inspected.object().value(u"State").toObject();
                                  finishExit(status, state.value(u"OOMKilled").toBool() || cgroupOomKill);
                              });
}

void DockerInstance::finishExit(int statusCode, bool oomKilled)
{
    if (m_done)
        return;
    // The runtime and everything it started have gone: what is left in the
    // FIFOs is all there is.
    if (m_output) {
        m_output->closeWriteEnds();
        m_output->drain();
    }
    InstanceExit exit;
    if (statusCode > 128 && statusCode <= 128 + 64)
        exit.signal = statusCode - 128; // Docker reports a signal as 128+n
    else
        exit.exitCode = statusCode;
    exit.oomKilled = oomKilled;
    exit.crashed = exit.oomKilled || (exit.signal != 0 && !m_killRequested);
    exit.reason = exitReason(exit.exitCode, exit.signal);
    // What the container wrote outside the FIFOs (the shell's own complaints,
    // before the runtime ran): from its multiplexed log stream.
    m_backend->client()->call("GET", QStringLiteral("/containers/%1/logs?stdout=1&stderr=1").arg(m_containerId), {},
                              this, [this, exit](const DockerResponse &logs) {
                                  if (m_done)
                                      return;
                                  if (logs.ok()) {
                                      DockerStreamDemux demux([this](int stream, const QByteArray &payload) {
                                          feedOutput(payload, stream == 2);
                                      });
                                      demux.feed(logs.body);
                                  }
                                  flushOutput();
                                  m_done = true;
                                  closeGate();
                                  if (m_backend)
                                      m_backend->tearDown(std::exchange(m_containerId, QString()), m_io);
                                  Q_EMIT exited(exit);
                              });
}

void DockerInstance::kill()
{
    m_killRequested = true;
    if (!m_started || m_done || !m_backend)
        return;
    m_backend->client()->call("POST", QStringLiteral("/containers/%1/kill?signal=SIGKILL").arg(m_containerId), {}, this,
                              {});
}

void DockerInstance::drainOutput()
{
    if (m_output)
        m_output->drain();
}

QString DockerInstance::cgroupFile(const char *v1, const char *v2) const
{
    if (m_cgroupMemory.isEmpty())
        return {};
    const bool isV1 = m_cgroupMemory.startsWith(QLatin1String("/sys/fs/cgroup/memory/"));
    return m_cgroupMemory + u'/' + QLatin1String(isV1 ? v1 : v2);
}

qint64 DockerInstance::maxMemoryUsedBytes() const
{
    const QString file = cgroupFile("memory.max_usage_in_bytes", "memory.peak");
    if (!file.isEmpty())
        m_maxMemory = qMax(m_maxMemory, SandboxFiles::readNumber(file));
    return m_maxMemory;
}

qint64 DockerInstance::currentMemoryBytes() const
{
    if (m_done)
        return -1;
    const QString file = cgroupFile("memory.usage_in_bytes", "memory.current");
    return file.isEmpty() ? -1 : SandboxFiles::readNumber(file);
}

bool DockerInstance::memoryLimitEnforced() const
{
    // The daemon says when it cannot apply a limit (a create warning).
    for (const QString &warning : m_warnings) {
        if (warning.contains(u"memory", Qt::CaseInsensitive))
            return false;
    }
    return true;
}

QString DockerInstance::limitationNote() const
{
    // What the daemon said it could not apply (a limit this kernel lacks), and
    // the host's network where the engine cannot give each its own.
    QStringList notes = m_warnings;
    if (m_backend && !m_backend->networkNote().isEmpty())
        notes << m_backend->networkNote();
    return notes.join(QStringLiteral("; "));
}

void DockerInstance::fail(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    closeGate();
    if (m_wait) {
        m_wait->disconnect(this);
        m_wait->abort();
        m_wait = nullptr;
    }
    if (m_backend && !m_containerId.isEmpty())
        m_backend->tearDown(std::exchange(m_containerId, QString()), m_io);
    else
        m_io.remove();
    Q_EMIT failed(message);
}

} // namespace Bullpen
