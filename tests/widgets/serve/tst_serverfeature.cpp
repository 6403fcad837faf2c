// SPDX-License-Identifier: MIT
// Tools > Server end to end: the window serves the python-hello sample through
// Lambda's Invoke API on its own engine; the `aws` and `curl` commands the
// panel offers are run as they are by a real shell against it, and each
// request appears in the live log; with SigV4 required (a profile of a
// credentials file), the profile's keys pass and a wrong secret is refused
// with InvalidSignatureException, shown in the log; Ctrl+Alt+L starts and
// stops it from the keyboard. With BULLPEN_SERVER_SCREENSHOT=FILE it saves a
// picture of the window with the panel (docs/screenshots/server-panel.png).
#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include "engine/invoke/invoker.h"
#include "engine/project/projectsamples.h"
#include "engine/serve/invokeapiserver.h"
#include "tests/support/ciskip.h"
#include "widgets/editor/codeeditor.h"
#include "widgets/events/eventbuilder.h"
#include "widgets/mainwindow/mainwindow.h"
#include "widgets/mainwindow/serverfeature.h"
#include "widgets/preferences/preferences.h"
#include "widgets/serve/serverrequestmodel.h"
#include "widgets/serve/serverview.h"

using namespace Bullpen;
using namespace Qt::StringLiterals;

