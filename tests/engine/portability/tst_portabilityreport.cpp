// SPDX-License-Identifier: MIT
// The portability report's parts without containers: the probe script run by
// the host's Python (its answer is a probe's), staging the probe beside a
// function's code, the comparison of two probes' answers item by item
// (environment, writable folders, limits, not probed), the search of the
// function's code for the lines that name an item, and the Markdown, HTML
// and JSON renderings. tst_portabilityrun runs the probe in real targets.
#include "engine/portability/codereferences.h"
#include "engine/portability/portabilityprobe.h"
#include "engine/portability/portabilityreport.h"
#include "tests/support/ciskip.h"
#include "tests/support/portabilityfixtures.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Bullpen;
using namespace Bullpen::TestSupport;
using namespace Qt::StringLiterals;

namespace {

void writeFile(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

FunctionConfig function(const QString &codeDirectory = {})
{
    FunctionConfig f;
    f.logicalId = u"Hello"_s;
    f.runtime = u"python3.12"_s;
    f.handler = u"app.handler"_s;
    f.codeDirectory = codeDirectory;
    f.environment.insert(u"GREETING"_s, u"hi"_s);
    return f;
}

// The keys of an object and of the objects in it, as paths ("memory.limitBytes"),
// down to the given depth: the shape of a probe's answer.
QStringList shape(const QJsonObject &object, int depth, const QString &prefix = {})
{
    QStringList keys;
    for (auto it = object.begin(); it != object.end(); ++it) {
        keys << prefix + it.key();
        if (depth > 1 && it.value().isObject() && it.key() != u"environment")
            keys << shape(it.value().toObject(), depth - 1, prefix + it.key() + u'.');
    }
    return keys;
}

// The probe for that runtime run by the host's interpreter, as a script; its answer.
std::optional<QJsonObject> runProbeScript(const QString &runtime, const QString &program, const QString &folder,
                                          QString *error)
{
    const QString script = folder + u'/' + PortabilityProbe::fileName(runtime);
    writeFile(script, PortabilityProbe::source(runtime));
    QProcess process;
    process.start(program, { script });
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        *error = u"%1 %2 failed: %3"_s.arg(program, script, QString::fromUtf8(process.readAllStandardError()));
        return std::nullopt;
    }
    return PortabilityProbe::parse(process.readAllStandardOutput(), error);
}

ProbePlace place(const QString &name, const QJsonObject &probe)
{
    return { name, name == u"local pool" ? u"Local pool"_s : u"Docker container"_s, true, {}, probe };
}

} // namespace

class TestPortabilityReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void theProbeScriptAnswersAsAProbe_data()
    {
        QTest::addColumn<QString>("runtime");
        QTest::addColumn<QString>("interpreter");
        QTest::newRow("python") << u"python3.12"_s << u"python3"_s;
        QTest::newRow("nodejs") << u"nodejs20.x"_s << u"node"_s;
    }

    void theProbeScriptAnswersAsAProbe()
    {
        QFETCH(QString, runtime);
        QFETCH(QString, interpreter);
        const QString program = QStandardPaths::findExecutable(interpreter);
        if (program.isEmpty())
            BULLPEN_SKIP_UNLESS_CI(u"no %1 here to run the probe with"_s.arg(interpreter));
        QString error;
        const auto answer = runProbeScript(runtime, program, m_dir.filePath(u"probe-"_s + interpreter), &error);
        QVERIFY2(answer, qPrintable(error));
        for (const char *key : { "environment", "user", "paths", "tmp", "memory", "cpu", "pids", "rlimits",
                                 "architecture", "runtime", "timezone", "rootFilesystem" })
            QVERIFY2(answer->contains(QLatin1StringView(key)), key);
        // Every folder's writability is evidence: what was tried, and what happened.
        for (const QJsonValue &p : answer->value(u"paths"_s).toArray())
            QVERIFY2(!p.toObject().value(u"evidence"_s).toString().isEmpty(),
                     qPrintable(p.toObject().value(u"path"_s).toString()));
        // No credential's value is shown.
        const QJsonObject env = answer->value(u"environment"_s).toObject();
        for (auto it = env.begin(); it != env.end(); ++it) {
            if (it.key().contains(u"SECRET"_s) || it.key().contains(u"TOKEN"_s))
                QVERIFY2(it.value().toString().contains(u"not shown"_s), qPrintable(it.key()));
        }
    }

    // The report reads both probes alike: the Node.js one answers in the
    // Python one's shape, key for key (two levels deep), with real values.
    void bothProbesAnswerInOneShape()
    {
        const QString python = QStandardPaths::findExecutable(u"python3"_s);
        const QString node = QStandardPaths::findExecutable(u"node"_s);
        if (python.isEmpty() || node.isEmpty())
            BULLPEN_SKIP_UNLESS_CI(u"python3 and node are both needed here"_s);
        QString error;
        const auto py = runProbeScript(u"python3.12"_s, python, m_dir.filePath(u"shape-py"_s), &error);
        QVERIFY2(py, qPrintable(error));
        const auto js = runProbeScript(u"nodejs20.x"_s, node, m_dir.filePath(u"shape-js"_s), &error);
        QVERIFY2(js, qPrintable(error));
        QStringList pyShape = shape(*py, 2);
        QStringList jsShape = shape(*js, 2);
        // Facts one platform has and the other cannot tell: CPython's
        // sched_getaffinity and Node's os.availableParallelism are both there;
        // a user absent from /etc/passwd has no passwdHome on either.
        pyShape.sort();
        jsShape.sort();
        QCOMPARE(jsShape, pyShape);
        QCOMPARE(js->value(u"language"_s).toString(), u"nodejs"_s);
        QCOMPARE(js->value(u"runtime"_s)[u"implementation"_s].toString(), u"Node.js"_s);
        // Both observed the same machine, so the facts agree.
        for (const char *key : { "architecture", "kernel", "os", "hostname", "cwd" })
            QCOMPARE(js->value(QLatin1StringView(key)), py->value(QLatin1StringView(key)));
        QCOMPARE(js->value(u"user"_s)[u"uid"_s].toInt(), py->value(u"user"_s)[u"uid"_s].toInt());
        QCOMPARE(js->value(u"memory"_s)[u"limitBytes"_s], py->value(u"memory"_s)[u"limitBytes"_s]);
        QCOMPARE(js->value(u"rlimits"_s)[u"nofile"_s], py->value(u"rlimits"_s)[u"nofile"_s]);
        QCOMPARE(js->value(u"tmp"_s)[u"totalBytes"_s], py->value(u"tmp"_s)[u"totalBytes"_s]);
        const QJsonArray pyPaths = py->value(u"paths"_s).toArray();
        const QJsonArray jsPaths = js->value(u"paths"_s).toArray();
        QCOMPARE(jsPaths.size(), pyPaths.size());
        for (qsizetype i = 0; i < pyPaths.size(); ++i) {
            QCOMPARE(jsPaths.at(i)[u"path"_s], pyPaths.at(i)[u"path"_s]);
            QCOMPARE(jsPaths.at(i)[u"writable"_s], pyPaths.at(i)[u"writable"_s]);
            QCOMPARE(jsPaths.at(i)[u"mount"_s], pyPaths.at(i)[u"mount"_s]);
        }
    }

    void parseNamesWhatIsWrong()
    {
        QString error;
        QVERIFY(!PortabilityProbe::parse("Task timed out after 3.00 seconds", &error));
        QVERIFY2(error.contains(u"not JSON"_s), qPrintable(error));
        QVERIFY(!PortabilityProbe::parse("{\"statusCode\": 200}", &error));
        QVERIFY2(error.contains(u"not a portability probe's"_s), qPrintable(error));
        QVERIFY(!PortabilityProbe::parse("[1]", &error));
        QVERIFY2(error.contains(u"not an object"_s), qPrintable(error));
    }

    void stagingCopiesTheCodeAndAddsTheProbe()
    {
        const QString code = m_dir.filePath(u"stage-src"_s);
        writeFile(code + u"/app.py"_s, "def handler(e, c):\n    return 1\n");
        writeFile(code + u"/lib/util.py"_s, "X = 1\n");
        QString error;
        const auto staged = PortabilityProbe::stage(function(code), m_dir.filePath(u"stage-out"_s), &error);
        QVERIFY2(staged, qPrintable(error));
        QCOMPARE(staged->handler, u"bullpen_probe.handler"_s);
        QCOMPARE(staged->runtime, u"python3.12"_s);
        QCOMPARE(staged->environment.value(u"GREETING"_s), u"hi"_s);
        QVERIFY(QFile::exists(staged->codeDirectory + u"/app.py"_s));
        QVERIFY(QFile::exists(staged->codeDirectory + u"/lib/util.py"_s));
        QVERIFY(QFile::exists(staged->codeDirectory + u"/bullpen_probe.py"_s));
        QVERIFY(!QFile::exists(code + u"/bullpen_probe.py"_s)); // the user's folder is untouched

        writeFile(code + u"/bullpen_probe.py"_s, "# the user's own\n");
        QVERIFY(!PortabilityProbe::stage(function(code), m_dir.filePath(u"stage-out2"_s), &error));
        QVERIFY2(error.contains(u"has a file named bullpen_probe.py"_s), qPrintable(error));

        FunctionConfig node = function(code);
        node.runtime = u"nodejs20.x"_s;
        const auto nodeStaged = PortabilityProbe::stage(node, m_dir.filePath(u"stage-out3"_s), &error);
        QVERIFY2(nodeStaged, qPrintable(error));
        QCOMPARE(nodeStaged->handler, u"bullpen_probe.handler"_s);
        QVERIFY(QFile::exists(nodeStaged->codeDirectory + u"/bullpen_probe.mjs"_s));
        FunctionConfig custom = function(code);
        custom.runtime = u"provided.al2023"_s;
        QVERIFY(!PortabilityProbe::stage(custom, m_dir.filePath(u"stage-out5"_s), &error));
        QVERIFY2(error.contains(u"no portability probe for the runtime provided.al2023"_s), qPrintable(error));
        FunctionConfig image = function(code);
        image.image.contextDirectory = code;
        QVERIFY(!PortabilityProbe::stage(image, m_dir.filePath(u"stage-out4"_s), &error));
        QVERIFY2(error.contains(u"container image function"_s), qPrintable(error));
    }

    void codeReferencesFindNamesAndPaths()
    {
        const QString code = m_dir.filePath(u"refs"_s);
        writeFile(code + u"/app.py"_s,
                  "import os\n"
                  "KIND = os.environ['AWS_LAMBDA_INITIALIZATION_TYPE']\n"
                  "OTHER = os.environ.get('AWS_LAMBDA_INITIALIZATION_TYPES')\n"
                  "def handler(e, c):\n"
                  "    open('/var/task/state.json', 'w').write('{}')\n"
                  "    open('/var/tasks/x', 'w')\n");
        writeFile(code + u"/node_modules/dep/index.js"_s, "process.env.AWS_LAMBDA_INITIALIZATION_TYPE\n");
        writeFile(code + u"/README.md"_s, "/var/task and AWS_LAMBDA_INITIALIZATION_TYPE\n");
        const CodeReferences refs(code);
        QCOMPARE(refs.filesScanned(), 1);
        QCOMPARE(refs.find(u"AWS_LAMBDA_INITIALIZATION_TYPE"_s), QStringList { u"app.py:2"_s });
        QCOMPARE(refs.find(u"/var/task"_s), QStringList { u"app.py:5"_s });
        QVERIFY(refs.find(u"AWS_REGION"_s).isEmpty());
    }

    void differencesCarryTheirEvidence()
    {
        const QString code = m_dir.filePath(u"diff-src"_s);
        writeFile(code + u"/app.py"_s,
                  "import os\n"
                  "def handler(e, c):\n"
                  "    open('/var/task/state.json', 'w').write(os.environ['AWS_LAMBDA_INITIALIZATION_TYPE'])\n");
        const CodeReferences refs(code);
        const PortabilityReport report = comparePortability(function(code), place(u"local pool"_s, sandboxProbe()),
                                                            place(u"docker"_s, dockerProbe()), &refs);

        const PortabilityItem *task = report.item(u"path:/var/task"_s);
        QVERIFY(task);
        QCOMPARE(task->verdict, PortabilityVerdict::Differs);
        QCOMPARE(task->sandbox, u"read-only (EROFS)"_s);
        QCOMPARE(task->target, u"writable"_s);
        QVERIFY2(task->sandboxEvidence.contains(u"Read-only file system"_s), qPrintable(task->sandboxEvidence));
        QVERIFY2(task->targetEvidence.contains(u"created and removed"_s), qPrintable(task->targetEvidence));
        QVERIFY2(task->consequence.contains(u"succeed on docker and fail on Lambda"_s), qPrintable(task->consequence));
        QCOMPARE(task->usedAt, QStringList { u"app.py:3"_s });

        const PortabilityItem *init = report.item(u"env:AWS_LAMBDA_INITIALIZATION_TYPE"_s);
        QVERIFY(init);
        QCOMPARE(init->verdict, PortabilityVerdict::Differs);
        QCOMPARE(init->sandbox, u"on-demand"_s);
        QCOMPARE(init->target, u"missing"_s);
        QCOMPARE(init->usedAt, QStringList { u"app.py:3"_s });

        // The two the code names come first.
        QStringList firstTwo { report.items.at(0).id, report.items.at(1).id };
        firstTwo.sort();
        QCOMPARE(firstTwo, (QStringList { u"env:AWS_LAMBDA_INITIALIZATION_TYPE"_s, u"path:/var/task"_s }));
        QCOMPARE(report.breakingCount(), 2);

        QCOMPARE(report.item(u"user"_s)->verdict, PortabilityVerdict::Differs);
        QCOMPARE(report.item(u"rootfs"_s)->verdict, PortabilityVerdict::Differs);
        QCOMPARE(report.item(u"context:memory_limit_in_mb"_s)->verdict, PortabilityVerdict::Differs);
        QCOMPARE(report.item(u"timeout"_s)->verdict, PortabilityVerdict::Differs);
        // The sandbox cannot see its cgroup; the target shows none where Lambda enforces 128 MB.
        QCOMPARE(report.item(u"memory"_s)->sandbox, u"not visible inside"_s);
        QCOMPARE(report.item(u"memory"_s)->target, u"no limit"_s);
        QCOMPARE(report.item(u"memory"_s)->verdict, PortabilityVerdict::Differs);
        // Same where they agree; a per-environment value counts only by presence.
        QCOMPARE(report.item(u"path:/tmp"_s)->verdict, PortabilityVerdict::Same);
        QCOMPARE(report.item(u"env:GREETING"_s)->verdict, PortabilityVerdict::Same);
        QCOMPARE(report.item(u"env:AWS_LAMBDA_LOG_STREAM_NAME"_s)->verdict, PortabilityVerdict::Same);
        QCOMPARE(report.item(u"timezone"_s)->verdict, PortabilityVerdict::Same);
        const PortabilityItem *others = report.item(u"env:others"_s);
        QVERIFY(others->sandbox.contains(u"AWS_SAM_LOCAL"_s));
        QVERIFY(others->target.contains(u"HOSTNAME"_s));
        // The limits only Lambda enforces are documented, not probed.
        QCOMPARE(report.itemsWith(PortabilityVerdict::LambdaOnly).size(), qsizetype(4));
        QVERIFY(report.item(u"lambda:payload"_s)->lambda.contains(u"6,291,456"_s));
    }

    void identicalPlacesDifferInNothing()
    {
        const PortabilityReport report = comparePortability(function(), place(u"local pool"_s, sandboxProbe()),
                                                            place(u"again"_s, sandboxProbe()), nullptr);
        QVERIFY(report.itemsWith(PortabilityVerdict::Differs).isEmpty());
        QCOMPARE(report.breakingCount(), 0);
    }

    void aTargetNotProbedSaysSoForEveryProbedItem()
    {
        ProbePlace lambda {
            u"aws"_s, u"AWS Lambda"_s, false, u"Bullpen did not deploy what runs on aws (AWS Lambda)"_s, {}
        };
        const PortabilityReport report
            = comparePortability(function(), place(u"local pool"_s, sandboxProbe()), lambda, nullptr);
        QVERIFY(report.itemsWith(PortabilityVerdict::Differs).isEmpty());
        for (const PortabilityItem &item : report.items) {
            if (item.category == u"Lambda only")
                QCOMPARE(item.verdict, PortabilityVerdict::LambdaOnly);
            else {
                QCOMPARE(item.verdict, PortabilityVerdict::NotProbed);
                QCOMPARE(item.target, u"not probed"_s);
                QVERIFY(item.targetEvidence.contains(u"did not deploy"_s));
            }
        }
        QVERIFY(report.toMarkdown().contains(u"aws was not probed: Bullpen did not deploy"_s));
    }

    void renderingsAgree()
    {
        const QString code = m_dir.filePath(u"render-src"_s);
        writeFile(code + u"/app.py"_s,
                  "import os\n"
                  "def handler(e, c):\n"
                  "    open('/var/task/state.json', 'w').write(os.environ['AWS_LAMBDA_INITIALIZATION_TYPE'])\n");
        const CodeReferences refs(code);
        QJsonObject target = dockerProbe();
        QJsonObject env = target.value(u"environment"_s).toObject();
        env.insert(u"GREETING"_s, u"a|b <c>"_s); // a pipe for Markdown, markup for HTML
        target.insert(u"environment"_s, env);
        const PortabilityReport report = comparePortability(function(code), place(u"local pool"_s, sandboxProbe()),
                                                            place(u"docker"_s, target), &refs);
        const QString md = report.toMarkdown();
        QVERIFY(md.startsWith(
            u"# Portability of Hello (python3.12, 128 MB): local pool and docker (Docker container)\n"_s));
        QVERIFY(md.contains(u"\n## Differences\n"_s));
        QVERIFY(md.contains(u"| Item | AWS Lambda | Local pool | docker | Used at |"_s));
        QVERIFY2(
            md.contains(
                u"| /var/task writable | read-only: only /tmp is writable | read-only (EROFS) | writable | app.py:3 |"_s),
            qPrintable(md));
        QVERIFY(md.contains(u"a\\|b <c>"_s));
        QVERIFY(md.contains(u"\n### /var/task writable\n"_s));
        QVERIFY(md.contains(u"\n## Limits only Lambda enforces\n"_s));
        QVERIFY(md.contains(u"\n## The same in both\n"_s));
        QVERIFY(md.indexOf(u"## Differences"_s) < md.indexOf(u"## The same in both"_s));

        const QString html = report.toHtml();
        QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(html.contains(u"a|b &lt;c&gt;"_s));
        QVERIFY(!html.contains(u"<c>"_s));
        QVERIFY(html.contains(u"<tr class=\"differs\"><td>/var/task writable</td>"_s));

        const QJsonObject json = report.toJson();
        QCOMPARE(json.value(u"function"_s).toString(), u"Hello"_s);
        QCOMPARE(json.value(u"breaking"_s).toInt(), 2);
        QVERIFY(json.value(u"target"_s).toObject().value(u"probe"_s).toObject().contains(u"environment"_s));
        bool found = false;
        for (const QJsonValue &v : json.value(u"items"_s).toArray()) {
            if (v.toObject().value(u"id"_s) == u"path:/var/task"_s) {
                found = true;
                QCOMPARE(v.toObject().value(u"verdict"_s).toString(), u"differs"_s);
            }
        }
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(TestPortabilityReport)
#include "tst_portabilityreport.moc"
