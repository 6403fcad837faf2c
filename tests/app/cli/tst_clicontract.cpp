// SPDX-License-Identifier: MIT
// The command line's contract, pinned: `bullpen bench` on a tiny run prints its
// figures and exits 0; `bullpen events show` prints a template's parameters; an
// engine error (and a refused event) exits 2 with its reason, a function error 1; SIGINT and SIGTERM of `bullpen
// invoke` exit 130 and 143 and leave no runc container (its state root), bundle, cgroup or runtime process behind.
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "engine/sandbox/containerbackend.h"
#include "engine/sandbox/ocibackend.h"
#include "tests/support/ciskip.h"

#include <csignal>
#include <sys/types.h>

using namespace Bullpen;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// What an engine of the given pid left: entries named bullpen-<pid in base 36>-N.
struct Leftovers
{
    QStringList containers, bundles, cgroups, processes;
    // Exited processes whose parent has not collected them yet: a runtime
    // whose `runc run` was ended is handed to the reaper above, which collects
    // it a moment later. Dead, holding nothing but their pid; they must go too.
    QStringList zombies;
    bool isEmpty() const
    {
        return containers.isEmpty() && bundles.isEmpty() && cgroups.isEmpty() && processes.isEmpty();
    }
    QString describe() const
    {
        return u"containers: %1; bundles: %2; cgroups: %3; processes: %4"_s.arg(
            containers.join(u' '), bundles.join(u' '), cgroups.join(u' '), processes.join(u' '));
    }
};

QStringList entriesWithPrefix(const QString &dir, const QString &prefix)
{
    return QDir(dir).entryList({ prefix + u'*' }, QDir::AllEntries | QDir::NoDotAndDotDot);
}

} // namespace

