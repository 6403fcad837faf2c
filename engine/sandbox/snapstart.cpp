// SPDX-License-Identifier: MIT
#include "engine/sandbox/snapstart.h"

#include "engine/sandbox/ocibackend.h"
#include "engine/sandbox/ociinstance.h"
#include "engine/sandbox/sandboxfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <linux/random.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <unistd.h>
#if defined(__x86_64__)
#include <cstddef>
#include <sys/ptrace.h>
#include <sys/user.h>
#include <sys/wait.h>
#endif

namespace Bullpen {

namespace {

// Lambda's init limit (10 s) for the snapshot's init; past it the
// configuration starts cold and its init's own limit applies.
constexpr int SnapshotInitLimitMs = 10000;
// A spare is restored this long after a copy was taken: the woken runtime has the CPU first.
constexpr int ReplenishDelayMs = 200;
// A checkpoint that takes longer has hung (seen: CRIU 4.1.1 waiting forever
// for a hardware breakpoint that a virtual machine never fires, before
// prepareCriuProcess); the configuration then starts cold. Measured
// checkpoints took 0.2–0.5 s at load 2–13.
constexpr int CheckpointLimitMs = 30000;
// The trial checkpoint of a sleeping process (CheckpointTrial) that takes
// longer has hung: `criu check` passes where every dump may hang (CRIU waits
// forever for the task to trap). Where dumps work it takes well under a second.
constexpr int TrialLimitMs = 5000;
// Once killed, the trial's processes have this long to go before the result is given anyway.
constexpr int TrialReapMs = 2000;
// How the trial's failure begins (SnapStart::isKernelRefusal).
constexpr QLatin1StringView KernelRefusal("CRIU cannot checkpoint a process on this kernel (");

#if defined(__x86_64__)
// Where the probe's traced child runs into the breakpoint.
[[gnu::noinline]] void breakpointTarget()
{
    asm volatile("" ::: "memory");
}

// A child that is traced, stops, then calls breakpointTarget() until killed;
// a breakpoint on it (DR0, execute, enabled locally in DR7 as CRIU sets it)
// must stop it with SIGTRAP. False where it keeps running for 100 ms.
bool probeHardwareBreakpoint()
{
    const pid_t child = ::fork();
    if (child < 0)
        return true; // cannot tell: CRIU's own way
    if (child == 0) { // only async-signal-safe calls from here on
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::ptrace(PTRACE_TRACEME, 0, nullptr, nullptr) != 0)
            ::_exit(2);
        ::raise(SIGSTOP);
        for (;;)
            breakpointTarget();
    }
    int status = 0;
    bool told = false;
    bool fired = true;
    if (::waitpid(child, &status, __WALL) == child && WIFSTOPPED(status)) {
        constexpr long LocalEnableDr0 = 1;
        if (::ptrace(PTRACE_POKEUSER, child, offsetof(struct user, u_debugreg[0]),
                     reinterpret_cast<void *>(&breakpointTarget))
                == 0
            && ::ptrace(PTRACE_POKEUSER, child, offsetof(struct user, u_debugreg[7]),
                        reinterpret_cast<void *>(LocalEnableDr0))
                == 0
            && ::ptrace(PTRACE_CONT, child, nullptr, nullptr) == 0) {
            told = true;
            fired = false;
            for (int waited = 0; waited < 100; ++waited) {
                const pid_t stopped = ::waitpid(child, &status, __WALL | WNOHANG);
                if (stopped == child) {
                    fired = WIFSTOPPED(status) && WSTOPSIG(status) == SIGTRAP;
                    break;
                }
                ::usleep(1000);
            }
        }
    }
    ::kill(child, SIGKILL);
    while (::waitpid(child, &status, __WALL) < 0 && errno == EINTR) { }
    return fired || !told;
}
#endif

} // namespace

namespace SnapStart {

bool isKernelRefusal(const QString &reason)
{
    return reason.startsWith(KernelRefusal);
}

bool hardwareBreakpointsFire()
{
#if defined(__x86_64__)
    static const bool fire = [] {
        const bool fired = probeHardwareBreakpoint();
        if (!fired)
            qInfo("SnapStart: a hardware breakpoint does not stop a traced task on this machine (its debug registers "
                  "are not passed through, as in some virtual machines); CRIU runs without breakpoints "
                  "(CRIU_FAULT=130)");
        return fired;
    }();
    return fire;
#else
    return true; // CRIU probes arm64's breakpoint registers itself
#endif
}

void prepareCriuProcess(QProcess *process)
{
    if (hardwareBreakpointsFire())
        return;
    QProcessEnvironment environment = process->processEnvironment();
    if (environment.isEmpty())
        environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CRIU_FAULT"), QStringLiteral("130"));
    process->setProcessEnvironment(environment);
}

QString logTail(const QString &path, int count)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QStringList tail;
    for (qsizetype i = qMax<qsizetype>(0, lines.size() - count); i < lines.size(); ++i)
        tail << QString::fromUtf8(lines.at(i).trimmed());
    return tail.join(QStringLiteral(" | "));
}

QString backendReason(const QString &backendName)
{
    return QStringLiteral("SnapStart needs the runc backend as root (%1 cannot checkpoint an instance here)")
        .arg(backendName);
}

