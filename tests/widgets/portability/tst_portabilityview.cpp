// SPDX-License-Identifier: MIT
// The portability report and the exports in the window: the model under
// QAbstractItemModelTester (differences tinted, the code's lines bold); Tools >
// Portability Report runs the probe for real in the local pool and in a Docker
// container target and shows the write to /var/task as a difference with its
// evidence; the report exports as Markdown and HTML; File > Export writes a
// stack file, user data and an offline Dockerfile's context for the chosen
// function. With BULLPEN_PORTABILITY_SCREENSHOT=FILE it saves the window with
// the report (docs/screenshots/portability.png).
#include "engine/portability/portabilityreport.h"
#include "tests/support/ciskip.h"
#include "tests/support/portabilityfixtures.h"
#include "widgets/mainwindow/mainwindow.h"
#include "widgets/mainwindow/portabilityfeature.h"
#include "widgets/portability/portabilitymodel.h"
#include "widgets/portability/portabilityview.h"
#include "widgets/preferences/preferences.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QMenu>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <unistd.h>

using namespace Bullpen;
using namespace Bullpen::TestSupport;
using namespace Qt::StringLiterals;

namespace {

class Window final : public MainWindow
{
protected:
    SaveChoice askToSaveChanges(const QStringList &) override { return SaveChoice::Discard; }
};

const QByteArray Template = R"(AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Resources:
  Writer:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: writer/
      Handler: app.handler
      Runtime: python3.12
      MemorySize: 256
      Timeout: 10
      Environment:
        Variables:
          GREETING: hello
)";

const QByteArray Code = R"(import json
import os


