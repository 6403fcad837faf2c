// SPDX-License-Identifier: MIT
// Reading SAM templates: real-world layouts against golden expectations, every
// error with its line and hint, and the samples shipped for "File > New Project".
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "engine/project/lambdalimits.h"
#include "engine/project/samtemplate.h"

using namespace Bullpen;

namespace {

QString dataPath(const QString &relative)
{
    return QStringLiteral(BULLPEN_TEST_DATA_DIR "/data/") + relative;
}

QJsonObject toJson(const FunctionConfig &f, const QString &templateDir)
{
    QJsonObject environment;
    for (auto it = f.environment.cbegin(); it != f.environment.cend(); ++it)
        environment.insert(it.key(), it.value());
    return QJsonObject { { QStringLiteral("logicalId"), f.logicalId },
                         { QStringLiteral("functionName"), f.functionName },
                         { QStringLiteral("line"), f.line },
                         { QStringLiteral("handler"), f.handler },
                         { QStringLiteral("runtime"), f.runtime },
                         { QStringLiteral("codeUri"), f.codeUri },
                         { QStringLiteral("codeDirectory"), QDir(templateDir).relativeFilePath(f.codeDirectory) },
                         { QStringLiteral("memorySizeMb"), f.memorySizeMb },
                         { QStringLiteral("timeoutSeconds"), f.timeoutSeconds },
                         { QStringLiteral("ephemeralStorageMb"), f.ephemeralStorageMb },
                         { QStringLiteral("environment"), environment },
                         { QStringLiteral("architectures"), QJsonArray::fromStringList(f.architectures) },
                         { QStringLiteral("layers"), QJsonArray::fromStringList(f.layers) } };
}

} // namespace

