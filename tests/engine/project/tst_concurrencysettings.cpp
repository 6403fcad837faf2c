// SPDX-License-Identifier: MIT
// Lambda's concurrency controls and schedules as a template states them, as
// the settings panel writes them back, and the Bullpen project file that keeps
// the local-only settings (keep-alive, keep-warm, enabled schedules).
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "engine/pool/snapstartuse.h"
#include "engine/project/projectsettings.h"
#include "engine/project/samtemplate.h"
#include "engine/project/samtemplateeditor.h"

using namespace Bullpen;

namespace {

const QByteArray Template = "Globals:\n"
                            "  Function:\n"
                            "    ProvisionedConcurrencyConfig:\n"
                            "      ProvisionedConcurrentExecutions: 1\n"
                            "Resources:\n"
                            "  Orders:\n"
                            "    Type: AWS::Serverless::Function\n"
                            "    Properties:\n"
                            "      Handler: app.handler  # the entry point\n"
                            "      Runtime: python3.12\n"
                            "      ReservedConcurrentExecutions: 5\n"
                            "      AutoPublishAlias: live\n"
                            "      ProvisionedConcurrencyConfig:\n"
                            "        ProvisionedConcurrentExecutions: 2\n"
                            "      Events:\n"
                            "        Nightly:\n"
                            "          Type: Schedule\n"
                            "          Properties:\n"
                            "            Schedule: cron(0 2 * * ? *)\n"
                            "            Input: '{\"job\": \"nightly\"}'\n"
                            "        Often:\n"
                            "          Type: ScheduleV2\n"
                            "          Properties:\n"
                            "            ScheduleExpression: rate(5 minutes)\n"
                            "            State: DISABLED\n"
                            "        Api:\n"
                            "          Type: Api\n"
                            "          Properties:\n"
                            "            Path: /orders\n"
                            "            Method: get\n"
                            "  Plain:\n"
                            "    Type: AWS::Serverless::Function\n"
                            "    Properties:\n"
                            "      Handler: app.handler\n"
                            "      Runtime: python3.12\n";

std::optional<FunctionConfig> read(const QByteArray &text, const QString &id, QStringList *warnings = nullptr)
{
    ProjectError error;
    const auto sam = SamTemplate::parse(text, QStringLiteral("/tmp/template.yaml"), &error);
    if (!sam)
        return std::nullopt;
    if (warnings)
        *warnings = sam->warnings();
    return sam->function(id);
}

} // namespace

class TestConcurrencySettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheControls()
    {
        QStringList warnings;
        const auto orders = read(Template, QStringLiteral("Orders"), &warnings);
        QVERIFY(orders);
        QCOMPARE(orders->reservedConcurrentExecutions, 5);
        QCOMPARE(orders->autoPublishAlias, QStringLiteral("live"));
        QCOMPARE(orders->provisionedConcurrentExecutions, 2); // its own wins over Globals
        QCOMPARE(orders->schedules.size(), 2);
        QCOMPARE(orders->schedules.at(0).name, QStringLiteral("Nightly"));
        QCOMPARE(orders->schedules.at(0).expression, QStringLiteral("cron(0 2 * * ? *)"));
        QCOMPARE(orders->schedules.at(0).input, QStringLiteral("{\"job\": \"nightly\"}"));
        QVERIFY(orders->schedules.at(0).enabled);
        QCOMPARE(orders->schedules.at(1).expression, QStringLiteral("rate(5 minutes)"));
        QVERIFY(!orders->schedules.at(1).enabled);

        // Globals' provisioned concurrency without an alias: nothing it could
        // apply to, and the user is told.
        const auto plain = read(Template, QStringLiteral("Plain"));
        QVERIFY(plain);
        QCOMPARE(plain->reservedConcurrentExecutions, -1);
        QCOMPARE(plain->provisionedConcurrentExecutions, 1);
        QVERIFY(plain->autoPublishAlias.isEmpty());
        QVERIFY(plain->schedules.isEmpty());
        QVERIFY(std::any_of(warnings.cbegin(), warnings.cend(),
                            [](const QString &w) { return w.contains(QStringLiteral("AutoPublishAlias")); }));
    }

    void negativeReservedIsAnError()
    {
        QByteArray text = Template;
        text.replace("ReservedConcurrentExecutions: 5", "ReservedConcurrentExecutions: -1");
        ProjectError error;
        const auto sam = SamTemplate::parse(text, QStringLiteral("/tmp/template.yaml"), &error);
        QVERIFY(sam);
        QVERIFY(!sam->function(QStringLiteral("Orders")));
        QVERIFY(sam->errors().constFirst().message.contains(QStringLiteral("cannot be negative")));
    }

    // SnapStart: { ApplyOn: PublishedVersions }, from the function or from Globals.
    void readsSnapStart()
    {
        QByteArray own = Template;
        own.replace("      AutoPublishAlias: live\n",
                    "      AutoPublishAlias: live\n      SnapStart:\n        ApplyOn: PublishedVersions\n");
        QVERIFY(read(own, QStringLiteral("Orders"))->snapStart);
        QVERIFY(!read(own, QStringLiteral("Plain"))->snapStart);
        QByteArray global = Template;
        global.replace("Globals:\n  Function:\n",
                       "Globals:\n  Function:\n    SnapStart:\n      ApplyOn: PublishedVersions\n");
        QVERIFY(read(global, QStringLiteral("Plain"))->snapStart);
        QByteArray off = global;
        off.replace("      AutoPublishAlias: live\n",
                    "      AutoPublishAlias: live\n      SnapStart:\n        ApplyOn: None\n");
        QVERIFY(!read(off, QStringLiteral("Orders"))->snapStart); // its own wins over Globals
        QVERIFY(read(off, QStringLiteral("Plain"))->snapStart);
    }

    // SnapStart applies to published versions, the alias and version 1, which
    // it runs: a function without AutoPublishAlias has none, and the template
    // says so (a warning; it still loads).
    void snapStartNeedsAnAlias()
    {
        QByteArray global = Template;
        global.replace("Globals:\n  Function:\n",
                       "Globals:\n  Function:\n    SnapStart:\n      ApplyOn: PublishedVersions\n");
        QStringList warnings;
        const auto plain = read(global, QStringLiteral("Plain"), &warnings);
        QVERIFY(plain && plain->snapStart);
        const QStringList snapStart = warnings.filter(QStringLiteral("SnapStart"));
        QCOMPARE(snapStart.size(), 1); // Plain's; Orders has its alias
        QVERIFY2(snapStart.constFirst().contains(QStringLiteral("Plain: SnapStart applies to published versions: "
                                                                "add AutoPublishAlias")),
                 qPrintable(snapStart.constFirst()));

        const auto orders = read(global, QStringLiteral("Orders"));
        QVERIFY(isPublishedVersion(*orders, u"live"));
        QVERIFY(isPublishedVersion(*orders, u"1"));
        QVERIFY(!isPublishedVersion(*orders, u"2"));
        QVERIFY(!isPublishedVersion(*orders, u"$LATEST"));
        QVERIFY(!isPublishedVersion(*orders, u""));
        QVERIFY(!isPublishedVersion(*plain, u"1")); // no alias, no published version
    }

    void unknownSnapStartIsAnError()
    {
        for (const QByteArray &value : { QByteArray("ApplyOn: Always"), QByteArray("Enabled: true") }) {
            QByteArray text = Template;
            const QByteArray snapStart = "      AutoPublishAlias: live\n      SnapStart:\n        " + value + '\n';
            text.replace("      AutoPublishAlias: live\n", snapStart);
            ProjectError error;
            const auto sam = SamTemplate::parse(text, QStringLiteral("/tmp/template.yaml"), &error);
            QVERIFY(sam);
            QVERIFY(!sam->function(QStringLiteral("Orders")));
            const ProjectError problem = sam->errors().constFirst();
            QVERIFY2(problem.message.contains(QStringLiteral("SnapStart")), qPrintable(problem.message));
            QVERIFY2(problem.hint.contains(QStringLiteral("PublishedVersions")), qPrintable(problem.hint));
            QVERIFY(problem.line > 0);
        }
    }

    // Written back as the other settings are: in place, comments kept.
    void editorWritesThemBack()
    {
        SamTemplateEditor editor(Template);
        ProjectError error;
        QVERIFY2(editor.setFunctionProperty(QStringLiteral("Orders"), QStringLiteral("ReservedConcurrentExecutions"),
                                            QStringLiteral("10"), &error),
                 qPrintable(error.toString()));
        QVERIFY2(editor.setProvisionedConcurrency(QStringLiteral("Orders"), 4, &error), qPrintable(error.toString()));
        QVERIFY2(editor.setFunctionProperty(QStringLiteral("Plain"), QStringLiteral("AutoPublishAlias"),
                                            QStringLiteral("prod"), &error),
                 qPrintable(error.toString()));
        QVERIFY2(editor.setFunctionProperty(QStringLiteral("Plain"), QStringLiteral("ReservedConcurrentExecutions"),
                                            QStringLiteral("0"), &error),
                 qPrintable(error.toString()));
        QVERIFY2(editor.setProvisionedConcurrency(QStringLiteral("Plain"), 3, &error), qPrintable(error.toString()));
        const QByteArray text = editor.text();
        QVERIFY(text.contains("# the entry point"));
        const auto orders = read(text, QStringLiteral("Orders"));
        QVERIFY(orders);
        QCOMPARE(orders->reservedConcurrentExecutions, 10);
        QCOMPARE(orders->provisionedConcurrentExecutions, 4);
        const auto plain = read(text, QStringLiteral("Plain"));
        QVERIFY(plain);
        QCOMPARE(plain->autoPublishAlias, QStringLiteral("prod"));
        QCOMPARE(plain->reservedConcurrentExecutions, 0);
        QCOMPARE(plain->provisionedConcurrentExecutions, 3);

        QVERIFY(!editor.setFunctionProperty(QStringLiteral("Orders"), QStringLiteral("ReservedConcurrentExecutions"),
                                            QStringLiteral("-3"), &error));
        QVERIFY(!editor.setFunctionProperty(QStringLiteral("Orders"), QStringLiteral("AutoPublishAlias"),
                                            QStringLiteral("no spaces"), &error));
        QVERIFY(!editor.setProvisionedConcurrency(QStringLiteral("Orders"), -1, &error));
        QCOMPARE(editor.text(), text);
    }

    void projectFileRoundTrip()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString templatePath = dir.filePath(QStringLiteral("template.yaml"));
        ProjectError error;
        // No file: every default (45 minutes, nothing on).
        auto settings = ProjectSettings::load(templatePath, &error);
        QVERIFY(settings);
        QCOMPARE(settings->function(QStringLiteral("Orders")).keepAliveMs, qint64(45) * 60 * 1000);
        QVERIFY(!settings->function(QStringLiteral("Orders")).keepWarm);
        QVERIFY(settings->function(QStringLiteral("Orders")).enabledSchedules.isEmpty());

        FunctionRunSettings orders;
        orders.keepAliveMs = 10 * 60 * 1000;
        orders.keepWarm = true;
        orders.keepWarmRate = QStringLiteral("rate(3 minutes)");
        orders.enabledSchedules = { QStringLiteral("Nightly") };
        orders.snapStartAlways = true;
        settings->setFunction(QStringLiteral("Orders"), orders);
        QVERIFY2(settings->save(templatePath, &error), qPrintable(error.toString()));
        QCOMPARE(ProjectSettings::pathFor(templatePath), dir.filePath(QStringLiteral("bullpen-project.json")));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("bullpen-project.json"))));
        const auto back = ProjectSettings::load(dir.path(), &error);
        QVERIFY(back);
        QCOMPARE(back->function(QStringLiteral("Orders")), orders);
        QCOMPARE(*back, *settings);
        QVERIFY(!back->function(QStringLiteral("Plain")).snapStartAlways); // off by default
        // Written only when on: the file of a function without it has no such key.
        orders.snapStartAlways = false;
        settings->setFunction(QStringLiteral("Orders"), orders);
        QVERIFY(!settings->toJson().contains("snapStartAlways"));
    }

    void brokenProjectFileSaysWhere()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("bullpen-project.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"functions\": {\"A\": {\"keepAliveSeconds\": -5}}}");
        file.close();
        ProjectError error;
        QVERIFY(!ProjectSettings::load(dir.filePath(QStringLiteral("template.yaml")), &error));
        QVERIFY(error.file.endsWith(QStringLiteral("bullpen-project.json")));
        QVERIFY(error.message.contains(QStringLiteral("negative")));
    }
};

QTEST_GUILESS_MAIN(TestConcurrencySettings)
#include "tst_concurrencysettings.moc"
