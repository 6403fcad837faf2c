// SPDX-License-Identifier: MIT
// bullpen bench: the engine's speed and memory, measured against baselines
// taken in the same run (the bare interpreter start), printed as figures.
#include "app/cli/command.h"

#include "engine/invoke/invocationdriver.h"
#include "engine/invoke/invoker.h"
#include "engine/pool/costmeter.h"
#include "engine/pool/poolcounters.h"
#include "engine/sandbox/backendregistry.h"
#include "engine/sandbox/barestart.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

namespace Bullpen::Cli {
namespace {

struct Stats
{
    double median = 0, p95 = 0, mean = 0;
};

Stats stats(QList<double> v)
{
    Stats s;
    if (v.isEmpty())
        return s;
    std::sort(v.begin(), v.end());
    s.median = v.at(v.size() / 2);
    s.p95 = v.at(qMin(v.size() - 1, qsizetype(double(v.size()) * 0.95)));
    double sum = 0;
    for (double x : v)
        sum += x;
    s.mean = sum / double(v.size());
    return s;
}

// One figure line of the cold starts: "LABEL median M ms  p95 P ms  (DETAIL)".
QString coldLine(QStringView label, const Stats &s, const QString &detail)
{
    return label
        + QStringLiteral("median %1 ms  p95 %2 ms  (%3)").arg(s.median, 0, 'f', 1).arg(s.p95, 0, 'f', 1).arg(detail);
}

qint64 rssKb(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

void out(const QString &line)
{
    std::fputs(qPrintable(line), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

// Cold starts by kind: those that found a sandbox made ahead of need
// (InvocationResult::preparedSandbox) and those that made theirs on demand.
struct ColdKinds
{
    QList<double> prepared, onDemand;
};

class Bench
{
public:
    Bench(Invoker *invoker)
        : m_invoker(invoker)
    { }

    // Runs n invocations with at most c in flight; returns per-invocation ms.
    // phases: each cold start's phases, when given; kinds: each cold start's
    // ms, by whether it found a sandbox made ahead of need (its result says).
    QList<double> run(const FunctionConfig &f, int n, int c, double *seconds = nullptr,
                      QList<ColdStartPhases> *phases = nullptr, ColdKinds *kinds = nullptr)
    {
        QList<double> latencies;
        latencies.reserve(n);
        int failures = 0;
        QString firstFailure;
        QElapsedTimer wall;
        wall.start();
        QEventLoop loop;
        InvocationDriver driver(m_invoker, f, "{}");
        QObject::connect(
            &driver, &InvocationDriver::resultReady, &loop, [&](const InvocationResult &r, qint64 elapsedNs) {
                // A failed invocation's time is not a figure of the path
                // measured (an engine error answers at once): counted, said,
                // never timed.
                if (!r.succeeded()) {
                    if (failures++ == 0)
                        firstFailure = r.engineError + r.errorType + u' ' + r.errorMessage;
                    return;
                }
                latencies.append(double(elapsedNs) / 1e6);
                if (phases && r.coldStartPhases.isKnown())
                    phases->append(r.coldStartPhases);
                if (kinds && r.coldStart)
                    (r.preparedSandbox ? kinds->prepared : kinds->onDemand).append(double(elapsedNs) / 1e6);
            });
        QObject::connect(&driver, &InvocationDriver::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
        driver.start(n, c);
        loop.exec();
        if (seconds)
            *seconds = double(wall.nsecsElapsed()) / 1e9;
        if (failures)
            out(Text::tr("  !! %1 of %n invocations failed: %2", nullptr, n).arg(failures).arg(firstFailure));
        return latencies;
    }

private:
    Invoker *m_invoker;
};

QList<double> bareStarts(const QString &program, const QStringList &args, int n)
{
    QList<double> ms;
    for (int i = 0; i < n; ++i) {
        QProcess p;
        QElapsedTimer t;
        t.start();
        p.start(program, args);
        p.waitForFinished(30000);
        ms.append(double(t.nsecsElapsed()) / 1e6);
    }
    return ms;
}

// "sandbox 38.2  process 41.0  ...": each phase's median over the cold
// starts that told it apart ("-" where none did: its time is in the next).
QString phaseMedians(const QList<ColdStartPhases> &starts)
{
    QStringList parts;
    for (int p = 0; p < ColdStartPhases::Count; ++p) {
        QList<double> known;
        for (const ColdStartPhases &s : starts) {
            if (s.has(ColdStartPhases::Phase(p)))
                known.append(s.ms[p]);
        }
        parts << QStringLiteral("%1 %2").arg(ColdStartPhases::phaseName(ColdStartPhases::Phase(p)),
                                             known.isEmpty() ? QStringLiteral("-")
                                                             : QString::number(stats(known).median, 'f', 1));
    }
    return parts.join(QStringLiteral("  "));
}

int runBench(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Measure cold starts, warm round trips, throughput and memory."));
    parser.addHelpOption();
    const QCommandLineOption backendOption(
        QStringLiteral("backend"),
        Text::tr("One of %1 (default %2).")
            .arg(BackendRegistry::ids().join(QStringLiteral(", ")), BackendRegistry::defaultId()),
        QStringLiteral("NAME"), BackendRegistry::defaultId());
    const QCommandLineOption warmOption(QStringLiteral("warm"), Text::tr("Warm invocations to time (default 10000)."),
                                        QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption coldOption(QStringLiteral("cold"), Text::tr("Cold starts to time (default 20)."),
                                        QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption longOption(QStringLiteral("long"),
                                        Text::tr("Invocations for the endurance run (default 1000000; 0 skips it)."),
                                        QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption runtimeOption(QStringLiteral("runtime"), Text::tr("python, nodejs or both (default)."),
                                           QStringLiteral("NAME"), QStringLiteral("both"));
    const QCommandLineOption streamOption(QStringLiteral("stream-rounds"),
                                          Text::tr("Alternating rounds of warm round trips with the pool event "
                                                   "stream off and on (default 6; 0 skips it)."),
                                          QStringLiteral("N"), QStringLiteral("6"));
    const QCommandLineOption memoryOption(
        QStringLiteral("memory"),
        Text::tr("The functions' MemorySize in MB (default 512); their CPU share follows it, as on Lambda."),
        QStringLiteral("MB"), QStringLiteral("512"));
    parser.addOptions({ backendOption, warmOption, coldOption, longOption, runtimeOption, streamOption, memoryOption });
    if (!parser.parse(QStringList { QStringLiteral("bullpen bench") } + arguments)) {
        std::fprintf(stderr, "bullpen bench: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printHelp(parser);
        return 0;
    }
    const int warmN = parser.value(warmOption).toInt();
    const int coldN = parser.value(coldOption).toInt();
    const int longN = parser.value(longOption).toInt();
    const int streamRounds = parser.value(streamOption).toInt();

    QTemporaryDir code;
    code.setAutoRemove(true);
    QFile::setPermissions(code.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                              | QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::ReadGroup
                              | QFileDevice::ExeGroup);
    {
        QFile py(code.filePath(QStringLiteral("noop.py")));
        py.open(QIODevice::WriteOnly);
        py.write("def handler(event, context):\n    return None\n");
        QFile js(code.filePath(QStringLiteral("noop.mjs")));
        js.open(QIODevice::WriteOnly);
        js.write("export const handler = async () => null;\n");
    }

    struct Case
    {
        QString name, runtime, bare;
        QStringList bareArgs;
    };
    QList<Case> cases;
    const QString which = parser.value(runtimeOption);
    if (which == u"both" || which == u"python")
        cases.append({ QStringLiteral("python"),
                       QStringLiteral("python3.12"),
                       QStringLiteral("python3"),
                       { QStringLiteral("-c"), QStringLiteral("pass") } });
    if (which == u"both" || which == u"nodejs")
        cases.append({ QStringLiteral("nodejs"),
                       QStringLiteral("nodejs20.x"),
                       QStringLiteral("node"),
                       { QStringLiteral("-e"), QStringLiteral("0") } });

    EngineSettings settings;
    settings.backend = parser.value(backendOption);
    QString error;
    auto invoker = Invoker::create(settings, &error);
    if (!invoker) {
        std::fprintf(stderr, "bullpen bench: %s\n", qPrintable(error));
        return 2;
    }
    // The first use of a runtime on runc builds its image: a minute, said as it goes.
    QObject::connect(invoker.get(), &Invoker::runtimeImageProgress, invoker.get(),
                     [](const QString &, const QString &message, int percent) {
                         const QString line
                             = percent >= 0 ? QStringLiteral("[%1%] %2").arg(percent).arg(message) : message;
                         std::fprintf(stderr, "bullpen %s: %s\n", "bench", qPrintable(line));
                     });
    out(QStringLiteral("bullpen bench: backend %1, %2 cores")
            .arg(invoker->backendInfo().displayName)
            .arg(QThread::idealThreadCount()));
    // The figures' lines stay English in every language: docs/benchmarks.md
    // records them and scripts read them.
    Bench bench(invoker.get());
    int status = 0;
    for (const Case &c : cases) {
        FunctionConfig f;
        f.logicalId = f.functionName = QStringLiteral("noop-") + c.name;
        f.handler = QStringLiteral("noop.handler");
        f.runtime = c.runtime;
        f.codeDirectory = code.path();
        f.memorySizeMb = qBound(128, parser.value(memoryOption).toInt(), 10240);
        f.timeoutSeconds = 30;
        out(QStringLiteral("\n== %1 (%2, %3 MB)").arg(c.name, c.runtime).arg(f.memorySizeMb));

        // Cold starts: keep-alive 0, so every invocation starts a new instance.
        invoker->setKeepAliveMs(0);
        // Unpack the runtime, warm the page cache; where nothing succeeds
        // (no runtime image, a broken backend) there is nothing to measure.
        if (bench.run(f, 2, 1).isEmpty()) {
            out(QStringLiteral("no figures for %1: every invocation failed (above)").arg(c.name));
            status = 2; // as an engine error: nothing of this runtime ran
            continue;
        }
        const Stats bare = stats(bareStarts(c.bare, c.bareArgs, coldN));
        // The same interpreter in the runtime image the instances run on
        // (runc, crun), without a container: what the image itself costs;
        // and, the fair baseline of the target, the same under the CPU share
        // the instances have (Lambda's for the memory size: the host's bare
        // interpreter has a whole machine, a 512 MB sandbox 0.29 of a CPU).
        const QString imageRoot = invoker->runtimeRootFolder(c.runtime);
        QList<double> bareInImage, bareShared;
        QString sharedError;
        if (!imageRoot.isEmpty()) {
            bareInImage = bareStarts(QStringLiteral("chroot"), QStringList { imageRoot, c.bare } + c.bareArgs, coldN);
            BareStart underShare(imageRoot, f.memorySizeMb);
            for (int i = 0; underShare.hasCpuShare() && i < coldN; ++i) {
                const double ms = underShare.run(QStringList { c.bare } + c.bareArgs);
                if (ms >= 0)
                    bareShared.append(ms);
            }
            sharedError = underShare.error();
        }
        QList<ColdStartPhases> phases;
        ColdKinds backToBack;
        const Stats cold = stats(bench.run(f, coldN, 1, nullptr, &phases, &backToBack));
        out(coldLine(u"cold start (invoke to result)   ", cold,
                     QStringLiteral("back to back: %1 from a prepared sandbox, %2 on demand")
                         .arg(backToBack.prepared.size())
                         .arg(backToBack.onDemand.size())));
        // The two kinds apart. Back to back, a cold start mostly comes before
        // the sandbox made ahead for the next one (it is made after a start),
        // so each kind is measured on its own terms: a prepared cold start
        // waits until the backend has a sandbox made for this configuration;
        // the first cold start of a configuration (a changed environment each
        // time, so nothing was made ahead for it) makes its sandbox on demand.
        // Each is counted by what its result says, not by what was meant.
        ColdKinds waited;
        int notPrepared = 0;
        if (invoker->preparesSandboxes()) {
            for (int i = 0; i < coldN; ++i) {
                QElapsedTimer waiting;
                waiting.start();
                while (invoker->preparedSandboxCount() == 0 && waiting.elapsed() < 10000)
                    QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
                notPrepared += invoker->preparedSandboxCount() == 0;
                bench.run(f, 1, 1, nullptr, nullptr, &waited);
            }
            const Stats prepared = stats(waited.prepared);
            out(coldLine(u"cold start, prepared sandbox    ", prepared,
                         QStringLiteral("%1 of %2 found one; waited for it before each")
                             .arg(waited.prepared.size())
                             .arg(coldN)));
            if (notPrepared)
                out(QStringLiteral("  !! %1 of %2 waits ended without a prepared sandbox (10 s each)")
                        .arg(notPrepared)
                        .arg(coldN));
        } else {
            out(QStringLiteral("cold start, prepared sandbox    none: backend %1 makes no sandbox ahead of need")
                    .arg(invoker->backendInfo().id));
        }
        ColdKinds firsts;
        {
            FunctionConfig changed = f;
            for (int i = 0; i < coldN; ++i) {
                changed.environment.insert(QStringLiteral("BULLPEN_BENCH_CONFIGURATION"), QString::number(i));
                bench.run(changed, 1, 1, nullptr, nullptr, &firsts);
            }
        }
        const Stats first = stats(firsts.onDemand);
        out(coldLine(u"first cold start of a configuration (on demand)  ", first,
                     QStringLiteral("%1 of %2 on demand").arg(firsts.onDemand.size()).arg(coldN)));
        if (!phases.isEmpty()) {
            QList<double> totals, inits;
            for (const ColdStartPhases &p : std::as_const(phases)) {
                totals.append(p.totalMs);
                if (p.runtimeMs() >= 0)
                    inits.append(p.runtimeMs());
            }
            out(QStringLiteral("cold start phases, median ms    %1  (whole start %2, of it the runtime's init %3)")
                    .arg(phaseMedians(phases))
                    .arg(stats(totals).median, 0, 'f', 1)
                    .arg(inits.isEmpty() ? QStringLiteral("-") : QString::number(stats(inits).median, 'f', 1)));
        }
        out(QStringLiteral("bare '%1 %2'             median %3 ms  p95 %4 ms")
                .arg(c.bare, c.bareArgs.join(u' '))
                .arg(bare.median, 0, 'f', 1)
                .arg(bare.p95, 0, 'f', 1));
        if (!bareInImage.isEmpty()) {
            const Stats inImage = stats(bareInImage);
            out(QStringLiteral("bare '%1 %2' in the image (chroot)  median %3 ms  p95 %4 ms")
                    .arg(c.bare, c.bareArgs.join(u' '))
                    .arg(inImage.median, 0, 'f', 1)
                    .arg(inImage.p95, 0, 'f', 1));
            if (!bareShared.isEmpty())
                out(QStringLiteral("bare '%1 %2' in the image, %3 MB's CPU share  median %4 ms  p95 %5 ms")
                        .arg(c.bare, c.bareArgs.join(u' '))
                        .arg(f.memorySizeMb)
                        .arg(stats(bareShared).median, 0, 'f', 1)
                        .arg(stats(bareShared).p95, 0, 'f', 1));
            else
                out(QStringLiteral("bare in the image under the CPU share: not measured (%1)").arg(sharedError));
        }
        out(QStringLiteral("cold start overhead             median %1 ms (back to back)")
                .arg(cold.median - bare.median, 0, 'f', 1));
        if (!waited.prepared.isEmpty()) {
            out(QStringLiteral("cold start overhead, prepared   median %1 ms (target <= 25 ms; bare on the host, "
                               "no CPU share)")
                    .arg(stats(waited.prepared).median - bare.median, 0, 'f', 1));
            if (!bareShared.isEmpty())
                out(QStringLiteral("cold start overhead, prepared   median %1 ms (target <= 25 ms; bare in the image "
                                   "under the same CPU share)")
                        .arg(stats(waited.prepared).median - stats(bareShared).median, 0, 'f', 1));
        }
        if (!firsts.onDemand.isEmpty())
            out(QStringLiteral("cold start overhead, on demand  median %1 ms (first of a configuration)")
                    .arg(first.median - bare.median, 0, 'f', 1));

        // Warm round trips on one instance.
        invoker->setKeepAliveMs(3600 * 1000);
        invoker->setMaxInstancesPerFunction(1);
        bench.run(f, 200, 1);
        const Stats warm = stats(bench.run(f, warmN, 1));
        out(QStringLiteral("warm round trip                 median %1 ms  p95 %2 ms  (%3 invocations)")
                .arg(warm.median, 0, 'f', 3)
                .arg(warm.p95, 0, 'f', 3)
                .arg(warmN));

        // The event stream's cost: the same warm round trip with nobody
        // listening (the pool builds no events) and with a listener folding
        // every event into the counters and the cost meter, as the window
        // does. Alternating rounds, so drift on this shared machine hits both.
        if (streamRounds > 0) {
            const int perRound = qMax(100, warmN / 5);
            QList<double> offMedians, onMedians, offAll, onAll;
            PoolCounters counters;
            CostMeter meter;
            qint64 events = 0;
            for (int round = 0; round < streamRounds; ++round) {
                for (bool on : { round % 2 == 1, round % 2 == 0 }) {
                    QMetaObject::Connection listener;
                    if (on) {
                        listener = QObject::connect(invoker.get(), &Invoker::poolEvent, invoker.get(),
                                                    [&](const PoolEvent &e) {
                                                        counters.add(e);
                                                        meter.add(e);
                                                        ++events;
                                                    });
                    }
                    const QList<double> ms = bench.run(f, perRound, 1);
                    if (on)
                        QObject::disconnect(listener);
                    (on ? onMedians : offMedians).append(stats(ms).median);
                    (on ? onAll : offAll).append(ms);
                }
            }
            const Stats off = stats(offAll);
            const Stats on = stats(onAll);
            const Stats roundsOff = stats(offMedians);
            const Stats roundsOn = stats(onMedians);
            out(QStringLiteral("warm round trip, stream off     median %1 ms  p95 %2 ms  (round medians %3..%4 ms)")
                    .arg(off.median, 0, 'f', 3)
                    .arg(off.p95, 0, 'f', 3)
                    .arg(*std::min_element(offMedians.cbegin(), offMedians.cend()), 0, 'f', 3)
                    .arg(*std::max_element(offMedians.cbegin(), offMedians.cend()), 0, 'f', 3));
            out(QStringLiteral("warm round trip, stream on      median %1 ms  p95 %2 ms  (round medians %3..%4 ms)")
                    .arg(on.median, 0, 'f', 3)
                    .arg(on.p95, 0, 'f', 3)
                    .arg(*std::min_element(onMedians.cbegin(), onMedians.cend()), 0, 'f', 3)
                    .arg(*std::max_element(onMedians.cbegin(), onMedians.cend()), 0, 'f', 3));
            out(QStringLiteral("pool event stream overhead      %1 % (median of all), %2 % (median of round medians); "
                               "target <= 5 %; %3 rounds x %4 each way, %5 events folded")
                    .arg((on.median / off.median - 1) * 100, 0, 'f', 1)
                    .arg((roundsOn.median / roundsOff.median - 1) * 100, 0, 'f', 1)
                    .arg(streamRounds)
                    .arg(perRound)
                    .arg(events));
        }

        for (int concurrency : { 1, 2, 8 }) {
            invoker->setMaxInstancesPerFunction(concurrency == 8 ? 2 : concurrency);
            bench.run(f, 500, concurrency);
            double seconds = 0;
            const Stats s = stats(bench.run(f, warmN, concurrency, &seconds));
            out(QStringLiteral("throughput concurrency %1 (%2 instances)  %3 invocations/s  median %4 ms")
                    .arg(concurrency)
                    .arg(concurrency == 8 ? 2 : concurrency)
                    .arg(double(warmN) / seconds, 0, 'f', 0)
                    .arg(s.median, 0, 'f', 3));
        }
        invoker->setMaxInstancesPerFunction(1);
        const qint64 engineKb = rssKb(QCoreApplication::applicationPid());
        qint64 instanceKb = -1;
        const auto infos = invoker->instances();
        if (!infos.isEmpty()) {
            instanceKb = invoker->instanceMemoryBytes(infos.first().instanceId) / 1024;
        }
        out(QStringLiteral("resident memory: engine %1 MB, one idle warm instance %2 MB")
                .arg(double(engineKb) / 1024, 0, 'f', 1)
                .arg(double(instanceKb) / 1024, 0, 'f', 1));

        if (longN > 0) {
            bench.run(f, 10000, 1);
            const Stats at10k = stats(bench.run(f, 10000, 1));
            const qint64 kb10k = rssKb(QCoreApplication::applicationPid());
            int done = 20000;
            while (done < longN) {
                const int chunk = qMin(100000, longN - done);
                bench.run(f, chunk, 2);
                done += chunk;
            }
            const Stats atEnd = stats(bench.run(f, 10000, 1));
            const qint64 kbEnd = rssKb(QCoreApplication::applicationPid());
            out(QStringLiteral(
                    "after 10,000: median %1 ms, engine %2 MB; after %3: median %4 ms (%5 %), engine %6 MB (%7 %)")
                    .arg(at10k.median, 0, 'f', 3)
                    .arg(double(kb10k) / 1024, 0, 'f', 1)
                    .arg(done + 10000)
                    .arg(atEnd.median, 0, 'f', 3)
                    .arg((atEnd.median / at10k.median - 1) * 100, 0, 'f', 1)
                    .arg(double(kbEnd) / 1024, 0, 'f', 1)
                    .arg((double(kbEnd) / double(kb10k) - 1) * 100, 0, 'f', 1));
        }
        invoker->shutdown();
    }
    invoker->shutdown();
    return status;
}

const Registration registration(
    { "bench",
      QT_TRANSLATE_NOOP("Bullpen::Cli", "Measure the engine: cold starts, warm round trips, throughput, memory"),
      &runBench });

} // namespace
} // namespace Bullpen::Cli
