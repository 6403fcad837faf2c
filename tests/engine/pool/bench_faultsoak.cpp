// SPDX-License-Identifier: MIT
// The fault soak (issue 15: "faults lose nothing"): N invocations on real runc
// containers with the Python runtime image, mixed across functions that
// succeed, raise, crash their runtime, time out, exceed their memory
// (Runtime.OutOfMemory), hang in init (over the init limit, then over the
// timeout in the invoke phase), and have their instance SIGKILLed from outside
// while they run (and, every 2 s, an idle instance of the successful one).
// Every invocation must get exactly one answer with its
// function's outcome; afterwards nothing of the engine may be left (processes,
// containers, cgroups, bundles, mounts, loop devices, slirp4netns, listening
// ports, descriptors), and its memory must be flat (RSS sampled every second).
// Prints a summary; exits 1 when an answer was lost, doubled or wrong, or
// something leaked. Bounded by --count and --seconds (no new invocation after
// that; those in flight are waited for).
//
//   bench_faultsoak [--count N] [--seconds S] [--concurrency C] [--init-limit-ms MS] [--seed N]
//   defaults: 100000 invocations, no time bound, 8 in flight, 1000 ms, seed 1
#include "engine/invocation/invocation.h"
#include "engine/invoke/invoker.h"
#include "engine/sandbox/ocibackend.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QPointer>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>

#include "tests/support/benchoutput.h"
#include "tests/support/sandboxleftovers.h"

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <limits>
#include <random>
#include <vector>

#include <unistd.h>

using namespace Bullpen;
using namespace Bullpen::TestSupport;