class TestCliContract : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    std::unique_ptr<OciBackend> m_runc;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CACHE_HOME"_s, m_home.filePath(u"cache"_s));
        return env;
    }

    Run bullpen(const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.setWorkingDirectory(QStringLiteral(BULLPEN_FUNCTIONS_DIR));
        p.start(QStringLiteral(BULLPEN_BINARY), args);
        if (!input.isNull()) {
            p.write(input);
            p.closeWriteChannel();
        }
        if (!p.waitForFinished(300000)) {
            p.kill();
            p.waitForFinished();
        }
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                 p.readAllStandardError() };
    }

    Leftovers leftoversOf(qint64 pid) const
    {
        const QString prefix = u"bullpen-"_s + QString::number(pid, 36) + u'-';
        Leftovers l;
        // bundleDirectory() is <base>/bundles/<id>; runc's state root is <base>/runc.
        const QString bundles = QFileInfo(m_runc->bundleDirectory(u"x"_s)).path();
        l.bundles = entriesWithPrefix(bundles, prefix);
        const QString stateRoot = QFileInfo(bundles).path() + u"/runc"_s;
        QProcess list;
        list.start(u"runc"_s, { u"--root"_s, stateRoot, u"list"_s, u"-q"_s });
        list.waitForFinished(10000);
        for (const QByteArray &id : list.readAllStandardOutput().split('\n')) {
            if (id.startsWith(prefix.toLatin1()))
                l.containers.append(QString::fromLatin1(id));
        }
        l.containers += entriesWithPrefix(stateRoot, prefix);
        for (const QString &dir : m_runc->cgroupDirectories(prefix + u'*')) {
            const QFileInfo pattern(dir);
            l.cgroups += entriesWithPrefix(pattern.path(), prefix);
        }
        // Processes of this run's containers: in one of their cgroups.
        const QByteArray inCgroup = "/bullpen/" + prefix.toLatin1();
        const QStringList pids = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &p : pids) {
            QFile cgroup(u"/proc/"_s + p + u"/cgroup"_s);
            if (!cgroup.open(QIODevice::ReadOnly) || !cgroup.readAll().contains(inCgroup))
                continue;
            // /proc/N/stat: "pid (comm) state ppid ..."; comm may hold spaces.
            QFile statFile(u"/proc/"_s + p + u"/stat"_s);
            const QByteArray stat = statFile.open(QIODevice::ReadOnly) ? statFile.readAll() : QByteArray();
            const qsizetype close = stat.lastIndexOf(')');
            const QList<QByteArray> rest = close < 0 ? QList<QByteArray>() : stat.mid(close + 2).split(' ');
            const QString what = u"%1 (%2, state %3, parent %4)"_s.arg(
                p, QString::fromUtf8(stat.mid(stat.indexOf('(') + 1, close - stat.indexOf('(') - 1)),
                QString::fromLatin1(rest.value(0)), QString::fromLatin1(rest.value(1)));
            (rest.value(0) == "Z" ? l.zombies : l.processes).append(what);
        }
        return l;
    }

    // Starts `bullpen invoke Sleeper` with two long invocations, waits until
    // both containers run, sends the signal, and checks the exit code and
    // that nothing is left.
    void stopWith(int signal)
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.setWorkingDirectory(QStringLiteral(BULLPEN_FUNCTIONS_DIR));
        p.setProcessChannelMode(QProcess::SeparateChannels);
        p.start(QStringLiteral(BULLPEN_BINARY),
                { u"invoke"_s, u"Sleeper"_s, u"--event"_s, u"-"_s, u"--repeat"_s, u"2"_s, u"--concurrency"_s, u"2"_s });
        QVERIFY(p.waitForStarted());
        p.write("{\"seconds\": 50}");
        p.closeWriteChannel();
        const qint64 pid = p.processId();
        // Both containers exist once both bundles are there and runc lists them running.
        QTRY_VERIFY_WITH_TIMEOUT(leftoversOf(pid).bundles.size() == 2 && leftoversOf(pid).containers.size() >= 2,
                                 60000);
        QSignalSpy finished(&p, &QProcess::finished);
        ::kill(pid_t(pid), signal);
        QVERIFY(finished.wait(20000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 128 + signal);
        QVERIFY(p.readAllStandardError().contains("removing every instance"));
        // The exit code comes after the shutdown: nothing may be left now.
        const Leftovers left = leftoversOf(pid);
        QVERIFY2(left.isEmpty(), qPrintable(left.describe()));
        // And the dead are collected: no runtime stays a zombie.
        QTRY_VERIFY2_WITH_TIMEOUT(leftoversOf(pid).zombies.isEmpty(), qPrintable(leftoversOf(pid).zombies.join(u' ')),
                                  10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QFile::setPermissions(m_home.path(), QFile::Permissions(0x7777));
        m_runc = std::make_unique<OciBackend>(u"runc"_s);
        QString why;
        if (!m_runc->isAvailable(&why))
            BULLPEN_SKIP_UNLESS_CI(u"runc unavailable: "_s + why);
    }

    void benchTinyRunPrintsItsFigures()
    {
        const Run r = bullpen({ u"bench"_s, u"--runtime"_s, u"python"_s, u"--cold"_s, u"2"_s, u"--warm"_s, u"20"_s,
                                u"--long"_s, u"0"_s });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(u"bullpen bench: backend "_s), qPrintable(out));
        QVERIFY(out.contains(u"== python (python3.12)"_s));
        // Every figure line carries a number, not a placeholder.
        for (const QString &label :
             { u"cold start (invoke to result)   median "_s, u"warm round trip                 median "_s,
               u"throughput concurrency 8 (2 instances)  "_s, u"resident memory: engine "_s }) {
            const QRegularExpression figure(QRegularExpression::escape(label) + uR"([0-9]+(\.[0-9]+)?)"_s);
            QVERIFY2(figure.match(out).hasMatch(), qPrintable(label + u"\n"_s + out));
        }
        QVERIFY(!out.contains(u"nan"_s) && !out.contains(u"inf "_s));
    }

    void eventsShowPrintsTheParameters()
    {
        const Run r = bullpen({ u"events"_s, u"show"_s, u"s3"_s, u"put"_s });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("\nParameters:\n"), r.out.constData());
        QVERIFY2(r.out.contains("  --bucket"), r.out.constData());
        QVERIFY(r.err.isEmpty());
        const Run unknown = bullpen({ u"events"_s, u"show"_s, u"s3"_s, u"get"_s });
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(!unknown.err.isEmpty());
    }

    void engineErrorExitsWithTwo()
    {
        // The engine cannot run the function (its container cannot start: the
        // root file system given does not exist): exit code 2, not a function
        // error's 1, and the reason on stderr.
        const Run r = bullpen({ u"invoke"_s, u"Counter"_s, u"--rootfs"_s, u"/nonexistent/bullpen-rootfs"_s });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("bullpen invoke: Counter could not run: ")
                     && r.err.contains("/nonexistent/bullpen-rootfs"),
                 r.err.constData());
        // An event over the 6 MB request limit is refused before any instance
        // sees it, with Lambda's exception: exit code 2 as well.
        const QByteArray event = '"' + QByteArray(6291457 - 2, 'a') + '"';
        const Run refused = bullpen({ u"invoke"_s, u"Counter"_s, u"--event"_s, u"-"_s }, event);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("RequestEntityTooLargeException")
                     && refused.err.contains("Request must be smaller than 6291456 bytes"),
                 refused.err.constData());
        // A function error is 1, for contrast.
        QCOMPARE(bullpen({ u"invoke"_s, u"Failing"_s }).exitCode, 1);
    }

    void sigintExits130AndLeavesNothing() { stopWith(SIGINT); }
    void sigtermExits143AndLeavesNothing() { stopWith(SIGTERM); }
};

QTEST_GUILESS_MAIN(TestCliContract)
#include "tst_clicontract.moc"
