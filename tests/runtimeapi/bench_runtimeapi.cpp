// SPDX-License-Identifier: MIT
// Warm round trips through the Runtime API server, driven by a real Python
// runtime loop (runtime_loop.py: http.client on one keep-alive connection).
// A round trip is deliver() -> the runtime's GET /next answered -> its POST
// /response received. Prints median/p95 round trip, throughput, and the
// server process's CPU time per round trip (its share of the cost).
#include "runtimeapi/runtimeapiserver.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QUuid>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int total = argc > 1 ? QByteArray(argv[1]).toInt() : 20000;
    const int warmup = qMin(500, total / 10);

    Bullpen::RuntimeApiServer server;
    if (!server.listen()) {
        std::fprintf(stderr, "listen failed: %s\n", qPrintable(server.errorString()));
        return 1;
    }

    Bullpen::InvocationRequest request;
    request.payload = QByteArrayLiteral("{\"key1\":\"value1\",\"key2\":\"value2\",\"key3\":\"value3\"}");
    request.functionArn = QByteArrayLiteral("arn:aws:lambda:us-east-1:012345678912:function:bench");

    std::vector<qint64> samples;
    samples.reserve(size_t(total));
    QElapsedTimer clock;
    clock.start();
    qint64 sentAt = 0;
    int delivered = 0;
    int received = 0;
    double cpuStart = 0;
    qint64 wallStart = 0;

    QObject::connect(&server, &Bullpen::RuntimeApiServer::nextRequested, &server, [&] {
        if (delivered >= total)
            return;
        if (delivered == warmup) {
            cpuStart = cpuSeconds();
            wallStart = clock.nsecsElapsed();
        }
        request.requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        request.deadlineEpochMs = QDateTime::currentMSecsSinceEpoch() + 3000;
        ++delivered;
        sentAt = clock.nsecsElapsed();
        server.deliver(request);
    });
    QObject::connect(&server, &Bullpen::RuntimeApiServer::responseReceived, &server,
                     [&](const QByteArray &, const QByteArray &body, const QByteArray &) {
                         const qint64 now = clock.nsecsElapsed();
                         if (body != request.payload)
                             std::fprintf(stderr, "payload mismatch\n");
                         if (received >= warmup)
                             samples.push_back(now - sentAt);
                         ++received;
                     });

    QProcess runtime;
    runtime.setProcessChannelMode(QProcess::ForwardedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("AWS_LAMBDA_RUNTIME_API"), QString::fromLatin1(server.hostPort()));
    runtime.setProcessEnvironment(env);
    QObject::connect(&runtime, &QProcess::finished, &app, [&](int code) {
        const qint64 wall = clock.nsecsElapsed() - wallStart;
        const double cpu = cpuSeconds() - cpuStart;
        if (code != 0 || samples.empty()) {
            std::fprintf(stderr, "runtime loop failed (exit %d, %d responses)\n", code, received);
            app.exit(1);
            return;
        }
        std::sort(samples.begin(), samples.end());
        const auto at = [&](double q) {
            return double(samples[size_t(q * double(samples.size() - 1))]) / 1000.0;
        };
        const double measured = double(samples.size());
        std::printf("runtimeapi bench: %d round trips measured (%d warm-up)\n", int(measured), warmup);
        std::printf("  round trip  median %.1f us   p95 %.1f us   p99 %.1f us   min %.1f us\n",
                    at(0.5), at(0.95), at(0.99), at(0.0));
        std::printf("  throughput  %.0f round trips/s\n", measured / (double(wall) / 1e9));
        std::printf("  server CPU  %.1f us per round trip (user+sys of this process)\n",
                    cpu * 1e6 / measured);
        app.exit(0);
    });
    runtime.start(QStringLiteral("python3"),
                  {QStringLiteral(BULLPEN_TEST_DATA_DIR "/runtime_loop.py"), QString::number(total)});
    return app.exec();
}