QString unavailableReason(const OciBackend &backend)
{
    QString why;
    if (!backend.isAvailable(&why))
        return QStringLiteral("the %1 backend is not available: %2").arg(backend.name(), why);
    if (backend.name() != QLatin1String("runc"))
        return backendReason(backend.name());
    if (::geteuid() != 0)
        return QStringLiteral("SnapStart needs root (runc restore and CRIU do); this engine runs as uid %1")
            .arg(::geteuid());
    if (QStandardPaths::findExecutable(QStringLiteral("criu")).isEmpty())
        return QStringLiteral("SnapStart needs CRIU, which is not installed (criu not found on PATH)");
    if (!backend.ownNetwork())
        return QStringLiteral("SnapStart needs a network namespace of each instance's own, which this engine "
                              "cannot make");
    return {};
}

QString unsupportedReason(const InstanceSpec &spec)
{
    if (spec.imagePackage.isImage() || !spec.image.isEmpty())
        return QStringLiteral("a container image function cannot be snapshotted (Lambda refuses SnapStart for "
                              "them too)");
    if (!spec.runtime.startsWith(QLatin1String("python")))
        return QStringLiteral("only Bullpen's Python runtime can be snapshotted, not %1")
            .arg(spec.runtime.isEmpty() ? QStringLiteral("this one") : spec.runtime);
    if (spec.command.contains(QStringLiteral("bullpen-extensions")))
        return QStringLiteral("a function with extensions cannot be snapshotted here yet");
    return {};
}

bool runtimeAsRoot()
{
    static const bool asRoot = [] {
        QFile status(QStringLiteral("/proc/self/status"));
        if (!status.open(QIODevice::ReadOnly))
            return true;
        constexpr int CapSysResource = 24;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("CapEff:"))
                return !((line.mid(7).trimmed().toULongLong(nullptr, 16) >> CapSysResource) & 1);
        }
        return true;
    }();
    return asRoot;
}

bool reseedKernelRandom(QString *error)
{
    const int fd = ::open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    if (fd < 0 || ::ioctl(fd, RNDRESEEDCRNG) != 0) {
        *error = QStringLiteral("cannot reseed the kernel's random generator for a restored copy (RNDRESEEDCRNG on "
                                "/dev/urandom): %1")
                     .arg(QString::fromLocal8Bit(strerror(errno)));
        if (fd >= 0)
            ::close(fd);
        return false;
    }
    ::close(fd);
    return true;
}

void copyFolder(const QString &from, const QString &to, QObject *context, std::function<void(const QString &)> done)
{
    QStringList entries = QDir(from).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    entries.removeOne(QStringLiteral("lost+found")); // ext4's own: every /tmp has one
    if (entries.isEmpty()) {
        done({}); // nothing there (or no folder at all): the common case, no process
        return;
    }
    auto *copy = new QProcess(context);
    copy->setProcessChannelMode(QProcess::MergedChannels);
    QObject::connect(copy, &QProcess::finished, context, [copy, from, to, done](int code, QProcess::ExitStatus status) {
        copy->deleteLater();
        done(status == QProcess::NormalExit && code == 0
                 ? QString()
                 : QStringLiteral("cannot copy %1 to %2: %3")
                       .arg(from, to, QString::fromUtf8(copy->readAll().trimmed())));
    });
    QObject::connect(copy, &QProcess::errorOccurred, context, [copy, done](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        copy->deleteLater();
        done(QStringLiteral("cp could not be started"));
    });
    copy->start(QStringLiteral("cp"), { QStringLiteral("-a"), from + QStringLiteral("/."), to + u'/' });
}

void removeStale(const QString &directory)
{
    const QFileInfoList folders = QDir(directory).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QFileInfo &folder : folders) {
        if (!SandboxFiles::ownerAlive(folder.filePath() + QStringLiteral("/owner")))
            QDir(folder.filePath()).removeRecursively();
    }
}

} // namespace SnapStart

// Takes one snapshot: the runtime initialised with snap-start in a sandbox of
// its own, its /restore/next answered by a Runtime API of the maker's (only
// /restore/next and /init/error mean anything before a snapshot), then
// "runc checkpoint" once the runtime has closed its connection.
class SnapshotMaker final : public QObject
{
public:
    // original: the snapshot's own runtime, left running by the checkpoint
    // and waiting for its wake, its listener given back (OciInstance::setListener);
    // the callee owns it. nullptr on error.
    using Done = std::function<void(const QString &error, const QStringList &logs, OciInstance *original)>;

