// SPDX-License-Identifier: MIT
// bullpen targets end to end with the real executable: list, a broken targets
// file named by its line, an unknown target, and a Docker container target
// brought up, checked, invoked and taken down (exit codes: check says 1 while a
// target is not ready). On demand (the ctest test tst_targetscli_swarm, label
// targets-all, disabled unless BULLPEN_TARGETS_ALL is on): the same for a swarm
// of 2 replicas with --init-swarm and --leave-swarm.
#include "tests/engine/targets/targetstestsupport.h"
#include "tests/support/ciskip.h"
#include "tests/support/swarmlock.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Bullpen;
using namespace Bullpen::TestSupport;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestTargetsCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_project;
    QTemporaryDir m_cache;

    Run bullpen(const QStringList &args, int waitMs = 600000)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CACHE_HOME"_s, m_cache.path());
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_project.path());
        p.start(QStringLiteral(BULLPEN_BINARY), QStringList { u"targets"_s } + args);
        if (!p.waitForFinished(waitMs)) {
            p.kill();
            p.waitForFinished();
        }
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                 p.readAllStandardError() };
    }

    void writeTargets(const QByteArray &yaml)
    {
        QFile file(m_project.filePath(u"bullpen-targets.yaml"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(yaml);
    }

    void removeImage()
    {
        // What `up` built for this project: found by its repository's prefix.
        QString error;
        const DockerEndpoint endpoint = DockerClient::probe(&error);
        if (endpoint.socketPath.isEmpty())
            return;
        DockerClient docker(endpoint);
        const DockerResponse listed = dockerCall(&docker, "GET", u"/images/json"_s);
        for (const QJsonValue &image : QJsonDocument::fromJson(listed.body).array()) {
            for (const QJsonValue &tag : image.toObject().value(u"RepoTags"_s).toArray()) {
                if (tag.toString().startsWith(u"bullpen-target-"_s) && isOurs(tag.toString()))
                    dockerCall(&docker, "DELETE", u"/images/%1?force=1"_s.arg(tag.toString()));
            }
        }
    }

    bool isOurs(const QString &tag) const
    {
        TargetContext context;
        context.templatePath = m_project.filePath(u"template.yaml"_s);
        return tag.startsWith(u"bullpen-target-%1-"_s.arg(context.projectKey()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_project.isValid() && m_cache.isValid());
        QVERIFY(writeEchoProject(m_project.path()));
    }

    void cleanupTestCase() { removeImage(); }

    void listsTheDefaults()
    {
        const Run r = bullpen({ u"list"_s, u"--json"_s });
        QCOMPARE(r.exitCode, 0);
        const QJsonArray targets = QJsonDocument::fromJson(r.out).object().value(u"targets"_s).toArray();
        QCOMPARE(targets.size(), 1);
        QCOMPARE(targets.at(0).toObject().value(u"kind"_s).toString(), u"local"_s);
    }

    void namesTheBrokenLine()
    {
        writeTargets("targets:\n  docker:\n    kind: docker\n    replicas: 3\n");
        const Run r = bullpen({ u"check"_s });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("bullpen-targets.yaml:4:5: 'replicas' is not a setting of a docker target"),
                 r.err.constData());
        writeTargets("targets:\n  docker: {kind: docker}\n");
        const Run unknown = bullpen({ u"up"_s, u"nowhere"_s });
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains("no target 'nowhere'") && unknown.err.contains("it has: docker"),
                 unknown.err.constData());
        const Run action = bullpen({ u"deploy"_s });
        QCOMPARE(action.exitCode, 2);
    }

    void dockerUpCheckInvokeDown()
    {
        QString error;
        if (DockerClient::probe(&error).socketPath.isEmpty())
            BULLPEN_SKIP_UNLESS_CI(u"no Docker daemon here: "_s + error);
        writeTargets("targets:\n  local: {kind: local}\n  docker: {kind: docker}\n");
        const Run before = bullpen({ u"check"_s, u"docker"_s });
        QCOMPARE(before.exitCode, 1);
        QVERIFY2(before.out.contains("not-deployed"), before.out.constData());

        const Run up = bullpen({ u"up"_s, u"docker"_s, u"--no-build"_s });
        QVERIFY2(up.exitCode == 0, up.err.constData());
        const Run check = bullpen({ u"check"_s, u"--json"_s });
        QVERIFY2(check.exitCode == 0, QByteArray(check.out + check.err).constData());
        const QJsonArray health = QJsonDocument::fromJson(check.out).array();
        QCOMPARE(health.size(), 2);
        for (const QJsonValue &target : health)
            QCOMPARE(target.toObject().value(u"state"_s).toString(), u"ready"_s);

        const Run call = bullpen({ u"invoke"_s, u"docker"_s, u"Echo"_s, u"--payload"_s, uR"({"via": "cli"})"_s,
                                   u"--json"_s, u"--no-build"_s });
        QVERIFY2(call.exitCode == 0, QByteArray(call.out + call.err).constData());
        const QJsonObject result = QJsonDocument::fromJson(call.out).object();
        QCOMPARE(result.value(u"status"_s).toString(), u"succeeded"_s);
        QCOMPARE(result.value(u"payload"_s).toObject().value(u"echo"_s).toObject().value(u"via"_s).toString(),
                 u"cli"_s);
        QCOMPARE(result.value(u"kind"_s).toString(), u"docker"_s);

        const Run down = bullpen({ u"down"_s, u"docker"_s });
        QVERIFY2(down.exitCode == 0, down.err.constData());
        QVERIFY2(down.out.contains("removed 1 container"), down.out.constData());
        QCOMPARE(bullpen({ u"check"_s, u"docker"_s }).exitCode, 1);
    }

    void swarmUpAndDown()
    {
        SwarmLock lock;
        QVERIFY(lock.isHeld());
        writeTargets("targets:\n  swarm: {kind: swarm, replicas: 2}\n");
        const Run before = bullpen({ u"check"_s, u"swarm"_s });
        const bool inSwarm = !before.out.contains("not in a swarm");
        if (!inSwarm) {
            const Run refused = bullpen({ u"up"_s, u"swarm"_s, u"--no-build"_s });
            QCOMPARE(refused.exitCode, 1);
            QVERIFY2(refused.err.contains("--init-swarm"), refused.err.constData());
        }
        const Run up = bullpen({ u"up"_s, u"swarm"_s, u"--no-build"_s, u"--init-swarm"_s });
        QVERIFY2(up.exitCode == 0, up.err.constData());
        const Run check = bullpen({ u"check"_s, u"swarm"_s });
        QVERIFY2(check.exitCode == 0 && check.out.contains("2/2 replicas running"), check.out.constData());
        const Run call = bullpen({ u"invoke"_s, u"swarm"_s, u"Echo"_s, u"--payload"_s, u"[1, 2]"_s, u"--no-build"_s });
        QVERIFY2(call.exitCode == 0, call.err.constData());
        QVERIFY2(call.out.contains("\"echo\": [1, 2]"), call.out.constData());
        const Run down = bullpen(inSwarm ? QStringList { u"down"_s, u"swarm"_s }
                                         : QStringList { u"down"_s, u"swarm"_s, u"--leave-swarm"_s });
        QVERIFY2(down.exitCode == 0, down.err.constData());
        if (!inSwarm)
            QVERIFY2(down.out.contains("left the single-node swarm"), down.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestTargetsCli)
#include "tst_targetscli.moc"
