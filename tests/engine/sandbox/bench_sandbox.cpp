// SPDX-License-Identifier: MIT
// Spawn-to-exit of /bin/true: bare process against a runc container, and the
// same for a bare python3 start, and the shutdown of two running containers
// (the budget: 2.5 s; it was an assertion in tst_ocibackend, a wall-clock
// budget, so it is a figure here). Not a test; prints figures.
#include "engine/sandbox/containerbackend.h"
#include "engine/sandbox/ephemeralstorage.h"
#include "engine/sandbox/ocibackend.h"
#include "engine/sandbox/outboundlink.h"
#include "engine/sandbox/sandboxnetwork.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTextStream>

#include <algorithm>
#include <memory>

#include <unistd.h>

using namespace Bullpen;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double bare(const QStringList &command)
{
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    process.start(command.first(), command.mid(1));
    process.waitForFinished(10000);
    return timer.nsecsElapsed() / 1e6;
}

QList<double> startedMs; // spawn to started(): the command has been exec'd

double contained(ContainerBackend *backend, const QStringList &command, int n)
{
    InstanceSpec spec;
    spec.instanceId = QStringLiteral("bench-%1-%2").arg(QCoreApplication::applicationPid()).arg(n);
    spec.codeDirectory = QDir::tempPath();
    spec.command = command;
    spec.environment = { { QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin") } };
    std::unique_ptr<SandboxInstance> instance(backend->create(spec, nullptr));
    bool exited = false;
    QString failure;
    QObject::connect(instance.get(), &SandboxInstance::failed, [&](const QString &m) { failure = m; });
    QElapsedTimer timer;
    timer.start();
    instance->start();
    // Spawn to exit of the command, before the container's removal.
    double ms = -1;
    QObject::connect(instance.get(), &SandboxInstance::started, [&] { startedMs << timer.nsecsElapsed() / 1e6; });
    QObject::connect(instance.get(), &SandboxInstance::exited, [&] {
        ms = timer.nsecsElapsed() / 1e6;
        exited = true;
    });
    while (!exited && failure.isEmpty() && timer.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    if (!failure.isEmpty())
        QTextStream(stderr) << "failed: " << failure << Qt::endl;
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString name = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("runc");
    const int rounds = argc > 2 ? QByteArray(argv[2]).toInt() : 20;
    QString error;
    std::unique_ptr<ContainerBackend> backend(createBackend(name, &error));
    if (!backend) {
        QTextStream(stderr) << "no backend " << name << ": " << error << Qt::endl;
        return 1;
    }
    QTextStream out(stdout);
    const QList<QStringList> commands { { QStringLiteral("/bin/true") },
                                        { QStringLiteral("python3"), QStringLiteral("-c"), QStringLiteral("pass") } };
    int n = 0;
    for (const QStringList &command : commands) {
        QList<double> bareTimes, containerTimes;
        startedMs.clear();
        for (int i = 0; i < rounds; ++i) {
            bareTimes << bare(command.first() == QLatin1String("python3")
                                  ? QStringList { QStringLiteral("/usr/bin/python3") } + command.mid(1)
                                  : command);
            containerTimes << contained(backend.get(), command, ++n);
        }
        out << command.join(QLatin1Char(' ')) << ": bare " << median(bareTimes) << " ms, " << backend->name() << " "
            << median(containerTimes) << " ms to exited() incl. removal, " << median(startedMs)
            << " ms to started() (median of " << rounds << "), overhead " << median(containerTimes) - median(bareTimes)
            << " ms" << Qt::endl;
    }

    // Shutdown of two running containers, alternating rounds: median and spread.
    QList<double> shutdownMs;
    for (int i = 0; i < qMax(3, rounds / 4); ++i) {
        std::unique_ptr<ContainerBackend> fresh(createBackend(name, &error));
        QList<SandboxInstance *> running;
        for (int k = 0; k < 2; ++k) {
            InstanceSpec spec;
            spec.instanceId = QStringLiteral("bench-%1-s%2-%3").arg(QCoreApplication::applicationPid()).arg(i).arg(k);
            spec.codeDirectory = QDir::tempPath();
            spec.command = { QStringLiteral("sleep"), QStringLiteral("60") };
            spec.environment = { { QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin") } };
            SandboxInstance *instance = fresh->create(spec, fresh.get());
            bool started = false;
            QObject::connect(instance, &SandboxInstance::started, [&started] { started = true; });
            instance->start();
            QElapsedTimer wait;
            wait.start();
            while (!started && wait.elapsed() < 20000)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
            running << instance;
        }
        QElapsedTimer timer;
        timer.start();
        fresh->shutdown();
        shutdownMs << timer.nsecsElapsed() / 1e6;
    }
    std::sort(shutdownMs.begin(), shutdownMs.end());
    out << "shutdown of two running containers: median " << median(shutdownMs) << " ms, min " << shutdownMs.first()
        << " ms, max " << shutdownMs.last() << " ms (" << shutdownMs.size() << " rounds; budget 2500 ms)" << Qt::endl;
    // What the sandbox of issue 15 adds to a cold start, step by step (as
    // root): a network namespace with the Runtime API's listener inside it
    // (on the engine's thread), and /tmp's file system on a loop device
    // (mke2fs as a child process, then the loop ioctls). Alternating rounds.
    QString why;
    if (SandboxNetwork::available(&why) && EphemeralStorage::available(&why)) {
        QList<double> networkMs, linkMs, tmpMs;
        for (int i = 0; i < rounds; ++i) {
            QElapsedTimer timer;
            timer.start();
            QString stepError;
            const int ns = SandboxNetwork::create(&stepError);
            const int listener
                = ns >= 0 ? SandboxNetwork::listenInside(ns, SandboxNetwork::RuntimeApiPort, &stepError) : -1;
            networkMs << timer.nsecsElapsed() / 1e6;
            if (listener < 0)
                QTextStream(stderr) << "network namespace: " << stepError << Qt::endl;
            // Its link to the outside (slirp4netns), from start to configured.
            if (!OutboundLink::program().isEmpty()) {
                OutboundLink link;
                bool linked = false;
                QObject::connect(&link, &OutboundLink::ready, [&] { linked = true; });
                QObject::connect(&link, &OutboundLink::failed, [&](const QString &message) {
                    QTextStream(stderr) << "outbound link: " << message << Qt::endl;
                    linked = true;
                });
                timer.restart();
                link.start(SandboxNetwork::joinPath(ns));
                while (!linked)
                    QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
                linkMs << timer.nsecsElapsed() / 1e6;
            }
            ::close(listener);
            ::close(ns);
            QObject context;
            bool done = false;
            timer.restart();
            EphemeralStorage::prepare(QStringLiteral("bench-%1-%2").arg(QCoreApplication::applicationPid()).arg(i), 512,
                                      &context, [&](const QString &device, int fd, const QString &tmpError) {
                                          tmpMs << timer.nsecsElapsed() / 1e6;
                                          if (device.isEmpty())
                                              QTextStream(stderr) << "/tmp: " << tmpError << Qt::endl;
                                          ::close(fd);
                                          done = true;
                                      });
            while (!done)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        }
        out << "network namespace + Runtime API listener: median " << median(networkMs)
            << " ms; outbound link (slirp4netns, start to configured): median " << median(linkMs)
            << " ms; /tmp (512 MB ext4 on a loop device): median " << median(tmpMs) << " ms (" << rounds << " rounds)"
            << Qt::endl;
    } else {
        out << "sandbox steps not measured: " << why << Qt::endl;
    }
    // A whole cold start without and with the outbound link, alternating
    // rounds in the same run: the link starts beside mke2fs, and runc waits
    // for both.
    if (auto *oci = qobject_cast<OciBackend *>(backend.get()); oci && oci->outboundNetwork()) {
        const QStringList command { QStringLiteral("python3"), QStringLiteral("-c"), QStringLiteral("pass") };
        QList<double> exited[2], started[2];
        for (int i = 0; i < rounds; ++i) {
            for (const bool linked : { false, true }) {
                oci->setOutboundNetwork(linked);
                startedMs.clear();
                exited[linked] << contained(backend.get(), command, ++n);
                started[linked] << startedMs.value(0, -1);
            }
        }
        oci->setOutboundNetwork(true);
        for (const bool linked : { false, true })
            out << "python3 -c pass " << (linked ? "with" : "without")
                << " the outbound link: " << median(started[linked]) << " ms to started(), " << median(exited[linked])
                << " ms to exited() incl. removal (median of " << rounds << ")" << Qt::endl;
    }
    // A whole cold start without and with /sys (a read-only sysfs and the
    // instance's cgroup in a cgroup namespace: the mounts runc makes before
    // it starts the command), alternating rounds in the same run.
    if (auto *oci = qobject_cast<OciBackend *>(backend.get()); oci && oci->ownNetwork()) {
        const QStringList command { QStringLiteral("python3"), QStringLiteral("-c"), QStringLiteral("pass") };
        QList<double> exited[2], started[2];
        for (int i = 0; i < rounds; ++i) {
            for (const bool sys : { false, true }) {
                oci->setSysMounts(sys);
                startedMs.clear();
                exited[sys] << contained(backend.get(), command, ++n);
                started[sys] << startedMs.value(0, -1);
            }
        }
        oci->setSysMounts(true);
        for (const bool sys : { false, true })
            out << "python3 -c pass " << (sys ? "with" : "without") << " /sys and its cgroup: " << median(started[sys])
                << " ms to started(), " << median(exited[sys]) << " ms to exited() incl. removal (median of " << rounds
                << ")" << Qt::endl;
    }
    backend->shutdown();
    return 0;
}
