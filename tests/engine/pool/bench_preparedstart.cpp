// SPDX-License-Identifier: MIT
// Cold starts through runc with and without a sandbox made ahead of need
// (issue 16 item 2), invoke to result, a no-op handler, against the bare
// interpreter of the same image (chrooted into it, no container), without and
// with the sandboxes' CPU share, all four alternating in one run. Not a test:
// prints medians (and quartiles).
//   bench_preparedstart [ROUNDS] [python|nodejs|both] [MEMORY_MB]
// MEMORY_MB (default 512, as bullpen bench) also sets the CPU share (Lambda's:
// one vCPU at 1,769 MB), which the bare interpreter gets in a cgroup of its own
// (engine/sandbox/barestart.h) for the fair comparison.
#include "engine/core/clock.h"
#include "engine/invocation/invocation.h"
#include "engine/pool/warmpool.h"
#include "engine/sandbox/barestart.h"
#include "engine/sandbox/ocibackend.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Bullpen;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double quantile(QList<double> values, double q)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, qsizetype(q * double(values.size()))));
}

QString figures(const QList<double> &ms)
{
    return QStringLiteral("median %1 ms (quartiles %2–%3)")
        .arg(quantile(ms, 0.5), 0, 'f', 1)
        .arg(quantile(ms, 0.25), 0, 'f', 1)
        .arg(quantile(ms, 0.75), 0, 'f', 1);
}

bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 60000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
    }
    return true;
}

