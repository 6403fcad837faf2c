// SPDX-License-Identifier: MIT
// Editing SAM templates in place: golden outputs byte for byte (comments, order
// and quoting kept), insertions, refusals, and every result read back.
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include "engine/project/lambdalimits.h"
#include "engine/project/samtemplate.h"
#include "engine/project/samtemplateeditor.h"

using namespace Bullpen;

namespace {

QString dataPath(const QString &relative)
{
    return QStringLiteral(BULLPEN_TEST_DATA_DIR "/data/") + relative;
}

QByteArray readData(const QString &relative)
{
    QFile file(dataPath(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(relative));
    return file.readAll();
}

// Reads edited text back as the engine will, from the editor data folder.
std::optional<FunctionConfig> reread(const QByteArray &text, const QString &logicalId,
                                     const QString &folder = QStringLiteral("editor"))
{
    ProjectError error;
    const auto sam = SamTemplate::parse(text, dataPath(folder + QStringLiteral("/edited.yaml")), &error);
    if (!sam) {
        qWarning("re-read failed: %s", qPrintable(error.toString()));
        return std::nullopt;
    }
    return sam->function(logicalId);
}

// How many lines of before are missing from after (a line diff by LCS): the
// number of lines an edit rewrote or deleted.
int linesLost(const QByteArray &before, const QByteArray &after)
{
    const QList<QByteArray> a = before.split('\n');
    const QList<QByteArray> b = after.split('\n');
    QList<QList<int>> lcs(a.size() + 1, QList<int>(b.size() + 1, 0));
    for (qsizetype i = a.size() - 1; i >= 0; --i) {
        for (qsizetype j = b.size() - 1; j >= 0; --j)
            lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : qMax(lcs[i + 1][j], lcs[i][j + 1]);
    }
    return int(a.size()) - lcs[0][0];
}

using Variables = QMap<QString, QString>;

} // namespace

class TestSamTemplateEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void goldenEdits_data()
    {
        QTest::addColumn<QString>("function");
        QTest::addColumn<QString>("property"); // empty: environment
        QTest::addColumn<QString>("value");
        QTest::addColumn<Variables>("environment");
        QTest::addColumn<QString>("golden");

        QTest::newRow("memory in place") << QStringLiteral("HelloFunction") << QStringLiteral("MemorySize")
                                         << QStringLiteral("512") << Variables {}
                                         << QStringLiteral("memory.expected.yaml");
        QTest::newRow("timeout from globals is inserted")
            << QStringLiteral("HelloFunction") << QStringLiteral("Timeout") << QStringLiteral("45") << Variables {}
            << QStringLiteral("timeout.expected.yaml");
        QTest::newRow("handler keeps its quotes")
            << QStringLiteral("HelloFunction") << QStringLiteral("Handler") << QStringLiteral("app.handler_v2")
            << Variables {} << QStringLiteral("handler.expected.yaml");
        QTest::newRow("environment changed, removed, added")
            << QStringLiteral("HelloFunction") << QString() << QString()
            << Variables { { QStringLiteral("STAGE"), QStringLiteral("dev") },
                           { QStringLiteral("TABLE_NAME"), QStringLiteral("orders-v2") },
                           { QStringLiteral("FEATURE_X"), QStringLiteral("on") },
                           { QStringLiteral("NEW_FLAG"), QStringLiteral("true") },
                           { QStringLiteral("GREETING"), QStringLiteral("hello world") } }
            << QStringLiteral("environment.expected.yaml");
        QTest::newRow("environment inserted") << QStringLiteral("OtherFunction") << QString() << QString()
                                              << Variables { { QStringLiteral("STAGE"), QStringLiteral("dev") },
                                                             { QStringLiteral("MODE"), QStringLiteral("batch") } }
                                              << QStringLiteral("environment-new.expected.yaml");
    }

