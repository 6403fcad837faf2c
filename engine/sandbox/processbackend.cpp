// SPDX-License-Identifier: MIT
#include "engine/sandbox/processbackend.h"

#include "engine/sandbox/sandboxfiles.h"

#include <QProcess>
#include <QProcessEnvironment>

#include <chrono>
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace Bullpen {

namespace {

QString rewrite(QString value, const InstanceSpec &spec)
{
    const QString task = QStringLiteral("/var/task");
    const QString runtime = QStringLiteral("/var/runtime");
    // Only whole path components: "/var/taskforce" stays as it is.
    auto replace = [&value](const QString &from, const QString &to) {
        if (to.isEmpty())
            return;
        qsizetype at = 0;
        while ((at = value.indexOf(from, at)) >= 0) {
            const qsizetype end = at + from.size();
            const bool startOk
                = at == 0 || value.at(at - 1) == QLatin1Char(':') || value.at(at - 1) == QLatin1Char('=');
            const bool endOk
                = end == value.size() || value.at(end) == QLatin1Char('/') || value.at(end) == QLatin1Char(':');
            if (startOk && endOk) {
                value.replace(at, from.size(), to);
                at += to.size();
            } else {
                at = end;
            }
        }
    };
    replace(task, spec.codeDirectory);
    replace(runtime, spec.runtimeDirectory);
    // The layers: a plain process has no /opt of its own, so the search
    // paths (PYTHONPATH, NODE_PATH, PATH, LD_LIBRARY_PATH) name the merged folder.
    replace(QStringLiteral("/opt"), spec.optDirectory);
    return value;
}

} // namespace

namespace {

// An instance is a process group of its own (its runtime and whatever it
// starts: the extensions), killed as one, as a container's processes die with it.
void killGroup(QProcess *process)
{
    const qint64 pid = process->processId();
    if (pid > 0)
        ::kill(pid_t(-pid), SIGKILL);
    process->kill();
}

// One killed process, reaped when its finished() signal comes.
class ProcessTeardown final : public SandboxTeardown
{
public:
    explicit ProcessTeardown(QProcess *process)
        : m_process(process)
    {
        m_process->setParent(this);
        connect(m_process, &QProcess::finished, this, &QObject::deleteLater);
        if (m_process->state() == QProcess::NotRunning)
            deleteLater();
        else
            killGroup(m_process);
    }
    void finishNow(QDeadlineTimer deadline) override
    {
        m_process->disconnect(this);
        if (m_process->state() != QProcess::NotRunning)
            m_process->waitForFinished(int(qMax<qint64>(1, deadline.remainingTime())));
    }

private:
    QProcess *m_process;
};

} // namespace

ProcessInstance::ProcessInstance(ProcessBackend *backend, const InstanceSpec &spec, QObject *parent)
    : SandboxInstance(parent)
    , m_backend(backend)
    , m_spec(hostPaths(spec))
{ }

ProcessInstance::~ProcessInstance()
{
    handOver();
}

InstanceSpec ProcessInstance::hostPaths(const InstanceSpec &spec)
{
    InstanceSpec result = spec;
    for (QString &arg : result.command)
        arg = rewrite(arg, spec);
    for (auto it = result.environment.begin(); it != result.environment.end(); ++it)
        it.value() = rewrite(it.value(), spec);
    result.workingDirectory = rewrite(spec.workingDirectory, spec);
    if (result.workingDirectory.isEmpty() || result.workingDirectory.startsWith(QLatin1String("/var/")))
        result.workingDirectory = spec.codeDirectory;
    return result;
}

void ProcessInstance::start()
{
    if (m_process)
        return;
    if (m_spec.command.isEmpty()) {
        m_done = true;
        Q_EMIT failed(QStringLiteral("no command to run for instance %1").arg(m_spec.instanceId));
        return;
    }
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->setWorkingDirectory(m_spec.workingDirectory);
    QProcessEnvironment env;
    for (auto it = m_spec.environment.cbegin(); it != m_spec.environment.cend(); ++it)
        env.insert(it.key(), it.value());
    m_process->setProcessEnvironment(env);
    // Nothing on disk marks a plain process as ours, so cleanupStale() could
    // not find it: it must die with the engine instead.
    m_process->setChildProcessModifier([] {
        ::setpgid(0, 0);
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    });
    connect(m_process, &QProcess::readyReadStandardOutput, this,
            [this] { feedOutput(m_process->readAllStandardOutput(), false); });
    connect(m_process, &QProcess::readyReadStandardError, this,
            [this] { feedOutput(m_process->readAllStandardError(), true); });
    connect(m_process, &QProcess::started, this, [this] {
        m_pid = m_process->processId();
        m_processStartedAtNs
            = std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch())
                  .count();
        m_process->closeWriteChannel();
        Q_EMIT started();
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart || m_done)
            return;
        m_done = true;
        Q_EMIT failed(QStringLiteral("cannot run %1: %2").arg(m_spec.command.first(), m_process->errorString()));
    });
    connect(m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        // What the runtime started (its extensions) goes with it.
        if (m_pid > 0)
            ::kill(pid_t(-m_pid), SIGKILL);
        flushOutput();
        if (m_done)
            return;
        m_done = true;
        InstanceExit exit;
        if (status == QProcess::CrashExit)
            exit.signal = exitCode; // QProcess reports the terminating signal as the code
        else
            exit.exitCode = exitCode;
        exit.crashed = exit.signal != 0 && !m_killRequested;
        exit.reason = exitReason(exit.exitCode, exit.signal);
        Q_EMIT exited(exit);
    });
    const QStringList args = m_spec.command.mid(1);
    m_process->start(m_spec.command.first(), args);
}

