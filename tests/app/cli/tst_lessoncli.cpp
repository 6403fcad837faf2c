// SPDX-License-Identifier: MIT
// bullpen lesson as users run it: the real executable and real containers.
// list names the ten lessons; run plays one on the learner's copy of its
// project in the data folder (made on first use) and reports each check with
// its figures, exit 0; a copy whose handler forgets its state fails with
// exit 1 and says which check did not hold; usage errors exit 2.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestLessonCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    Run bullpen(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(BULLPEN_BINARY), args);
        if (!p.waitForFinished(240000)) {
            p.kill();
            p.waitForFinished();
        }
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                 p.readAllStandardError() };
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void listAndUsage()
    {
        const Run list = bullpen({ QStringLiteral("lesson"), QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(list.exitCode, 0);
        const QJsonArray lessons = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(lessons.size(), 10);
        QCOMPARE(lessons.first()[QStringLiteral("name")].toString(), QStringLiteral("cold-vs-warm"));
        const Run german = bullpen(
            { QStringLiteral("lesson"), QStringLiteral("list"), QStringLiteral("--language"), QStringLiteral("de") });
        QVERIFY2(german.out.contains("Kalte und warme Starts"), german.out.constData());
        const Run unknown = bullpen({ QStringLiteral("lesson"), QStringLiteral("run"), QStringLiteral("nope") });
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains("there is no lesson called \"nope\""), unknown.err.constData());
        const Run nothing = bullpen({ QStringLiteral("lesson") });
        QCOMPARE(nothing.exitCode, 2);
    }

    void runReportsEachCheck()
    {
        const Run r = bullpen({ QStringLiteral("lesson"), QStringLiteral("run"), QStringLiteral("cold-vs-warm") });
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QVERIFY(r.out.contains("PASS cold: call first:1 started a new instance"));
        QVERIFY(r.out.contains("PASS warm: call second:1 reused instance"));
        QVERIFY(r.out.contains("Every check passed."));
        // The learner's copy was made in the data folder.
        QVERIFY(QFile::exists(m_home.filePath(QStringLiteral("data"))
                              + QStringLiteral("/Bullpen/Bullpen/lessons/cold-vs-warm/template.yaml")));
    }

    // Where SnapStart cannot run (the process backend cannot checkpoint), the
    // SnapStart lesson plays to its end and says, with the engine's reason,
    // what this machine cannot show: exit 0, for no check failed.
    void whatCannotBeShownHereIsSaid()
    {
        const Run r = bullpen({ QStringLiteral("lesson"), QStringLiteral("run"), QStringLiteral("snapstart"),
                                QStringLiteral("--backend"), QStringLiteral("process") });
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QVERIFY2(r.out.contains("NOT SHOWN HERE cold: this machine cannot show it. SnapStart unavailable: SnapStart "
                                "needs the runc backend as root (process cannot checkpoint an instance here)"),
                 r.out.constData());
        QVERIFY(r.out.contains("  > wait for a copy restored from the snapshot ahead of need (none here: SnapStart "
                               "unavailable: "));
        QVERIFY(r.out.contains("PASS warm: call warm:1 reused instance"));
        QVERIFY(r.out.contains("Every check passed that this machine can show; 5 could not be shown here"));
    }

    void aBrokenCopyFailsWithExitOne()
    {
        // The learner's copy, made by a first run, then edited to forget its state.
        const Run first = bullpen({ QStringLiteral("lesson"), QStringLiteral("run"), QStringLiteral("warm-state"),
                                    QStringLiteral("--json") });
        QVERIFY2(first.exitCode == 0, QByteArray(first.out + first.err).constData());
        QCOMPARE(QJsonDocument::fromJson(first.out).object()[QStringLiteral("passed")].toBool(), true);
        QTemporaryDir project;
        QVERIFY(QDir().mkpath(project.filePath(QStringLiteral("src"))));
        QFile::copy(QStringLiteral(BULLPEN_SOURCE_DIR "/resources/lessons/warm-state/project/template.yaml"),
                    project.filePath(QStringLiteral("template.yaml")));
        QFile code(project.filePath(QStringLiteral("src/app.py")));
        QVERIFY(code.open(QIODevice::WriteOnly));
        code.write("def handler(event, context):\n    count = 0\n    count += 1\n"
                   "    return {\"count\": count, \"connection\": str(id(object()))}\n");
        code.close();
        for (const QString &path : { project.path(), project.filePath(QStringLiteral("src")) })
            QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::ReadOther | QFileDevice::ExeOther);
        QFile::setPermissions(code.fileName(), QFile::permissions(code.fileName()) | QFileDevice::ReadOther);
        const Run broken = bullpen({ QStringLiteral("lesson"), QStringLiteral("run"), QStringLiteral("warm-state"),
                                     QStringLiteral("--project"), project.path(), QStringLiteral("--json") });
        QCOMPARE(broken.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(broken.out).object();
        QCOMPARE(o[QStringLiteral("passed")].toBool(), false);
        const QJsonArray checks = o[QStringLiteral("steps")].toArray().at(1)[QStringLiteral("checks")].toArray();
        bool countFailed = false;
        for (const QJsonValue &c : checks) {
            if (c[QStringLiteral("check")].toString() == u"payloadEquals")
                countFailed = !c[QStringLiteral("passed")].toBool()
                    && c[QStringLiteral("message")].toString().contains(QStringLiteral("count = 1, not 3"));
        }
        QVERIFY2(countFailed, broken.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestLessonCli)
#include "tst_lessoncli.moc"
