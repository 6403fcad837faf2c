// SPDX-License-Identifier: MIT
#include "engine/project/lambdalimits.h"
#include "engine/project/project.h"
#include "engine/project/projectsamples.h"
#include "widgets/project/environmentmodel.h"
#include "widgets/project/functionsettingspanel.h"
#include "widgets/project/projectview.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QFile>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Bullpen;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Comments in every position an editor could disturb: above a resource, at the
// end of a line being edited, between properties, and in another resource.
const QByteArray Template = R"(AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31

# Shared by every function.
Globals:
  Function:
    Timeout: 3      # seconds
    MemorySize: 128
    Environment:
      Variables:
        STAGE: dev

Resources:
  # The one we edit.
  HelloWorldFunction:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: hello_world/
      Handler: app.lambda_handler   # module.function
      Runtime: python3.12
      # keep me
      Environment:
        Variables:
          GREETING: hello world
  Table:  # untouched
    Type: AWS::DynamoDB::Table
    Properties:
      TableName: !Sub "${AWS::StackName}-table"
)";

} // namespace

class tst_FunctionSettingsPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    QString m_templatePath;

    QLabel *visibleMessage(FunctionSettingsPanel &panel, const QString &containing)
    {
        const QList<QLabel *> labels = panel.findChildren<QLabel *>();
        for (QLabel *label : labels)
            if (label->isVisible() && label->text().contains(containing))
                return label;
        return nullptr;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString folder = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/hello_world")));
        QFile file(folder + QStringLiteral("/template.yaml"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(Template);
        file.close();
        QFile code(folder + QStringLiteral("/hello_world/app.py"));
        QVERIFY(code.open(QIODevice::WriteOnly));
        code.write("def lambda_handler(event, context):\n    return {}\n");
        code.close();
        ProjectError error;
        m_project.reset(Project::open(folder, &error));
        QVERIFY2(m_project, qPrintable(error.toString()));
        m_templatePath = m_project->templatePath();
    }

    void cleanup() { m_project.reset(); }

    void showsTheFunction()
    {
        FunctionSettingsPanel panel;
        panel.setProject(m_project.get());
        panel.show();
        QCOMPARE(panel.function(), QStringLiteral("HelloWorldFunction"));
        QCOMPARE(panel.handlerEdit()->text(), QStringLiteral("app.lambda_handler"));
        QCOMPARE(panel.memorySpinBox()->value(), 128);
        QCOMPARE(panel.memorySpinBox()->minimum(), 128);
        QCOMPARE(panel.memorySpinBox()->maximum(), 10240);
        QCOMPARE(panel.timeoutSpinBox()->maximum(), 900);
        QCOMPARE(panel.timeoutSpinBox()->suffix(), QStringLiteral(" s"));
        QVERIFY(visibleMessage(panel, QStringLiteral("from Globals")));
        EnvironmentModel *environment = panel.environmentModel();
        QCOMPARE(environment->rowCount(), 2);
        QCOMPARE(environment->index(0, 0).data().toString(), QStringLiteral("GREETING"));
        QCOMPARE(environment->index(1, 0).data().toString(), QStringLiteral("STAGE"));
        QVERIFY(environment->index(1, 0).data(EnvironmentModel::FromGlobalsRole).toBool());
        QVERIFY(!environment->removeVariable(1)); // SAM merges Globals' variables: no removing them
        QVERIFY(!panel.applyButton()->isEnabled());
        QVERIFY(!panel.isModified());

        panel.setFunction(QStringLiteral("Table"));
        QVERIFY(!panel.handlerEdit()->isVisible());
    }

    void applyWritesTheTemplate()
    {
        FunctionSettingsPanel panel;
        QAbstractItemModelTester tester(panel.environmentModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.setProject(m_project.get());
        panel.show();
        QSignalSpy applied(&panel, &FunctionSettingsPanel::applied);

        panel.memorySpinBox()->setValue(512);
        panel.timeoutSpinBox()->setValue(30);
        panel.handlerEdit()->selectAll();
        QTest::keyClicks(panel.handlerEdit(), QStringLiteral("app.handler"));
        QVERIFY(visibleMessage(panel, QStringLiteral("overrides Globals (128 MB)")));
        EnvironmentModel *environment = panel.environmentModel();
        const QModelIndex added = environment->addVariable();
        QVERIFY(!panel.applyButton()->isEnabled()); // a row without a name
        QVERIFY(environment->setData(added, QStringLiteral("TABLE_NAME")));
        QVERIFY(environment->setData(added.siblingAtColumn(1), QStringLiteral("hello-table")));
        QVERIFY(environment->setData(environment->index(0, 1), QStringLiteral("hi")));
        QVERIFY(panel.isModified());
        QVERIFY(panel.applyButton()->isEnabled());

        QTest::mouseClick(panel.applyButton(), Qt::LeftButton);
        QCOMPARE(applied.size(), 1);
        QVERIFY2(panel.lastError().isEmpty(), qPrintable(panel.lastError()));
        const auto function = m_project->function(QStringLiteral("HelloWorldFunction"));
        QCOMPARE(function->memorySizeMb, 512);
        QCOMPARE(function->timeoutSeconds, 30);
        QCOMPARE(function->handler, QStringLiteral("app.handler"));
        QCOMPARE(function->environment,
                 (QMap<QString, QString> { { QStringLiteral("GREETING"), QStringLiteral("hi") },
                                           { QStringLiteral("STAGE"), QStringLiteral("dev") },
                                           { QStringLiteral("TABLE_NAME"), QStringLiteral("hello-table") } }));

        // Everything not edited is still there, byte for byte.
        const QByteArray text = readAll(m_templatePath);
        QVERIFY(text.startsWith(Template.left(Template.indexOf("Resources:"))));
        QVERIFY(text.contains("Handler: app.handler   # module.function\n"));
        QVERIFY(text.contains("  # The one we edit.\n  HelloWorldFunction:\n"));
        QVERIFY(text.contains("      # keep me\n"));
        QVERIFY(text.endsWith(Template.mid(Template.indexOf("  Table:  # untouched"))));
        QVERIFY(!panel.isModified());
        QVERIFY(!panel.applyButton()->isEnabled());
        QVERIFY(visibleMessage(panel, QStringLiteral("Saved to template.yaml")));
    }

    void invalidMemoryIsRefused()
    {
        FunctionSettingsPanel panel;
        panel.setProject(m_project.get());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QByteArray before = readAll(m_templatePath);

        QSpinBox *memory = panel.memorySpinBox();
        memory->setFocus();
        memory->selectAll();
        QTest::keyClicks(memory, QStringLiteral("100"));
        QString expected;
        QVERIFY(!LambdaLimits::validateMemorySize(100, &expected));
        QVERIFY(visibleMessage(panel, expected));
        QCOMPARE(panel.validationError(), expected);
        QVERIFY(!panel.applyButton()->isEnabled());
        QVERIFY(!panel.apply());
        QVERIFY(panel.lastError().contains(expected));
        QCOMPARE(readAll(m_templatePath), before);

        // Finishing the number clears the message.
        QTest::keyClicks(memory, QStringLiteral("0"));
        QCOMPARE(panel.validationError(), QString());
        QVERIFY(panel.applyButton()->isEnabled());
        QVERIFY(panel.apply());
        QCOMPARE(m_project->function(QStringLiteral("HelloWorldFunction"))->memorySizeMb, 1000);
    }

    void badEnvironmentIsRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        QTest::newRow("reserved") << QStringLiteral("AWS_REGION") << QStringLiteral("reserved by Lambda");
        QTest::newRow("reserved-underscore") << QStringLiteral("_HANDLER") << QStringLiteral("reserved by Lambda");
        QTest::newRow("digit") << QStringLiteral("1ABC") << QStringLiteral("must start with a letter");
        QTest::newRow("dash") << QStringLiteral("MY-VAR") << QStringLiteral("must start with a letter");
        QTest::newRow("twice") << QStringLiteral("GREETING") << QStringLiteral("set twice");
    }

    void badEnvironmentIsRefused()
    {
        QFETCH(QString, name);
        QFETCH(QString, message);
        FunctionSettingsPanel panel;
        QAbstractItemModelTester tester(panel.environmentModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.setProject(m_project.get());
        panel.show();
        const QByteArray before = readAll(m_templatePath);
        EnvironmentModel *environment = panel.environmentModel();
        QVERIFY(environment->setData(environment->addVariable(), name));
        QVERIFY(visibleMessage(panel, message));
        QVERIFY(!environment->index(2, 0).data(EnvironmentModel::ErrorRole).toString().isEmpty());
        QVERIFY(!panel.applyButton()->isEnabled());
        QVERIFY(!panel.apply());
        QVERIFY(visibleMessage(panel, QStringLiteral("Not saved")));
        QCOMPARE(readAll(m_templatePath), before);

        QVERIFY(environment->removeVariable(2));
        QVERIFY(panel.validationError().isEmpty());
        QVERIFY(!panel.isModified());
    }

    void revertAndExternalChanges()
    {
        FunctionSettingsPanel panel;
        panel.setProject(m_project.get());
        panel.show();
        panel.memorySpinBox()->setValue(2048);
        QVERIFY(panel.isModified());
        QTest::mouseClick(panel.revertButton(), Qt::LeftButton);
        QCOMPARE(panel.memorySpinBox()->value(), 128);
        QVERIFY(!panel.isModified());

        // An unmodified panel follows the file; a modified one keeps the user's values.
        QByteArray text = readAll(m_templatePath);
        QFile file(m_templatePath);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text.replace("    Timeout: 3 ", "    Timeout: 7 "));
        file.close();
        QTRY_COMPARE(panel.timeoutSpinBox()->value(), 7);
        panel.timeoutSpinBox()->setValue(11);
        QSignalSpy changed(m_project.get(), &Project::templateChanged);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text.replace("    MemorySize: 128", "    MemorySize: 256"));
        file.close();
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(panel.timeoutSpinBox()->value(), 11);
        QVERIFY(visibleMessage(panel, QStringLiteral("changed on disk")));
    }

    // Lambda's concurrency controls and the warm-up settings: shown, checked
    // as typed with Lambda's rules, used at once (settingsEdited, the modified
    // marker, editedFunction / runSettings), and written on Save: the
    // template's properties in place, keep-alive and keep-warm in the Bullpen
    // project file.
    void concurrencyAndWarmUpSettings()
    {
        FunctionSettingsPanel panel;
        panel.setProject(m_project.get());
        panel.show();
        const QString id = QStringLiteral("HelloWorldFunction");
        QCOMPARE(panel.reservedSpinBox()->value(), -1);
        QCOMPARE(panel.reservedSpinBox()->text(), QStringLiteral("Unreserved"));
        QCOMPARE(panel.provisionedSpinBox()->value(), 0);
        QVERIFY(panel.aliasEdit()->text().isEmpty());
        QCOMPARE(panel.keepAliveSpinBox()->value(), 45);
        QVERIFY(!panel.keepWarmCheckBox()->isChecked());
        QVERIFY(!panel.keepWarmRateEdit()->isEnabled());
        QVERIFY(!panel.isModified());
        panel.setSettingsEditedDelay(0);
        QSignalSpy edited(&panel, &FunctionSettingsPanel::settingsEdited);
        QTRY_COMPARE(edited.size(), 1); // as loaded
        edited.clear();

        // Provisioned concurrency without an alias: Lambda never provisions $LATEST.
        panel.provisionedSpinBox()->setValue(2);
        QVERIFY(visibleMessage(panel, QStringLiteral("never $LATEST")));
        QVERIFY(!panel.applyButton()->isEnabled());
        QCoreApplication::processEvents();
        QVERIFY(edited.isEmpty()); // nothing invalid goes to the engine
        QString why;
        QVERIFY(!panel.editedFunction(id, &why));
        QVERIFY(why.contains(QStringLiteral("AutoPublishAlias")));
        QTest::keyClicks(panel.aliasEdit(), QStringLiteral("1"));
        QVERIFY(visibleMessage(panel, QStringLiteral("is not an alias name")));
        panel.aliasEdit()->clear();
        QTest::keyClicks(panel.aliasEdit(), QStringLiteral("live"));
        QVERIFY(!visibleMessage(panel, QStringLiteral("not an alias name")));
        QVERIFY(!visibleMessage(panel, QStringLiteral("never $LATEST")));
        QTRY_COMPARE(edited.size(), 1); // the typing settled once
        QCOMPARE(edited.last().at(0).toString(), id);
        // More provisioned than reserved.
        panel.reservedSpinBox()->setValue(1);
        QVERIFY(visibleMessage(panel, QStringLiteral("cannot exceed the reserved concurrency (1)")));
        panel.reservedSpinBox()->setValue(5);
        QVERIFY(panel.validationError().isEmpty());
        QTRY_COMPARE(edited.size(), 2);

        // Keep-warm takes an EventBridge rate.
        panel.keepWarmCheckBox()->setChecked(true);
        QVERIFY(panel.keepWarmRateEdit()->isEnabled());
        panel.keepWarmRateEdit()->clear();
        QTest::keyClicks(panel.keepWarmRateEdit(), QStringLiteral("cron(0 12 * * ? *)"));
        QVERIFY(visibleMessage(panel, QStringLiteral("keep-warm takes a rate")));
        panel.keepWarmRateEdit()->clear();
        QTest::keyClicks(panel.keepWarmRateEdit(), QStringLiteral("rate(5 parsecs)"));
        QVERIFY(visibleMessage(panel, QStringLiteral("Keep-warm rate:")));
        panel.keepWarmRateEdit()->clear();
        QTest::keyClicks(panel.keepWarmRateEdit(), QStringLiteral("rate(2 minutes)"));
        QVERIFY(panel.validationError().isEmpty());
        panel.keepAliveSpinBox()->setValue(10);

        // In use before Save, with the marker.
        QVERIFY(panel.isModified());
        QVERIFY(panel.modifiedMarker()->isVisible());
        const auto function = panel.editedFunction(id);
        QVERIFY(function);
        QCOMPARE(function->reservedConcurrentExecutions, 5);
        QCOMPARE(function->provisionedConcurrentExecutions, 2);
        QCOMPARE(function->autoPublishAlias, QStringLiteral("live"));
        const FunctionRunSettings run = panel.runSettings(id);
        QCOMPARE(run.keepAliveMs, qint64(10) * 60 * 1000);
        QVERIFY(run.keepWarm);
        QCOMPARE(run.keepWarmRate, QStringLiteral("rate(2 minutes)"));
        QTRY_VERIFY(edited.size() >= 3);

        QSignalSpy applied(&panel, &FunctionSettingsPanel::applied);
        QVERIFY2(panel.apply(), qPrintable(panel.lastError()));
        QCOMPARE(applied.size(), 1);
        QVERIFY(!panel.isModified());
        QVERIFY(visibleMessage(panel, QStringLiteral("Saved to template.yaml and bullpen-project.json")));
        const auto saved = m_project->function(id);
        QCOMPARE(saved->reservedConcurrentExecutions, 5);
        QCOMPARE(saved->provisionedConcurrentExecutions, 2);
        QCOMPARE(saved->autoPublishAlias, QStringLiteral("live"));
        const QByteArray text = readAll(m_templatePath);
        QVERIFY2(text.contains("      ReservedConcurrentExecutions: 5\n"), text.constData());
        QVERIFY2(text.contains("      ProvisionedConcurrencyConfig:\n        ProvisionedConcurrentExecutions: 2\n"),
                 text.constData());
        QVERIFY(text.contains("      AutoPublishAlias: live\n"));
        QVERIFY(text.contains("      # keep me\n"));
        ProjectError error;
        const auto settings = ProjectSettings::load(m_templatePath, &error);
        QVERIFY2(settings, qPrintable(error.toString()));
        QCOMPARE(settings->function(id), run);
        const QJsonObject file = QJsonDocument::fromJson(readAll(ProjectSettings::pathFor(m_templatePath))).object();
        QCOMPARE(file.value(QStringLiteral("functions"))
                     .toObject()
                     .value(id)
                     .toObject()
                     .value(QStringLiteral("keepAliveSeconds")),
                 QJsonValue(600));

        // Shown again as saved; "Unreserved" stays on offer (it removes the reservation).
        FunctionSettingsPanel again;
        again.setProject(m_project.get());
        again.show();
        QCOMPARE(again.reservedSpinBox()->value(), 5);
        QCOMPARE(again.reservedSpinBox()->minimum(), -1);
        QCOMPARE(again.provisionedSpinBox()->value(), 2);
        QCOMPARE(again.keepAliveSpinBox()->value(), 10);
        QVERIFY(again.keepWarmCheckBox()->isChecked());
        QCOMPARE(again.keepWarmRateEdit()->text(), QStringLiteral("rate(2 minutes)"));
        QVERIFY(!again.isModified());
        again.aliasEdit()->selectAll();
        QTest::keyClick(again.aliasEdit(), Qt::Key_Backspace);
        QVERIFY(again.aliasEdit()->text().isEmpty());
        // Provisioned instances still need the alias.
        QVERIFY(visibleMessage(again, QStringLiteral("never $LATEST")));
        QVERIFY(!again.applyButton()->isEnabled());
        again.revert();
        QVERIFY(!again.isModified());

        // Only the project file changes when only keep-alive does.
        const QByteArray before = readAll(m_templatePath);
        again.keepAliveSpinBox()->setValue(0);
        QCOMPARE(again.keepAliveSpinBox()->text(), QStringLiteral("Stop after each invocation"));
        QVERIFY(again.apply());
        QCOMPARE(readAll(m_templatePath), before);
        QCOMPARE(ProjectSettings::load(m_templatePath, &error)->function(id).keepAliveMs, qint64(0));
    }

    void removingConcurrencySettings()
    {
        const QString id = QStringLiteral("HelloWorldFunction");
        FunctionEdit set;
        set.reservedConcurrentExecutions = 4;
        set.autoPublishAlias = QStringLiteral("live");
        set.provisionedConcurrentExecutions = 2;
        ProjectError error;
        QVERIFY2(m_project->applyEdit(id, set, &error), qPrintable(error.toString()));
        const QByteArray written = readAll(m_templatePath);
        QVERIFY(written.contains("ReservedConcurrentExecutions: 4"));
        QVERIFY(written.contains("ProvisionedConcurrencyConfig:"));

        FunctionSettingsPanel panel;
        panel.setProject(m_project.get());
        panel.show();
        QCOMPARE(panel.reservedSpinBox()->value(), 4);
        QCOMPARE(panel.provisionedSpinBox()->value(), 2);
        QCOMPARE(panel.aliasEdit()->text(), QStringLiteral("live"));
        panel.setSettingsEditedDelay(0);
        QSignalSpy edited(&panel, &FunctionSettingsPanel::settingsEdited);
        QTRY_COMPARE(edited.size(), 1); // as loaded
        edited.clear();

        // Back to none, as a user does it: the lowest value of each box, an empty alias.
        panel.reservedSpinBox()->setValue(panel.reservedSpinBox()->minimum());
        QCOMPARE(panel.reservedSpinBox()->text(), QStringLiteral("Unreserved"));
        panel.provisionedSpinBox()->setValue(0);
        panel.aliasEdit()->selectAll();
        QTest::keyClick(panel.aliasEdit(), Qt::Key_Backspace);
        QVERIFY2(panel.validationError().isEmpty(), qPrintable(panel.validationError()));
        QVERIFY(panel.applyButton()->isEnabled());
        // Applied on change, before Save, as the other settings are.
        QTRY_VERIFY(!edited.isEmpty());
        QCOMPARE(edited.last().at(0).toString(), id);
        const auto function = panel.editedFunction(id);
        QVERIFY(function);
        QCOMPARE(function->reservedConcurrentExecutions, -1);
        QCOMPARE(function->provisionedConcurrentExecutions, 0);
        QVERIFY(function->autoPublishAlias.isEmpty());

        QVERIFY2(panel.apply(), qPrintable(panel.lastError()));
        QVERIFY(!panel.isModified());
        const QByteArray text = readAll(m_templatePath);
        QVERIFY2(!text.contains("ReservedConcurrentExecutions"), text.constData());
        QVERIFY2(!text.contains("ProvisionedConcurrencyConfig"), text.constData());
        QVERIFY2(!text.contains("AutoPublishAlias"), text.constData());
        QCOMPARE(text, Template); // the very text it was before the values were written
        const auto saved = m_project->function(id);
        QVERIFY(saved);
        QCOMPARE(saved->reservedConcurrentExecutions, -1);
        QCOMPARE(saved->provisionedConcurrentExecutions, 0);
        QVERIFY(saved->autoPublishAlias.isEmpty());
        QCOMPARE(panel.reservedSpinBox()->value(), -1);
        QCOMPARE(panel.provisionedSpinBox()->value(), 0);
    }

    // The template's Schedule events: one toggle each, off until turned on,
    // applied on change with the marker, saved to the project file only.
    void scheduleToggles()
    {
        QByteArray withSchedules = Template;
        withSchedules.replace("          GREETING: hello world\n", R"(          GREETING: hello world
      Events:
        Nightly:
          Type: Schedule
          Properties:
            Schedule: cron(0 2 * * ? *)
        Often:
          Type: ScheduleV2
          Properties:
            ScheduleExpression: rate(5 minutes)
        Paused:
          Type: Schedule
          Properties:
            Schedule: rate(1 hour)
            Enabled: false
        Broken:
          Type: Schedule
          Properties:
            Schedule: rate(5 parsecs)
)");
        {
            QFile file(m_templatePath);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(withSchedules);
        }
        ProjectError error;
        QVERIFY2(m_project->reload(&error), qPrintable(error.toString()));
        const QString id = QStringLiteral("HelloWorldFunction");
        QCOMPARE(m_project->function(id)->schedules.size(), 4);

        FunctionSettingsPanel panel;
        panel.setProject(m_project.get());
        panel.show();
        const QList<QCheckBox *> boxes = panel.scheduleCheckBoxes();
        QCOMPARE(boxes.size(), 4);
        QCOMPARE(boxes.at(0)->objectName(), QStringLiteral("schedule:Nightly"));
        QVERIFY(boxes.at(0)->text().contains(QStringLiteral("cron(0 2 * * ? *)")));
        QCOMPARE(boxes.at(1)->objectName(), QStringLiteral("schedule:Often"));
        for (const QCheckBox *box : boxes)
            QVERIFY2(!box->isChecked(), qPrintable(box->objectName())); // off until the user turns it on
        QVERIFY(boxes.at(0)->isEnabled());
        QVERIFY(!boxes.at(2)->isEnabled()); // the template disables it
        QVERIFY(!panel.isModified());
        panel.setSettingsEditedDelay(0);
        QSignalSpy edited(&panel, &FunctionSettingsPanel::settingsEdited);
        QTRY_COMPARE(edited.size(), 1); // as loaded
        edited.clear();

        // Turned on: in use at once (the window applies it to the engine), marked modified.
        boxes.at(1)->setChecked(true);
        QVERIFY(panel.isModified());
        QVERIFY(panel.modifiedMarker()->isVisible());
        QCOMPARE(panel.runSettings(id).enabledSchedules, QStringList { QStringLiteral("Often") });
        QTRY_COMPARE(edited.size(), 1);
        QCOMPARE(edited.last().at(0).toString(), id);
        // Off again: nothing left to save, and the engine hears of it.
        boxes.at(1)->setChecked(false);
        QVERIFY(!panel.isModified());
        QTRY_COMPARE(edited.size(), 2);
        QVERIFY(panel.runSettings(id).enabledSchedules.isEmpty());

        // One Bullpen cannot fire says why and goes nowhere.
        boxes.at(3)->setChecked(true);
        QVERIFY(visibleMessage(panel, QStringLiteral("Schedule Broken:")));
        QVERIFY(!panel.applyButton()->isEnabled());
        boxes.at(3)->setChecked(false);
        QVERIFY(panel.validationError().isEmpty());

        boxes.at(0)->setChecked(true);
        boxes.at(1)->setChecked(true);
        const QByteArray before = readAll(m_templatePath);
        QVERIFY2(panel.apply(), qPrintable(panel.lastError()));
        QVERIFY(!panel.isModified());
        QCOMPARE(readAll(m_templatePath), before); // the project file's, not the template's
        const auto settings = ProjectSettings::load(m_templatePath, &error);
        QVERIFY2(settings, qPrintable(error.toString()));
        QCOMPARE(settings->function(id).enabledSchedules,
                 (QStringList { QStringLiteral("Nightly"), QStringLiteral("Often") }));

        FunctionSettingsPanel again;
        again.setProject(m_project.get());
        QCOMPARE(again.scheduleCheckBoxes().size(), 4);
        QVERIFY(again.scheduleCheckBoxes().at(0)->isChecked());
        QVERIFY(again.scheduleCheckBoxes().at(1)->isChecked());
        QVERIFY(!again.scheduleCheckBoxes().at(2)->isChecked());
        again.scheduleCheckBoxes().at(0)->setChecked(false);
        QVERIFY(again.isModified());
        QCOMPARE(again.runSettings(id).enabledSchedules, QStringList { QStringLiteral("Often") });
        again.revert();
        QVERIFY(!again.isModified());
        QVERIFY(again.scheduleCheckBoxes().at(0)->isChecked());
    }

    // SnapStart for every call, $LATEST too (teaching): a run setting, off by
    // default, applied on change with the marker, saved to the project file
    // only. The hint says what the template's SnapStart does: the alias (as
    // typed) restores, $LATEST does not; without an alias nothing does.
    void snapStartAlwaysToggle()
    {
        QByteArray withSnapStart = Template;
        withSnapStart.replace("      # keep me\n",
                              "      SnapStart:\n        ApplyOn: PublishedVersions\n      # keep me\n");
        {
            QFile file(m_templatePath);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(withSnapStart);
        }
        ProjectError error;
        QVERIFY2(m_project->reload(&error), qPrintable(error.toString()));
        const QString id = QStringLiteral("HelloWorldFunction");
        QVERIFY(m_project->function(id)->snapStart);

        FunctionSettingsPanel panel;
        panel.setProject(m_project.get());
        panel.show();
        QCheckBox *box = panel.snapStartAlwaysCheckBox();
        QVERIFY(!box->isChecked()); // off by default
        QVERIFY(box->text().contains(QStringLiteral("$LATEST")));
        QVERIFY(box->toolTip().contains(QStringLiteral("published versions")));
        QVERIFY(panel.snapStartHint()->isVisible());
        QVERIFY2(panel.snapStartHint()->text().contains(QStringLiteral("this function has none")),
                 qPrintable(panel.snapStartHint()->text()));
        QTest::keyClicks(panel.aliasEdit(), QStringLiteral("live"));
        QVERIFY2(panel.snapStartHint()->text().contains(QStringLiteral("alias live (version 1)")),
                 qPrintable(panel.snapStartHint()->text()));
        panel.revert(); // no alias again
        QVERIFY(!panel.isModified());

        panel.setSettingsEditedDelay(0);
        QSignalSpy edited(&panel, &FunctionSettingsPanel::settingsEdited);
        QTRY_COMPARE(edited.size(), 1); // as loaded
        edited.clear();
        box->setChecked(true);
        QVERIFY(panel.isModified());
        QVERIFY(panel.modifiedMarker()->isVisible());
        QVERIFY(panel.runSettings(id).snapStartAlways);
        QVERIFY(panel.snapStartHint()->text().contains(QStringLiteral("$LATEST included")));
        QTRY_COMPARE(edited.size(), 1); // the window applies it to the engine at once

        const QByteArray before = readAll(m_templatePath);
        QVERIFY2(panel.apply(), qPrintable(panel.lastError()));
        QVERIFY(!panel.isModified());
        QCOMPARE(readAll(m_templatePath), before); // the project file's, not the template's
        const QJsonObject file = QJsonDocument::fromJson(readAll(ProjectSettings::pathFor(m_templatePath))).object();
        QCOMPARE(file.value(u"functions").toObject().value(id).toObject().value(u"snapStartAlways"), QJsonValue(true));

        FunctionSettingsPanel again;
        again.setProject(m_project.get());
        QVERIFY(again.snapStartAlwaysCheckBox()->isChecked());
        QVERIFY(again.runSettings(id).snapStartAlways);
        again.snapStartAlwaysCheckBox()->setChecked(false);
        QVERIFY(again.isModified());
        QVERIFY(!again.runSettings(id).snapStartAlways);
        again.revert();
        QVERIFY(again.snapStartAlwaysCheckBox()->isChecked());
    }

    // BULLPEN_SCREENSHOT_DIR=/some/dir: the panel beside the tree, as the window shows them.
    void screenshot()
    {
        const QString directory = qEnvironmentVariable("BULLPEN_SCREENSHOT_DIR");
        if (directory.isEmpty())
            QSKIP("set BULLPEN_SCREENSHOT_DIR to take a screenshot");
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("python-hello"));
        ProjectError error;
        QVERIFY(ProjectSamples::create(QStringLiteral("python-hello"), folder, &error));
        std::unique_ptr<Project> project(Project::open(folder, &error));
        QVERIFY(project);
        QSplitter window;
        auto *view = new ProjectView(&window);
        auto *panel = new FunctionSettingsPanel(&window);
        window.addWidget(view);
        window.addWidget(panel);
        view->setProject(project.get());
        panel->setProject(project.get());
        connect(view, &ProjectView::functionSelected, panel, &FunctionSettingsPanel::setFunction);
        window.resize(1000, 460);
        window.setSizes({ 520, 480 });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        view->treeView()->expandAll();
        QVERIFY(window.grab().save(directory + QStringLiteral("/project-and-settings.png")));
        panel->memorySpinBox()->setFocus();
        panel->memorySpinBox()->selectAll();
        QTest::keyClicks(panel->memorySpinBox(), QStringLiteral("100"));
        panel->environmentModel()->setData(panel->environmentModel()->addVariable(), QStringLiteral("AWS_REGION"));
        QVERIFY(window.grab().save(directory + QStringLiteral("/settings-errors.png")));
    }
};

QTEST_MAIN(tst_FunctionSettingsPanel)
#include "tst_functionsettingspanel.moc"
