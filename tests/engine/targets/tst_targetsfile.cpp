// SPDX-License-Identifier: MIT
// bullpen-targets.yaml read and written (every kind, round trip, each fault
// named by its line), and what the targets read out of an Invoke API answer:
// REPORT lines, the emulator's error documents and timeouts, refusals.
#include "engine/targets/invokeanswer.h"
#include "engine/targets/target.h"
#include "engine/targets/targetimages.h"
#include "engine/targets/targetsfile.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Bullpen;
using namespace Qt::StringLiterals;

class TestTargetsFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryKind()
    {
        const QByteArray yaml = "targets:\n"
                                "  local:\n"
                                "    kind: local\n"
                                "    backend: runc\n"
                                "  docker: {kind: docker, port: 9100}\n"
                                "  swarm:\n"
                                "    kind: swarm\n"
                                "    replicas: 3\n"
                                "    dockerHost: unix:///run/docker.sock\n"
                                "  ec2:\n"
                                "    kind: endpoint\n"
                                "    url: http://10.0.0.7:8080\n"
                                "    sign: yes\n"
                                "    profile: dev\n"
                                "    functions: {Hello: Hello}\n"
                                "  aws:\n"
                                "    kind: lambda\n"
                                "    region: eu-west-1\n"
                                "    qualifier: live\n"
                                "    timeout: 60\n"
                                "    functions:\n"
                                "      Hello: arn:aws:lambda:eu-west-1:123456789012:function:hello\n";
        ProjectError error;
        const auto file = TargetsFile::parse(yaml, u"bullpen-targets.yaml"_s, &error);
        QVERIFY2(file, qPrintable(error.toString()));
        const QList<TargetSpec> targets = file->targets();
        QCOMPARE(targets.size(), 5);
        QCOMPARE(targets.at(0).name, u"local"_s);
        QCOMPARE(targets.at(0).backend, u"runc"_s);
        QCOMPARE(targets.at(0).line, 2);
        QCOMPARE(targets.at(1).kind, TargetKind::DockerContainer);
        QCOMPARE(targets.at(1).port, 9100);
        QCOMPARE(targets.at(2).kind, TargetKind::SwarmService);
        QCOMPARE(targets.at(2).replicas, 3);
        QCOMPARE(targets.at(2).dockerHost, u"/run/docker.sock"_s);
        QCOMPARE(targets.at(3).kind, TargetKind::Endpoint);
        QCOMPARE(targets.at(3).url, QUrl(u"http://10.0.0.7:8080"_s));
        QVERIFY(targets.at(3).sign);
        QCOMPARE(targets.at(3).profile, u"dev"_s);
        QCOMPARE(targets.at(4).kind, TargetKind::AwsLambda);
        QCOMPARE(targets.at(4).qualifier, u"live"_s);
        QCOMPARE(targets.at(4).timeoutMs, 60000);

        FunctionConfig hello;
        hello.logicalId = u"Hello"_s;
        hello.functionName = u"hello-fn"_s;
        FunctionConfig other;
        other.logicalId = u"Other"_s;
        other.functionName = u"other-fn"_s;
        QCOMPARE(targets.at(4).functionNameFor(hello), u"arn:aws:lambda:eu-west-1:123456789012:function:hello"_s);
        QCOMPARE(targets.at(4).functionNameFor(other), u"other-fn"_s); // the template's FunctionName
        QCOMPARE(targets.at(3).functionNameFor(hello), u"Hello"_s);
        QCOMPARE(targets.at(3).functionNameFor(other), u"function"_s); // the emulator's one name

        // Written and read back: the same targets (the lines aside).
        const auto again = TargetsFile::parse(file->toYaml(), u"again.yaml"_s, &error);
        QVERIFY2(again, qPrintable(error.toString() + u"\n"_s + QString::fromUtf8(file->toYaml())));
        QCOMPARE(again->targets().size(), targets.size());
        for (qsizetype i = 0; i < targets.size(); ++i) {
            TargetSpec expected = targets.at(i);
            TargetSpec actual = again->targets().at(i);
            expected.line = actual.line = 0;
            QCOMPARE(actual, expected);
        }
    }

    void savesAndLoadsBesideTheTemplate()
    {
        QTemporaryDir dir;
        const QString templatePath = dir.filePath(u"template.yaml"_s);
        ProjectError error;
        // No file: the local pool alone.
        const auto defaults = TargetsFile::load(templatePath, &error);
        QVERIFY(defaults);
        QCOMPARE(defaults->targets().size(), 1);
        QCOMPARE(defaults->targets().constFirst().kind, TargetKind::LocalPool);

        TargetsFile file = *defaults;
        TargetSpec swarm;
        swarm.name = u"swarm"_s;
        swarm.kind = TargetKind::SwarmService;
        swarm.replicas = 3;
        QString why;
        QVERIFY(file.setTarget(swarm, &why));
        TargetSpec broken;
        broken.name = u"ec2"_s;
        broken.kind = TargetKind::Endpoint; // no URL
        QVERIFY(!file.setTarget(broken, &why));
        QVERIFY2(why.contains(u"url"_s), qPrintable(why));
        QVERIFY(file.save(templatePath, &error));
        QCOMPARE(TargetsFile::pathFor(templatePath), dir.filePath(u"bullpen-targets.yaml"_s));
        const auto loaded = TargetsFile::load(templatePath, &error);
        QVERIFY2(loaded, qPrintable(error.toString()));
        QCOMPARE(loaded->targets().size(), 2);
        QCOMPARE(loaded->target(u"swarm"_s)->replicas, 3);
        QVERIFY(file.removeTarget(u"swarm"_s));
        QVERIFY(!file.target(u"swarm"_s));
    }

    void namesTheLineOfEachFault_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("words");
        QTest::newRow("syntax") << QByteArray("targets:\n  docker:\n    kind: docker\n   port: [1\n") << 4
                                << u"YAML syntax error"_s;
        QTest::newRow("unknown kind") << QByteArray("targets:\n  a:\n    kind: kubernetes\n") << 3
                                      << u"unknown kind 'kubernetes'"_s;
        QTest::newRow("no kind") << QByteArray("targets:\n  a:\n    port: 1\n") << 2 << u"has no kind"_s;
        QTest::newRow("key of another kind") << QByteArray("targets:\n  d:\n    kind: docker\n    replicas: 2\n") << 4
                                             << u"'replicas' is not a setting of a docker target"_s;
        QTest::newRow("replicas zero") << QByteArray("targets:\n  s:\n    kind: swarm\n    replicas: 0\n") << 4
                                       << u"from 1 to 100"_s;
        QTest::newRow("port text") << QByteArray("targets:\n  d:\n    kind: docker\n    port: eighty\n") << 4
                                   << u"'port' takes a whole number"_s;
        QTest::newRow("bad url") << QByteArray("targets:\n\n  e:\n    kind: endpoint\n    url: ftp://x\n") << 5
                                 << u"not an http or https URL"_s;
        QTest::newRow("endpoint without url")
            << QByteArray("targets:\n  e:\n    kind: endpoint\n") << 2 << u"needs a url"_s;
        QTest::newRow("duplicate") << QByteArray("targets:\n  a: {kind: local}\n  a: {kind: docker}\n") << 3
                                   << u"used twice"_s;
        QTest::newRow("bad name") << QByteArray("targets:\n  'my target': {kind: local}\n") << 2
                                  << u"not a usable target name"_s;
        QTest::newRow("top level") << QByteArray("target:\n  a: {kind: local}\n") << 1 << u"unknown key 'target'"_s;
        QTest::newRow("sign not bool") << QByteArray("targets:\n  e:\n    kind: endpoint\n    url: http://h\n"
                                                     "    sign: maybe\n")
                                       << 5 << u"true or false"_s;
    }

    void namesTheLineOfEachFault()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(int, line);
        QFETCH(QString, words);
        ProjectError error;
        const auto file = TargetsFile::parse(yaml, u"/p/bullpen-targets.yaml"_s, &error);
        QVERIFY(!file);
        QVERIFY2(error.message.contains(words), qPrintable(error.toString()));
        QCOMPARE(error.line, line);
        QCOMPARE(error.file, u"/p/bullpen-targets.yaml"_s);
    }

    void readsReportLines()
    {
        TargetCallResult cold;
        QVERIFY(cold.readReportLine(u"REPORT RequestId: 1b2c\tInit Duration: 130.49 ms\tDuration: 15.74 ms\t"
                                    "Billed Duration: 16 ms\tMemory Size: 128 MB\tMax Memory Used: 56 MB\t"_s));
        QCOMPARE(cold.requestId, QByteArray("1b2c"));
        QCOMPARE(cold.initDurationMs.value_or(-1), 130.49);
        QCOMPARE(cold.durationMs.value_or(-1), 15.74);
        QCOMPARE(cold.billedDurationMs.value_or(-1), qint64(16));
        QCOMPARE(cold.memorySizeMb.value_or(-1), 128);
        QCOMPARE(cold.maxMemoryUsedMb.value_or(-1), 56);
        QCOMPARE(cold.start, StartKind::Cold);
        TargetCallResult warm;
        QVERIFY(warm.readReportLine(u"REPORT RequestId: x Duration: 2.00 ms Billed Duration: 2 ms"_s));
        QCOMPARE(warm.start, StartKind::Warm);
        QVERIFY(!warm.initDurationMs);
        TargetCallResult none;
        QVERIFY(!none.readReportLine(u"END RequestId: x"_s));
        QCOMPARE(none.start, StartKind::Unknown);
        QVERIFY(!none.durationMs);
        const QJsonObject json = none.toJson();
        QVERIFY(json.value(u"durationMs"_s).isNull());
        QCOMPARE(json.value(u"start"_s).toString(), u"unknown"_s);
    }

    void readsInvokeAnswers()
    {
        // Lambda's function error: the header says so.
        LambdaInvokeResult lambda;
        lambda.status = 200;
        lambda.headers = { { "X-Amz-Function-Error", "Unhandled" },
                           { "x-amzn-RequestId", "req-1" },
                           { "X-Amz-Log-Result",
                             QByteArray("START RequestId: req-1\nboom\nREPORT RequestId: req-1\tDuration: 3.10 ms\t"
                                        "Billed Duration: 4 ms\tMemory Size: 128 MB\tMax Memory Used: 40 MB\t\n")
                                 .toBase64() } };
        lambda.body = R"({"errorMessage":"boom","errorType":"ValueError","stackTrace":[]})";
        TargetCallResult r;
        readInvokeAnswer(lambda, InvokeDialect::Lambda, r);
        QCOMPARE(r.status, TargetCallStatus::FunctionError);
        QCOMPARE(r.functionError, u"Unhandled"_s);
        QVERIFY(!r.functionErrorInferred);
        QCOMPARE(r.errorType, u"ValueError"_s);
        QCOMPARE(r.requestId, QByteArray("req-1"));
        QCOMPARE(r.logs.size(), 3);
        QCOMPARE(r.durationMs.value_or(-1), 3.10);
        QCOMPARE(r.start, StartKind::Warm);

        // The emulator: no header, the error document in a 200 (or 502).
        for (int status : { 200, 502 }) {
            LambdaInvokeResult emulator;
            emulator.status = status;
            emulator.body = R"({"errorMessage":"order rejected","errorType":"OrderError"})";
            TargetCallResult e;
            readInvokeAnswer(emulator, InvokeDialect::Emulator, e);
            QCOMPARE(e.status, TargetCallStatus::FunctionError);
            QVERIFY(e.functionErrorInferred);
            QCOMPARE(e.errorMessage, u"order rejected"_s);
        }
        // The same body from Lambda without the header is a response.
        LambdaInvokeResult plain;
        plain.status = 200;
        plain.body = R"({"errorMessage":"not an error","errorType":"Shape"})";
        TargetCallResult p;
        readInvokeAnswer(plain, InvokeDialect::Lambda, p);
        QCOMPARE(p.status, TargetCallStatus::Succeeded);
        // An object with more keys is a response even from the emulator.
        plain.body = R"({"errorMessage":"x","errorType":"y","ok":true})";
        readInvokeAnswer(plain, InvokeDialect::Emulator, p);
        QCOMPARE(p.status, TargetCallStatus::Succeeded);
        // The emulator's timeout.
        LambdaInvokeResult timeout;
        timeout.status = 200;
        timeout.body = "Task timed out after 1.00 seconds";
        TargetCallResult t;
        readInvokeAnswer(timeout, InvokeDialect::Emulator, t);
        QCOMPARE(t.status, TargetCallStatus::FunctionError);
        QCOMPARE(t.errorType, u"Sandbox.Timedout"_s);

        // Refused: AWS's error shape.
        LambdaInvokeResult refused;
        refused.status = 403;
        refused.headers = { { "x-amzn-ErrorType", "InvalidSignatureException:http://internal.amazon.com/coral/" } };
        refused.body = R"({"message":"The request signature we calculated does not match"})";
        TargetCallResult f;
        readInvokeAnswer(refused, InvokeDialect::Lambda, f);
        QCOMPARE(f.status, TargetCallStatus::Refused);
        QCOMPARE(f.errorType, u"InvalidSignatureException"_s);
        QVERIFY(f.message.contains(u"403"_s));

        LambdaInvokeResult unreachable;
        unreachable.networkError = u"Connection refused"_s;
        TargetCallResult n;
        readInvokeAnswer(unreachable, InvokeDialect::Lambda, n);
        QCOMPARE(n.status, TargetCallStatus::NetworkError);
        QCOMPARE(n.networkError, u"Connection refused"_s);
    }

    void generatesTheDockerfile()
    {
        FunctionConfig f;
        f.logicalId = u"Hello"_s;
        f.handler = u"app.handler"_s;
        f.memorySizeMb = 256;
        f.timeoutSeconds = 5;
        f.environment.insert(u"GREETING"_s, u"say \"hi\" for $5"_s);
        const QByteArray text = TargetImages::dockerfile(f, u"bullpen-runtime:python"_s, u"sha256:abc"_s, false);
        QVERIFY2(text.contains("FROM bullpen-runtime:python\n"), text.constData());
        QVERIFY2(text.contains("AWS_LAMBDA_FUNCTION_MEMORY_SIZE=\"256\""), text.constData());
        QVERIFY2(text.contains("ENV GREETING=\"say \\\"hi\\\" for \\$5\"\n"), text.constData());
        QVERIFY2(text.contains("COPY code/ /var/task/\n"), text.constData());
        QVERIFY2(!text.contains("COPY opt/"), text.constData());
        QVERIFY2(text.endsWith("CMD [\"app.handler\"]\n"), text.constData());
    }
};

QTEST_GUILESS_MAIN(TestTargetsFile)
#include "tst_targetsfile.moc"