void ProcessInstance::kill()
{
    m_killRequested = true;
    if (m_process && m_process->state() != QProcess::NotRunning)
        killGroup(m_process);
}

qint64 ProcessInstance::maxMemoryUsedBytes() const
{
    if (m_process && m_process->state() == QProcess::Running)
        m_maxMemory = qMax(m_maxMemory, SandboxFiles::processMemory(m_pid, "VmHWM"));
    return m_maxMemory;
}

qint64 ProcessInstance::currentMemoryBytes() const
{
    if (m_process && m_process->state() == QProcess::Running)
        return SandboxFiles::processMemory(m_pid, "VmRSS");
    return -1;
}

void ProcessInstance::drainOutput()
{
    if (m_process && m_process->state() == QProcess::Running)
        m_process->waitForReadyRead(0);
}

QString ProcessInstance::limitationNote() const
{
    return QStringLiteral("process backend: the runtime runs as a plain process of the engine's user; it isolates "
                          "nothing (file system, network, processes) and enforces no memory limit");
}

void ProcessInstance::handOver()
{
    m_done = true;
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->disconnect(this);
    QProcess *process = std::exchange(m_process, nullptr);
    if (m_backend) {
        m_backend->tearDown(process);
    } else {
        killGroup(process);
        delete process; // no backend to reap it: QProcess waits for the killed child
    }
}

ProcessBackend::ProcessBackend(QObject *parent)
    : ContainerBackend(parent)
{ }

ProcessBackend::~ProcessBackend()
{
    // Only here when deleted while busy without dispose(): the bounded path.
    if (isBusy() || !m_instances.isEmpty())
        shutdownNow(QDeadlineTimer(2000));
}

bool ProcessBackend::isAvailable(QString *whyNot) const
{
    if (whyNot)
        whyNot->clear();
    return true;
}

SandboxInstance *ProcessBackend::create(const InstanceSpec &spec, QObject *parent)
{
    auto *instance = new ProcessInstance(this, spec, parent);
    m_instances.removeAll(nullptr);
    m_instances.append(instance);
    return instance;
}

void ProcessBackend::tearDown(QProcess *process)
{
    adoptTeardown(new ProcessTeardown(process));
}

void ProcessBackend::tearDownInstances()
{
    const QList<QPointer<ProcessInstance>> instances = std::exchange(m_instances, {});
    for (const QPointer<ProcessInstance> &instance : instances) {
        if (instance)
            instance->handOver();
    }
}

} // namespace Bullpen