    void goldenEdits()
    {
        QFETCH(QString, function);
        QFETCH(QString, property);
        QFETCH(QString, value);
        QFETCH(Variables, environment);
        QFETCH(QString, golden);

        SamTemplateEditor editor(readData(QStringLiteral("editor/commented.yaml")));
        ProjectError error;
        const bool ok = property.isEmpty() ? editor.setEnvironment(function, environment, &error)
                                           : editor.setFunctionProperty(function, property, value, &error);
        QVERIFY2(ok, qPrintable(error.toString()));
        const QByteArray expected = readData(QStringLiteral("editor/") + golden);
        if (editor.text() != expected) {
            qWarning().noquote() << "got:\n" << QString::fromUtf8(editor.text());
            QFAIL("the edited text differs from the golden file");
        }

        const auto config = reread(editor.text(), function);
        QVERIFY(config);
        if (property == u"MemorySize")
            QCOMPARE(config->memorySizeMb, value.toInt());
        else if (property == u"Timeout")
            QCOMPARE(config->timeoutSeconds, value.toInt());
        else if (property == u"Handler")
            QCOMPARE(config->handler, value);
        else
            QCOMPARE(config->environment, environment);
        // The other function is untouched (it may only have moved down).
        if (function != u"OtherFunction") {
            auto before = reread(readData(QStringLiteral("editor/commented.yaml")), QStringLiteral("OtherFunction"));
            const auto after = reread(editor.text(), QStringLiteral("OtherFunction"));
            QVERIFY(before && after);
            before->line = after->line;
            QCOMPARE(*after, *before);
        }
    }

    void everyFunctionOfEveryTemplate_data()
    {
        QTest::addColumn<QString>("path");
        for (const char *path :
             { "hello/template.yaml", "globals/template.yaml", "shorttags/template.yaml", "json/template.json",
               "yml/template.yml", "lambda/template.yaml", "editor/commented.yaml" })
            QTest::newRow(path) << dataPath(QString::fromLatin1(path));
        QTest::newRow("python sample") << QStringLiteral(BULLPEN_SOURCE_DIR
                                                         "/resources/samples/python-hello/template.yaml");
        QTest::newRow("nodejs sample") << QStringLiteral(BULLPEN_SOURCE_DIR
                                                         "/resources/samples/nodejs-hello/template.yaml");
    }

