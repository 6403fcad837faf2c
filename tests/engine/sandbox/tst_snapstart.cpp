// SPDX-License-Identifier: MIT
// SnapStart on runc (issue 16, item 4): real containers, real CRIU, no mocks.
// A Python function (the spike's: state made during init, a before-snapshot
// and an after-restore hook, random numbers) run through the warm pool with
// SnapStart: ApplyOn: PublishedVersions, invoked through its alias (SnapStart
// applies to published versions only: $LATEST starts cold as usual, unless
// the teaching setting asks otherwise), and through `bullpen invoke`. Needs
// root, runc and a `criu check` that passes (the development root has them):
// elsewhere it skips with the reason, and fails under CI=true. Where CRIU
// cannot dump on this kernel (the engine's trial checkpoint fails), the tests that need a checkpoint skip with the
// engine's reason, an environment limitation like crun's on this machine's cgroups, and the fallback is tested instead.
#include "engine/pool/poolcounters.h"
#include "engine/pool/warmpool.h"
#include "engine/sandbox/ocibackend.h"
#include "engine/sandbox/snapstart.h"
#include "tests/support/ciskip.h"
#include "tests/support/pooltestsupport.h"
#include "tests/support/sandboxleftovers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <memory>
#include <optional>
#include <unistd.h>

using namespace Bullpen;
using namespace Bullpen::TestSupport;

namespace {

FunctionConfig snapFunction()
{
    FunctionConfig f = poolFunction(QStringLiteral("app.handler"));
    f.logicalId = QStringLiteral("Snappy");
    f.functionName = f.logicalId;
    f.codeDirectory = QStringLiteral(BULLPEN_SOURCE_DIR "/tests/engine/sandbox/snapstart-spike/function");
    f.snapStart = true;
    f.autoPublishAlias = QStringLiteral("live"); // SnapStart applies to the published version it runs
    return f;
}

// The mount table's lines that name one of this engine's bundles.
QStringList engineMounts(const OciBackend &runc, qint64 pid)
{
    return sandboxLeftovers(runc, pid).mounts;
}

// The child mode (--hold-snapstart MODE): an engine that takes a snapshot,
// says "ready" and waits to be killed (SIGKILL: no clean-up of its own runs).
// spare: once the snapshot's own runtime serves an instance and a restored
// copy is parked beside it. init: while the snapshot's init still runs (a
// slow one), /tmp's file system mounted by the engine in the bundle.
class HoldingEngine : public QObject, private PoolFixture
{
public:
    int run(const QString &mode)
    {
        const QString why = startBackend(this);
        auto *runc = qobject_cast<OciBackend *>(m_backend);
        if (!why.isEmpty() || !runc) {
            std::fprintf(stderr, "no runc backend: %s\n", qPrintable(why));
            return 2;
        }
        startPool(this);
        FunctionConfig f = snapFunction();
        f.ephemeralStorageMb = 64;
        if (mode == u"init") {
            runc->setMaxPrepared(0);
            f.environment.insert(QStringLiteral("SLOW_INIT"), QStringLiteral("600"));
        } else {
            runc->setMaxPrepared(2);
        }
        InvokeOptions alias; // SnapStart applies to the published version
        alias.qualifier = f.autoPublishAlias;
        m_pool->invoke(f, "{}", alias)->setParent(this);
        const QString snapshotRun = QStringLiteral("bullpen-") + QString::number(QCoreApplication::applicationPid(), 36)
            + QStringLiteral("-s");
        auto *poll = new QTimer(this);
        connect(poll, &QTimer::timeout, this, [this, poll, runc, mode, snapshotRun] {
            bool ready = runc->snapStart()->spareCount() >= 1 && m_pool->instanceCount() == 1;
            if (mode == u"init") {
                // The snapshot's container runs, its /tmp mounted in the bundle.
                const QStringList mounts = engineMounts(*runc, QCoreApplication::applicationPid());
                const QString bundles = QFileInfo(runc->bundleDirectory(QStringLiteral("x"))).path();
                for (const QString &id : entriesWithPrefix(bundles, snapshotRun)) {
                    ready = ready
                        || (QFileInfo::exists(runc->bundleDirectory(id) + QStringLiteral("/pid"))
                            && std::any_of(mounts.cbegin(), mounts.cend(),
                                           [&](const QString &line) { return line.contains(id + u'/'); }));
                }
            }
            if (!ready)
                return;
            poll->stop();
            std::printf("ready\n");
            std::fflush(stdout);
        });
        poll->start(20);
        return QCoreApplication::exec();
    }
};

// A criu for the trial's tests, first on PATH: `criu check` passes, and
// `criu dump` records its pid and arguments beside itself (dump.args), then
// hangs (sleeps) or fails as CRIU does, its error in the log named by
// --log-file in --images-dir. Anything else (runc's `criu swrk`) fails.
bool writeFakeCriu(const QString &folder, const QString &mode)
{
    QFile script(folder + QStringLiteral("/criu"));
    if (!script.open(QIODevice::WriteOnly))
        return false;
    script.write("#!/bin/sh\n"
                 "case \"$1\" in\n"
                 "check) exit 0 ;;\n"
                 "dump) ;;\n"
                 "*) exit 1 ;;\n"
                 "esac\n"
                 "echo \"$$ $*\" > \"$(dirname \"$0\")/dump.args\"\n");
    if (mode == u"hangs") {
        script.write("exec sleep 600\n");
    } else {
        script.write("dir=; log=; prev=\n"
                     "for a in \"$@\"; do\n"
                     "  [ \"$prev\" = --images-dir ] && dir=$a\n"
                     "  [ \"$prev\" = --log-file ] && log=$a\n"
                     "  prev=$a\n"
                     "done\n"
                     "printf '(00.001) Error (criu/cr-dump.c:2101): fake: cannot dump\\n(00.002) Dumping FAILED.\\n'"
                     " > \"$dir/$log\"\n"
                     "exit 1\n");
    }
    script.close();
    return script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

// What the fake criu's dump was given: its own pid, the trial process's
// (--tree) and the trial's folder (--images-dir); empty until it ran.
struct FakeDump
{
    qint64 criuPid = 0;
    qint64 trialPid = 0;
    QString folder;
};

FakeDump fakeDump(const QString &folder)
{
    QFile args(folder + QStringLiteral("/dump.args"));
    FakeDump dump;
    if (!args.open(QIODevice::ReadOnly))
        return dump;
    const QStringList words = QString::fromUtf8(args.readAll().trimmed()).split(u' ');
    if (words.isEmpty())
        return dump;
    dump.criuPid = words.constFirst().toLongLong();
    const qsizetype tree = words.indexOf(QStringLiteral("--tree"));
    const qsizetype images = words.indexOf(QStringLiteral("--images-dir"));
    if (tree > 0 && tree + 1 < words.size())
        dump.trialPid = words.at(tree + 1).toLongLong();
    if (images > 0 && images + 1 < words.size())
        dump.folder = words.at(images + 1);
    return dump;
}

// The engine's own children that a trial checkpoint leaves when it does not
// clean up: a criu or a sleep ("pid name").
QStringList trialProcesses()
{
    QStringList found;
    const QString self = QString::number(QCoreApplication::applicationPid());
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : pids) {
        QFile stat(QStringLiteral("/proc/") + pid + QStringLiteral("/stat"));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QString line = QString::fromUtf8(stat.readAll());
        const qsizetype open = line.indexOf(u'('), close = line.lastIndexOf(u')');
        if (open < 0 || close < open)
            continue;
        const QString name = line.mid(open + 1, close - open - 1);
        const QStringList rest = line.mid(close + 2).split(u' ');
        if (rest.size() > 1 && rest.at(1) == self && (name == u"criu" || name == u"sleep"))
            found << pid + u' ' + name;
    }
    return found;
}

// PATH with a folder first, for one scope.
class PathFirst
{
public:
    explicit PathFirst(const QString &folder)
        : m_old(qgetenv("PATH"))
    {
        qputenv("PATH", QByteArray(QFile::encodeName(folder) + ':' + m_old));
    }
    ~PathFirst() { qputenv("PATH", m_old); }

private:
    QByteArray m_old;
};

} // namespace