namespace {

constexpr int InvokeTimeoutMs = 600000; // the first use of a runtime may build its image

class Window final : public MainWindow
{
protected:
    SaveChoice askToSaveChanges(const QStringList &) override { return SaveChoice::Discard; }
};

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestServerFeature : public QObject
{
    Q_OBJECT

    QString m_backend = u"oci"_s;
    QTemporaryDir m_dir;
    QString m_project;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_dir.path());
        env.insert(u"AWS_PAGER"_s, QString());
        env.insert(u"AWS_MAX_ATTEMPTS"_s, u"1"_s);
        return env;
    }

    Run shell(const QString &command, int waitMs = InvokeTimeoutMs)
    {
        QProcess sh;
        sh.setProcessEnvironment(environment());
        sh.start(u"sh"_s, { u"-c"_s, command });
        if (!sh.waitForStarted())
            return {};
        // The window's event loop must turn while the client waits for it.
        QDeadlineTimer deadline(waitMs);
        while (sh.state() != QProcess::NotRunning && !deadline.hasExpired())
            QTest::qWait(20);
        if (sh.state() != QProcess::NotRunning) {
            sh.kill();
            sh.waitForFinished();
        }
        return { sh.exitStatus() == QProcess::NormalExit ? sh.exitCode() : -1, sh.readAllStandardOutput(),
                 sh.readAllStandardError() };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"BullpenTest"_s);
        QCoreApplication::setApplicationName(u"tst_serverfeature"_s);
        if (QStandardPaths::findExecutable(u"aws"_s).isEmpty() || QStandardPaths::findExecutable(u"curl"_s).isEmpty())
            BULLPEN_SKIP_UNLESS_CI(u"the AWS CLI and curl are needed"_s);
        EngineSettings settings;
        settings.backend = m_backend;
        QString error;
        if (!Invoker::create(settings, &error)) {
            if (TestSupport::underCi())
                QFAIL(qPrintable(u"CI=true: the OCI backend must work here, but: "_s + error));
            qWarning("The OCI backend cannot run here (%s); the server is tested with the process backend",
                     qPrintable(error));
            m_backend = u"process"_s;
        }
        QSettings().clear();
        Preferences preferences;
        preferences.backend = m_backend;
        preferences.save();
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(u"hello"_s);
        ProjectError projectError;
        QVERIFY2(ProjectSamples::create(u"python-hello"_s, m_project, &projectError),
                 qPrintable(projectError.toString()));
        // The profiles SigV4 is tested with, in files of the test's own.
        QFile credentials(m_dir.filePath(u"credentials"_s));
        QVERIFY(credentials.open(QIODevice::WriteOnly));
        credentials.write("[dev]\naws_access_key_id = AKIDSERVERPANEL\naws_secret_access_key = panel-secret\n"
                          "region = us-east-1\n[wrong]\naws_access_key_id = AKIDSERVERPANEL\n"
                          "aws_secret_access_key = not-it\nregion = us-east-1\n");
        credentials.close();
        qputenv("AWS_SHARED_CREDENTIALS_FILE", m_dir.filePath(u"credentials"_s).toLocal8Bit());
        qputenv("AWS_CONFIG_FILE", m_dir.filePath(u"config"_s).toLocal8Bit());
    }

    void servesTheWindowsFunctions()
    {
        Window window;
        window.resize(1100, 720);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openProject(m_project));
        auto *feature = window.panel<ServerFeature>();
        QVERIFY(feature);
        ServerView *view = feature->view();
        view->setPort(0);
        window.eventBuilder()->editor()->setPlainText(u"{\"name\": \"Server\"}"_s);

        // Tools > Server shows the panel; Ctrl+Alt+L starts it.
        feature->showAction()->trigger();
        QTRY_VERIFY(view->isVisible());
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier | Qt::AltModifier);
        QTRY_VERIFY(feature->isRunning());
        const QString url = feature->server()->url();
        QVERIFY(url.startsWith("http://127.0.0.1:"_L1));
        QVERIFY(view->findChild<QObject *>(u"serverStatus"_s)->property("text").toString().contains(url));
        QCOMPARE(feature->startStopAction()->text(), u"Stop &Server"_s);

        // The routes: ListFunctions, and Invoke and GetFunction for the one
        // function; then API Gateway's route for the template's Api event, on
        // a port of its own.
        auto *routes = view->findChild<QTreeWidget *>(u"serverRoutes"_s);
        QVERIFY(routes);
        QCOMPARE(routes->topLevelItemCount(), 4);
        const QTreeWidgetItem *apiRoute = routes->topLevelItem(3);
        QVERIFY2(apiRoute->text(1).startsWith("http://127.0.0.1:"_L1) && !apiRoute->text(1).startsWith(url + u'/')
                     && apiRoute->text(1).endsWith("/hello"_L1),
                 qPrintable(apiRoute->text(1)));
        QCOMPARE(apiRoute->text(2), u"HelloWorldFunction"_s);

        // The aws command, as the panel offers it, in a real shell.
        const QString aws = view->awsCommand();
        QVERIFY2(aws.contains(url) && aws.contains("--function-name HelloWorldFunction"_L1)
                     && aws.contains("{\"name\": \"Server\"}"_L1),
                 qPrintable(aws));
        Run r = shell(aws);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("\"statusCode\": 200") || r.out.contains("\"statusCode\":200"), r.out.constData());
        ServerRequestModel *log = view->requests();
        QTRY_COMPARE(log->rowCount(), 1);
        QCOMPARE(log->index(0, ServerRequestModel::OperationColumn).data().toString(), u"Invoke"_s);
        QCOMPARE(log->index(0, ServerRequestModel::FunctionColumn).data().toString(), u"HelloWorldFunction"_s);
        QCOMPARE(log->index(0, ServerRequestModel::StatusColumn).data().toInt(), 200);

        // The curl command too.
        r = shell(view->curlCommand());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("statusCode"), r.out.constData());
        QTRY_COMPARE(log->rowCount(), 2);

        // Ctrl+Alt+L stops it: the port is closed.
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier | Qt::AltModifier);
        QTRY_VERIFY(!feature->isRunning());
        r = shell(u"curl -sS -X POST "_s + url + u"/2015-03-31/functions/HelloWorldFunction/invocations -d '{}'"_s,
                  60000);
        QVERIFY(r.exitCode != 0); // connection refused

        // SigV4 required with profile dev.
        feature->showAction()->trigger(); // the dock reads the profiles
        view->setProfiles({ u"dev"_s, u"wrong"_s }, u"dev"_s);
        QCOMPARE(view->credentialsProfile(), u"dev"_s);
        QVERIFY(feature->start());
        QTRY_VERIFY_WITH_TIMEOUT(feature->isRunning(), 60000); // after the (unchanged) build
        QVERIFY(view->awsCommand().contains("--profile dev"_L1));
        r = shell(view->awsCommand());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QTRY_COMPARE(log->rowCount(), 3);
        QCOMPARE(log->index(2, ServerRequestModel::StatusColumn).data().toInt(), 200);

        QString wrong = view->awsCommand();
        wrong.replace("--profile dev"_L1, "--profile wrong"_L1);
        r = shell(wrong);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("(InvalidSignatureException)"), r.err.constData());
        QTRY_COMPARE(log->rowCount(), 4);
        QCOMPARE(log->index(3, ServerRequestModel::StatusColumn).data().toInt(), 403);
        QCOMPARE(log->index(3, ServerRequestModel::ErrorColumn).data().toString(), u"InvalidSignatureException"_s);

        if (qEnvironmentVariableIsSet("BULLPEN_SERVER_SCREENSHOT")) {
            // The picture is the panel: the other docks at the bottom make room.
            auto *dock = window.findChild<QDockWidget *>(u"serverDock"_s);
            const auto docks = window.findChildren<QDockWidget *>();
            for (QDockWidget *other : docks) {
                if (other != dock && window.dockWidgetArea(other) == Qt::BottomDockWidgetArea)
                    other->hide();
            }
            dock->raise();
            window.resizeDocks({ dock }, { window.height() / 2 }, Qt::Vertical);
            QTest::qWait(300);
            QVERIFY(window.grab().save(qEnvironmentVariable("BULLPEN_SERVER_SCREENSHOT")));
        }
        feature->stop();
    }

    // The server serves the BUILT code, as the window's Invoke does: a
    // function built by its Makefile (BuildMethod: makefile) imports a module
    // only the build makes, so its source folder alone fails with
    // ImportError. Then its code changes on disk while the server runs: it is
    // built again and the next call runs the new code in a new instance, not
    // the warm one that loaded the old.
    void servesTheBuiltCode()
    {
        const QString project = m_dir.filePath(u"made"_s);
        QVERIFY(QDir().mkpath(project + u"/src"_s));
        const auto write = [](const QString &path, const QByteArray &text) {
            QFile file(path);
            return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size();
        };
        QVERIFY(write(project + u"/template.yaml"_s,
                      "AWSTemplateFormatVersion: '2010-09-09'\nTransform: AWS::Serverless-2016-10-31\nResources:\n"
                      "  MadeFunction:\n    Type: AWS::Serverless::Function\n    Properties:\n"
                      "      CodeUri: src/\n      Handler: app.handler\n      Runtime: python3.12\n"
                      "      Timeout: 10\n    Metadata:\n      BuildMethod: makefile\n"));
        QVERIFY(write(project + u"/src/app.py"_s,
                      "import made\nVERSION = 1\ndef handler(event, context):\n"
                      "    return {'made': made.VALUE, 'version': VERSION}\n"));
        QVERIFY(write(project + u"/src/Makefile"_s,
                      "build-MadeFunction:\n\tcp app.py $(ARTIFACTS_DIR)/\n"
                      "\techo 'VALUE = \"made by make\"' > $(ARTIFACTS_DIR)/made.py\n"));

        Window window;
        window.resize(1100, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(project));
        auto *feature = window.panel<ServerFeature>();
        feature->view()->setPort(0);
        feature->view()->setProfiles({}, QString());
        QSignalSpy running(feature, &ServerFeature::runningChanged);
        QVERIFY(feature->start());
        QVERIFY(running.wait(InvokeTimeoutMs)); // built, then listening
        QVERIFY(feature->isRunning());
        const QString url = feature->server()->url();
        const QString call = u"curl -sS -X POST "_s + url + u"/2015-03-31/functions/MadeFunction/invocations -d '{}'"_s;
        Run r = shell(call);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object(),
                 QJsonObject({ { u"made"_s, u"made by make"_s }, { u"version"_s, 1 } }));

        // New code on disk: built again, then served by a new instance.
        QSignalSpy prepared(feature, &ServerFeature::functionsPrepared);
        QVERIFY(write(project + u"/src/app.py"_s,
                      "import made\nVERSION = 2\ndef handler(event, context):\n"
                      "    return {'made': made.VALUE, 'version': VERSION}\n"));
        QVERIFY(prepared.wait(InvokeTimeoutMs));
        r = shell(call);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object()[u"version"_s].toInt(), 2);
        feature->stop();
    }
};

QTEST_MAIN(TestServerFeature)
#include "tst_serverfeature.moc"