    // Each setting of each function changed in turn: the result reads back with
    // exactly the new values and loses at most the one line per changed value.
    void everyFunctionOfEveryTemplate()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray original = file.readAll();
        ProjectError error;
        const auto sam = SamTemplate::parse(original, path, &error);
        QVERIFY2(sam, qPrintable(error.toString()));
        for (const FunctionConfig &before : sam->functions()) {
            SamTemplateEditor editor(original);
            const QString id = before.logicalId;
            QVERIFY2(editor.setFunctionProperty(id, QStringLiteral("MemorySize"), QStringLiteral("1536"), &error),
                     qPrintable(error.toString()));
            QVERIFY2(editor.setFunctionProperty(id, QStringLiteral("Timeout"), QStringLiteral("77"), &error),
                     qPrintable(error.toString()));
            QVERIFY2(editor.setFunctionProperty(id, QStringLiteral("Handler"), QStringLiteral("main.entry"), &error),
                     qPrintable(error.toString()));
            Variables environment = before.environment;
            environment.insert(QStringLiteral("ADDED_VAR"), QStringLiteral("it's \"quoted\": yes # not a comment"));
            QVERIFY2(editor.setEnvironment(id, environment, &error), qPrintable(error.toString()));

            const auto reparsed = SamTemplate::parse(editor.text(), path, &error);
            QVERIFY2(reparsed, qPrintable(error.toString() + u'\n' + QString::fromUtf8(editor.text())));
            auto after = reparsed->function(id);
            QVERIFY(after);
            FunctionConfig expected = before;
            expected.memorySizeMb = 1536;
            expected.timeoutSeconds = 77;
            expected.handler = QStringLiteral("main.entry");
            expected.environment = environment;
            expected.line = after->line;
            // Edits above a layer's resource move it down; its content stays.
            for (qsizetype n = 0; n < expected.layerVersions.size() && n < after->layerVersions.size(); ++n)
                expected.layerVersions[n].line = after->layerVersions.at(n).line;
            QCOMPARE(*after, expected);
            // YAML: the three changed values. JSON also adds commas to two neighbours.
            const int allowed = path.endsWith(u".json") ? 5 : 3;
            QVERIFY2(linesLost(original, editor.text()) <= allowed, editor.text().constData());
        }
    }

    void awkwardLayouts_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("property"); // empty: environment {MODE: x}
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("output");
        const QByteArray head = "Resources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties:\n      "
                                "Handler: a.b\n      Runtime: python3.12\n";
        QTest::newRow("block-form intrinsic")
            << head + "      MemorySize:\n        Ref: Mem  # the parameter\n      Timeout: 3\n"
            << QStringLiteral("MemorySize") << QStringLiteral("256")
            << head + "      MemorySize: 256\n      Timeout: 3\n";
        QTest::newRow("no newline at end of file")
            << head + "      Timeout: 3" << QStringLiteral("MemorySize") << QStringLiteral("256")
            << head + "      Timeout: 3\n      MemorySize: 256\n";
        QTest::newRow("double-quoted number stays quoted")
            << head + "      Timeout: \"3\"\n"
            << QStringLiteral("Timeout") << QStringLiteral("30") << head + "      Timeout: \"30\"\n";
        QTest::newRow("handler needing quotes")
            << head << QStringLiteral("Handler") << QStringLiteral("-dash.first")
            << QByteArray("Resources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: "
                          "\"-dash.first\"\n      Runtime: python3.12\n");
        QTest::newRow("empty Environment")
            << head + "      Environment:\n      Timeout: 3\n"
            << QString() << QString()
            << head + "      Environment:\n        Variables:\n          MODE: x\n      Timeout: 3\n";
        QTest::newRow("flow Variables") << head + "      Environment:\n        Variables: {OLD: y}  # inline\n"
                                        << QString() << QString()
                                        << head
                + "      Environment:\n        Variables: {\"MODE\": \"x\"}  # inline\n";
        QTest::newRow("multi-line value removed")
            << head
                + "      Environment:\n        Variables:\n          OLD: >\n            folded\n            text\n    "
                  "      MODE: x\n"
            << QString() << QString() << head + "      Environment:\n        Variables:\n          MODE: x\n";
        QTest::newRow("tabs-free four-space file")
            << QByteArray("Resources:\n    F:\n        Type: AWS::Serverless::Function\n        Properties:\n          "
                          "  Handler: a.b\n            Runtime: python3.12\n")
            << QString() << QString()
            << QByteArray("Resources:\n    F:\n        Type: AWS::Serverless::Function\n        Properties:\n          "
                          "  Handler: a.b\n            Runtime: python3.12\n"
                          "            Environment:\n                Variables:\n                    MODE: x\n");
    }

    void awkwardLayouts()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, property);
        QFETCH(QString, value);
        QFETCH(QByteArray, output);
        SamTemplateEditor editor(input);
        ProjectError error;
        const bool ok = property.isEmpty()
            ? editor.setEnvironment(QStringLiteral("F"), { { QStringLiteral("MODE"), QStringLiteral("x") } }, &error)
            : editor.setFunctionProperty(QStringLiteral("F"), property, value, &error);
        QVERIFY2(ok, qPrintable(error.toString()));
        QCOMPARE(editor.text(), output);
    }

    void successiveEditsCompose()
    {
        SamTemplateEditor editor(readData(QStringLiteral("editor/commented.yaml")));
        ProjectError error;
        QVERIFY(editor.setFunctionProperty(QStringLiteral("HelloFunction"), QStringLiteral("MemorySize"),
                                           QStringLiteral("2048"), &error));
        QVERIFY(editor.setFunctionProperty(QStringLiteral("HelloFunction"), QStringLiteral("Timeout"),
                                           QStringLiteral("900"), &error));
        QVERIFY(editor.setFunctionProperty(QStringLiteral("HelloFunction"), QStringLiteral("Timeout"),
                                           QStringLiteral("60"), &error));
        QVERIFY(editor.setEnvironment(QStringLiteral("HelloFunction"),
                                      { { QStringLiteral("STAGE"), QStringLiteral("dev") } }, &error));
        const auto config = reread(editor.text(), QStringLiteral("HelloFunction"));
        QVERIFY(config);
        QCOMPARE(config->memorySizeMb, 2048);
        QCOMPARE(config->timeoutSeconds, 60);
        QCOMPARE(config->environment, (Variables { { QStringLiteral("STAGE"), QStringLiteral("dev") } }));
        QVERIFY(editor.text().contains("# Orders service"));
        QVERIFY(editor.text().contains("# bump when the report says so"));
        QVERIFY(!editor.text().contains("TABLE_NAME")); // the function's own Environment block went away
        QCOMPARE(editor.text().count("Timeout:"), 2); // Globals' and the override
    }

    void insertsPropertiesWhereNoneExist()
    {
        const QByteArray text
            = "Globals:\n  Function:\n    Handler: app.h\n    Runtime: python3.12\n"
              "Resources:\n  Bare:\n    Type: AWS::Serverless::Function\n    Metadata:\n      Note: x\n\n"
              "  Other:\n    Type: AWS::S3::Bucket\n";
        SamTemplateEditor editor(text);
        ProjectError error;
        QVERIFY2(editor.setFunctionProperty(QStringLiteral("Bare"), QStringLiteral("MemorySize"), QStringLiteral("256"),
                                            &error),
                 qPrintable(error.toString()));
        QCOMPARE(editor.text(),
                 QByteArray("Globals:\n  Function:\n    Handler: app.h\n    Runtime: python3.12\n"
                            "Resources:\n  Bare:\n    Type: AWS::Serverless::Function\n    Metadata:\n      Note: x\n"
                            "    Properties:\n      MemorySize: 256\n\n"
                            "  Other:\n    Type: AWS::S3::Bucket\n"));
    }

    void replacesIntrinsicsAndKeepsLineEndings()
    {
        const QByteArray text
            = "Parameters:\r\n  Mem:\r\n    Type: Number\r\n    Default: 256\r\n"
              "Resources:\r\n  F:\r\n    Type: AWS::Serverless::Function\r\n    Properties:\r\n"
              "      Handler: a.b\r\n      Runtime: python3.12\r\n      MemorySize: !Ref Mem # from the parameter\r\n";
        SamTemplateEditor editor(text);
        ProjectError error;
        QVERIFY2(editor.setFunctionProperty(QStringLiteral("F"), QStringLiteral("MemorySize"), QStringLiteral("1024"),
                                            &error),
                 qPrintable(error.toString()));
        QVERIFY(
            editor.setFunctionProperty(QStringLiteral("F"), QStringLiteral("Timeout"), QStringLiteral("5"), &error));
        QCOMPARE(
            editor.text(),
            QByteArray(
                "Parameters:\r\n  Mem:\r\n    Type: Number\r\n    Default: 256\r\n"
                "Resources:\r\n  F:\r\n    Type: AWS::Serverless::Function\r\n    Properties:\r\n"
                "      Handler: a.b\r\n      Runtime: python3.12\r\n      MemorySize: 1024 # from the parameter\r\n"
                "      Timeout: 5\r\n"));
    }

    void removesPropertiesKeepingCommentsAndOrder()
    {
        const QByteArray globals = "# Orders service\nGlobals:\n  Function:\n    Timeout: 5 # everyone\n";
        const QByteArray text = globals
            + "Resources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties:\n"
              "      Handler: a.b # the entry point\n      Runtime: python3.12\n"
              "      ReservedConcurrentExecutions: 10 # capped for the demo\n"
              "      # provisioned for the launch\n"
              "      ProvisionedConcurrencyConfig:\n        ProvisionedConcurrentExecutions: 2 # two warm\n"
              "      AutoPublishAlias: live\n      MemorySize: 256\n"
              "  Other:\n    Type: AWS::S3::Bucket\n";
        const auto before = reread(text, QStringLiteral("F"));
        QVERIFY(before);
        QCOMPARE(before->reservedConcurrentExecutions, 10);
        QCOMPARE(before->provisionedConcurrentExecutions, 2);
        QCOMPARE(before->autoPublishAlias, QStringLiteral("live"));

        SamTemplateEditor editor(text);
        ProjectError error;
        const QString id = QStringLiteral("F");
        QVERIFY2(editor.removeFunctionProperty(id, QStringLiteral("ReservedConcurrentExecutions"), &error),
                 qPrintable(error.toString()));
        // Nested: the emptied ProvisionedConcurrencyConfig goes with its only entry.
        QVERIFY2(editor.removeFunctionProperty(
                     id, QStringLiteral("ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions"), &error),
                 qPrintable(error.toString()));
        QVERIFY2(editor.removeFunctionProperty(id, QStringLiteral("AutoPublishAlias"), &error),
                 qPrintable(error.toString()));
        QCOMPARE(editor.text(),
                 globals
                     + "Resources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties:\n"
                       "      Handler: a.b # the entry point\n      Runtime: python3.12\n"
                       "      # provisioned for the launch\n"
                       "      MemorySize: 256\n"
                       "  Other:\n    Type: AWS::S3::Bucket\n");
        const auto after = reread(editor.text(), id);
        QVERIFY(after);
        QCOMPARE(after->reservedConcurrentExecutions, -1);
        QCOMPARE(after->provisionedConcurrentExecutions, 0);
        QCOMPARE(after->autoPublishAlias, QString());
        QCOMPARE(after->timeoutSeconds, 5); // Globals untouched
        QCOMPARE(after->memorySizeMb, 256);

        // Removing what is not there changes nothing and is no error.
        const QByteArray removed = editor.text();
        QVERIFY(editor.removeFunctionProperty(id, QStringLiteral("ReservedConcurrentExecutions"), &error));
        QVERIFY(editor.removeFunctionProperty(
            id, QStringLiteral("ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions"), &error));
        QVERIFY(editor.removeFunctionProperty(id, QStringLiteral("AutoPublishAlias"), &error));
        QCOMPARE(editor.text(), removed);
        // Globals' Timeout is not the function's own: nothing to remove there either.
        QVERIFY(editor.removeFunctionProperty(id, QStringLiteral("Timeout"), &error));
        QCOMPARE(editor.text(), removed);
        QVERIFY(!editor.removeFunctionProperty(QStringLiteral("Other"), QStringLiteral("AutoPublishAlias"), &error));
        QVERIFY(error.message.contains(QStringLiteral("no function named")));
    }

    void removesNestedPropertyKeepingItsSiblings()
    {
        const QByteArray text = "Resources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties:\n"
                                "      Handler: a.b\n      Runtime: python3.12\n"
                                "      ProvisionedConcurrencyConfig:\n"
                                "        # kept\n        ProvisionedConcurrentExecutions: 2\n"
                                "        Extra: x # a sibling stays\n"
                                "      AutoPublishAlias: live\n";
        SamTemplateEditor editor(text);
        ProjectError error;
        QVERIFY2(editor.removeFunctionProperty(
                     QStringLiteral("F"),
                     QStringLiteral("ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions"), &error),
                 qPrintable(error.toString()));
        QCOMPARE(editor.text(),
                 QByteArray("Resources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties:\n"
                            "      Handler: a.b\n      Runtime: python3.12\n"
                            "      ProvisionedConcurrencyConfig:\n"
                            "        # kept\n"
                            "        Extra: x # a sibling stays\n"
                            "      AutoPublishAlias: live\n"));
        const auto after = reread(editor.text(), QStringLiteral("F"));
        QVERIFY(after);
        QCOMPARE(after->provisionedConcurrentExecutions, 0);
        QCOMPARE(after->autoPublishAlias, QStringLiteral("live"));
    }

    void removesPropertiesFromFlowMaps()
    {
        const QByteArray text = "{\"Resources\": {\"F\": {\"Type\": \"AWS::Serverless::Function\", \"Properties\": "
                                "{\"Handler\": \"a.b\", \"ReservedConcurrentExecutions\": 3, "
                                "\"ProvisionedConcurrencyConfig\": {\"ProvisionedConcurrentExecutions\": 1}, "
                                "\"AutoPublishAlias\": \"live\", \"Runtime\": \"python3.12\"}}}}\n";
        SamTemplateEditor editor(text);
        ProjectError error;
        const QString id = QStringLiteral("F");
        QVERIFY2(editor.removeFunctionProperty(id, QStringLiteral("ReservedConcurrentExecutions"), &error),
                 qPrintable(error.toString()));
        QVERIFY2(editor.removeFunctionProperty(
                     id, QStringLiteral("ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions"), &error),
                 qPrintable(error.toString()));
        QCOMPARE(
            editor.text(),
            QByteArray("{\"Resources\": {\"F\": {\"Type\": \"AWS::Serverless::Function\", \"Properties\": "
                       "{\"Handler\": \"a.b\", \"AutoPublishAlias\": \"live\", \"Runtime\": \"python3.12\"}}}}\n"));
        QJsonParseError parseError;
        QJsonDocument::fromJson(editor.text(), &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
    }

    void editsJsonTemplates()
    {
        SamTemplateEditor editor(readData(QStringLiteral("json/template.json")));
        ProjectError error;
        QVERIFY2(editor.setFunctionProperty(QStringLiteral("JsonFunction"), QStringLiteral("MemorySize"),
                                            QStringLiteral("640"), &error),
                 qPrintable(error.toString()));
        QVERIFY2(editor.setFunctionProperty(QStringLiteral("JsonFunction"), QStringLiteral("Timeout"),
                                            QStringLiteral("7"), &error),
                 qPrintable(error.toString()));
        QVERIFY2(editor.setFunctionProperty(QStringLiteral("JsonFunction"), QStringLiteral("Handler"),
                                            QStringLiteral("main.run"), &error),
                 qPrintable(error.toString()));
        QVERIFY2(editor.setEnvironment(QStringLiteral("JsonFunction"),
                                       { { QStringLiteral("FROM_GLOBALS"), QStringLiteral("yes") },
                                         { QStringLiteral("STAGE"), QStringLiteral("test") },
                                         { QStringLiteral("EXTRA"), QStringLiteral("1") } },
                                       &error),
                 qPrintable(error.toString()));
        const auto config = reread(editor.text(), QStringLiteral("JsonFunction"), QStringLiteral("json"));
        QVERIFY(config);
        QCOMPARE(config->memorySizeMb, 640);
        QCOMPARE(config->timeoutSeconds, 7);
        QCOMPARE(config->handler, QStringLiteral("main.run"));
        QCOMPARE(config->environment,
                 (Variables { { QStringLiteral("FROM_GLOBALS"), QStringLiteral("yes") },
                              { QStringLiteral("STAGE"), QStringLiteral("test") },
                              { QStringLiteral("EXTRA"), QStringLiteral("1") } }));
        QVERIFY(editor.text().contains(R"("STAGE": { "Ref": "Stage" })")); // unchanged values keep their intrinsic
        // Still JSON, not just YAML.
        QJsonParseError parseError;
        QJsonDocument::fromJson(editor.text(), &parseError);
        QVERIFY2(parseError.error == QJsonParseError::NoError,
                 qPrintable(parseError.errorString() + u'\n' + QString::fromUtf8(editor.text())));
    }

    void refusesInvalidValues_data()
    {
        QTest::addColumn<QString>("property");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("memory low") << QStringLiteral("MemorySize") << QStringLiteral("127")
                                    << QStringLiteral("MemorySize 127 MB is outside");
        QTest::newRow("memory high") << QStringLiteral("MemorySize") << QStringLiteral("10241")
                                     << QStringLiteral("10240 MB");
        QTest::newRow("memory text") << QStringLiteral("MemorySize") << QStringLiteral("big")
                                     << QStringLiteral("not a whole number");
        QTest::newRow("timeout zero") << QStringLiteral("Timeout") << QStringLiteral("0")
                                      << QStringLiteral("Timeout 0 s is outside");
        QTest::newRow("timeout high") << QStringLiteral("Timeout") << QStringLiteral("901")
                                      << QStringLiteral("1 to 900 seconds");
        QTest::newRow("handler empty") << QStringLiteral("Handler") << QString()
                                       << QStringLiteral("the handler is empty");
        QTest::newRow("handler space") << QStringLiteral("Handler") << QStringLiteral("app. x")
                                       << QStringLiteral("without spaces");
        QTest::newRow("runtime") << QStringLiteral("Runtime") << QStringLiteral("java21")
                                 << QStringLiteral("not supported");
        QTest::newRow("other property") << QStringLiteral("Role") << QStringLiteral("x")
                                        << QStringLiteral("cannot change Role");
    }

    void refusesInvalidValues()
    {
        QFETCH(QString, property);
        QFETCH(QString, value);
        QFETCH(QString, message);
        const QByteArray original = readData(QStringLiteral("editor/commented.yaml"));
        SamTemplateEditor editor(original);
        ProjectError error;
        QVERIFY(!editor.setFunctionProperty(QStringLiteral("HelloFunction"), property, value, &error));
        QVERIFY2(error.message.contains(message), qPrintable(error.toString()));
        QCOMPARE(editor.text(), original);
    }

    void refusesReservedAndBadNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        for (const QString &name : LambdaLimits::reservedEnvironmentNames())
            QTest::newRow(qPrintable(name)) << name << QStringLiteral("is reserved by Lambda");
        QTest::newRow("one letter") << QStringLiteral("A") << QStringLiteral("at least 2 characters");
        QTest::newRow("digit first") << QStringLiteral("1ABC") << QStringLiteral("must start with a letter");
        QTest::newRow("dash") << QStringLiteral("MY-VAR") << QStringLiteral("must start with a letter");
    }

    void refusesReservedAndBadNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, message);
        const QByteArray original = readData(QStringLiteral("editor/commented.yaml"));
        SamTemplateEditor editor(original);
        ProjectError error;
        QVERIFY(!editor.setEnvironment(
            QStringLiteral("HelloFunction"),
            { { QStringLiteral("STAGE"), QStringLiteral("dev") }, { name, QStringLiteral("x") } }, &error));
        QVERIFY2(error.message.contains(message), qPrintable(error.toString()));
        QCOMPARE(editor.text(), original);
        QString why;
        QVERIFY(!SamTemplateEditor::validateEnvironment({ { name, QStringLiteral("x") } }, &why));
        QCOMPARE(why, error.message);
    }

    void refusesOversizedEnvironment()
    {
        QString why;
        const Variables fits { { QStringLiteral("BIG"), QString(4093, u'x') } };
        QVERIFY2(SamTemplateEditor::validateEnvironment(fits, &why), qPrintable(why));
        const Variables tooBig { { QStringLiteral("BIG"), QString(4094, u'x') } };
        QVERIFY(!SamTemplateEditor::validateEnvironment(tooBig, &why));
        QCOMPARE(
            why,
            QStringLiteral("the environment variables take 4097 bytes; Lambda allows at most 4096 bytes in total"));
    }

    void refusesRemovingGlobalVariables()
    {
        const QByteArray original = readData(QStringLiteral("editor/commented.yaml"));
        SamTemplateEditor editor(original);
        ProjectError error;
        QVERIFY(!editor.setEnvironment(QStringLiteral("OtherFunction"),
                                       { { QStringLiteral("MODE"), QStringLiteral("x") } }, &error));
        QVERIFY2(error.message.contains(QStringLiteral("STAGE comes from Globals")), qPrintable(error.toString()));
        QCOMPARE(error.line, 11); // STAGE's line in Globals
        QCOMPARE(editor.text(), original);
    }

    void refusesUnknownFunctions()
    {
        SamTemplateEditor editor(readData(QStringLiteral("editor/commented.yaml")));
        editor.setFileName(QStringLiteral("/p/template.yaml"));
        ProjectError error;
        QVERIFY(!editor.setFunctionProperty(QStringLiteral("Nope"), QStringLiteral("Timeout"), QStringLiteral("5"),
                                            &error));
        QCOMPARE(error.toString(),
                 QStringLiteral("/p/template.yaml: the template has no function named \"Nope\" "
                                "(functions in this template: HelloFunction, OtherFunction)"));
    }

    // Found by fuzzing: with a logical id written twice, the edit went to the
    // first resource while the reader ran the second, and the edit reported success.
    void refusesDuplicateLogicalIds()
    {
        const QByteArray text = "Resources:\n"
                                "  Fn:\n"
                                "    Type: AWS::Serverless::Function\n"
                                "    Properties: {Runtime: python6.12, Handler: a.b}\n"
                                "  Fn:\n"
                                "    Type: AWS::Serverless::Function\n"
                                "    Properties: {Runtime: python3.12, Handler: a.b}\n";
        SamTemplateEditor editor(text);
        ProjectError error;
        QVERIFY(
            !editor.setEnvironment(QStringLiteral("Fn"), { { QStringLiteral("STAGE"), QStringLiteral("1") } }, &error));
        QCOMPARE(error.message, QStringLiteral("the template names \"Fn\" twice under Resources"));
        QCOMPARE(error.line, 5);
        QCOMPARE(editor.text(), text);
    }

    void savesAtomically()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("template.yaml"));
        ProjectError error;
        QVERIFY2(saveTemplateText(path, "Resources: {}\n", &error), qPrintable(error.toString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("Resources: {}\n"));

        const QString impossible = dir.filePath(QStringLiteral("no/such/folder/template.yaml"));
        QVERIFY(!saveTemplateText(impossible, "x", &error));
        QCOMPARE(error.file, impossible);
        QVERIFY2(error.message.startsWith(QStringLiteral("cannot save the template: ")), qPrintable(error.toString()));
        QVERIFY(error.message.size() > QStringLiteral("cannot save the template: ").size());
    }
};

QTEST_GUILESS_MAIN(TestSamTemplateEditor)
#include "tst_samtemplateeditor.moc"