    SnapshotMaker(OciBackend *backend, const InstanceSpec &spec, const QString &folder, quint64 serial, Done done,
                  QObject *parent)
        : QObject(parent)
        , m_backend(backend)
        , m_folder(folder)
        , m_done(std::move(done))
    {
        InstanceSpec snap = spec;
        snap.instanceId
            = QString::number(QCoreApplication::applicationPid(), 36) + QStringLiteral("-s") + QString::number(serial);
        snap.environment.insert(QStringLiteral("AWS_LAMBDA_INITIALIZATION_TYPE"), QStringLiteral("snap-start"));
        // Every copy of the snapshot is an execution environment of its own,
        // yet its runtime keeps what init read. Lambda's answer: "The
        // AWS_LAMBDA_LOG_GROUP_NAME and AWS_LAMBDA_LOG_STREAM_NAME environment
        // variables are not available in Lambda SnapStart functions" (its
        // SnapStart monitoring guide), so context.log_group_name and
        // log_stream_name are None. The snapshot is made without them; each
        // copy's own identity is its pool instance's.
        snap.environment.remove(QStringLiteral("AWS_LAMBDA_LOG_GROUP_NAME"));
        snap.environment.remove(QStringLiteral("AWS_LAMBDA_LOG_STREAM_NAME"));
        m_box = backend->newInstance(snap, this);
        m_box->setSnapshotRun();
        connect(m_box, &SandboxInstance::output, this,
                [this](const QByteArray &line, bool) { m_logs << QString::fromUtf8(line); });
        connect(m_box, &SandboxInstance::failed, this, [this](const QString &message) {
            finish(QStringLiteral("its sandbox could not be made: ") + message);
        });
        connect(m_box, &SandboxInstance::exited, this, [this](const InstanceExit &exit) {
            if (!m_checkpointing)
                finish(m_initError.isEmpty() ? QStringLiteral("the runtime ended during its init (%1)").arg(exit.reason)
                                             : m_initError);
        });
        connect(m_box, &SandboxInstance::started, this, &SnapshotMaker::serve);
        m_limit.setSingleShot(true);
        connect(&m_limit, &QTimer::timeout, this, [this] {
            if (m_checkpoint) {
                const QString dump = SnapStart::logTail(m_folder + QStringLiteral("/work/dump.log"), 2);
                finish(QStringLiteral("runc checkpoint did not finish within %1 s%2")
                           .arg(CheckpointLimitMs / 1000)
                           .arg(dump.isEmpty() ? QString() : QStringLiteral(" (CRIU: %1)").arg(dump)));
                return;
            }
            finish(QStringLiteral("its init ran past Lambda's limit of %1 s").arg(SnapshotInitLimitMs / 1000));
        });
    }

    ~SnapshotMaker() override
    {
        if (m_listenerCopy >= 0)
            ::close(m_listenerCopy);
        if (m_checkpoint) {
            m_checkpoint->disconnect(this);
            m_checkpoint->kill();
            m_checkpoint->waitForFinished(1000);
        }
    }

    void start() { m_box->start(); }

private:
    void serve()
    {
        // Lambda's limit is on the init, from the runtime's start: a sandbox
        // that first waits for its runtime image (built on first use, a
        // minute) has not begun it.
        m_limit.start(SnapshotInitLimitMs);
        const int fd = m_box->takeListener();
        // A copy for the runtime's first instance after the checkpoint (the
        // server's own goes with the server).
        m_listenerCopy = fd >= 0 ? ::fcntl(fd, F_DUPFD_CLOEXEC, 0) : -1;
        m_api = new QTcpServer(this);
        if (fd < 0 || !m_api->setSocketDescriptor(fd)) {
            if (fd >= 0)
                ::close(fd);
            finish(QStringLiteral("cannot serve the Runtime API of its sandbox"));
            return;
        }
        connect(m_api, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_api->nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
                connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                    socket->deleteLater();
                    if (m_closing == socket)
                        checkpoint();
                });
            }
        });
    }

    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> head = buffer.left(end).split('\n');
            qsizetype length = 0;
            for (const QByteArray &line : head.mid(1)) {
                const qsizetype colon = line.indexOf(':');
                if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length")
                    length = line.mid(colon + 1).trimmed().toLongLong();
            }
            if (buffer.size() < end + 4 + length)
                return;
            const QByteArray body = buffer.mid(end + 4, length);
            buffer.remove(0, end + 4 + length);
            const QList<QByteArray> request = head.constFirst().trimmed().split(' ');
            handle(socket, request.value(0), request.value(1), body);
        }
    }

    void handle(QTcpSocket *socket, const QByteArray &method, const QByteArray &path, const QByteArray &body)
    {
        if (method == "GET" && path.endsWith("/runtime/restore/next")) {
            // Init is over: answered at once, and the runtime closes its
            // connection; the snapshot is taken once it has (no connection
            // may cross the checkpoint).
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            m_closing = socket;
            m_limit.stop();
            return;
        }
        if (method == "POST" && path.endsWith("/runtime/init/error")) {
            m_initError = QStringLiteral("its init failed: %1").arg(QString::fromUtf8(body.left(300)));
            socket->write("HTTP/1.1 202 Accepted\r\nContent-Type: application/json\r\nContent-Length: "
                          "16\r\n\r\n{\"status\":\"OK\"}\n");
            return;
        }
        if (path.endsWith("/runtime/invocation/next")) {
            finish(QStringLiteral("the runtime asked for an event instead of /restore/next: it does not take part "
                                  "in SnapStart"));
            return;
        }
        socket->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n");
    }

    void checkpoint()
    {
        if (m_checkpointing || m_finished)
            return;
        m_checkpointing = true;
        QDir().mkpath(m_folder + QStringLiteral("/images"));
        QDir().mkpath(m_folder + QStringLiteral("/work"));
        // What the init wrote to /tmp (mounted by the engine in the bundle, bound in) is
        // part of the snapshot, as on Lambda: kept beside the images, copied
        // into every restored copy's /tmp. The runtime waits meanwhile.
        const QString tmp = m_folder + QStringLiteral("/tmp");
        QDir().mkpath(tmp);
        SnapStart::copyFolder(m_box->bundlePath() + QStringLiteral("/tmp"), tmp, this, [this](const QString &error) {
            if (!error.isEmpty()) {
                finish(error);
                return;
            }
            runCheckpoint();
        });
    }

    void runCheckpoint()
    {
        m_limit.start(CheckpointLimitMs);
        m_checkpoint = new QProcess(this);
        m_checkpoint->setProcessChannelMode(QProcess::MergedChannels);
        connect(m_checkpoint, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
            const QString said = QString::fromUtf8(m_checkpoint->readAll().trimmed());
            m_checkpoint->deleteLater();
            m_checkpoint = nullptr;
            if (status == QProcess::NormalExit && code == 0) {
                handOff();
                return;
            }
            const QString dump = SnapStart::logTail(m_folder + QStringLiteral("/work/dump.log"), 3);
            finish(QStringLiteral("runc checkpoint failed: %1%2")
                       .arg(said.isEmpty() ? QStringLiteral("exit code %1").arg(code) : said,
                            dump.isEmpty() ? QString() : QStringLiteral(" (CRIU: %1)").arg(dump)));
        });
        connect(m_checkpoint, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
            if (error == QProcess::FailedToStart)
                finish(QStringLiteral("runc checkpoint could not be started"));
        });
        SnapStart::prepareCriuProcess(m_checkpoint);
        m_checkpoint->start(
            m_backend->binary(),
            // Left running: the snapshot's own runtime serves the first cold
            // start, which then needs no restore.
            m_backend->runtimeArguments({ QStringLiteral("checkpoint"), QStringLiteral("--leave-running"),
                                          QStringLiteral("--image-path"), m_folder + QStringLiteral("/images"),
                                          QStringLiteral("--work-path"), m_folder + QStringLiteral("/work"),
                                          m_box->containerId() }));
    }

    // The snapshot is taken: its runtime, left running, goes to the callee.
    void handOff()
    {
        if (m_finished)
            return;
        m_finished = true;
        m_limit.stop();
        delete std::exchange(m_api, nullptr); // the runtime reaches the listener's copy from now on
        OciInstance *original = std::exchange(m_box, nullptr);
        original->disconnect(this);
        original->setListener(std::exchange(m_listenerCopy, -1));
        Done done = std::move(m_done);
        done({}, m_logs, original); // takes it over (and may delete this maker)
    }

    void finish(const QString &error)
    {
        if (m_finished)
            return;
        m_finished = true;
        m_limit.stop();
        if (m_checkpoint) {
            // A hung one: runc goes now, CRIU once the teardown below has
            // killed the task it traces.
            m_checkpoint->disconnect(this);
            m_checkpoint->kill();
        }
        if (m_box) {
            // Checkpointed, the container is gone already; else it goes now.
            m_box->disconnect(this);
            m_box->handOver();
        }
        // The callback may delete this maker.
        Done done = std::move(m_done);
        done(error, m_logs, nullptr);
    }

    QPointer<OciBackend> m_backend;
    QString m_folder;
    Done m_done;
    OciInstance *m_box = nullptr;
    QTcpServer *m_api = nullptr;
    int m_listenerCopy = -1;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QPointer<QTcpSocket> m_closing;
    QProcess *m_checkpoint = nullptr;
    QTimer m_limit;
    QStringList m_logs;
    QString m_initError;
    bool m_checkpointing = false;
    bool m_finished = false;
};