namespace {

enum Kind { Ok, Raise, Crash, Timeout, Oom, HangInit, Killed, KindCount };

struct KindSpec
{
    const char *name;
    const char *handler;
    double share; // of all invocations (Ok takes the rest)
    int timeoutSeconds;
    int memoryMb;
    InvocationOutcome outcome;
    const char *errorType;
    const char *messagePart; // in the error message; empty: not checked
};

// Weights: most calls warm successes; each costly fault a few hundred of 100,000.
const KindSpec Kinds[KindCount] = {
    { "ok", "soak.ok", 0, 10, 128, InvocationOutcome::Succeeded, "", "" },
    { "raise", "soak.fail", 0.05, 10, 128, InvocationOutcome::FunctionError, "ValueError", "soak " },
    { "crash", "soak.crash", 0.003, 10, 128, InvocationOutcome::FunctionError, "Runtime.ExitError", "exit status 3" },
    { "timeout", "soak.timeout", 0.002, 1, 128, InvocationOutcome::TimedOut, "Sandbox.Timedout",
      "Task timed out after 1.00 seconds" },
    { "oom", "soak.oom", 0.002, 10, 128, InvocationOutcome::FunctionError, "Runtime.OutOfMemory", "signal: killed" },
    { "hanginit", "soak_hanginit.handler", 0.001, 2, 128, InvocationOutcome::TimedOut, "Sandbox.Timedout",
      "Task timed out after 2.00 seconds" },
    { "killed", "soak.killed", 0.002, 60, 128, InvocationOutcome::FunctionError, "Runtime.ExitError",
      "signal: killed" },
};

FunctionConfig functionFor(Kind kind)
{
    const KindSpec &spec = Kinds[kind];
    FunctionConfig f;
    f.logicalId = QStringLiteral("Soak") + QString::fromLatin1(spec.name);
    f.functionName = f.logicalId;
    f.handler = QString::fromLatin1(spec.handler);
    f.runtime = QStringLiteral("python3.12");
    f.codeDirectory = QStringLiteral(BULLPEN_SOURCE_DIR "/tests/engine/pool/functions/python");
    f.memorySizeMb = spec.memoryMb;
    f.timeoutSeconds = spec.timeoutSeconds;
    return f;
}

QString outcomeLabel(const InvocationResult &r)
{
    QString label = invocationOutcomeName(r.outcome);
    if (!r.errorType.isEmpty())
        label += u'/' + r.errorType;
    if (r.engineErrorKind != EngineErrorKind::None)
        label += QStringLiteral(" (engine: %1)").arg(r.engineError.left(80));
    return label;
}

// Whether r is what a call of this kind must answer; else why not.
bool rightAnswer(Kind kind, int n, const InvocationResult &r, QString *why)
{
    const KindSpec &spec = Kinds[kind];
    if (r.outcome != spec.outcome || r.errorType != QLatin1String(spec.errorType)) {
        *why = QStringLiteral("expected %1/%2, got %3: %4")
                   .arg(invocationOutcomeName(spec.outcome), QLatin1String(spec.errorType), outcomeLabel(r),
                        QString(r.errorMessage + u' ' + r.engineError).left(200));
        return false;
    }
    if (*spec.messagePart && !r.errorMessage.contains(QLatin1String(spec.messagePart))) {
        *why
            = QStringLiteral("message without '%1': %2").arg(QLatin1String(spec.messagePart), r.errorMessage.left(200));
        return false;
    }
    if (kind == Ok) {
        const QJsonObject answer = QJsonDocument::fromJson(r.payload).object();
        if (answer.value(QStringLiteral("n")).toInt(-1) != n) {
            *why = QStringLiteral("call %1 answered %2").arg(n).arg(QString::fromUtf8(r.payload.left(100)));
            return false;
        }
    }
    if (kind == HangInit && !r.logs.join(u'\n').contains(u"\tPhase: init\tStatus: timeout")) {
        *why = QStringLiteral("no INIT_REPORT of the init limit in its logs");
        return false;
    }
    return true;
}

// --- The engine process's own state, before and after --------------------

qint64 rssKb()
{
    const QList<QByteArray> lines = readProcFile(QStringLiteral("/proc/self/status")).split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

QString linkTarget(const QString &path)
{
    char buffer[512];
    const ssize_t n = ::readlink(QFile::encodeName(path).constData(), buffer, sizeof buffer - 1);
    return n > 0 ? QString::fromLocal8Bit(buffer, n) : QString();
}

// Open descriptors, by what they point at (socket:[n], pipe:[n] collapsed to
// "socket", "pipe"; anon_inode:[eventfd] kept whole).
QMap<QString, int> descriptors()
{
    QMap<QString, int> kinds;
    const QStringList fds = QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::System | QDir::NoDotAndDotDot);
    for (const QString &fd : fds) {
        QString target = linkTarget(QStringLiteral("/proc/self/fd/") + fd);
        const qsizetype colon = target.indexOf(QStringLiteral(":["));
        if (colon > 0 && !target.startsWith(u"anon_inode"))
            target = target.left(colon);
        ++kinds[target];
    }
    return kinds;
}

int total(const QMap<QString, int> &kinds)
{
    int n = 0;
    for (int v : kinds)
        n += v;
    return n;
}

// Sockets of this process listening in its own network namespace (TCP, v4 and v6).
int listeningSockets()
{
    QSet<QByteArray> inodes;
    const QStringList fds = QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::System | QDir::NoDotAndDotDot);
    for (const QString &fd : fds) {
        const QString target = linkTarget(QStringLiteral("/proc/self/fd/") + fd);
        if (target.startsWith(u"socket:["))
            inodes.insert(target.mid(8).chopped(1).toLatin1());
    }
    int n = 0;
    for (const char *table : { "/proc/self/net/tcp", "/proc/self/net/tcp6" }) {
        const QList<QByteArray> lines = readProcFile(QString::fromLatin1(table)).split('\n');
        for (const QByteArray &line : lines) {
            const QList<QByteArray> f = line.simplified().split(' ');
            if (f.size() > 9 && f.at(3) == "0A" && inodes.contains(f.at(9)))
                ++n;
        }
    }
    return n;
}

