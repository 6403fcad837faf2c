// SPDX-License-Identifier: MIT
// How long the next start takes to remove what a SIGKILLed engine left (issue
// 15 item 4: "within 2 s"). Each round starts the real `bullpen load` on runc
// (the Sleeper function, calls that sleep 50 s), waits until N containers run,
// SIGKILLs it mid-load, counts what it left, then does what the next engine's
// start does (a new runc backend and its stale clean-up) and times it: to the
// clean-up's end, and to the moment nothing of the killed engine is left
// (containers, bundles, cgroups, processes, slirp4netns, loop devices, mounts,
// /tmp images). Prints figures; asserts nothing (tst_clicontract does).
//
//   bench_crashrecovery [ROUNDS] [CONTAINERS]     default 5 rounds, 4 containers
#include "engine/sandbox/ocibackend.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include "tests/support/benchoutput.h"
#include "tests/support/sandboxleftovers.h"

#include <algorithm>
#include <csignal>
#include <cstdio>

using namespace Bullpen;
using namespace Bullpen::TestSupport;

namespace {

void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

QString spread(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return QStringLiteral("median %1 ms (min %2, max %3)")
        .arg(values.at(values.size() / 2), 0, 'f', 0)
        .arg(values.first(), 0, 'f', 0)
        .arg(values.last(), 0, 'f', 0);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const int rounds = qMax(1, args.value(0, QStringLiteral("5")).toInt());
    const int containers = qMax(1, args.value(1, QStringLiteral("4")).toInt());

    QTemporaryDir home;
    QFile::setPermissions(home.path(), QFile::Permissions(0x7777));
    const QString cacheHome = home.filePath(QStringLiteral("cache"));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(cacheHome));
    QFile event(home.filePath(QStringLiteral("event.json")));
    if (!event.open(QIODevice::WriteOnly))
        return 2;
    event.write("{\"seconds\": 50}");
    event.close();

    OciBackend probe(QStringLiteral("runc"));
    QString why;
    if (!probe.isAvailable(&why)) {
        out(QStringLiteral("runc is not available: ") + why);
        return 2;
    }

    QList<double> cleanups, nothingLeft, starts;
    for (int round = 1; round <= rounds; ++round) {
        QProcess load;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CACHE_HOME"), cacheHome);
        load.setProcessEnvironment(env);
        load.setWorkingDirectory(QStringLiteral(BULLPEN_FUNCTIONS_DIR));
        load.setStandardOutputFile(QProcess::nullDevice());
        load.setStandardErrorFile(QProcess::nullDevice());
        load.start(QStringLiteral(BULLPEN_BINARY),
                   { QStringLiteral("load"), QStringLiteral("Sleeper"), QStringLiteral("--backend"),
                     QStringLiteral("runc"), QStringLiteral("--shape"), QStringLiteral("constant:%1").arg(containers),
                     QStringLiteral("--duration"), QStringLiteral("60"), QStringLiteral("--event"), event.fileName() });
        if (!load.waitForStarted()) {
            out(QStringLiteral("bullpen load did not start"));
            return 2;
        }
        const qint64 pid = load.processId();
        QElapsedTimer waiting;
        waiting.start();
        SandboxLeftovers l;
        while (waiting.elapsed() < 120000) {
            l = sandboxLeftovers(probe, pid);
            if (l.containers.size() >= containers && l.loopDevices.size() >= containers
                && l.outboundLinks.size() >= containers)
                break;
            spin(50);
        }
        ::kill(pid_t(pid), SIGKILL);
        load.waitForFinished(10000);
        const SandboxLeftovers killed = sandboxLeftovers(probe, pid);

        // The next start: a backend of its own and its stale clean-up.
        QElapsedTimer clock;
        clock.start();
        OciBackend next(QStringLiteral("runc"));
        const double constructed = double(clock.nsecsElapsed()) / 1e6;
        QEventLoop loop;
        QObject::connect(&next, &ContainerBackend::staleCleanupFinished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        next.cleanupStale();
        loop.exec();
        const double cleaned = double(clock.nsecsElapsed()) / 1e6;
        SandboxLeftovers left = sandboxLeftovers(probe, pid);
        const SandboxLeftovers atEnd = left;
        while (!left.isEmpty() && clock.elapsed() < 10000) {
            spin(10);
            left = sandboxLeftovers(probe, pid);
        }
        const double gone = double(clock.nsecsElapsed()) / 1e6;
        starts << constructed;
        cleanups << cleaned;
        nothingLeft << gone;
        out(QStringLiteral(
                "round %1: killed with %2 containers, %3 bundles, %4 cgroups, %5 processes, %6 slirp4netns, "
                "%7 loop devices; backend made in %8 ms, clean-up done at %9 ms, nothing left at %10 ms%11%12")
                .arg(round)
                .arg(killed.containers.size())
                .arg(killed.bundles.size())
                .arg(killed.cgroups.size())
                .arg(killed.processes.size())
                .arg(killed.outboundLinks.size())
                .arg(killed.loopDevices.size())
                .arg(constructed, 0, 'f', 0)
                .arg(cleaned, 0, 'f', 0)
                .arg(gone, 0, 'f', 0)
                .arg(atEnd.isEmpty() ? QString()
                                     : QStringLiteral(" (at the clean-up's end: ") + atEnd.describe() + u')')
                .arg(left.isEmpty() ? QString() : QStringLiteral(" — STILL LEFT: ") + left.describe()));
    }
    out(QStringLiteral("after a SIGKILL mid-load with %1 containers, %2 rounds:").arg(containers).arg(rounds));
    out(QStringLiteral("  backend made (stale /tmp images removed) %1").arg(spread(starts)));
    out(QStringLiteral("  stale clean-up finished                  %1").arg(spread(cleanups)));
    out(QStringLiteral("  nothing of the killed engine left        %1").arg(spread(nothingLeft)));
    return 0;
}