// The trial of SnapStartStore's check: `criu dump --leave-running
// --shell-job` of a `sleep` that the engine starts for it, into a folder of
// the snapshot directory (with an owner file, so that the stale clean-up
// removes it after a crash), bounded by TrialLimitMs. Both processes die with
// the engine (PR_SET_PDEATHSIG); either way they are killed, and the folder
// removed, before done is called with "" or what went wrong ("did not finish
// within 5 s"). Deleting it first kills them at once.
class CheckpointTrial final : public QObject
{
public:
    using Done = std::function<void(const QString &error)>;

    CheckpointTrial(const QString &folder, Done done, QObject *parent)
        : QObject(parent)
        , m_folder(folder)
        , m_done(std::move(done))
    {
        m_limit.setSingleShot(true);
        connect(&m_limit, &QTimer::timeout, this, [this] {
            if (m_ending)
                report(); // killed processes that would not go
            else
                end(QStringLiteral("did not finish within %1 s").arg(TrialLimitMs / 1000));
        });
    }

    ~CheckpointTrial() override
    {
        if (m_reported)
            return;
        for (QProcess *process : { m_criu, m_sleep }) {
            if (process) {
                process->disconnect(this);
                process->kill();
                process->waitForFinished(1000);
            }
        }
        QDir(m_folder).removeRecursively();
    }