class TestSnapStart : public QObject, private PoolFixture
{
    Q_OBJECT
    OciBackend *m_runc = nullptr;
    bool m_checked = false;
    // The engine's reason where its trial checkpoint fails on this kernel
    // (the tests that need a checkpoint skip); empty where CRIU works.
    QString m_noCheckpoint;

    // An invocation of the alias by default, which SnapStart applies to; $LATEST with an empty qualifier.
    Invocation *start(const FunctionConfig &function, const QByteArray &event = "{}",
                      const std::optional<QString> &qualifier = std::nullopt)
    {
        InvokeOptions options;
        options.qualifier = qualifier.value_or(function.autoPublishAlias);
        Invocation *inv = m_pool->invoke(function, event, options);
        inv->setParent(this);
        return inv;
    }

    InvocationResult invoke(const FunctionConfig &function, const std::optional<QString> &qualifier = std::nullopt)
    {
        Invocation *inv = start(function, "{}", qualifier);
        const InvocationResult r = waitFor(inv, 300000);
        delete inv;
        return r;
    }

    // The only instance goes, so that the next invocation is a cold start.
    void expireAll()
    {
        QVERIFY(waitUntilAllIdle(*m_pool));
        QVERIFY(m_pool->expireIdleInstances() >= 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_pool->instanceCount(), 0, 20000);
    }

    bool waitForSpare() const
    {
        return QTest::qWaitFor([this] { return m_runc->snapStart()->spareCount() >= 1; }, 60000);
    }

    QStringList ownSnapshotFolders() const
    {
        return entriesWithPrefix(m_runc->snapshotDirectory(),
                                 QString::number(QCoreApplication::applicationPid(), 36) + u'-');
    }

    static bool hasLine(const InvocationResult &r, const QString &start)
    {
        return std::any_of(r.logs.cbegin(), r.logs.cend(), [&](const QString &l) { return l.startsWith(start); });
    }

    static QString reportOf(const InvocationResult &r)
    {
        for (const QString &line : r.logs) {
            if (line.startsWith(u"REPORT "))
                return line;
        }
        return {};
    }

    // A restored copy's result: the state init made (in memory and in /tmp), the hooks in Lambda's
    // order (before-snapshot once, in the snapshot; after-restore once, in
    // this copy), and Lambda's REPORT of a restore.
    void checkRestored(const InvocationResult &r)
    {
        QVERIFY2(r.succeeded(), qPrintable(describe(r)));
        QVERIFY(r.coldStart);
        QVERIFY2(r.restoredFromSnapshot, qPrintable(r.snapStartNote + u'\n' + describe(r)));
        QVERIFY(r.snapStartNote.isEmpty());
        const QJsonObject body = payloadJson(r).toObject();
        QCOMPARE(body.value(u"table").toInt(), 20000);
        QCOMPARE(body.value(u"tmp").toString(), QStringLiteral("written during init")); // /tmp as init left it
        QCOMPARE(body.value(u"hooks").toArray(),
                 QJsonArray({ QStringLiteral("before_snapshot"), QStringLiteral("after_restore") }));
        QVERIFY(r.restoreDurationMs >= 0);
        QVERIFY(r.billedRestoreDurationMs >= 0);
        QVERIFY(r.billedRestoreDurationMs <= r.restoreDurationMs + 0.001);
        QCOMPARE(r.initDurationMs, -1.0);
        const QString report = reportOf(r);
        QVERIFY2(report.contains(u"\tRestore Duration: ") && report.contains(u"\tBilled Restore Duration: "),
                 qPrintable(report));
        QVERIFY2(!report.contains(u"Init Duration"), qPrintable(report));
        QVERIFY2(hasLine(r, QStringLiteral("RESTORE_START ")) && hasLine(r, QStringLiteral("RESTORE_REPORT ")),
                 qPrintable(r.logs.join(u'\n')));
        QVERIFY(!hasLine(r, QStringLiteral("INIT_START ")));
    }

    // The first cold start of a configuration: served by the snapshot's own
    // runtime, left running by the checkpoint and woken as a copy would be
    // (the hooks ran), reported as the ordinary init it was.
    void checkSnapshotsOwn(const InvocationResult &r)
    {
        QVERIFY2(r.succeeded(), qPrintable(describe(r)));
        QVERIFY(r.coldStart);
        QVERIFY(!r.restoredFromSnapshot);
        QVERIFY2(r.snapStartNote.isEmpty(), qPrintable(r.snapStartNote));
        const QJsonObject body = payloadJson(r).toObject();
        QCOMPARE(body.value(u"table").toInt(), 20000);
        QCOMPARE(body.value(u"hooks").toArray(),
                 QJsonArray({ QStringLiteral("before_snapshot"), QStringLiteral("after_restore") }));
        QVERIFY(r.initDurationMs >= 0);
        QVERIFY2(reportOf(r).contains(u"\tInit Duration: "), qPrintable(reportOf(r)));
        QVERIFY(!reportOf(r).contains(u"Restore Duration"));
    }