class TestSamTemplate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesGoldenExpectations_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::newRow("sam init hello world")
            << dataPath(QStringLiteral("hello/template.yaml")) << dataPath(QStringLiteral("hello/expected.json"));
        QTest::newRow("globals merged") << dataPath(QStringLiteral("globals/template.yaml"))
                                        << dataPath(QStringLiteral("globals/expected.json"));
        QTest::newRow("short tags and parameters") << dataPath(QStringLiteral("shorttags/template.yaml"))
                                                   << dataPath(QStringLiteral("shorttags/expected.json"));
        QTest::newRow("json form") << dataPath(QStringLiteral("json/template.json"))
                                   << dataPath(QStringLiteral("json/expected.json"));
        QTest::newRow("json found in folder")
            << dataPath(QStringLiteral("json")) << dataPath(QStringLiteral("json/expected.json"));
        QTest::newRow("template.yml found in folder")
            << dataPath(QStringLiteral("yml")) << dataPath(QStringLiteral("yml/expected.json"));
        QTest::newRow("AWS::Lambda::Function")
            << dataPath(QStringLiteral("lambda/template.yaml")) << dataPath(QStringLiteral("lambda/expected.json"));
    }

    void matchesGoldenExpectations()
    {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        ProjectError error;
        const auto sam = SamTemplate::load(path, &error);
        QVERIFY2(sam, qPrintable(error.toString()));
        QJsonArray actual;
        for (const FunctionConfig &f : sam->functions())
            actual.append(toJson(f, sam->directory()));
        QFile golden(expected);
        QVERIFY(golden.open(QIODevice::ReadOnly));
        QJsonParseError parseError;
        const QJsonDocument want = QJsonDocument::fromJson(golden.readAll(), &parseError);
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
        QVERIFY2(QJsonDocument(actual) == want, QJsonDocument(actual).toJson().constData());
        QVERIFY(QFileInfo(sam->path()).isAbsolute());
        QVERIFY(QFileInfo(sam->path()).isFile());
        for (const FunctionConfig &f : sam->functions()) {
            QVERIFY(QFileInfo(f.codeDirectory).isAbsolute());
            QVERIFY(QFileInfo(f.codeDirectory).isDir());
            QCOMPARE(sam->function(f.logicalId), f);
        }
    }

    void unresolvableValuesBecomeWarnings()
    {
        ProjectError error;
        const auto sam = SamTemplate::load(dataPath(QStringLiteral("shorttags/template.yaml")), &error);
        QVERIFY2(sam, qPrintable(error.toString()));
        const QStringList warnings = sam->warnings();
        QCOMPARE(warnings.size(), 6); // TABLE_ARN, TABLE_NAME, BUCKET, IMPORTED, ZONE, CIDR
        QVERIFY2(warnings.contains(QStringLiteral(
                     "template.yaml:60: ApiFunction: environment variable TABLE_ARN is !GetAtt Table.Arn, "
                     "which only has a value once deployed; Bullpen passes the text \"!GetAtt Table.Arn\"")),
                 qPrintable(warnings.join(u'\n')));
        QVERIFY(sam->errors().isEmpty());
        QVERIFY(!sam->function(QStringLiteral("ApiFunction"))->environment.contains(QStringLiteral("OMITTED")));
    }

    void architecturesFromGlobalsAndResourceAreConcatenated()
    {
        // SAM prepends Globals' list; Lambda accepts one architecture, so we warn.
        const QByteArray yaml
            = "Globals:\n  Function:\n    Architectures: [x86_64]\n"
              "Resources:\n  F:\n    Type: AWS::Serverless::Function\n"
              "    Properties:\n      Handler: a.b\n      Runtime: python3.12\n      Architectures: [arm64]\n";
        ProjectError error;
        const auto sam = SamTemplate::parse(yaml, dataPath(QStringLiteral("hello/t.yaml")), &error);
        QVERIFY2(sam, qPrintable(error.toString()));
        QCOMPARE(sam->functions().constFirst().architectures,
                 (QStringList { QStringLiteral("x86_64"), QStringLiteral("arm64") }));
        QCOMPARE(sam->warnings().size(), 1);
        QVERIFY(sam->warnings().constFirst().contains(QStringLiteral("Lambda accepts one")));
    }

    void badFunctionsAreLeftOutWithTheirError()
    {
        ProjectError error;
        const auto sam = SamTemplate::load(dataPath(QStringLiteral("lambda/template.yaml")), &error);
        QVERIFY2(sam, qPrintable(error.toString()));
        QCOMPARE(sam->functions().size(), 1);
        QCOMPARE(sam->errors().size(), 1);
        QVERIFY(!sam->function(QStringLiteral("NoCodeFunction"), &error));
        QCOMPARE(error.line, 25);
        QVERIFY2(error.message.contains(QStringLiteral("inline code")), qPrintable(error.toString()));
        QVERIFY(error.hint.contains(QStringLiteral("Code: hello_world/")));

        QVERIFY(!sam->function(QStringLiteral("Nope"), &error));
        QCOMPARE(error.message, QStringLiteral("the template has no function named \"Nope\""));
        QCOMPARE(error.hint, QStringLiteral("functions in this template: PlainFunction"));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("hint");

        const QByteArray head = "Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: "
                                "AWS::Serverless::Function\n    Properties:\n";
        const QByteArray ok
            = "      CodeUri: hello_world/\n      Handler: app.lambda_handler\n      Runtime: python3.12\n";
        QTest::newRow("yaml syntax") << QByteArray("Resources:\n  Fn:\n    Type: [unclosed\n") << 4 << 1
                                     << QStringLiteral("YAML syntax error") << QStringLiteral("indentation");
        QTest::newRow("bad indentation") << QByteArray("Resources:\n  Fn:\n    Type: x\n   Bad: y\n") << 4 << 4
                                         << QStringLiteral("YAML syntax error") << QStringLiteral("indentation");
        QTest::newRow("not a map") << QByteArray("- just\n- a list\n") << 1 << 0
                                   << QStringLiteral("not a SAM or CloudFormation template")
                                   << QStringLiteral("Resources:");
        QTest::newRow("no resources") << QByteArray("Transform: AWS::Serverless-2016-10-31\nDescription: nothing\n")
                                      << 1 << 0 << QStringLiteral("the template has no Resources")
                                      << QStringLiteral("AWS::Serverless::Function");
        QTest::newRow("empty resources") << QByteArray("Description: x\nResources: {}\n") << 2 << 0
                                         << QStringLiteral("the template has no Resources")
                                         << QStringLiteral("add a Resources section");
        QTest::newRow("no functions") << QByteArray("Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n") << 1 << 0
                                      << QStringLiteral("the template defines no functions")
                                      << QStringLiteral("Type: AWS::Serverless::Function");
        QTest::newRow("unsupported runtime")
            << head + "      CodeUri: hello_world/\n      Handler: a.b\n      Runtime: java21\n"
            << 8 << 16 << QStringLiteral("Fn: runtime \"java21\" is not supported")
            << QStringLiteral("python3.9, python3.10");
        QTest::newRow("no runtime") << head + "      CodeUri: hello_world/\n      Handler: a.b\n"
                                    << 3 << 3 << QStringLiteral("Fn: the function has no Runtime")
                                    << QStringLiteral("Globals.Function");
        QTest::newRow("no handler") << head + "      CodeUri: hello_world/\n      Runtime: python3.12\n"
                                    << 3 << 3 << QStringLiteral("Fn: the function has no Handler")
                                    << QStringLiteral("Handler: app.lambda_handler");
        QTest::newRow("memory too small")
            << head + ok + "      MemorySize: 64\n"
            << 9 << 19 << QStringLiteral("Fn: MemorySize 64 MB is outside Lambda's range of 128 to 10240 MB")
            << QStringLiteral("between 128 and 10240");
        QTest::newRow("memory too large")
            << head + ok + "      MemorySize: 10241\n"
            << 9 << 19 << QStringLiteral("MemorySize 10241 MB") << QStringLiteral("MemorySize: 512");
        QTest::newRow("memory not a number") << head + ok + "      MemorySize: lots\n"
                                             << 9 << 19 << QStringLiteral("MemorySize \"lots\" is not a whole number")
                                             << QStringLiteral("MemorySize: 256");
        QTest::newRow("timeout zero") << head + ok + "      Timeout: 0\n"
                                      << 9 << 16
                                      << QStringLiteral("Fn: Timeout 0 s is outside Lambda's range of 1 to 900 seconds")
                                      << QStringLiteral("between 1 and 900");
        QTest::newRow("timeout from globals")
            << QByteArray("Globals:\n  Function:\n    Timeout: 901\n") + head + ok << 3 << 14
            << QStringLiteral("Timeout 901 s") << QStringLiteral("Timeout: 30");
        QTest::newRow("codeuri missing") << head
                + "      CodeUri: no_such_dir/\n      Handler: a.b\n      Runtime: python3.12\n"
                                         << 6 << 16
                                         << QStringLiteral("Fn: CodeUri folder \"no_such_dir/\" does not exist")
                                         << QStringLiteral("relative to the template's folder");
        QTest::newRow("codeuri s3 map")
            << head
                + "      CodeUri:\n        Bucket: my-bucket\n        Key: code.zip\n      Handler: a.b\n      "
                  "Runtime: python3.12\n"
            << 7 << 9 << QStringLiteral("Fn: CodeUri points to an S3 object ({Bucket: my-bucket, Key: code.zip})")
            << QStringLiteral("Bullpen runs local code: set CodeUri to the folder that holds the handler");
        QTest::newRow("codeuri s3 uri") << head
                + "      CodeUri: s3://bucket/code.zip\n      Handler: a.b\n      Runtime: python3.12\n"
                                        << 6 << 16
                                        << QStringLiteral("CodeUri points to an S3 object (s3://bucket/code.zip)")
                                        << QStringLiteral("local code");
        QTest::newRow("inline code") << head
                + "      InlineCode: print(1)\n      Handler: a.b\n      Runtime: python3.12\n"
                                     << 6 << 19 << QStringLiteral("inline code")
                                     << QStringLiteral("CodeUri: hello_world/");
        QTest::newRow("image") << head + "      PackageType: Image\n      ImageUri: repo/image:1\n"
                               << 6 << 20 << QStringLiteral("Fn: an image function (PackageType: Image) needs Metadata")
                               << QStringLiteral("DockerContext");
        QTest::newRow("ref without default")
            << QByteArray("Parameters:\n  Mem:\n    Type: Number\n") + head + ok + "      MemorySize: !Ref Mem\n"
            << 12 << 19 << QStringLiteral("MemorySize is !Ref Mem, which cannot be worked out without a deployment")
            << QStringLiteral("parameter that has a Default");
        QTest::newRow("empty runtime") << head + "      CodeUri: hello_world/\n      Handler: a.b\n      Runtime:\n"
                                       << 8 << 7 << QStringLiteral("Fn: Runtime has no value")
                                       << QStringLiteral("after \"Runtime:\"");
        QTest::newRow("bad architecture")
            << head + ok + "      Architectures: [sparc]\n"
            << 9 << 22 << QStringLiteral("architecture \"sparc\"") << QStringLiteral("Architectures: [arm64]");
        QTest::newRow("ephemeral storage")
            << head + ok + "      EphemeralStorage:\n        Size: 100\n"
            << 10 << 15 << QStringLiteral("EphemeralStorage 100 MB") << QStringLiteral("between 512 and 10240");
        // Layers (issue 18): the project's own, compatible, with content, at most five.
        const QByteArray layer = "  L:\n    Type: AWS::Serverless::LayerVersion\n    Properties:\n"
                                 "      ContentUri: hello_world/\n";
        QTest::newRow("layer arn not in the project")
            << head + ok + "      Layers:\n        - arn:aws:lambda:us-east-1:123456789012:layer:shared:3\n"
            << 10 << 11
            << QStringLiteral("Fn: layer arn:aws:lambda:us-east-1:123456789012:layer:shared:3 is not in the project")
            << QStringLiteral("add the layer as an AWS::Serverless::LayerVersion");
        QTest::newRow("layer arn from a parameter")
            << QByteArray(
                   "Parameters:\n  Shared:\n    Type: String\n    Default: arn:aws:lambda:eu-west-1:1:layer:x:2\n")
                + head + ok + "      Layers: [!Ref Shared]\n"
            << 13 << 16 << QStringLiteral("layer arn:aws:lambda:eu-west-1:1:layer:x:2 is not in the project")
            << QStringLiteral("!Ref <its id>");
        QTest::newRow("layer incompatible runtime")
            << head + ok + "      Layers: [!Ref L]\n" + layer + "      CompatibleRuntimes: [nodejs20.x]\n"
            << 9 << 16
            << QStringLiteral("Fn: layer L is not compatible with python3.12: its CompatibleRuntimes are nodejs20.x")
            << QStringLiteral("add python3.12 to the layer's CompatibleRuntimes");
        QTest::newRow("layer content missing")
            << head + ok + "      Layers: [!Ref L]\n" + QByteArray(layer).replace("hello_world/", "nowhere/") << 13
            << 19 << QStringLiteral("Fn: layer L: ContentUri \"nowhere/\" does not exist")
            << QStringLiteral("ContentUri: layers/common/");
        QTest::newRow("layer in s3") << head + ok + "      Layers: [!Ref L]\n"
                + "  L:\n    Type: AWS::Lambda::LayerVersion\n    Properties:\n"
                  "      Content:\n        S3Bucket: b\n        S3Key: k.zip\n"
                                     << 14 << 9 << QStringLiteral("Fn: layer L: Content points to an S3 object")
                                     << QStringLiteral("set Content to the folder (or .zip)");
        QTest::newRow("layer names no layer")
            << head + ok + "      Layers: [!Ref B]\n  B:\n    Type: AWS::S3::Bucket\n"
            << 9 << 16 << QStringLiteral("Fn: Layers names B, of type AWS::S3::Bucket, which is not a layer")
            << QStringLiteral("AWS::Serverless::LayerVersion");
        QTest::newRow("six layers") << QByteArray("Globals:\n  Function:\n    Layers: [!Ref L, !Ref L]\n") + head + ok
                + "      Layers: [!Ref L, !Ref L, !Ref L, !Ref L]\n"
                + layer << 12 << 40 << QStringLiteral("Fn: the function has 6 layers; Lambda allows at most 5")
                                    << QStringLiteral("merge layers");
    }

    void errors()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        QFETCH(QString, hint);
        ProjectError error;
        const QString path = dataPath(QStringLiteral("hello/broken.yaml"));
        QVERIFY(!SamTemplate::parse(yaml, path, &error));
        QVERIFY2(error.message.contains(message), qPrintable(error.toString()));
        QVERIFY2(error.hint.contains(hint), qPrintable(error.toString()));
        QCOMPARE(error.line, line);
        QCOMPARE(error.column, column);
        QCOMPARE(error.file, path);
        // Messages name the file as the user can open it: the full path outside the working folder.
        QVERIFY2(error.toString().startsWith(path + QStringLiteral(":%1").arg(line)), qPrintable(error.toString()));
    }

    void errorText()
    {
        const ProjectError e { QStringLiteral("/p/template.yaml"), 12, 5, QStringLiteral("message"),
                               QStringLiteral("hint") };
        QCOMPARE(e.toString(), QStringLiteral("/p/template.yaml:12:5: message (hint)"));
        const ProjectError noPlace { QStringLiteral("/p/template.yaml"), 0, 0, QStringLiteral("m"), QString() };
        QCOMPARE(noPlace.toString(), QStringLiteral("/p/template.yaml: m"));
        // Below the working folder, the path is given relative to it.
        const ProjectError below { QDir::current().filePath(QStringLiteral("sub/template.yaml")), 3, 0,
                                   QStringLiteral("m"), QString() };
        QCOMPARE(below.toString(), QStringLiteral("sub/template.yaml:3: m"));
    }

    void unreadableFile()
    {
        ProjectError error;
        QVERIFY(!SamTemplate::load(dataPath(QStringLiteral("missing/template.yaml")), &error));
        QCOMPARE(error.file, dataPath(QStringLiteral("missing/template.yaml")));
        QVERIFY2(error.message.startsWith(QStringLiteral("cannot read the template: ")), qPrintable(error.toString()));
        QVERIFY(error.message.contains(QStringLiteral("No such file")));
        QVERIFY(!error.hint.isEmpty());

        QTemporaryDir empty;
        QVERIFY(!SamTemplate::load(empty.path(), &error));
        QVERIFY(error.message.contains(QStringLiteral("no template.yaml")));
    }

    void supportedRuntimes_data()
    {
        QTest::addColumn<QString>("runtime");
        QTest::addColumn<bool>("supported");
        for (const char *r : { "python3.9", "python3.10", "python3.11", "python3.12", "python3.13", "nodejs18.x",
                               "nodejs20.x", "nodejs22.x", "provided", "provided.al2", "provided.al2023" })
            QTest::newRow(r) << QString::fromLatin1(r) << true;
        for (const char *r :
             { "python3.8", "python3.14", "nodejs16.x", "nodejs24.x", "java21", "dotnet8", "ruby3.3", "go1.x", "" })
            QTest::newRow(*r ? r : "empty") << QString::fromLatin1(r) << false;
    }

    void supportedRuntimes()
    {
        QFETCH(QString, runtime);
        QFETCH(bool, supported);
        QCOMPARE(SamTemplate::isSupportedRuntime(runtime), supported);
    }

    void samplesLoad_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("runtime");
        QTest::addColumn<QString>("handler");
        QTest::addColumn<QString>("handlerFile");
        QTest::newRow("python source") << QStringLiteral(BULLPEN_SOURCE_DIR "/resources/samples/python-hello")
                                       << QStringLiteral("python3.12") << QStringLiteral("app.lambda_handler")
                                       << QStringLiteral("app.py");
        QTest::newRow("nodejs source") << QStringLiteral(BULLPEN_SOURCE_DIR "/resources/samples/nodejs-hello")
                                       << QStringLiteral("nodejs20.x") << QStringLiteral("app.handler")
                                       << QStringLiteral("app.mjs");
        QTest::newRow("python resource") << QStringLiteral(":/samples/python-hello/template.yaml")
                                         << QStringLiteral("python3.12") << QStringLiteral("app.lambda_handler")
                                         << QStringLiteral("app.py");
        QTest::newRow("nodejs resource") << QStringLiteral(":/samples/nodejs-hello/template.yaml")
                                         << QStringLiteral("nodejs20.x") << QStringLiteral("app.handler")
                                         << QStringLiteral("app.mjs");
    }

    void samplesLoad()
    {
        QFETCH(QString, path);
        QFETCH(QString, runtime);
        QFETCH(QString, handler);
        QFETCH(QString, handlerFile);
        ProjectError error;
        const auto sam = SamTemplate::load(path, &error);
        QVERIFY2(sam, qPrintable(error.toString()));
        QVERIFY2(sam->warnings().isEmpty(), qPrintable(sam->warnings().join(u'\n')));
        const auto f = sam->function(QStringLiteral("HelloWorldFunction"));
        QVERIFY(f);
        QCOMPARE(f->runtime, runtime);
        QCOMPARE(f->handler, handler);
        QCOMPARE(f->memorySizeMb, 128);
        QCOMPARE(f->timeoutSeconds, 3);
        QVERIFY(QFileInfo(QDir(f->codeDirectory).filePath(handlerFile)).isFile());
        QFile event(QDir(sam->directory()).filePath(QStringLiteral("events/event.json")));
        QVERIFY(event.open(QIODevice::ReadOnly));
        const QJsonObject proxy = QJsonDocument::fromJson(event.readAll()).object();
        QCOMPARE(proxy.value(QStringLiteral("httpMethod")).toString(), QStringLiteral("GET"));
        QCOMPARE(proxy.value(QStringLiteral("path")).toString(), QStringLiteral("/hello"));
    }
};

QTEST_GUILESS_MAIN(TestSamTemplate)
#include "tst_samtemplate.moc"