    void start()
    {
        if (!QDir().mkpath(m_folder) || !SandboxFiles::writeOwnerFile(m_folder + QStringLiteral("/owner"))) {
            end(QStringLiteral("could not be made (cannot write %1)").arg(m_folder));
            return;
        }
        // A minute at most, should it outlive everything (it dies with the engine).
        m_sleep = spawn(QStringLiteral("sleep"), { QString::number(TrialLimitMs / 1000 * 12) });
        m_sleep->setStandardOutputFile(QProcess::nullDevice()); // no pipe of the engine's in the dump
        connect(m_sleep, &QProcess::started, this, &CheckpointTrial::dump);
        connect(m_sleep, &QProcess::finished, this, [this] {
            if (m_ending)
                reportWhenGone();
            else
                end(QStringLiteral("could not be made (the sleeping process ended first)"));
        });
        m_sleep->start();
    }

private:
    QProcess *spawn(const QString &name, const QStringList &arguments)
    {
        auto *process = new QProcess(this);
        process->setProgram(QStandardPaths::findExecutable(name));
        process->setArguments(arguments);
        process->setStandardInputFile(QProcess::nullDevice());
        process->setProcessChannelMode(QProcess::MergedChannels);
        // Only its own descriptors, as a container's process has (runc closes
        // the rest): one the engine inherited (a /dev/null opened in another
        // mount namespace, as under the development root's bwrap) fails the
        // dump ("Can't lookup mount=N for fd=10").
        process->setUnixProcessParameters(QProcess::UnixProcessFlag::CloseFileDescriptors);
        process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        connect(process, &QProcess::errorOccurred, this, [this, name](QProcess::ProcessError error) {
            if (error != QProcess::FailedToStart)
                return;
            if (m_ending)
                reportWhenGone();
            else
                end(QStringLiteral("could not be made (%1 could not be started)").arg(name));
        });
        return process;
    }

    void dump()
    {
        m_criu
            = spawn(QStringLiteral("criu"),
                    { QStringLiteral("dump"), QStringLiteral("--tree"), QString::number(m_sleep->processId()),
                      QStringLiteral("--leave-running"), QStringLiteral("--shell-job"), QStringLiteral("--images-dir"),
                      m_folder, QStringLiteral("--log-file"), QStringLiteral("dump.log") });
        SnapStart::prepareCriuProcess(m_criu);
        connect(m_criu, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
            if (m_ending) {
                reportWhenGone();
                return;
            }
            if (status == QProcess::NormalExit && code == 0) {
                end({});
                return;
            }
            QString said = lastError();
            if (said.isEmpty()) // before its log (a bad option): what it printed
                said = QString::fromUtf8(m_criu->readAll().trimmed()).section(u'\n', -1);
            end(QStringLiteral("failed (CRIU: %1)")
                    .arg(said.isEmpty() ? QStringLiteral("exit code %1").arg(code) : said));
        });
        m_limit.start(TrialLimitMs);
        m_criu->start();
    }

    // CRIU's last error line in its log (its last line is "Dumping FAILED."), else its last line.
    QString lastError() const
    {
        QFile log(m_folder + QStringLiteral("/dump.log"));
        if (!log.open(QIODevice::ReadOnly))
            return {};
        const QList<QByteArray> lines = log.readAll().trimmed().split('\n');
        for (qsizetype i = lines.size() - 1; i >= 0; --i) {
            if (lines.at(i).contains("Error"))
                return QString::fromUtf8(lines.at(i).trimmed());
        }
        return QString::fromUtf8(lines.constLast().trimmed());
    }

    void end(const QString &error)
    {
        if (m_ending)
            return;
        m_ending = true;
        m_error = error;
        if (!error.isEmpty()) {
            const QString dump = SnapStart::logTail(m_folder + QStringLiteral("/dump.log"), 3);
            if (!dump.isEmpty())
                qInfo("SnapStart's trial checkpoint %s; CRIU's log ends: %s", qPrintable(error), qPrintable(dump));
        }
        for (QProcess *process : { m_criu, m_sleep }) {
            if (process && process->state() != QProcess::NotRunning)
                process->kill();
        }
        m_limit.start(TrialReapMs);
        reportWhenGone();
    }

    void reportWhenGone()
    {
        const auto gone = [](QProcess *p) { return !p || p->state() == QProcess::NotRunning; };
        if (gone(m_criu) && gone(m_sleep))
            report();
    }

    void report()
    {
        if (m_reported)
            return;
        m_reported = true;
        m_limit.stop();
        QDir(m_folder).removeRecursively();
        m_done(m_error);
    }

    QString m_folder;
    Done m_done;
    QProcess *m_sleep = nullptr;
    QProcess *m_criu = nullptr;
    QTimer m_limit;
    QString m_error;
    bool m_ending = false;
    bool m_reported = false;
};

SnapStartStore::SnapStartStore(OciBackend *backend)
    : QObject(backend)
    , m_backend(backend)
    , m_directory(backend->snapshotDirectory())
{ }

SnapStartStore::~SnapStartStore()
{
    shutdown();
}

void SnapStartStore::check()
{
    if (m_check != Check::NotYet)
        return;
    m_check = Check::Running;
    m_unavailable = m_backend ? SnapStart::unavailableReason(*m_backend) : QStringLiteral("no backend");
    if (!m_unavailable.isEmpty()) {
        QTimer::singleShot(0, this, [this] { onChecked(0, {}); });
        return;
    }
    // CRIU's own look at the kernel (a second or so): once per engine.
    m_checker = new QProcess(this);
    m_checker->setProcessChannelMode(QProcess::MergedChannels);
    connect(m_checker, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        const QString output = QString::fromUtf8(m_checker->readAll());
        m_checker->deleteLater();
        m_checker = nullptr;
        onChecked(status == QProcess::NormalExit ? code : -1, output);
    });
    connect(m_checker, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        m_checker->deleteLater();
        m_checker = nullptr;
        onChecked(-1, QStringLiteral("criu could not be started"));
    });
    m_checker->start(QStandardPaths::findExecutable(QStringLiteral("criu")), { QStringLiteral("check") });
}

