// SPDX-License-Identifier: MIT
// Cold start and warm round trip through the Docker backend beside the OCI
// backend: same run, same function (tests/engine/pool/functions/python,
// app.counter, 2,048 MB so that neither is throttled below one vCPU),
// alternating rounds. Docker cold starts with spare containers (pre-created)
// and without. Prints figures for docs/benchmarks.md; not a test.
//
//   BULLPEN_DOCKER_RUNTIME_REPO=bullpen-test-runtime bench_docker [ROUNDS [WARM [COLD]]]
#include "engine/core/clock.h"
#include "engine/invocation/invocation.h"
#include "engine/pool/warmpool.h"
#include "engine/sandbox/docker/dockerbackend.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <map>

using namespace Bullpen;

namespace {

FunctionConfig function(const QString &name)
{
    FunctionConfig f;
    f.logicalId = name;
    f.functionName = name;
    f.handler = QStringLiteral("app.counter");
    f.runtime = QStringLiteral("python3.12");
    f.codeDirectory = QStringLiteral(BULLPEN_SOURCE_DIR "/tests/engine/pool/functions/python");
    f.memorySizeMb = 2048;
    f.timeoutSeconds = 30;
    return f;
}

double invokeMs(WarmPool &pool, const FunctionConfig &f, bool *ok, double *initMs = nullptr)
{
    QElapsedTimer timer;
    timer.start();
    Invocation *inv = pool.invoke(f, "{}");
    if (!inv->isFinished()) {
        QEventLoop loop;
        QObject::connect(inv, &Invocation::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    const double ms = timer.nsecsElapsed() / 1e6;
    *ok = inv->result().succeeded();
    if (!*ok)
        std::fprintf(stderr, "failed: %s %s\n", qPrintable(inv->result().engineError),
                     qPrintable(inv->result().logs.join(u'\n')));
    if (initMs)
        *initMs = inv->result().initDurationMs;
    return ms;
}

struct Series
{
    std::vector<double> values;
    void add(double v) { values.push_back(v); }
    QString summary() const
    {
        if (values.empty())
            return QStringLiteral("-");
        std::vector<double> v = values;
        std::sort(v.begin(), v.end());
        double sum = 0;
        for (double x : v)
            sum += x;
        return QStringLiteral("median %1 ms, mean %2 (min %3, max %4, n=%5)")
            .arg(v[v.size() / 2], 0, 'f', 2)
            .arg(sum / double(v.size()), 0, 'f', 2)
            .arg(v.front(), 0, 'f', 2)
            .arg(v.back(), 0, 'f', 2)
            .arg(v.size());
    }
};

void shutdown(ContainerBackend *backend)
{
    QEventLoop loop;
    QObject::connect(backend, &ContainerBackend::shutdownFinished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    backend->shutdown();
    loop.exec();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? QByteArray(argv[1]).toInt() : 3;
    const int warms = argc > 2 ? QByteArray(argv[2]).toInt() : 50;
    const int colds = argc > 3 ? QByteArray(argv[3]).toInt() : 5;
    QTemporaryDir cache;
    std::map<QString, Series> cold, init, warm;
    int serial = 0;
    for (int round = 0; round < rounds; ++round) {
        for (const QString &mode :
             { QStringLiteral("oci"), QStringLiteral("docker"), QStringLiteral("docker-nospare") }) {
            QString error;
            ContainerBackend *backend = mode == u"docker-nospare" ? static_cast<ContainerBackend *>(new DockerBackend)
                                                                  : createBackend(mode, &error);
            if (auto *docker = qobject_cast<DockerBackend *>(backend); docker && mode == u"docker-nospare")
                docker->setMaxSpares(0);
            QString why;
            if (!backend || !backend->isAvailable(&why)) {
                std::fprintf(stderr, "%s unavailable: %s %s\n", qPrintable(mode), qPrintable(error), qPrintable(why));
                return 1;
            }
            ManualClock poolClock;
            SystemClock realClock;
            {
                WarmPool pool(backend, &poolClock, &realClock, cache.path());
                bool ok = true;
                // One cold start first (not counted): the first of a configuration
                // also makes what later ones reuse (the unpacked runtime, a spare).
                invokeMs(pool, function(QStringLiteral("prime%1").arg(++serial)), &ok);
                QEventLoop settle;
                QTimer::singleShot(1500, &settle, &QEventLoop::quit); // let the spare be made, as between invocations
                settle.exec();
                for (int i = 0; i < colds && ok; ++i) {
                    double initMs = -1;
                    cold[mode].add(invokeMs(pool, function(QStringLiteral("cold%1").arg(++serial)), &ok, &initMs));
                    init[mode].add(initMs);
                    QEventLoop gap;
                    QTimer::singleShot(1500, &gap, &QEventLoop::quit);
                    gap.exec();
                }
                const FunctionConfig hot = function(QStringLiteral("warm%1").arg(++serial));
                invokeMs(pool, hot, &ok);
                for (int i = 0; i < warms && ok; ++i)
                    warm[mode].add(invokeMs(pool, hot, &ok));
                if (!ok)
                    return 1;
            }
            shutdown(backend);
            delete backend;
        }
    }
    for (const QString &mode : { QStringLiteral("oci"), QStringLiteral("docker"), QStringLiteral("docker-nospare") }) {
        std::printf("%-15s cold start  %s\n", qPrintable(mode), qPrintable(cold[mode].summary()));
        std::printf("%-15s init         %s\n", qPrintable(mode), qPrintable(init[mode].summary()));
        std::printf("%-15s warm invoke  %s\n", qPrintable(mode), qPrintable(warm[mode].summary()));
    }
    return 0;
}