def handler(event, context):
    # Remember the last event beside the code (works in a plain container only).
    with open("/var/task/last-event.json", "w") as f:
        json.dump(event, f)
    return {"kind": os.environ["AWS_LAMBDA_INITIALIZATION_TYPE"]}
)";

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestPortabilityView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_project;
    QString m_backend = u"oci"_s;

    void write(const QString &relative, const QByteArray &text)
    {
        const QString path = m_project + u'/' + relative;
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"BullpenTest"_s);
        QCoreApplication::setApplicationName(u"tst_portabilityview"_s);
        QSettings().clear();
        Preferences preferences;
        preferences.backend = m_backend;
        preferences.save();
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(u"writer-project"_s);
        write(u"template.yaml"_s, Template);
        write(u"writer/app.py"_s, Code);
        write(u"bullpen-targets.yaml"_s, "targets:\n  local: {kind: local}\n  docker: {kind: docker}\n");
    }

    void modelShowsAReport()
    {
        PortabilityModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        FunctionConfig f;
        f.logicalId = u"Hello"_s;
        f.runtime = u"python3.12"_s;
        f.codeDirectory = m_project + u"/writer"_s;
        const CodeReferences *none = nullptr;
        const PortabilityReport report
            = comparePortability(f, { u"local pool"_s, u"Local pool"_s, true, {}, sandboxProbe() },
                                 { u"docker"_s, u"Docker container"_s, true, {}, dockerProbe() }, none);
        model.setReport(report);
        QCOMPARE(model.rowCount(), int(report.items.size()));
        QCOMPARE(model.headerData(PortabilityModel::TargetColumn, Qt::Horizontal).toString(), u"docker"_s);
        const int row = model.rowOf(u"path:/var/task"_s);
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, PortabilityModel::VerdictColumn).data().toString(), u"differs"_s);
        QCOMPARE(model.index(row, PortabilityModel::SandboxColumn).data().toString(), u"read-only (EROFS)"_s);
        QVERIFY(model.index(row, 0).data(Qt::BackgroundRole).isValid());
        QVERIFY(
            model.index(row, PortabilityModel::TargetColumn).data(Qt::ToolTipRole).toString().contains(u"created"_s));
        QVERIFY(model.index(row, 0).data(PortabilityModel::EvidenceRole).toString().contains(u"What changes"_s));
        const int same = model.rowOf(u"path:/tmp"_s);
        QVERIFY(!model.index(same, 0).data(Qt::BackgroundRole).isValid());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void reportAndExportsInTheWindow()
    {
        if (QStandardPaths::findExecutable(u"docker"_s).isEmpty())
            BULLPEN_SKIP_UNLESS_CI(u"the docker command is not installed"_s);
        Window window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(window.openProject(m_project));
        window.selectFunction(u"Writer"_s);
        auto *feature = window.panel<PortabilityFeature>();
        QVERIFY(feature);
        // The actions are in the menus, where a user finds them.
        QVERIFY(window.findChild<QMenu *>(u"exportMenu"_s));
        QVERIFY(feature->exportMenu()->actions().size() == 4);
        for (QAction *action : feature->exportMenu()->actions())
            QVERIFY2(action->isEnabled(), qPrintable(action->text()));
        feature->reportAction()->trigger();
        PortabilityView *view = feature->view();
        QVERIFY(view->isVisible());
        QCOMPARE(view->targetChooser()->currentData().toString(), u"docker"_s); // not the local pool against itself

        QSignalSpy finished(view, &PortabilityView::finished);
        QSignalSpy failed(view, &PortabilityView::failed);
        QVERIFY(view->run());
        QVERIFY(!view->run()); // one at a time
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 900000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        const PortabilityReport report = finished.first().first().value<PortabilityReport>();
        const PortabilityItem *task = report.item(u"path:/var/task"_s);
        QVERIFY(task);
        QCOMPARE(task->verdict, PortabilityVerdict::Differs);
        QVERIFY(task->usedAt.contains(u"app.py:7"_s));
        // The first row is a difference the code names, and its evidence is shown below.
        QCOMPARE(view->model()->index(0, 0).data(PortabilityModel::VerdictRole).toInt(),
                 int(PortabilityVerdict::Differs));
        QVERIFY2(view->detailsText().contains(u"Local pool:"_s), qPrintable(view->detailsText()));
        view->table()->setCurrentIndex(view->model()->index(view->model()->rowOf(u"path:/var/task"_s), 0));
        QVERIFY2(view->detailsText().contains(u"EROFS"_s), qPrintable(view->detailsText()));

        // The local pool's column shows the limits it enforces, read by its probe
        // in its own cgroup (root: runc mounts it), not "not visible".
        const int memory = view->model()->rowOf(u"memory"_s);
        QVERIFY(memory >= 0);
        if (geteuid() == 0)
            QCOMPARE(view->model()->index(memory, PortabilityModel::SandboxColumn).data().toString(), u"256 MB"_s);

        if (qEnvironmentVariableIsSet("BULLPEN_PORTABILITY_SCREENSHOT")) {
            // The CPU limit: a real difference, with the local pool's evidence below.
            const QModelIndex cpu = view->model()->index(view->model()->rowOf(u"cpu"_s), 0);
            view->table()->setCurrentIndex(cpu);
            view->table()->scrollTo(cpu, QAbstractItemView::PositionAtCenter);
            QTest::qWait(200);
            QVERIFY(window.grab().save(qEnvironmentVariable("BULLPEN_PORTABILITY_SCREENSHOT")));
        }

        QString error;
        const QString md = m_dir.filePath(u"report.md"_s);
        QVERIFY2(view->exportReport(md, u"markdown"_s, &error), qPrintable(error));
        QVERIFY(readAll(md).contains(u"### /var/task writable"_s));
        const QString html = m_dir.filePath(u"report.html"_s);
        QVERIFY2(view->exportReport(html, u"html"_s, &error), qPrintable(error));
        QVERIFY(readAll(html).contains(u"<tr class=\"differs\"><td>/var/task writable</td>"_s));

        // File > Export for the chosen function.
        QSignalSpy exported(feature, &PortabilityFeature::exported);
        const QString stack = m_dir.filePath(u"stack.yaml"_s);
        feature->exportTo(PortabilityFeature::ExportKind::SwarmStack, stack);
        QTRY_COMPARE(exported.size(), 1);
        QCOMPARE(exported.last().at(1).toString(), QString());
        QVERIFY(readAll(stack).contains(u"          memory: 256M\n"_s));
        const QString userData = m_dir.filePath(u"user-data.yaml"_s);
        feature->exportTo(PortabilityFeature::ExportKind::Ec2UserData, userData);
        QTRY_COMPARE(exported.size(), 2);
        QVERIFY(readAll(userData).startsWith(u"#cloud-config\n"_s));
        const QString context = m_dir.filePath(u"context"_s);
        feature->exportTo(PortabilityFeature::ExportKind::DockerfileOffline, context);
        QTRY_COMPARE(exported.size(), 3);
        QCOMPARE(exported.last().at(1).toString(), QString());
        QVERIFY(readAll(context + u"/Dockerfile"_s).contains(u"bullpen-test-runtime:python"_s));
        // A folder with files in it is refused, and the window says so.
        feature->exportTo(PortabilityFeature::ExportKind::DockerfileOfficial, context);
        QTRY_COMPARE(exported.size(), 4);
        QVERIFY(exported.last().at(1).toString().contains(u"not empty"_s));
        QVERIFY(window.lastError().contains(u"not empty"_s));
    }

    void cleanupTestCase()
    {
        if (QStandardPaths::findExecutable(u"docker"_s).isEmpty())
            return;
        QProcess images;
        images.start(u"docker"_s, { u"images"_s, u"--format"_s, u"{{.Repository}}:{{.Tag}}"_s });
        images.waitForFinished(60000);
        for (const QString &image :
             QString::fromUtf8(images.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts)) {
            if (image.contains(u"writerbullpenprobe"_s))
                QProcess::execute(u"docker"_s, { u"rmi"_s, u"--force"_s, image });
        }
    }
};

QTEST_MAIN(TestPortabilityView)
#include "tst_portabilityview.moc"