// Invoke to result, in milliseconds; the result in *result.
double invoke(WarmPool &pool, const FunctionConfig &f, InvocationResult *result)
{
    QElapsedTimer timer;
    timer.start();
    Invocation *inv = pool.invoke(f, "{}");
    bool done = false;
    QObject::connect(inv, &Invocation::finished, inv, [&](const InvocationResult &r) {
        *result = r;
        done = true;
    });
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    const double ms = timer.nsecsElapsed() / 1e6;
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? QByteArray(argv[1]).toInt() : 15;
    const QString which = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("python");
    const int memoryMb = argc > 3 ? QByteArray(argv[3]).toInt() : 512;
    OciBackend runc(QStringLiteral("runc"));
    QString why;
    if (!runc.isAvailable(&why)) {
        QTextStream(stderr) << "runc is not available: " << why << Qt::endl;
        return 1;
    }
    QObject::connect(&runc, &ContainerBackend::runtimeImageProgress,
                     [](const QString &, const QString &line, int) { QTextStream(stderr) << line << Qt::endl; });
    {
        // What an earlier run that was killed left behind.
        bool cleaned = false;
        QObject::connect(&runc, &ContainerBackend::staleCleanupFinished, [&cleaned] { cleaned = true; });
        runc.cleanupStale();
        waitUntil([&cleaned] { return cleaned; });
    }
    QTemporaryDir cache;
    SystemClock poolClock;
    SystemClock realClock;
    WarmPool pool(&runc, &poolClock, &realClock, cache.path());
    out() << "bench_preparedstart: runc " << (runc.ownNetwork() ? "as root" : "rootless") << ", " << rounds
          << " rounds, alternating, " << memoryMb << " MB; load " <<
        [] {
            QFile f(QStringLiteral("/proc/loadavg"));
            return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().trimmed()) : QString();
        }()
          << Qt::endl;

    struct Case
    {
        QString name, runtime, folder;
        QStringList bare;
    };
    QList<Case> cases;
    if (which == u"python" || which == u"both")
        cases.append({ QStringLiteral("python"),
                       QStringLiteral("python3.12"),
                       QStringLiteral("python"),
                       { QStringLiteral("/usr/bin/python3"), QStringLiteral("-c"), QStringLiteral("pass") } });
    if (which == u"nodejs" || which == u"both")
        cases.append({ QStringLiteral("nodejs"),
                       QStringLiteral("nodejs20.x"),
                       QStringLiteral("node"),
                       { QStringLiteral("/usr/bin/node"), QStringLiteral("-e"), QStringLiteral("0") } });

    for (const Case &c : cases) {
        FunctionConfig f;
        f.logicalId = f.functionName = QStringLiteral("noop-") + c.name;
        f.handler = QStringLiteral("noop.handler");
        f.runtime = c.runtime;
        // The no-op handlers of the pool's test functions (noop.py, noop.mjs).
        f.codeDirectory = QStringLiteral(BULLPEN_SOURCE_DIR "/tests/engine/pool/functions/") + c.folder;
        f.memorySizeMb = memoryMb;
        f.timeoutSeconds = 30;
        // The same code under another function whose configuration changes
        // every round: its cold starts never find a sandbox made ahead.
        FunctionConfig fresh = f;
        fresh.logicalId = fresh.functionName = f.logicalId + QStringLiteral("-fresh");

        // An instance turns idle just after its result: expired as soon as it is.
        const auto expire = [&pool] {
            return waitUntil([&pool] {
                pool.expireIdleInstances();
                return pool.instanceCount() == 0;
            });
        };
        // Nothing in the background: no instance, every sandbox made ahead
        // made, every teardown done.
        const auto quiet = [&] {
            const bool ok = expire() && waitUntil([&runc] {
                                return runc.preparedCount() == runc.preparedContainerIds().size() && !runc.isBusy();
                            });
            QElapsedTimer settle;
            settle.start();
            while (settle.elapsed() < 300)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
            return ok;
        };
        InvocationResult r;
        // The image (built on first use), the page cache, and the first
        // sandbox made ahead.
        for (int i = 0; i < 2; ++i) {
            invoke(pool, f, &r);
            if (!r.succeeded()) {
                QTextStream(stderr) << c.name << ": " << r.errorType << " " << r.errorMessage << r.engineError
                                    << Qt::endl;
                return 1;
            }
            quiet();
        }
        const auto image = runc.runtimeImage(c.runtime);
        if (!image) {
            QTextStream(stderr) << "no " << c.runtime << " image" << Qt::endl;
            return 1;
        }
        QList<double> prepared, own, interpreter, shared, preparedInit, ownInit;
        int misses = 0;
        BareStart alone(image->rootfsDir, 0);
        BareStart underShare(image->rootfsDir, memoryMb);
        if (!underShare.hasCpuShare())
            QTextStream(stderr) << "bare interpreter without the CPU share: " << underShare.error() << Qt::endl;
        auto bare = [&c](BareStart &start, QList<double> &into) {
            const double ms = start.run(c.bare);
            if (ms < 0) {
                QTextStream(stderr) << start.error() << Qt::endl;
                return false;
            }
            into << ms;
            return true;
        };
        for (int round = 0; round < rounds; ++round) {
            fresh.environment.insert(QStringLiteral("BENCH_ROUND"), QString::number(round));
            for (int step = 0; step < 4; ++step) {
                switch ((step + round) % 4) {
                case 0: {
                    waitUntil([&runc] { return runc.preparedCount() > 0; });
                    quiet();
                    const double ms = invoke(pool, f, &r);
                    if (r.coldStart && r.preparedSandbox) {
                        prepared << ms;
                        preparedInit << r.initDurationMs;
                    } else
                        ++misses;
                    break;
                }
                case 1: {
                    quiet();
                    const double ms = invoke(pool, fresh, &r);
                    if (r.coldStart && !r.preparedSandbox) {
                        own << ms;
                        ownInit << r.initDurationMs;
                    } else
                        ++misses;
                    break;
                }
                case 2:
                    quiet();
                    if (!bare(alone, interpreter))
                        return 1;
                    break;
                default:
                    quiet();
                    if (underShare.hasCpuShare() && !bare(underShare, shared))
                        return 1;
                }
                if (!r.succeeded()) {
                    QTextStream(stderr) << c.name << ": " << r.errorType << " " << r.errorMessage << r.engineError
                                        << Qt::endl;
                    return 1;
                }
            }
        }
        out() << "\n== " << c.name << " (" << c.runtime << "), " << rounds << " rounds" << Qt::endl;
        out() << "cold start, sandbox made ahead:  " << figures(prepared) << Qt::endl;
        out() << "cold start, sandbox made then:   " << figures(own) << Qt::endl;
        out() << "  of which Init Duration (the runtime's init): made ahead " << figures(preparedInit) << ", made then "
              << figures(ownInit) << Qt::endl;
        out() << "bare '" << c.bare.join(u' ') << "' in the image: " << figures(interpreter) << Qt::endl;
        out() << "made ahead minus bare: "
              << QString::number(quantile(prepared, 0.5) - quantile(interpreter, 0.5), 'f', 1)
              << " ms (target <= 25 ms); made then minus bare: "
              << QString::number(quantile(own, 0.5) - quantile(interpreter, 0.5), 'f', 1) << " ms" << Qt::endl;
        if (!shared.isEmpty()) {
            out() << "bare '" << c.bare.join(u' ') << "' in the image, " << memoryMb
                  << " MB's CPU share: " << figures(shared) << Qt::endl;
            out() << "made ahead minus bare under the same CPU share: "
                  << QString::number(quantile(prepared, 0.5) - quantile(shared, 0.5), 'f', 1) << " ms (target <= 25 ms)"
                  << Qt::endl;
        }
        if (misses > 0)
            out() << misses << " cold starts not counted (not of the kind asked for)" << Qt::endl;
    }
    pool.shutdown();
    runc.shutdown();
    waitUntil([&runc] { return !runc.isBusy(); });
    out() << "load " << [] {
        QFile f(QStringLiteral("/proc/loadavg"));
        return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().trimmed()) : QString();
    }() << Qt::endl;
    return 0;
}
