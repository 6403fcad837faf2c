// SPDX-License-Identifier: MIT
// How long the engine holds up the thread it runs on (the window's GUI thread):
// a 1 ms timer records the largest gap between its ticks while an Invoker
// starts (removing a stale container that a SIGKILLed engine left), invokes a
// Python function cold and warm, and shuts down with a warm instance. Prints
// figures; asserts nothing (a budget on this shared machine is a benchmark's,
// not a test's).
//
//   bench_teardown [ROUNDS] [BACKEND]     default 5 rounds, backend "oci"
#include "engine/invoke/invoker.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <csignal>
#include <cstdio>

using namespace Bullpen;

namespace {

FunctionConfig counter()
{
    FunctionConfig f;
    f.logicalId = QStringLiteral("counter");
    f.functionName = f.logicalId;
    f.handler = QStringLiteral("app.counter");
    f.runtime = QStringLiteral("python3.12");
    f.codeDirectory = QStringLiteral(BULLPEN_SOURCE_DIR "/tests/engine/pool/functions/python");
    f.memorySizeMb = 256;
    f.timeoutSeconds = 10;
    return f;
}

// Records the largest gap between ticks of a 1 ms timer since the last reset.
class StallMeter final : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
        m_timer.start();
        m_last.start();
    }
    void reset()
    {
        m_max = 0;
        m_last.restart();
    }
    double maxMs()
    {
        tick(); // a stall that is still going on counts too
        return double(m_max) / 1e6;
    }

private:
    void tick()
    {
        m_max = std::max(m_max, m_last.nsecsElapsed());
        m_last.restart();
    }
    QTimer m_timer;
    QElapsedTimer m_last;
    qint64 m_max = 0;
};

// Runs the event loop until the invocation is done (or 60 s have passed).
bool await(Invocation *invocation)
{
    if (invocation->isFinished())
        return true;
    QEventLoop loop;
    QObject::connect(invocation, &Invocation::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    return invocation->isFinished();
}

void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// The child's side of "a stale container": start an engine, make a warm
// instance, say so, and wait to be SIGKILLed.
int leaveStale(const QString &backend, const QString &cache)
{
    EngineSettings settings;
    settings.backend = backend;
    settings.cacheDirectory = cache;
    QString error;
    std::unique_ptr<Invoker> invoker = Invoker::create(settings, &error);
    if (!invoker) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    Invocation *invocation = invoker->invoke(counter(), "{}");
    if (!await(invocation))
        return 1;
    std::printf("ready\n");
    std::fflush(stdout);
    QCoreApplication::exec();
    return 0;
}

// Starts a child engine, waits for its warm instance and SIGKILLs it.
bool makeStale(const QString &backend, const QString &cache)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), { QStringLiteral("--leave-stale"), backend, cache });
    if (!child.waitForStarted(10000))
        return false;
    QByteArray said;
    while (!said.contains("ready") && child.waitForReadyRead(60000))
        said += child.readAllStandardOutput();
    ::kill(pid_t(child.processId()), SIGKILL);
    child.waitForFinished(5000);
    return said.contains("ready");
}

struct Round
{
    double start = 0;
    double cold = 0;
    double warm = 0;
    double shutdown = 0;
};

QString spread(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return QStringLiteral("median %1 ms (min %2, max %3)")
        .arg(values.at(values.size() / 2), 0, 'f', 1)
        .arg(values.first(), 0, 'f', 1)
        .arg(values.last(), 0, 'f', 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.value(0) == u"--leave-stale")
        return leaveStale(args.value(1), args.value(2));
    const int rounds = args.value(0, QStringLiteral("5")).toInt();
    const QString backend = args.value(1, QStringLiteral("oci"));
    QTemporaryDir cache;
    QTextStream out(stdout);

    QList<Round> results;
    for (int round = 0; round < rounds; ++round) {
        if (!makeStale(backend, cache.path())) {
            out << "could not leave a stale container behind\n";
            return 1;
        }
        StallMeter meter;
        spin(20);
        Round r;
        EngineSettings settings;
        settings.backend = backend;
        settings.cacheDirectory = cache.path();
        QString error;

        // The window creates its engine on the first Invoke and invokes at once.
        meter.reset();
        std::unique_ptr<Invoker> invoker = Invoker::create(settings, &error);
        if (!invoker) {
            out << "no engine: " << error << '\n';
            return 1;
        }
        Invocation *cold = invoker->invoke(counter(), "{}");
        spin(1); // the start-up's own share, before the cold start's
        r.start = meter.maxMs();

        meter.reset();
        if (!await(cold) || !cold->result().engineError.isEmpty()) {
            out << "cold invocation failed: " << cold->result().engineError << '\n';
            return 1;
        }
        r.cold = meter.maxMs();

        meter.reset();
        Invocation *warm = invoker->invoke(counter(), "{}");
        if (!await(warm)) {
            out << "warm invocation failed\n";
            return 1;
        }
        r.warm = meter.maxMs();

        // Closing the window (or changing the engine's preferences): the
        // engine stops with its warm instance, and the event loop goes on
        // until everything it started has gone.
        meter.reset();
        {
            QEventLoop loop;
            QObject::connect(invoker.get(), &Invoker::shutdownFinished, &loop, &QEventLoop::quit);
            QTimer::singleShot(30000, &loop, &QEventLoop::quit);
            invoker->shutdown();
            loop.exec();
        }
        invoker.reset();
        spin(1);
        r.shutdown = meter.maxMs();
        results << r;
        out << QStringLiteral("round %1: start+stale clean-up %2 ms, cold invoke %3 ms, warm invoke %4 ms, "
                              "shutdown %5 ms\n")
                   .arg(round + 1)
                   .arg(r.start, 0, 'f', 1)
                   .arg(r.cold, 0, 'f', 1)
                   .arg(r.warm, 0, 'f', 1)
                   .arg(r.shutdown, 0, 'f', 1);
        out.flush();
    }
    QList<double> start, cold, warm, shutdown;
    for (const Round &r : std::as_const(results)) {
        start << r.start;
        cold << r.cold;
        warm << r.warm;
        shutdown << r.shutdown;
    }
    out << "longest GUI-thread stall, " << rounds << " rounds, backend " << backend << ":\n"
        << "  engine start (stale clean-up) " << spread(start) << '\n'
        << "  cold invoke                   " << spread(cold) << '\n'
        << "  warm invoke                   " << spread(warm) << '\n'
        << "  shutdown with a warm instance " << spread(shutdown) << '\n';
    return 0;
}
