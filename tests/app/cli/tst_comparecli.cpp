// SPDX-License-Identifier: MIT
// `bullpen compare` as users run it: the real executable, a project whose
// bullpen-targets.yaml names the local pool, a standalone Docker container
// (the real daemon) and an endpoint nobody listens on. Equal payloads exit 0;
// a function that reads Lambda-only variables differs on the plain container
// (exit 1, the path named); the down endpoint is reported and does not hold
// the others back; nothing the comparison deployed is left behind.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

#include "tests/app/cli/compare/comparetestsupport.h"
#include "tests/support/ciskip.h"

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestCompareCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_project;

    Run bullpen(const QStringList &args, int timeoutMs = 300000)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CACHE_HOME"_s, m_dir.filePath(u"cache"_s));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_project);
        p.start(QStringLiteral(BULLPEN_BINARY), args);
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
        }
        Run r { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                p.readAllStandardError() };
        qInfo("bullpen %s -> %d\n%s%s", qPrintable(args.join(u' ')), r.exitCode, r.out.constData(), r.err.constData());
        return r;
    }

    Run compare(const QStringList &args) { return bullpen(QStringList { u"compare"_s, u"Probe"_s } + args); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!QFile::exists(u"/var/run/docker.sock"_s) && qEnvironmentVariableIsEmpty("DOCKER_HOST"))
            BULLPEN_SKIP_UNLESS_CI(u"no Docker daemon (/var/run/docker.sock)"_s);
        m_project = m_dir.filePath(u"project"_s);
        QVERIFY(CompareTestSupport::makeProject(m_project));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("one target") << QStringList { u"--target"_s, u"local"_s } << u"at least two targets"_s;
        QTest::newRow("unknown target") << QStringList { u"--target"_s, u"local"_s, u"--target"_s, u"nope"_s }
                                        << u"no target 'nope'"_s;
        QTest::newRow("bad ignore") << QStringList { u"--target"_s, u"local"_s,    u"--target"_s,
                                                     u"docker"_s,   u"--ignore"_s, u"a[0"_s }
                                    << u"unbalanced brackets"_s;
        QTest::newRow("bad event") << QStringList { u"--target"_s, u"local"_s,   u"--target"_s,
                                                    u"docker"_s,   u"--event"_s, u"template.yaml"_s }
                                   << u"not valid JSON"_s;
        QTest::newRow("bad repeat") << QStringList { u"--repeat"_s, u"0"_s } << u"--repeat"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = compare(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
    }

    void equalPayloadsExitZero()
    {
        const Run r = compare({ u"--event"_s, u"events/same.json"_s, u"--target"_s, u"local"_s, u"--target"_s,
                                u"docker"_s, u"--repeat"_s, u"2"_s, u"--json"_s });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(report.value(u"differs").toBool(true), false);
        QCOMPARE(report.value(u"reference").toString(), u"local"_s);
        const QJsonArray targets = report.value(u"targets").toArray();
        QCOMPARE(targets.size(), 2);
        for (const QJsonValue &t : targets) {
            const QJsonObject target = t.toObject();
            QCOMPARE(target.value(u"state").toString(), u"up"_s);
            const QJsonArray calls = target.value(u"calls").toArray();
            QCOMPARE(calls.size(), 2);
            QCOMPARE(calls.at(0).toObject().value(u"payload").toObject().value(u"sum").toInt(), 6);
            QVERIFY(!target.value(u"figures").toArray().isEmpty());
        }
        // The local pool tells cold from warm.
        const QJsonArray local = targets.at(0).toObject().value(u"calls").toArray();
        QCOMPARE(local.at(0).toObject().value(u"start").toString(), u"cold"_s);
        QCOMPARE(local.at(1).toObject().value(u"start").toString(), u"warm"_s);
        // The request ids and timestamps differ, and are recognised, not counted.
        QStringList recognised;
        for (const QJsonValue &d : report.value(u"differences").toArray()) {
            const QJsonObject o = d.toObject();
            QVERIFY2(!o.value(u"counted").toBool(), QJsonDocument(o).toJson().constData());
            recognised << o.value(u"path").toString() + u' ' + o.value(u"ignoredBecause").toString();
        }
        QVERIFY2(recognised.contains(u"$.requestId request id"_s), qPrintable(recognised.join(u'\n')));
        QVERIFY2(recognised.contains(u"$.at timestamp"_s), qPrintable(recognised.join(u'\n')));
        QVERIFY2(CompareTestSupport::leftoverContainers(m_project).isEmpty(),
                 qPrintable(CompareTestSupport::leftoverContainers(m_project).join(u'\n')));
    }

    void realDifferenceIsNamed()
    {
        const Run r = compare(
            { u"--event"_s, u"events/lambda-only.json"_s, u"--target"_s, u"local"_s, u"--target"_s, u"docker"_s });
        QCOMPARE(r.exitCode, 1);
        const QStringList lines = QString::fromUtf8(r.out).split(u'\n');
        const QStringList named = lines.filter(u"differs payload $.initializationType"_s);
        QVERIFY2(named.size() == 1, r.out.constData());
        QVERIFY2(named.first().contains(u"local \"on-demand\""_s), qPrintable(named.first()));
        QVERIFY2(lines.last().isEmpty() && lines.at(lines.size() - 2).startsWith(u"result: "_s), r.out.constData());
        // The same comparison with those paths ignored is equal.
        const Run ignored
            = compare({ u"--event"_s, u"events/lambda-only.json"_s, u"--target"_s, u"local"_s, u"--target"_s,
                        u"docker"_s, u"--ignore"_s, u"initializationType"_s, u"--ignore"_s, u"logGroup"_s });
        QVERIFY2(ignored.exitCode == 0, ignored.out.constData());
        QVERIFY(ignored.out.contains("not counted (ignored: initializationType) payload $.initializationType"));
    }

    void errorsCompareByType()
    {
        const Run r = compare({ u"--event"_s, u"events/fail.json"_s, u"--target"_s, u"local"_s, u"--target"_s,
                                u"docker"_s, u"--json"_s });
        QVERIFY2(r.exitCode == 0, r.out.constData());
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        for (const QJsonValue &t : report.value(u"targets").toArray()) {
            const QJsonObject call = t.toObject().value(u"calls").toArray().at(0).toObject();
            QCOMPARE(call.value(u"errorType").toString(), u"KeyError"_s);
        }
    }

    void downTargetDoesNotBlockTheOthers()
    {
        const Run r = compare({ u"--event"_s, u"events/same.json"_s, u"--target"_s, u"ec2"_s, u"--target"_s, u"local"_s,
                                u"--target"_s, u"docker"_s, u"--repeat"_s, u"2"_s });
        QCOMPARE(r.exitCode, 3);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(u"\ndown ec2: "_s), r.out.constData());
        QVERIFY2(out.contains(u"figures local (2 runs"_s), r.out.constData());
        QVERIFY2(out.contains(u"figures docker (2 runs"_s), r.out.constData());
        QVERIFY2(!out.contains(u"\ndiffers "_s), r.out.constData());
        QVERIFY2(out.contains(u"result: equal where the targets answered"_s), r.out.constData());
    }

    // Ctrl+C while the comparison's deployed container runs: what it deployed
    // goes (container and the image built for it), then exit 130. The
    // container is found by its label and paused, so that the run is still
    // under way when the signal comes.
    void sigintRemovesWhatItDeployed()
    {
        const QStringList label { u"--filter"_s,
                                  u"label=io.bullpen.project=%1"_s.arg(CompareTestSupport::projectKey(m_project)) };
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CACHE_HOME"_s, m_dir.filePath(u"cache"_s));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_project);
        // 20 calls each: the run goes on for a while after its container started.
        p.start(QStringLiteral(BULLPEN_BINARY),
                { u"compare"_s, u"Probe"_s, u"--event"_s, u"events/same.json"_s, u"--target"_s, u"local"_s,
                  u"--target"_s, u"docker"_s, u"--repeat"_s, u"20"_s });
        QVERIFY(p.waitForStarted());
        // A check that fails leaves no run behind for the next one.
        const auto stop = qScopeGuard([&p] {
            if (p.state() == QProcess::Running) {
                ::kill(pid_t(p.processId()), SIGTERM);
                p.waitForFinished(180000);
            }
        });
        QString container;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         // Running (a created container cannot be paused).
                         container = CompareTestSupport::docker(
                                         QStringList { u"ps"_s, u"-q"_s, u"--filter"_s, u"status=running"_s } + label)
                                         .join(u' ');
                         return !container.isEmpty() || p.state() != QProcess::Running;
                     },
                     300000),
                 "no container within 5 minutes");
        QVERIFY2(!container.isEmpty(), "the comparison ended before its container was seen");
        QProcess pause;
        pause.start(u"docker"_s, { u"pause"_s, container });
        QVERIFY(pause.waitForFinished(60000));
        QVERIFY2(pause.exitCode() == 0, pause.readAllStandardError().constData());
        QCOMPARE(p.state(), QProcess::Running);

        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY2(p.waitForFinished(180000), "the comparison did not stop within 3 minutes");
        const QByteArray err = p.readAllStandardError();
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(p.exitCode() == 130, QByteArray(QByteArray::number(p.exitCode()) + ": " + err).constData());
        QVERIFY2(err.contains("stopping (signal 2)"), err.constData());
        QCOMPARE(CompareTestSupport::docker(QStringList { u"ps"_s, u"-a"_s, u"-q"_s } + label), QStringList());
        const QStringList images
            = CompareTestSupport::docker({ u"images"_s, u"--format"_s, u"{{.Repository}}:{{.Tag}}"_s })
                  .filter(u"bullpen-target-"_s + CompareTestSupport::projectKey(m_project) + u'-');
        QVERIFY2(images.isEmpty(), qPrintable(images.join(u", "_s) + u"\n"_s + QString::fromUtf8(err)));
    }

    void cleanupTestCase()
    {
        if (m_project.isEmpty())
            return;
        const QStringList left = CompareTestSupport::leftoverContainers(m_project);
        CompareTestSupport::removeImages(m_project);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestCompareCli)
#include "tst_comparecli.moc"