// Every process below this one (children, grandchildren), as "pid command".
QStringList descendants()
{
    QMultiHash<qint64, qint64> children;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &p : pids) {
        const qint64 pid = p.toLongLong();
        if (pid <= 0)
            continue;
        const QByteArray stat = readProcFile(QStringLiteral("/proc/%1/stat").arg(pid));
        const qsizetype close = stat.lastIndexOf(')');
        if (close < 0)
            continue;
        const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
        if (fields.size() > 1)
            children.insert(fields.at(1).toLongLong(), pid);
    }
    QStringList found;
    QList<qint64> todo { qint64(::getpid()) };
    while (!todo.isEmpty()) {
        const qint64 parent = todo.takeLast();
        for (auto it = children.constFind(parent); it != children.cend() && it.key() == parent; ++it) {
            todo.append(it.value());
            found.append(QStringLiteral("%1 %2")
                             .arg(it.value())
                             .arg(QString::fromLocal8Bit(
                                 readProcFile(QStringLiteral("/proc/%1/comm").arg(it.value())).trimmed())));
        }
    }
    return found;
}

int threads()
{
    const QList<QByteArray> lines = readProcFile(QStringLiteral("/proc/self/status")).split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("Threads:"))
            return line.mid(8).trimmed().toInt();
    }
    return -1;
}

struct Snapshot
{
    QMap<QString, int> fds;
    int listening = 0;
    QStringList processes;
    int threads = 0;
    SandboxLeftovers sandbox;
};

Snapshot snapshot(const OciBackend &runc)
{
    Snapshot s;
    s.fds = descriptors();
    s.listening = listeningSockets();
    s.processes = descendants();
    s.threads = threads();
    s.sandbox = sandboxLeftovers(runc, QCoreApplication::applicationPid());
    return s;
}

QString describeFds(const QMap<QString, int> &fds)
{
    QStringList parts;
    for (auto it = fds.cbegin(); it != fds.cend(); ++it)
        parts << QStringLiteral("%1×%2").arg(it.value()).arg(it.key());
    return parts.join(QStringLiteral(", "));
}

void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