    // A cold start without SnapStart (an invocation of $LATEST): an ordinary
    // init, of which no snapshot was taken (no hooks ran), and why, in one sentence.
    void checkOrdinaryCold(const InvocationResult &r, const QString &note)
    {
        QVERIFY2(r.succeeded(), qPrintable(describe(r)));
        QVERIFY(r.coldStart);
        QVERIFY(!r.restoredFromSnapshot);
        QCOMPARE(r.snapStartNote, note);
        QCOMPARE(r.toJson().value(u"snapStart").toString(), note);
        const QJsonObject body = payloadJson(r).toObject();
        QCOMPARE(body.value(u"table").toInt(), 20000);
        QCOMPARE(body.value(u"hooks").toArray(), QJsonArray());
        QVERIFY(r.initDurationMs >= 0);
        QVERIFY2(reportOf(r).contains(u"\tInit Duration: "), qPrintable(reportOf(r)));
        QVERIFY(!reportOf(r).contains(u"Restore Duration"));
        QVERIFY(hasLine(r, QStringLiteral("INIT_START ")) && !hasLine(r, QStringLiteral("RESTORE_START ")));
    }

    static QString latestNote()
    {
        return QStringLiteral("SnapStart applies to published versions; this call ran $LATEST (invoke the alias live)");
    }

    struct CliRun
    {
        int exitCode = -1;
        QList<QJsonObject> results; // --json: one object per invocation
        QByteArray err;
    };