void SnapStartStore::onChecked(int exitCode, const QString &output)
{
    if (m_unavailable.isEmpty() && exitCode != 0) {
        const QStringList lines = output.trimmed().split(u'\n');
        m_unavailable = QStringLiteral("`criu check` fails on this kernel: %1")
                            .arg(lines.constLast().isEmpty() ? QStringLiteral("exit code %1").arg(exitCode)
                                                             : lines.constLast().trimmed());
    }
    if (!m_unavailable.isEmpty()) {
        checkDone();
        return;
    }
    // `criu check` passes where dumps may still hang or fail: a trial
    // checkpoint of a throw-away process says whether CRIU can dump at all
    // (with CRIU_FAULT=130 where hardware breakpoints do not fire).
    m_trial = new CheckpointTrial(
        m_directory + u'/' + QString::number(QCoreApplication::applicationPid(), 36) + QStringLiteral("-trial"),
        [this](const QString &error) { onTried(error); }, this);
    m_trial->start();
}

void SnapStartStore::onTried(const QString &error)
{
    std::exchange(m_trial, nullptr)->deleteLater();
    if (!error.isEmpty()) {
        m_unavailable = QString(KernelRefusal)
            + QStringLiteral("%1): a trial dump of a sleeping process %2").arg(QSysInfo::kernelVersion(), error);
    }
    checkDone();
}

void SnapStartStore::checkDone()
{
    m_check = Check::Done;
    if (!m_unavailable.isEmpty())
        qInfo("SnapStart unavailable: %s", qPrintable(m_unavailable));
    const QList<std::function<void()>> waiting = std::exchange(m_afterCheck, {});
    for (const auto &then : waiting)
        then();
}

void SnapStartStore::whenChecked(QObject *context, std::function<void()> then)
{
    QPointer<QObject> guard(context);
    auto call = [guard, then = std::move(then)] {
        if (guard)
            then();
    };
    if (m_check == Check::Done) {
        QTimer::singleShot(0, context, call);
        return;
    }
    m_afterCheck.append(call);
    check();
}

void SnapStartStore::answer(const Waiter &waiter, const QString &images, const QStringList &logs, const QString &error)
{
    if (!waiter.context)
        return;
    QTimer::singleShot(0, waiter.context.data(),
                       [ready = waiter.ready, images, logs, error] { ready(images, logs, error, nullptr); });
}

void SnapStartStore::acquire(const InstanceSpec &spec, QObject *context, Ready ready)
{
    if (m_check != Check::Done) {
        whenChecked(context, [this, spec, context, ready] { acquire(spec, context, ready); });
        return;
    }
    const Waiter waiter { context, std::move(ready) };
    QString why = m_unavailable;
    if (why.isEmpty())
        why = SnapStart::unsupportedReason(spec);
    if (!why.isEmpty()) {
        answer(waiter, {}, {}, QStringLiteral("SnapStart unavailable: ") + why);
        return;
    }
    auto it = m_snapshots.find(spec.functionId);
    if (it != m_snapshots.end() && it->key != spec.configurationKey) {
        drop(spec.functionId); // made for a configuration the function no longer has
        it = m_snapshots.end();
    }
    if (it == m_snapshots.end()) {
        Snapshot snapshot;
        snapshot.key = spec.configurationKey;
        snapshot.spec = spec;
        const quint64 serial = ++m_serial;
        snapshot.folder = m_directory + u'/' + QString::number(QCoreApplication::applicationPid(), 36) + u'-'
            + QString::number(serial);
        if (!QDir().mkpath(snapshot.folder)
            || !SandboxFiles::writeOwnerFile(snapshot.folder + QStringLiteral("/owner"))) {
            answer(waiter, {}, {}, QStringLiteral("SnapStart: cannot write the snapshot folder ") + snapshot.folder);
            return;
        }
        const QString functionId = spec.functionId;
        const QString key = spec.configurationKey;
        auto *maker = new SnapshotMaker(
            m_backend, spec, snapshot.folder, serial,
            [this, functionId, key](const QString &error, const QStringList &logs, OciInstance *original) {
                auto found = m_snapshots.find(functionId);
                if (found == m_snapshots.end() || found->key != key) {
                    if (original)
                        discard(original);
                    return;
                }
                if (SnapshotMaker *done = found->maker.data())
                    done->deleteLater();
                found->maker = nullptr;
                found->initLogs = logs;
                if (!error.isEmpty()) {
                    found->error = QStringLiteral("SnapStart: no snapshot, ") + error;
                    qInfo("%s: %s", qPrintable(functionId), qPrintable(found->error));
                    QDir(found->folder + QStringLiteral("/images")).removeRecursively();
                }
                if (original)
                    handOriginal(*found, original);
                serve(functionId);
                Q_EMIT snapshotDone(functionId, error);
            },
            this);
        snapshot.maker = maker;
        it = m_snapshots.insert(spec.functionId, snapshot);
        maker->start();
    }
    it->waiters.append(waiter);
    if (!it->maker)
        serve(spec.functionId);
}

void SnapStartStore::discard(OciInstance *instance)
{
    instance->setParent(this);
    instance->disconnect(this);
    instance->handOver(); // a teardown removes its container, bundle and cgroups
    instance->deleteLater();
}