struct Call
{
    Kind kind = Ok;
    int answers = 0; // Invocation::finished
    int poolAnswers = 0; // Invoker::invocationFinished
    bool issued = false;
    bool right = false;
    bool killSent = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Fault soak: every invocation gets exactly one right answer, and "
                                                    "nothing is left afterwards."));
    parser.addHelpOption();
    const QCommandLineOption countOption(QStringLiteral("count"), QStringLiteral("Invocations (default 100000)."),
                                         QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("No new invocation after this many seconds (default: none)."),
                                           QStringLiteral("S"), QStringLiteral("0"));
    const QCommandLineOption concurrencyOption(QStringLiteral("concurrency"),
                                               QStringLiteral("Invocations in flight (default 8)."),
                                               QStringLiteral("C"), QStringLiteral("8"));
    const QCommandLineOption initLimitOption(QStringLiteral("init-limit-ms"),
                                             QStringLiteral("The engine's init limit (Lambda's 10 s; default 1000)."),
                                             QStringLiteral("MS"), QStringLiteral("1000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Order of the mix (default 1)."),
                                        QStringLiteral("N"), QStringLiteral("1"));
    parser.addOptions({ countOption, secondsOption, concurrencyOption, initLimitOption, seedOption });
    parser.process(app);
    const int count = qMax(1, parser.value(countOption).toInt());
    const double seconds = parser.value(secondsOption).toDouble();
    const int concurrency = qMax(1, parser.value(concurrencyOption).toInt());
    const qint64 initLimitMs = parser.value(initLimitOption).toLongLong();

    OciBackend runc(QStringLiteral("runc"));
    QString why;
    if (!runc.isAvailable(&why)) {
        out(QStringLiteral("runc is not available: ") + why);
        return 2;
    }

    // The mix: each fault its share (at least one), the rest successes, shuffled.
    std::vector<Call> calls(static_cast<size_t>(count));
    {
        std::vector<Kind> kinds;
        for (int k = Raise; k < KindCount; ++k) {
            const int n = qMax(1, int(double(count) * Kinds[k].share + 0.5));
            kinds.insert(kinds.end(), size_t(n), Kind(k));
        }
        if (int(kinds.size()) > count)
            kinds.resize(size_t(count));
        kinds.resize(size_t(count), Ok);
        std::mt19937 rng(parser.value(seedOption).toUInt());
        std::shuffle(kinds.begin(), kinds.end(), rng);
        for (int i = 0; i < count; ++i)
            calls[size_t(i)].kind = kinds[size_t(i)];
    }
    FunctionConfig functions[KindCount];
    for (int k = 0; k < KindCount; ++k)
        functions[k] = functionFor(Kind(k));

    const Snapshot pristine = snapshot(runc);
    QTemporaryDir cache;
    EngineSettings settings;
    settings.backend = QStringLiteral("runc");
    settings.cacheDirectory = cache.path();
    settings.initLimitMs = initLimitMs;
    QString error;
    auto stopEngine = [](std::unique_ptr<Invoker> &engine) {
        QEventLoop done;
        QObject::connect(engine.get(), &Invoker::shutdownFinished, &done, &QEventLoop::quit);
        QTimer::singleShot(60000, &done, &QEventLoop::quit);
        engine->shutdown();
        done.exec();
        engine.reset();
        spin(1000); // deleteLater()s, the last helpers reaped
    };
    {
        // A first engine with one call: what Qt makes once per process (a
        // worker thread with its event descriptor) is in the baseline, not
        // counted as a leak of the soak's engine.
        std::unique_ptr<Invoker> first = Invoker::create(settings, &error);
        if (!first) {
            out(QStringLiteral("no engine: ") + error);
            return 2;
        }
        Invocation *warmup = first->invoke(functions[Ok], "{\"n\": -1}");
        QEventLoop loop;
        QObject::connect(warmup, &Invocation::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        loop.exec();
        stopEngine(first);
    }
    const Snapshot before = snapshot(runc);
    std::unique_ptr<Invoker> invoker = Invoker::create(settings, &error);
    if (!invoker) {
        out(QStringLiteral("no engine: ") + error);
        return 2;
    }

    // Each call's request id names it ("soak-<index>"): no table of ids that
    // grows with the run and would count in the engine's RSS.
    auto requestId = [](int index) { return QByteArrayLiteral("soak-") + QByteArray::number(index); };
    auto callOf = [count](const QByteArray &id) {
        bool ok = false;
        const int index = id.startsWith("soak-") ? id.mid(5).toInt(&ok) : -1;
        return ok && index >= 0 && index < count ? index : -1;
    };
    QMap<QString, QMap<QString, int>> tally; // function -> outcome label -> answers
    QMap<QString, QStringList> wrongExamples;
    int idleKills = 0;
    int wrong = 0, doubled = 0, answered = 0, inFlight = 0, next = 0, coldStarts = 0, killsSent = 0;
    QObject::connect(invoker.get(), &Invoker::invocationFinished, [&](const InvocationResult &r) {
        const int index = callOf(r.requestId);
        if (index < 0)
            return;
        if (++calls[size_t(index)].poolAnswers > 1)
            ++doubled;
    });

    QElapsedTimer wall;
    wall.start();
    QList<QPair<double, qint64>> rss; // seconds since the start, kB
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, [&] { rss.append({ double(wall.elapsed()) / 1000.0, rssKb() }); });
    sampler.start(1000);
    rss.append({ 0.0, rssKb() });

    QTimer progress;
    QObject::connect(&progress, &QTimer::timeout, [&] {
        out(QStringLiteral("  %1 s: %2 issued, %3 answered, %4 in flight, %5 instances, RSS %6 MB")
                .arg(wall.elapsed() / 1000)
                .arg(next)
                .arg(answered)
                .arg(inFlight)
                .arg(invoker->instanceCount())
                .arg(double(rssKb()) / 1024.0, 0, 'f', 1));
    });
    progress.start(30000);

    QEventLoop loop;
    std::function<void()> issueMore;
    // The killed function's instance, once its handler runs (its line came):
    // SIGKILL to its process from outside; looked for again while the pool
    // has not yet heard the pid.
    std::function<void(int, int)> killInstanceOf = [&](int index, int attempt) {
        Call &call = calls[size_t(index)];
        if (call.killSent || call.answers > 0)
            return;
        for (const InstanceInfo &info : invoker->instances()) {
            if (info.lastRequestId == requestId(index) && info.pid > 0) {
                call.killSent = true;
                ++killsSent;
                ::kill(pid_t(info.pid), SIGKILL);
                return;
            }
        }
        if (attempt < 500)
            QTimer::singleShot(10, &loop, [&killInstanceOf, index, attempt] { killInstanceOf(index, attempt + 1); });
    };
    issueMore = [&] {
        const bool timeUp = seconds > 0 && double(wall.elapsed()) / 1000.0 >= seconds;
        while (inFlight < concurrency && next < count && !timeUp) {
            const int index = next++;
            Call &call = calls[size_t(index)];
            const QByteArray payload = QByteArrayLiteral("{\"n\": ") + QByteArray::number(index) + '}';
            InvokeOptions options;
            options.requestId = requestId(index);
            Invocation *invocation = invoker->invoke(functions[call.kind], payload, options);
            call.issued = true;
            ++inFlight;
            if (call.kind == Killed) {
                QObject::connect(invocation, &Invocation::logLine, [&, index](const QString &line) {
                    if (line.startsWith(u"SOAK-KILL-ME"))
                        killInstanceOf(index, 0);
                });
            }
            QObject::connect(invocation, &Invocation::finished, [&, index](const InvocationResult &r) {
                Call &c = calls[size_t(index)];
                if (++c.answers > 1) {
                    ++doubled;
                    return;
                }
                ++answered;
                --inFlight;
                coldStarts += r.coldStart;
                tally[functions[c.kind].logicalId][outcomeLabel(r)]++;
                QString reason;
                c.right = rightAnswer(c.kind, index, r, &reason);
                if (!c.right) {
                    ++wrong;
                    QStringList &examples = wrongExamples[functions[c.kind].logicalId];
                    if (examples.size() < 3)
                        examples << QStringLiteral("call %1: %2").arg(index).arg(reason);
                }
                QMetaObject::invokeMethod(&loop, issueMore, Qt::QueuedConnection);
            });
        }
        if (inFlight == 0 && (next >= count || timeUp))
            loop.quit();
    };
    // Every 2 s one idle instance of the successful function is SIGKILLed too:
    // the calls after it must still succeed (on another instance, or a fresh one).
    QTimer idleKiller;
    QObject::connect(&idleKiller, &QTimer::timeout, [&] {
        for (const InstanceInfo &info : invoker->instances()) {
            if (info.functionId == functions[Ok].logicalId && info.state == InstanceState::Idle && info.pid > 0) {
                ::kill(pid_t(info.pid), SIGKILL);
                ++idleKills;
                return;
            }
        }
    });
    idleKiller.start(2000);
    QMetaObject::invokeMethod(&loop, issueMore, Qt::QueuedConnection);
    // Calls that never answer would hold the loop: a bound on the whole run,
    // past which they count as lost.
    const qint64 boundMs = seconds > 0 ? qint64(seconds * 1000) + 180000 : qint64(24) * 3600 * 1000;
    QTimer bound;
    bound.setSingleShot(true);
    QObject::connect(&bound, &QTimer::timeout, &loop, &QEventLoop::quit);
    bound.start(int(qMin<qint64>(boundMs, std::numeric_limits<int>::max())));
    loop.exec();
    const double runSeconds = double(wall.elapsed()) / 1000.0;
    sampler.stop();
    progress.stop();
    idleKiller.stop();
    rss.append({ runSeconds, rssKb() });

    int issued = 0, lost = 0;
    for (const Call &c : calls) {
        issued += c.issued;
        lost += c.issued && c.answers == 0;
    }

    // The engine stops; then nothing of it may be left.
    stopEngine(invoker);
    const Snapshot after = snapshot(runc);

    // --- Summary ---
    out(QString());
    out(QStringLiteral("fault soak: %1 of %2 invocations issued in %3 s (%4/s), %5 in flight, init limit %6 ms, "
                       "%7 cold starts, %8 running and %9 idle instances SIGKILLed from outside")
            .arg(issued)
            .arg(count)
            .arg(runSeconds, 0, 'f', 1)
            .arg(double(issued) / runSeconds, 0, 'f', 0)
            .arg(concurrency)
            .arg(initLimitMs)
            .arg(coldStarts)
            .arg(killsSent)
            .arg(idleKills));
    out(QStringLiteral("%1 %2 %3 %4  %5")
            .arg(QStringLiteral("function").leftJustified(14), QStringLiteral("calls").rightJustified(7),
                 QStringLiteral("right").rightJustified(7), QStringLiteral("wrong").rightJustified(6),
                 QStringLiteral("answers")));
    for (int k = 0; k < KindCount; ++k) {
        const QString id = functions[k].logicalId;
        int n = 0, right = 0;
        for (const Call &c : calls) {
            if (c.kind == k && c.issued) {
                ++n;
                right += c.right;
            }
        }
        QStringList answers;
        const QMap<QString, int> &t = tally.value(id);
        for (auto it = t.cbegin(); it != t.cend(); ++it)
            answers << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
        out(QStringLiteral("%1 %2 %3 %4  %5")
                .arg(id.leftJustified(14))
                .arg(n, 7)
                .arg(right, 7)
                .arg(n - right, 6)
                .arg(answers.join(QStringLiteral(", "))));
        for (const QString &example : wrongExamples.value(id))
            out(QStringLiteral("    wrong: ") + example);
    }
    out(QStringLiteral("answers: %1 lost, %2 twice, %3 wrong").arg(lost).arg(doubled).arg(wrong));

    // Memory: the first quarter of the run against the last.
    auto quarterMean = [&](double from, double to) {
        double sum = 0;
        int n = 0;
        for (const auto &[t, kb] : std::as_const(rss)) {
            if (t >= from && t <= to && kb > 0) {
                sum += double(kb);
                ++n;
            }
        }
        return n ? sum / n / 1024.0 : -1.0;
    };
    qint64 peak = 0;
    for (const auto &sample : std::as_const(rss))
        peak = qMax(peak, sample.second);
    const double first = quarterMean(0, runSeconds / 4), last = quarterMean(runSeconds * 3 / 4, runSeconds);
    out(QStringLiteral("engine RSS: first quarter %1 MB, last quarter %2 MB (%3 %), peak %4 MB; %5 samples")
            .arg(first, 0, 'f', 1)
            .arg(last, 0, 'f', 1)
            .arg(first > 0 ? (last - first) / first * 100.0 : 0.0, 0, 'f', 1)
            .arg(double(peak) / 1024.0, 0, 'f', 1)
            .arg(rss.size()));

    // Leaks: before the soak's engine (after a first one) against after it.
    out(QStringLiteral("descriptors: %1 at the start, %2 before, %3 after (%4 | %5)")
            .arg(total(pristine.fds))
            .arg(total(before.fds))
            .arg(total(after.fds))
            .arg(describeFds(before.fds), describeFds(after.fds)));
    out(QStringLiteral("listening sockets: %1 before, %2 after; threads: %3 at the start, %4 before, %5 after")
            .arg(before.listening)
            .arg(after.listening)
            .arg(pristine.threads)
            .arg(before.threads)
            .arg(after.threads));
    out(QStringLiteral("child processes: %1 before, %2 after%3")
            .arg(before.processes.size())
            .arg(after.processes.size())
            .arg(after.processes.isEmpty() ? QString() : QStringLiteral(" (") + after.processes.join(u", ") + u')'));
    out(QStringLiteral("sandbox leftovers (containers, bundles, cgroups, processes, slirp4netns, loop devices, mounts, "
                       "/tmp images): %1 before, %2 after%3")
            .arg(before.sandbox.count())
            .arg(after.sandbox.count())
            .arg(after.sandbox.isEmpty() ? QString() : QStringLiteral(": ") + after.sandbox.describe()));
    const bool leaked = total(after.fds) > total(before.fds) || after.listening > before.listening
        || after.processes.size() > before.processes.size() || !after.sandbox.isEmpty();
    const bool ok = lost == 0 && doubled == 0 && wrong == 0 && !leaked;
    out(ok ? QStringLiteral("RESULT: every invocation answered once and rightly; nothing left")
           : QStringLiteral("RESULT: FAILED (%1 lost, %2 twice, %3 wrong, %4)")
                 .arg(lost)
                 .arg(doubled)
                 .arg(wrong)
                 .arg(leaked ? QStringLiteral("leaks") : QStringLiteral("no leaks")));
    return ok ? 0 : 1;
}