    // `bullpen invoke` of the function in a template of its own (the
    // function's code where the test keeps it), two invocations that each
    // start cold (no keep-alive), on runc, printed as JSON.
    CliRun bullpenInvoke(const QString &templatePath, const QStringList &extra) const
    {
        QProcess p;
        p.start(QStringLiteral(BULLPEN_BINARY),
                QStringList { QStringLiteral("invoke"), QStringLiteral("Snappy"), QStringLiteral("--template"),
                              templatePath, QStringLiteral("--backend"), QStringLiteral("runc"),
                              QStringLiteral("--no-build"), QStringLiteral("--repeat"), QStringLiteral("2"),
                              QStringLiteral("--keep-alive"), QStringLiteral("0"), QStringLiteral("--json") }
                    + extra);
        if (!p.waitForFinished(300000)) {
            p.kill();
            p.waitForFinished();
        }
        CliRun run { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, {}, p.readAllStandardError() };
        for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
            if (!line.trimmed().isEmpty())
                run.results.append(QJsonDocument::fromJson(line).object());
        }
        return run;
    }

    // A SnapStart function's start where SnapStart is unavailable: an
    // ordinary cold start (on-demand init, no hooks, no restore) that says
    // why in its result, its JSON, its init log and the pool's event.
    static void checkStartedCold(const InvocationResult &r, const QString &note, const QList<PoolEvent> &events)
    {
        QVERIFY2(r.succeeded(), qPrintable(describe(r)));
        QVERIFY(r.coldStart);
        QVERIFY(!r.restoredFromSnapshot);
        QCOMPARE(r.snapStartNote, note);
        QCOMPARE(r.toJson().value(u"snapStart").toString(), note);
        QVERIFY(r.initDurationMs >= 0);
        QVERIFY2(reportOf(r).contains(u"\tInit Duration: "), qPrintable(reportOf(r)));
        QVERIFY(!reportOf(r).contains(u"Restore Duration"));
        QCOMPARE(payloadJson(r).toObject().value(u"hooks").toArray(), QJsonArray());
        QVERIFY2(hasLine(r, QStringLiteral("bullpen: ") + note + QStringLiteral("; this instance started cold")),
                 qPrintable(describe(r)));
        const auto finished = std::find_if(events.cbegin(), events.cend(), [&r](const PoolEvent &e) {
            return e.type == PoolEventType::InvocationFinished && e.requestId == r.requestId;
        });
        QVERIFY(finished != events.cend());
        QCOMPARE(finished->snapStartNote, note);
        QVERIFY(!finished->restoredFromSnapshot);
    }

    // Nothing of a trial checkpoint left: no criu or sleep of this engine, no trial folder.
    void checkNoTrialLeft(const OciBackend &runc) const
    {
        QCOMPARE(trialProcesses(), QStringList());
        QCOMPARE(entriesWithPrefix(runc.snapshotDirectory(),
                                   QString::number(QCoreApplication::applicationPid(), 36) + QStringLiteral("-trial")),
                 QStringList());
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString why = startBackend(this);
        if (!why.isEmpty())
            BULLPEN_SKIP_UNLESS_CI(why);
        m_runc = qobject_cast<OciBackend *>(m_backend);
        if (!m_runc || m_runc->name() != QLatin1String("runc"))
            BULLPEN_SKIP_UNLESS_CI(QStringLiteral("SnapStart needs the runc backend; this one is ")
                                   + m_backend->name());
        const QString unavailable = SnapStart::unavailableReason(*m_runc);
        if (!unavailable.isEmpty())
            BULLPEN_SKIP_UNLESS_CI(QStringLiteral("SnapStart unavailable: ") + unavailable);
        QProcess check;
        check.start(QStringLiteral("criu"), { QStringLiteral("check") });
        if (!check.waitForFinished(60000) || check.exitCode() != 0)
            BULLPEN_SKIP_UNLESS_CI(QStringLiteral("SnapStart unavailable: `criu check` fails here: ")
                                   + QString::fromUtf8(check.readAllStandardError().trimmed()));
        // The engine's own check: `criu check` and a trial checkpoint.
        m_runc->snapStart()->whenChecked(this, [this] { m_checked = true; });
        QVERIFY(QTest::qWaitFor([this] { return m_checked; }, 60000));
        m_noCheckpoint = m_runc->snapStart()->unavailableReason();
        if (!m_noCheckpoint.isEmpty() && !SnapStart::isKernelRefusal(m_noCheckpoint))
            BULLPEN_SKIP_UNLESS_CI(QStringLiteral("SnapStart unavailable: ") + m_noCheckpoint);
    }

    void init()
    {
        startPool(this);
        m_runc->setMaxPrepared(0); // no spares unless the test asks
        // Where CRIU cannot dump on this kernel, only the tests of the
        // fallback and of what needs no checkpoint run.
        static const QStringList noCheckpointNeeded
            = { QStringLiteral("thisKernelsFallbackWhereCriuCannotDump"), QStringLiteral("failedTrialStartsCold"),
                QStringLiteral("shutdownDuringTheTrialLeavesNothing"), QStringLiteral("unavailableSnapStartSaysWhy"),
                QStringLiteral("staleSnapshotFoldersAreRemoved") };
        if (!m_noCheckpoint.isEmpty()
            && !noCheckpointNeeded.contains(QString::fromLatin1(QTest::currentTestFunction())))
            QSKIP(qPrintable(QStringLiteral("SnapStart unavailable: ") + m_noCheckpoint
                             + QStringLiteral(" (an environment limitation of this machine's kernel, as crun's on "
                                              "its cgroups: CRIU's dumps hang here, criu issue #162; the fallback "
                                              "is tested by thisKernelsFallbackWhereCriuCannotDump)")));
    }

    void cleanup()
    {
        if (m_pool)
            stopPool();
        if (m_runc) {
            QSignalSpy done(m_runc, &ContainerBackend::shutdownFinished);
            m_runc->shutdown();
            QVERIFY(done.wait(60000));
        }
    }

    // The first cold start takes the snapshot and is served by the
    // snapshot's own runtime; the next cold starts restore copies of the
    // snapshot. All keep init's state, run the hooks in order and draw random
    // numbers of their own (os.urandom, random, /dev/urandom).
    void restoresKeepStateAndDrawTheirOwnRandomNumbers()
    {
        const FunctionConfig f = snapFunction();
        const InvocationResult first = invoke(f);
        checkSnapshotsOwn(first);
        QCOMPARE(ownSnapshotFolders().size(), 1);
        expireAll();
        const InvocationResult second = invoke(f);
        checkRestored(second);
        QVERIFY(!second.preparedSandbox); // restored on demand: no spares here
        QVERIFY(second.instanceId != first.instanceId);
        expireAll();
        const InvocationResult third = invoke(f);
        checkRestored(third);
        const QJsonObject a = payloadJson(first).toObject();
        const QJsonObject b = payloadJson(second).toObject();
        const QJsonObject c = payloadJson(third).toObject();
        for (const char *key : { "random", "urandom", "dev_urandom" }) {
            const QJsonValue va = a.value(QLatin1StringView(key));
            const QJsonValue vb = b.value(QLatin1StringView(key));
            const QJsonValue vc = c.value(QLatin1StringView(key));
            QVERIFY2(va != vb && vb != vc && va != vc, key);
        }
        // The pool's events say what kind of start it was.
        const QList<PoolEvent> finished = eventsOf(PoolEventType::InvocationFinished);
        QCOMPARE(finished.size(), 3);
        QVERIFY(!finished.constFirst().restoredFromSnapshot);
        QVERIFY(finished.constLast().restoredFromSnapshot);
        QVERIFY(eventsOf(PoolEventType::InstanceInitDone).constLast().restoredFromSnapshot);
        PoolCounters counters;
        counters.addAll(m_events);
        QCOMPARE(counters.function(f.logicalId).restoredColdStarts, 2);
        QCOMPARE(counters.function(f.logicalId).onDemandColdStarts, 1);
    }

    // Two cold starts of a new configuration at once: one snapshot, the
    // first start served by its own runtime, the other by a restored copy;
    // each answered once.
    void concurrentFirstStartsShareOneSnapshot()
    {
        const FunctionConfig f = snapFunction();
        Invocation *a = start(f, "{\"n\": 1}");
        Invocation *b = start(f, "{\"n\": 2}");
        const InvocationResult ra = waitFor(a, 300000);
        const InvocationResult rb = waitFor(b, 300000);
        delete a;
        delete b;
        QVERIFY2(ra.succeeded(), qPrintable(describe(ra)));
        QVERIFY2(rb.succeeded(), qPrintable(describe(rb)));
        QVERIFY(ra.coldStart && rb.coldStart);
        QVERIFY(ra.instanceId != rb.instanceId);
        QCOMPARE(int(ra.restoredFromSnapshot) + int(rb.restoredFromSnapshot), 1);
        checkSnapshotsOwn(ra.restoredFromSnapshot ? rb : ra);
        checkRestored(ra.restoredFromSnapshot ? ra : rb);
        QCOMPARE(ownSnapshotFolders().size(), 1);
        QCOMPARE(eventsOf(PoolEventType::InvocationFinished).size(), 2);
    }

    // A copy restored ahead of need (the spare) is not an instance; the next
    // cold start takes it and only wakes it; another is restored after it.
    void coldStartTakesTheSpare()
    {
        m_runc->setMaxPrepared(4);
        const FunctionConfig f = snapFunction();
        const InvocationResult first = invoke(f);
        checkSnapshotsOwn(first);
        QVERIFY(waitForSpare());
        const QString spare = m_runc->snapStart()->spareContainerIds().constFirst();
        QCOMPARE(m_pool->instances().size(), 1);
        expireAll();
        const InvocationResult second = invoke(f);
        checkRestored(second);
        QVERIFY(second.preparedSandbox); // restored ahead of need
        QVERIFY(payloadJson(second).toObject().value(u"urandom") != payloadJson(first).toObject().value(u"urandom"));
        QVERIFY(!m_runc->snapStart()->spareContainerIds().contains(spare));
        QVERIFY(waitForSpare());
    }

    // A changed configuration (memory) is a new snapshot: the old one, its
    // folder and its spare, goes.
    void changedConfigurationDropsTheSnapshot()
    {
        m_runc->setMaxPrepared(4);
        FunctionConfig f = snapFunction();
        checkSnapshotsOwn(invoke(f));
        QVERIFY(waitForSpare());
        const QStringList before = ownSnapshotFolders();
        QCOMPARE(before.size(), 1);
        const QString oldSpare = m_runc->snapStart()->spareContainerIds().constFirst();
        f.memorySizeMb = 256;
        const InvocationResult changed = invoke(f);
        checkSnapshotsOwn(changed); // a new snapshot's own runtime
        QCOMPARE(payloadJson(changed).toObject().value(u"event").toObject(), QJsonObject());
        const QStringList after = ownSnapshotFolders();
        QCOMPARE(after.size(), 1);
        QVERIFY(after != before);
        QVERIFY(!QFileInfo::exists(m_runc->snapshotDirectory() + u'/' + before.constFirst()));
        QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(m_runc->bundleDirectory(oldSpare)), 20000);
    }

    // A restore that fails (here its images are gone) still gives the
    // invocation exactly one answer: a cold start, which says why.
    void failedRestoreStartsCold()
    {
        const FunctionConfig f = snapFunction();
        checkSnapshotsOwn(invoke(f));
        expireAll();
        const QStringList folders = ownSnapshotFolders();
        QCOMPARE(folders.size(), 1);
        const QString images = m_runc->snapshotDirectory() + u'/' + folders.constFirst() + QStringLiteral("/images");
        const QStringList files = QDir(images).entryList(QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString &file : files)
            QVERIFY(QFile::remove(images + u'/' + file));
        m_events.clear();
        const InvocationResult cold = invoke(f);
        QVERIFY2(cold.succeeded(), qPrintable(describe(cold)));
        QVERIFY(cold.coldStart);
        QVERIFY(!cold.restoredFromSnapshot);
        QVERIFY2(cold.snapStartNote.contains(u"restore failed"), qPrintable(cold.snapStartNote));
        QVERIFY(cold.initDurationMs >= 0);
        QVERIFY2(hasLine(cold, QStringLiteral("bullpen: SnapStart: the restore failed")), qPrintable(describe(cold)));
        QCOMPARE(eventsOf(PoolEventType::InvocationFinished).size(), 1);
        // A cold start initialises as usual (on-demand, not snap-start): no snapshot hooks ran.
        QCOMPARE(payloadJson(cold).toObject().value(u"hooks").toArray(), QJsonArray());
        // The failed copy left nothing: no /tmp mounted by the engine, no
        // loop device but the cold instance's own (runc mounts that one
        // inside its container).
        QCOMPARE(engineMounts(*m_runc, QCoreApplication::applicationPid()), QStringList());
        QTRY_VERIFY2_WITH_TIMEOUT(sandboxLeftovers(*m_runc, QCoreApplication::applicationPid()).loopDevices.size() == 1,
                                  qPrintable(sandboxLeftovers(*m_runc, QCoreApplication::applicationPid()).describe()),
                                  20000);
    }

    // Shutdown removes everything: instances, spare, snapshot folders, and
    // the containers, bundles, cgroups and links of them all.
    void shutdownLeavesNothing()
    {
        m_runc->setMaxPrepared(4);
        checkSnapshotsOwn(invoke(snapFunction()));
        QVERIFY(waitForSpare());
        QCOMPARE(ownSnapshotFolders().size(), 1);
        stopPool();
        QSignalSpy done(m_runc, &ContainerBackend::shutdownFinished);
        m_runc->shutdown();
        QVERIFY(done.wait(60000));
        QCOMPARE(m_runc->snapStart()->spareCount(), 0);
        QCOMPARE(ownSnapshotFolders(), QStringList());
        const SandboxLeftovers left = sandboxLeftovers(*m_runc, QCoreApplication::applicationPid());
        QVERIFY2(left.isEmpty(), qPrintable(left.describe()));
    }

    // A failing after-restore hook is the restored copy's init error, as
    // Lambda reports it: its type from /restore/error, one answer, no handler run.
    void failingAfterRestoreHookIsAnInitError()
    {
        FunctionConfig f = snapFunction();
        f.logicalId = QStringLiteral("HookFails");
        f.functionName = f.logicalId;
        f.codeDirectory = QStringLiteral(BULLPEN_SOURCE_DIR "/tests/engine/sandbox/snapstart-hookfail");
        for (int i = 0; i < 2; ++i) { // the snapshot's own runtime, then a restored copy
            m_events.clear();
            const InvocationResult r = invoke(f);
            QVERIFY2(!r.succeeded(), qPrintable(describe(r)));
            QCOMPARE(r.errorType, QStringLiteral("Runtime.AfterRestoreError"));
            QVERIFY2(r.errorMessage.contains(u"the database is gone") || r.payload.contains("the database is gone"),
                     qPrintable(describe(r)));
            QVERIFY(!r.payload.contains("reached"));
            QVERIFY2(hasLine(r, QStringLiteral("INIT_REPORT ")), qPrintable(describe(r)));
            QCOMPARE(eventsOf(PoolEventType::InvocationFinished).size(), 1);
            QTRY_COMPARE_WITH_TIMEOUT(m_pool->instanceCount(), 0, 20000);
        }
    }

    // Where SnapStart cannot work (here: a backend that cannot checkpoint),
    // the function starts cold as usual and the result, its JSON and the
    // pool's event say why.
    void unavailableSnapStartSaysWhy()
    {
        QString error;
        std::unique_ptr<ContainerBackend> process(createBackend(QStringLiteral("process"), &error));
        QVERIFY2(process, qPrintable(error));
        ManualClock clock;
        QList<PoolEvent> events; // outlives the pool, which publishes as it goes
        auto pool = std::make_unique<WarmPool>(process.get(), &clock, &clock, m_cache.path());
        connect(pool.get(), &WarmPool::poolEvent, this, [&events](const PoolEvent &e) { events.append(e); });
        InvokeOptions alias;
        alias.qualifier = snapFunction().autoPublishAlias;
        Invocation *inv = pool->invoke(snapFunction(), "{}", alias);
        inv->setParent(this);
        const InvocationResult r = waitFor(inv, 120000);
        delete inv;
        pool.reset();
        QSignalSpy done(process.get(), &ContainerBackend::shutdownFinished);
        process->shutdown();
        QVERIFY(done.wait(30000));
        QVERIFY2(r.succeeded(), qPrintable(describe(r)));
        QVERIFY(r.coldStart);
        QVERIFY(!r.restoredFromSnapshot);
        QVERIFY(r.initDurationMs >= 0);
        QCOMPARE(r.snapStartNote,
                 QStringLiteral("SnapStart unavailable: ") + SnapStart::backendReason(process->name()));
        QCOMPARE(r.toJson().value(u"snapStart").toString(), r.snapStartNote);
        QCOMPARE(InvocationResult::fromJson(r.toJson())->snapStartNote, r.snapStartNote);
        const auto finished = std::find_if(events.cbegin(), events.cend(), [](const PoolEvent &e) {
            return e.type == PoolEventType::InvocationFinished;
        });
        QVERIFY(finished != events.cend());
        QCOMPARE(finished->snapStartNote, r.snapStartNote);
        QCOMPARE(PoolEvent::fromJson(finished->toJson()).snapStartNote, r.snapStartNote);
    }

    // SnapStart applies to published versions (the alias, and version 1,
    // which it runs), never to $LATEST: $LATEST starts cold as usual, in
    // instances of its own (an idle instance of the alias is not taken),
    // says why, and leaves the snapshot alone; version 1 restores as the alias does.
    void latestStartsColdBesideThePublishedVersion()
    {
        const FunctionConfig f = snapFunction();
        const InvocationResult alias = invoke(f);
        checkSnapshotsOwn(alias);
        m_events.clear();
        const InvocationResult latest = invoke(f, QString());
        checkOrdinaryCold(latest, latestNote());
        QVERIFY(latest.instanceId != alias.instanceId);
        const QList<PoolEvent> finished = eventsOf(PoolEventType::InvocationFinished);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.constFirst().snapStartNote, latestNote());
        QCOMPARE(ownSnapshotFolders().size(), 1); // the alias's snapshot stays
        const InvocationResult warm = invoke(f); // the alias's own instance, still warm
        QVERIFY(!warm.coldStart);
        QCOMPARE(warm.instanceId, alias.instanceId);
        QVERIFY(warm.snapStartNote.isEmpty());
        expireAll();
        checkRestored(invoke(f, QStringLiteral("1")));
        expireAll();
        checkOrdinaryCold(invoke(f, QString()), latestNote());
        PoolCounters counters;
        counters.addAll(m_events);
        QCOMPARE(counters.function(f.logicalId).restoredColdStarts, 1);
    }

    // A function with SnapStart and no AutoPublishAlias has no published
    // version: every call runs $LATEST, cold as usual, and says so.
    void withoutAnAliasThereIsNoPublishedVersion()
    {
        FunctionConfig f = snapFunction();
        f.autoPublishAlias.clear();
        checkOrdinaryCold(invoke(f, QString()),
                          QStringLiteral("SnapStart applies to published versions, and this function has none (it "
                                         "has no AutoPublishAlias); this call ran $LATEST"));
        QCOMPARE(ownSnapshotFolders(), QStringList());
    }

    // For teaching (the project file's snapStartAlways, `bullpen invoke
    // --snap-start`): SnapStart for $LATEST too, here of a function whose
    // template has neither SnapStart nor an alias.
    void snapStartAlwaysRestoresLatest()
    {
        FunctionConfig f = snapFunction();
        f.snapStart = false;
        f.autoPublishAlias.clear();
        m_pool->setFunctionSnapStartAlways(f.logicalId, true);
        checkSnapshotsOwn(invoke(f, QString()));
        expireAll();
        checkRestored(invoke(f, QString()));
        // Off again: the next cold start of $LATEST is an ordinary one (no note: no SnapStart in the template).
        m_pool->setFunctionSnapStartAlways(f.logicalId, false);
        expireAll();
        checkOrdinaryCold(invoke(f, QString()), QString());
    }

    // `bullpen invoke` runs the alias by default, as the window does
    // (SnapStart: the second cold start restores); --qualifier '$LATEST' gets
    // ordinary cold starts that say why; --snap-start SnapStart for $LATEST
    // too; a version that does not exist is a usage error.
    void invokeCommandNamesTheVersion()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString templatePath = dir.filePath(QStringLiteral("template.yaml"));
        QFile file(templatePath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Transform: AWS::Serverless-2016-10-31\n"
                   "Resources:\n"
                   "  Snappy:\n"
                   "    Type: AWS::Serverless::Function\n"
                   "    Properties:\n"
                   "      CodeUri: " BULLPEN_SOURCE_DIR "/tests/engine/sandbox/snapstart-spike/function\n"
                   "      Handler: app.handler\n"
                   "      Runtime: python3.12\n"
                   "      Timeout: 10\n"
                   "      AutoPublishAlias: live\n"
                   "      SnapStart:\n"
                   "        ApplyOn: PublishedVersions\n");
        file.close();

        CliRun run = bullpenInvoke(templatePath, {});
        QVERIFY2(run.exitCode == 0 && run.results.size() == 2, run.err.constData());
        QVERIFY(run.results.at(0).value(u"coldStart").toBool());
        QVERIFY(!run.results.at(0).contains(u"restoredFromSnapshot")); // the snapshot's own runtime
        QVERIFY(run.results.at(1).value(u"coldStart").toBool());
        QVERIFY2(run.results.at(1).value(u"restoredFromSnapshot").toBool(), run.err.constData());
        QVERIFY(!run.results.at(1).contains(u"snapStart"));

        run = bullpenInvoke(templatePath, { QStringLiteral("--qualifier"), QStringLiteral("$LATEST") });
        QVERIFY2(run.exitCode == 0 && run.results.size() == 2, run.err.constData());
        for (const QJsonObject &r : std::as_const(run.results)) {
            QVERIFY(r.value(u"coldStart").toBool());
            QVERIFY(!r.contains(u"restoredFromSnapshot"));
            QCOMPARE(r.value(u"snapStart").toString(), latestNote());
            QCOMPARE(r.value(u"payload").toObject().value(u"hooks").toArray(), QJsonArray());
        }

        run = bullpenInvoke(
            templatePath, { QStringLiteral("--qualifier"), QStringLiteral("$LATEST"), QStringLiteral("--snap-start") });
        QVERIFY2(run.exitCode == 0 && run.results.size() == 2, run.err.constData());
        QVERIFY(!run.results.at(0).contains(u"restoredFromSnapshot"));
        QVERIFY2(run.results.at(1).value(u"restoredFromSnapshot").toBool(), run.err.constData());
        QVERIFY(!run.results.at(1).contains(u"snapStart"));

        run = bullpenInvoke(templatePath, { QStringLiteral("--qualifier"), QStringLiteral("2") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("Snappy has no version '2'"), run.err.constData());
    }

    // Where CRIU cannot dump on this kernel (its dumps hang, while `criu
    // check` passes), the engine's trial checkpoint says so: every start of a
    // SnapStart function is an ordinary cold start with that reason, no
    // snapshot is taken, no restore happens and nothing is left behind.
    void thisKernelsFallbackWhereCriuCannotDump()
    {
        if (m_noCheckpoint.isEmpty())
            QSKIP("CRIU checkpoints on this kernel: the other tests take and restore snapshots here");
        QVERIFY2(m_noCheckpoint.contains(QSysInfo::kernelVersion()), qPrintable(m_noCheckpoint));
        const QString note = QStringLiteral("SnapStart unavailable: ") + m_noCheckpoint;
        const FunctionConfig f = snapFunction();
        for (int i = 0; i < 2; ++i) {
            checkStartedCold(invoke(f), note, m_events);
            if (QTest::currentTestFailed())
                return;
            expireAll();
        }
        QCOMPARE(eventsOf(PoolEventType::InvocationFinished).size(), 2);
        QCOMPARE(ownSnapshotFolders(), QStringList());
        QCOMPARE(m_runc->snapStart()->spareContainerIds(), QStringList());
        checkNoTrialLeft(*m_runc);
        QCOMPARE(engineMounts(*m_runc, QCoreApplication::applicationPid()), QStringList());
    }

    // The trial checkpoint, forced to fail on any kernel: a criu (first on
    // PATH) whose check passes and whose dump hangs, or fails. The engine
    // kills it and the trial's process, removes its folder, and starts the
    // function cold with the reason.
    void failedTrialStartsCold_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("how");
        QTest::newRow("hangs") << QStringLiteral("hangs") << QStringLiteral("did not finish within 5 s");
        QTest::newRow("fails") << QStringLiteral("fails")
                               << QStringLiteral("failed (CRIU: (00.001) Error (criu/cr-dump.c:2101): fake: cannot "
                                                 "dump)");
    }

    void failedTrialStartsCold()
    {
        QFETCH(QString, mode);
        QFETCH(QString, how);
        QTemporaryDir fake;
        QVERIFY(fake.isValid() && writeFakeCriu(fake.path(), mode));
        const PathFirst path(fake.path());
        QString error;
        std::unique_ptr<ContainerBackend> backend(createBackend(m_runc->name(), &error));
        auto *runc = qobject_cast<OciBackend *>(backend.get());
        QVERIFY2(runc, qPrintable(error));
        runc->setMaxPrepared(0);
        ManualClock clock;
        QList<PoolEvent> events;
        auto pool = std::make_unique<WarmPool>(runc, &clock, &clock, m_cache.path());
        connect(pool.get(), &WarmPool::poolEvent, this, [&events](const PoolEvent &e) { events.append(e); });
        InvokeOptions alias; // SnapStart applies to the published version
        alias.qualifier = snapFunction().autoPublishAlias;
        Invocation *inv = pool->invoke(snapFunction(), "{}", alias);
        inv->setParent(this);
        const InvocationResult r = waitFor(inv, 120000);
        delete inv;
        const QString note = QStringLiteral("SnapStart unavailable: CRIU cannot checkpoint a process on this kernel "
                                            "(%1): a trial dump of a sleeping process %2")
                                 .arg(QSysInfo::kernelVersion(), how);
        checkStartedCold(r, note, events);
        if (QTest::currentTestFailed())
            return;
        const FakeDump dump = fakeDump(fake.path());
        QVERIFY(dump.criuPid > 0 && dump.trialPid > 0 && !dump.folder.isEmpty());
        // Gone before the function started cold: criu, the sleeping process, the folder.
        QVERIFY(!QFileInfo::exists(QStringLiteral("/proc/%1").arg(dump.criuPid)));
        QVERIFY(!QFileInfo::exists(QStringLiteral("/proc/%1").arg(dump.trialPid)));
        QVERIFY(!QFileInfo::exists(dump.folder));
        checkNoTrialLeft(*runc);
        pool.reset();
        QSignalSpy done(runc, &ContainerBackend::shutdownFinished);
        runc->shutdown();
        QVERIFY(done.wait(60000));
        const SandboxLeftovers left = sandboxLeftovers(*runc, QCoreApplication::applicationPid());
        QVERIFY2(left.isEmpty(), qPrintable(left.describe()));
    }

    // An engine shut down while its trial checkpoint still runs (a criu
    // whose dump hangs) kills criu and the trial's process and removes the
    // folder; nothing waits for the check any more.
    void shutdownDuringTheTrialLeavesNothing()
    {
        QTemporaryDir fake;
        QVERIFY(fake.isValid() && writeFakeCriu(fake.path(), QStringLiteral("hangs")));
        const PathFirst path(fake.path());
        QString error;
        std::unique_ptr<ContainerBackend> backend(createBackend(m_runc->name(), &error));
        auto *runc = qobject_cast<OciBackend *>(backend.get());
        QVERIFY2(runc, qPrintable(error));
        bool checked = false;
        runc->snapStart()->whenChecked(this, [&checked] { checked = true; });
        QVERIFY(QTest::qWaitFor([&] { return fakeDump(fake.path()).trialPid > 0; }, 30000));
        const FakeDump dump = fakeDump(fake.path());
        QVERIFY(QFileInfo::exists(QStringLiteral("/proc/%1").arg(dump.criuPid)));
        QVERIFY(QFileInfo::exists(QStringLiteral("/proc/%1").arg(dump.trialPid)));
        QVERIFY(QFileInfo::exists(dump.folder));
        QSignalSpy done(runc, &ContainerBackend::shutdownFinished);
        runc->shutdown();
        QVERIFY(done.wait(60000));
        QVERIFY(!QFileInfo::exists(QStringLiteral("/proc/%1").arg(dump.criuPid)));
        QVERIFY(!QFileInfo::exists(QStringLiteral("/proc/%1").arg(dump.trialPid)));
        QVERIFY(!QFileInfo::exists(dump.folder));
        checkNoTrialLeft(*runc);
        QVERIFY(!checked); // the check was cut short: nothing is told it finished
    }

    // /tmp keeps the sandbox contract (decisions §3): capped at
    // EphemeralStorage, on disk, in the snapshot's own run and in a restored
    // copy alike; writing past it is ENOSPC, and the instance lives on (with
    // what init left in /tmp). The engine's own mount of it goes once the
    // container has bound it.
    void tmpIsCappedInTheSnapshotsRunAndInRestoredCopies()
    {
        m_runc->setMaxPrepared(4);
        FunctionConfig f = snapFunction();
        f.ephemeralStorageMb = 64;
        const QByteArray fill = "{\"fill_tmp\": 256}"; // at most 256 MB, were /tmp not capped
        const auto checkFull = [](const InvocationResult &r) {
            QVERIFY2(r.succeeded(), qPrintable(describe(r)));
            const QJsonObject o = payloadJson(r).toObject();
            QCOMPARE(o.value(u"error").toString(), QStringLiteral("ENOSPC"));
            QCOMPARE(o.value(u"tmpSizeMb").toInt(), 64);
            QVERIFY2(o.value(u"writtenMb").toInt() > 48 && o.value(u"writtenMb").toInt() <= 64,
                     qPrintable(QString::number(o.value(u"writtenMb").toInt())));
        };
        const auto checkAlive = [this, &f](const InvocationResult &full) {
            const InvocationResult next = invoke(f);
            QVERIFY2(next.succeeded(), qPrintable(describe(next)));
            QVERIFY(!next.coldStart);
            QCOMPARE(next.instanceId, full.instanceId);
            QCOMPARE(payloadJson(next).toObject().value(u"tmp").toString(), QStringLiteral("written during init"));
        };
        Invocation *inv = start(f, fill);
        inv->setParent(this);
        const InvocationResult own = waitFor(inv, 300000);
        delete inv;
        QVERIFY(own.coldStart && !own.restoredFromSnapshot); // the snapshot's own runtime
        checkFull(own);
        checkAlive(own);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(waitForSpare());
        QCOMPARE(engineMounts(*m_runc, QCoreApplication::applicationPid()), QStringList());
        expireAll();
        inv = start(f, fill);
        inv->setParent(this);
        const InvocationResult restored = waitFor(inv, 300000);
        delete inv;
        QVERIFY2(restored.restoredFromSnapshot, qPrintable(describe(restored)));
        checkFull(restored);
        checkAlive(restored);
    }

    // Each restored copy is an execution environment of its own. Lambda
    // gives a SnapStart function no AWS_LAMBDA_LOG_GROUP_NAME and
    // AWS_LAMBDA_LOG_STREAM_NAME (so context.log_group_name and
    // log_stream_name are None), rather than the snapshot's; the pool names
    // each copy by its own instance id, in the result and in every event,
    // never by the sandbox's (the snapshot's run, a spare).
    void restoredCopiesHaveTheirOwnIdentity()
    {
        m_runc->setMaxPrepared(4);
        const FunctionConfig f = snapFunction();
        QList<InvocationResult> results;
        results << invoke(f);
        for (int i = 0; i < 2; ++i) {
            QVERIFY(waitForSpare());
            expireAll();
            results << invoke(f);
            checkRestored(results.constLast());
        }
        QStringList ids;
        for (const InvocationResult &r : std::as_const(results)) {
            QVERIFY2(r.succeeded() && r.coldStart, qPrintable(describe(r)));
            const QJsonObject body = payloadJson(r).toObject();
            for (const char *key : { "log_group_name", "log_stream_name", "env_log_stream" })
                QVERIFY2(body.value(QLatin1StringView(key)).isNull(), key);
            QVERIFY(!ids.contains(r.instanceId));
            ids << r.instanceId;
        }
        for (const PoolEvent &e : std::as_const(m_events)) {
            if (e.instanceId.isEmpty())
                continue;
            QVERIFY2(ids.contains(e.instanceId), qPrintable(e.instanceId)); // never a sandbox's own
        }
        const QList<PoolEvent> finished = eventsOf(PoolEventType::InvocationFinished);
        QCOMPARE(finished.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(finished.at(i).instanceId, results.at(i).instanceId);
            QCOMPARE(finished.at(i).restoredFromSnapshot, i > 0);
        }
        for (int i = 1; i < 3; ++i) {
            const QList<PoolEvent> initDone = eventsOf(PoolEventType::InstanceInitDone, results.at(i).instanceId);
            QCOMPARE(initDone.size(), 1);
            QVERIFY(initDone.constFirst().restoredFromSnapshot);
        }
    }

    // An engine killed (SIGKILL) with SnapStart's sandboxes about: a parked
    // spare and the snapshot's own runtime, or a snapshot's init still
    // running with its /tmp mounted by the engine in the bundle. The next
    // engine's stale clean-up leaves nothing: containers, bundles, cgroups,
    // loop devices, mounts, snapshot folders.
    void staleCleanupAfterAKilledEngineLeavesNothing_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("spare") << QStringLiteral("spare");
        QTest::newRow("init") << QStringLiteral("init");
    }

    void staleCleanupAfterAKilledEngineLeavesNothing()
    {
        QFETCH(QString, mode);
        QProcess engine;
        engine.setProcessChannelMode(QProcess::SeparateChannels);
        engine.start(QCoreApplication::applicationFilePath(), { QStringLiteral("--hold-snapstart"), mode });
        QVERIFY(engine.waitForStarted());
        QVERIFY2(
            QTest::qWaitFor([&] { return engine.canReadLine() || engine.state() == QProcess::NotRunning; }, 300000),
            "the engine did not get ready");
        QCOMPARE(engine.readLine().trimmed(), QByteArray("ready"));
        const qint64 pid = engine.processId();
        const SandboxLeftovers before = sandboxLeftovers(*m_runc, pid);
        QVERIFY2(!before.containers.isEmpty() && !before.loopDevices.isEmpty(), qPrintable(before.describe()));
        if (mode == u"init")
            QVERIFY2(!before.mounts.isEmpty(), qPrintable(before.describe()));
        else
            QVERIFY2(before.loopDevices.size() >= 2, qPrintable(before.describe())); // the spare's and the instance's
        ::kill(pid_t(pid), SIGKILL);
        QVERIFY(engine.waitForFinished(10000));
        const QString folders = QString::number(pid, 36) + u'-';
        QVERIFY(!entriesWithPrefix(m_runc->snapshotDirectory(), folders).isEmpty());
        QSignalSpy cleaned(m_runc, &ContainerBackend::staleCleanupFinished);
        m_runc->cleanupStale();
        QVERIFY(cleaned.wait(120000));
        QTRY_VERIFY2_WITH_TIMEOUT(sandboxLeftovers(*m_runc, pid).isEmpty(),
                                  qPrintable(sandboxLeftovers(*m_runc, pid).describe()), 30000);
        QCOMPARE(entriesWithPrefix(m_runc->snapshotDirectory(), folders), QStringList());
    }

    // The folders of an engine that has gone are removed by the next one's
    // stale clean-up; a live one's stay.
    void staleSnapshotFoldersAreRemoved()
    {
        const QString dir = m_runc->snapshotDirectory();
        const QString dead = dir + QStringLiteral("/stale-1");
        QVERIFY(QDir().mkpath(dead + QStringLiteral("/images")));
        QFile owner(dead + QStringLiteral("/owner"));
        QVERIFY(owner.open(QIODevice::WriteOnly));
        owner.write("999999999 1\n"); // no such process
        owner.close();
        const QString live = dir + QStringLiteral("/live-1");
        QVERIFY(QDir().mkpath(live));
        QVERIFY(SandboxFiles::writeOwnerFile(live + QStringLiteral("/owner")));
        QSignalSpy cleaned(m_runc, &ContainerBackend::staleCleanupFinished);
        m_runc->cleanupStale();
        QVERIFY(cleaned.wait(30000));
        QVERIFY(!QFileInfo::exists(dead));
        QVERIFY(QFileInfo::exists(live));
        QDir(live).removeRecursively();
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc > 2 && qstrcmp(argv[1], "--hold-snapstart") == 0) {
        HoldingEngine engine;
        return engine.run(QString::fromLatin1(argv[2]));
    }
    TestSnapStart test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_snapstart.moc"