void SnapStartStore::handOriginal(Snapshot &snapshot, OciInstance *original)
{
    // The first start still waiting gets the snapshot's own runtime; without
    // one it goes.
    while (!snapshot.waiters.isEmpty()) {
        const Waiter waiter = snapshot.waiters.takeFirst();
        if (!waiter.context)
            continue;
        original->setParent(waiter.context.data()); // goes with it, should it go first
        QPointer<OciInstance> handed(original);
        QTimer::singleShot(0, waiter.context.data(),
                           [ready = waiter.ready, images = imagesOf(snapshot), logs = snapshot.initLogs, handed] {
                               if (handed)
                                   ready(images, logs, {}, handed.data());
                           });
        snapshot.logsGiven = true;
        return;
    }
    discard(original);
}

void SnapStartStore::serve(const QString &functionId)
{
    auto it = m_snapshots.find(functionId);
    if (it == m_snapshots.end())
        return;
    const QList<Waiter> waiters = std::exchange(it->waiters, {});
    for (const Waiter &waiter : waiters) {
        if (!it->error.isEmpty()) {
            answer(waiter, {}, {}, it->error);
            continue;
        }
        // What the snapshot's init printed goes to the first copy's log.
        answer(waiter, imagesOf(*it), it->logsGiven ? QStringList() : it->initLogs, {});
        it->logsGiven = true;
    }
}

OciInstance *SnapStartStore::takeSpare(const InstanceSpec &spec, QObject *parent)
{
    auto it = m_snapshots.find(spec.functionId);
    if (it == m_snapshots.end() || it->key != spec.configurationKey || !it->spare || !it->spare->isParked())
        return nullptr;
    OciInstance *spare = it->spare.data();
    it->spare = nullptr;
    spare->disconnect(this);
    spare->setParent(parent);
    spare->adopt(spec);
    QTimer::singleShot(ReplenishDelayMs, this, [this, spec] { replenish(spec); });
    return spare;
}

void SnapStartStore::replenish(const InstanceSpec &spec)
{
    if (!m_backend || m_backend->maxPrepared() <= 0)
        return;
    auto it = m_snapshots.find(spec.functionId);
    if (it == m_snapshots.end() || it->key != spec.configurationKey || it->maker || !it->error.isEmpty() || it->spare)
        return;
    if (spareContainerIds().size() >= m_backend->maxPrepared())
        return;
    InstanceSpec ahead = it->spec;
    ahead.instanceId
        = QString::number(QCoreApplication::applicationPid(), 36) + QStringLiteral("-r") + QString::number(++m_serial);
    OciInstance *spare = m_backend->newInstance(ahead, this);
    spare->setRestoreFrom(imagesOf(*it));
    it->spare = spare;
    const QString functionId = spec.functionId;
    connect(spare, &OciInstance::restored, this, [this, functionId] { Q_EMIT spareReady(functionId); });
    const auto lost = [this, functionId, spare](const QString &why) {
        qInfo("no restored copy ahead for %s: %s", qPrintable(functionId), qPrintable(why));
        auto found = m_snapshots.find(functionId);
        if (found != m_snapshots.end() && found->spare == spare)
            found->spare = nullptr;
        spare->disconnect(this);
        spare->deleteLater();
    };
    connect(spare, &SandboxInstance::failed, this, lost);
    connect(spare, &SandboxInstance::exited, this,
            [lost](const InstanceExit &exit) { lost(QStringLiteral("it ended (%1)").arg(exit.reason)); });
    spare->start();
}

void SnapStartStore::drop(const QString &functionId)
{
    Snapshot snapshot = m_snapshots.take(functionId);
    if (SnapshotMaker *maker = snapshot.maker.data())
        delete maker; // its sandbox goes to a teardown
    if (OciInstance *spare = snapshot.spare.data()) {
        spare->disconnect(this);
        spare->handOver();
        spare->deleteLater();
    }
    // Starts waiting for it start cold; at shutdown they wait no more (their
    // pool goes first, and the backend makes nothing new while it shuts down).
    if (!m_shuttingDown) {
        for (const Waiter &waiter : std::as_const(snapshot.waiters))
            answer(waiter, {}, {}, QStringLiteral("SnapStart: the snapshot was dropped before it was taken"));
    }
    QDir(snapshot.folder).removeRecursively();
}

void SnapStartStore::shutdown()
{
    if (m_checker) {
        m_checker->disconnect(this);
        m_checker->kill();
        m_checker->waitForFinished(1000);
        delete std::exchange(m_checker, nullptr);
        m_check = Check::NotYet;
    }
    if (m_trial) {
        delete std::exchange(m_trial, nullptr); // kills criu and the sleeping process, removes the folder
        m_check = Check::NotYet;
    }
    m_afterCheck.clear();
    m_shuttingDown = true;
    const QStringList functions = m_snapshots.keys();
    for (const QString &functionId : functions)
        drop(functionId);
    m_shuttingDown = false;
}

QStringList SnapStartStore::snapshotFolders() const
{
    QStringList folders;
    for (const Snapshot &snapshot : m_snapshots)
        folders << snapshot.folder;
    return folders;
}

int SnapStartStore::spareCount() const
{
    int count = 0;
    for (const Snapshot &snapshot : m_snapshots)
        count += snapshot.spare && snapshot.spare->isParked() ? 1 : 0;
    return count;
}

QStringList SnapStartStore::spareContainerIds() const
{
    QStringList ids;
    for (const Snapshot &snapshot : m_snapshots) {
        if (snapshot.spare)
            ids << snapshot.spare->containerId();
    }
    return ids;
}

SnapStartInstance::SnapStartInstance(OciBackend *backend, const InstanceSpec &spec, QObject *parent)
    : SandboxInstance(parent)
    , m_backend(backend)
    , m_spec(spec)
{ }

SnapStartInstance::~SnapStartInstance() = default; // m_inner is a child: its container goes to a teardown

void SnapStartInstance::start()
{
    if (m_inner || m_done || !m_backend)
        return;
    m_backend->snapStart()->acquire(
        m_spec, this,
        [this](const QString &images, const QStringList &initLogs, const QString &error, OciInstance *original) {
            if (m_killRequested) {
                m_done = true;
                InstanceExit exit;
                exit.signal = 9;
                exit.reason = exitReason(0, 9);
                Q_EMIT exited(exit);
                return;
            }
            if (!error.isEmpty()) {
                coldStart(error);
                return;
            }
            for (const QString &line : initLogs)
                Q_EMIT output(line.toUtf8(), false);
            if (original) {
                // The snapshot's own runtime, left running: no restore for this start.
                original->setParent(this);
                attach(original, true);
                replenishOnceStarted(original);
                original->wakeSnapshotRun();
                return;
            }
            restore(images);
        });
}

void SnapStartInstance::restore(const QString &images)
{
    if (OciInstance *spare = m_backend->snapStart()->takeSpare(m_spec, this)) {
        attach(spare, true);
        spare->start(); // wakes it
        return;
    }
    OciInstance *copy = m_backend->newInstance(m_spec, this);
    copy->setRestoreFrom(images);
    attach(copy, true);
    connect(copy, &OciInstance::restored, copy, &OciInstance::start); // woken at once
    replenishOnceStarted(copy);
    copy->start();
}

void SnapStartInstance::replenishOnceStarted(OciInstance *inner)
{
    // Once it runs, a copy is restored ahead for the next cold start.
    connect(
        inner, &SandboxInstance::started, m_backend->snapStart(),
        [store = m_backend->snapStart(), spec = m_spec] {
            QTimer::singleShot(ReplenishDelayMs, store, [store, spec] { store->replenish(spec); });
        },
        Qt::SingleShotConnection);
}

void SnapStartInstance::coldStart(const QString &why)
{
    m_snapStartNote = why;
    qInfo("%s: %s; starting cold", qPrintable(m_spec.functionId), qPrintable(why));
    Q_EMIT output(QStringLiteral("bullpen: %1; this instance started cold").arg(why).toUtf8(), true);
    if (OciInstance *old = m_inner.data()) {
        old->disconnect(this);
        old->handOver();
        old->deleteLater();
    }
    OciInstance *cold = m_backend->newInstance(m_spec, this);
    attach(cold, false);
    cold->start();
}

void SnapStartInstance::attach(OciInstance *inner, bool restoring)
{
    m_inner = inner;
    m_restoring = restoring;
    inner->setRuntimeApiListenerSink([this](int fd, QString *error) { return handOverListener(fd, error); });
    connect(inner, &SandboxInstance::output, this, &SandboxInstance::output);
    connect(inner, &SandboxInstance::started, this, [this, inner] {
        m_started = true;
        m_restoring = false;
        m_pid = inner->pid();
        m_fromPrepared = inner->fromPreparedSandbox();
        m_restored = inner->restoredFromSnapshot();
        m_wokenAtNs = inner->wokenAtNs();
        Q_EMIT started();
    });
    // A restore that fails before the runtime was woken leaves the instance
    // nothing to answer: it starts cold instead, and says why.
    connect(inner, &SandboxInstance::failed, this, [this](const QString &message) {
        if (m_restoring && !m_started && !m_killRequested) {
            coldStart(QStringLiteral("SnapStart: the restore failed (%1)").arg(message));
            return;
        }
        m_done = true;
        Q_EMIT failed(message);
    });
    connect(inner, &SandboxInstance::exited, this, [this](const InstanceExit &exit) {
        if (m_restoring && !m_started && !m_killRequested) {
            coldStart(QStringLiteral("SnapStart: the restored copy ended before it was woken (%1)").arg(exit.reason));
            return;
        }
        m_done = true;
        Q_EMIT exited(exit);
    });
    if (m_killRequested)
        inner->kill();
}

void SnapStartInstance::kill()
{
    m_killRequested = true;
    if (m_inner)
        m_inner->kill();
}

qint64 SnapStartInstance::maxMemoryUsedBytes() const
{
    return m_inner ? m_inner->maxMemoryUsedBytes() : -1;
}

qint64 SnapStartInstance::currentMemoryBytes() const
{
    return m_inner ? m_inner->currentMemoryBytes() : -1;
}

bool SnapStartInstance::memoryLimitEnforced() const
{
    return m_backend && m_backend->memoryLimitEnforced();
}

QString SnapStartInstance::limitationNote() const
{
    return m_backend ? m_backend->limitationNote() : QString();
}

void SnapStartInstance::drainOutput()
{
    if (m_inner)
        m_inner->drainOutput();
}

void SnapStartInstance::checkStarted()
{
    if (m_inner && !m_restoring)
        m_inner->checkStarted();
}

qint64 SnapStartInstance::processStartedAtNs() const
{
    return m_inner && !m_restoring ? m_inner->processStartedAtNs() : 0;
}

qint64 SnapStartInstance::sandboxMadeAtNs() const
{
    return m_inner && !m_restoring ? m_inner->sandboxMadeAtNs() : 0;
}

} // namespace Bullpen
