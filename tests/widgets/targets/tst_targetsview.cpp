// SPDX-License-Identifier: MIT
// The Targets dock (TargetsView over TargetsModel): the project's targets file
// read, Check gives each target its state on its own (a local pool ready, a
// Docker container target not deployed, an endpoint nobody listens on down),
// Up builds and deploys the container target with the real daemon until it is
// ready, Down removes it, and a broken targets file is named by its line.
// With BULLPEN_TARGETS_SCREENSHOT set, the dock is saved there as a PNG.
#include "engine/targets/projecttargets.h"
#include "engine/targets/targetimages.h"
#include "tests/engine/targets/targetstestsupport.h"
#include "tests/support/ciskip.h"
#include "widgets/targets/targetsmodel.h"
#include "widgets/targets/targetsview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QPushButton>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Bullpen;
using namespace Bullpen::TestSupport;
using namespace Qt::StringLiterals;

class TestTargetsView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_project;
    QTemporaryDir m_cache;
    EngineSettings m_engine;

    static QString stateOf(TargetsView &view, int row)
    {
        return view.model()->index(row, TargetsModel::StateColumn).data().toString();
    }

    static bool idle(TargetsView &view)
    {
        for (int row = 0; row < view.model()->rowCount(); ++row) {
            if (view.model()->index(row, 0).data(TargetsModel::BusyRole).toBool())
                return false;
        }
        return true;
    }

    void writeTargets(const QByteArray &yaml)
    {
        QFile file(m_project.filePath(u"bullpen-targets.yaml"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(yaml);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_project.isValid() && m_cache.isValid());
        QVERIFY(writeEchoProject(m_project.path()));
        m_engine.cacheDirectory = m_cache.path();
        m_engine.backend = qEnvironmentVariable("BULLPEN_TEST_BACKEND", u"oci"_s);
    }

    void checkUpDown()
    {
        QString error;
        const DockerEndpoint endpoint = DockerClient::probe(&error);
        if (endpoint.socketPath.isEmpty())
            BULLPEN_SKIP_UNLESS_CI(u"no Docker daemon here: "_s + error);
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 closedPort = probe.serverPort();
        probe.close();
        writeTargets(QStringLiteral("targets:\n"
                                    "  local: {kind: local}\n"
                                    "  docker: {kind: docker}\n"
                                    "  ec2: {kind: endpoint, url: \"http://127.0.0.1:%1\"}\n")
                         .arg(closedPort)
                         .toUtf8());
        const FunctionConfig echo = loadEcho(m_project.path());
        TargetsView view;
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.resize(900, 420);
        view.show();
        view.setProject(m_project.filePath(u"template.yaml"_s), { echo }, m_engine);
        QVERIFY2(view.error().isEmpty(), qPrintable(view.error()));
        QCOMPARE(view.model()->rowCount(), 3);
        QCOMPARE(stateOf(view, 0), u"unknown"_s);

        view.checkAll();
        QTRY_VERIFY_WITH_TIMEOUT(idle(view), 60000);
        QCOMPARE(stateOf(view, 0), u"ready"_s);
        QCOMPARE(stateOf(view, 1), u"not-deployed"_s);
        QCOMPARE(stateOf(view, 2), u"down"_s);
        QVERIFY(view.model()->index(2, TargetsModel::DetailColumn).data().toString().contains(u"no answer"_s));

        auto *table = view.findChild<QTableView *>(u"targetsTable"_s);
        QVERIFY(table);
        QPushButton *up = nullptr;
        QPushButton *down = nullptr;
        for (QPushButton *button : view.findChildren<QPushButton *>()) {
            if (button->text() == u"&Up")
                up = button;
            if (button->text() == u"&Down")
                down = button;
        }
        QVERIFY(up && down);
        table->selectRow(2); // an endpoint: nothing to deploy
        QVERIFY(!up->isEnabled());
        table->selectRow(1);
        QVERIFY(up->isEnabled());
        up->click();
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(view, 1) == u"ready"_s && idle(view), 600000);
        QVERIFY(view.model()->index(1, TargetsModel::DetailColumn).data().toString().contains(u"127.0.0.1:"_s));
        const QString screenshot = qEnvironmentVariable("BULLPEN_TARGETS_SCREENSHOT");
        if (!screenshot.isEmpty())
            QVERIFY(view.grab().save(screenshot));

        down->click();
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(view, 1) == u"not-deployed"_s && idle(view), 120000);
        DockerClient docker(endpoint);
        TargetContext context;
        context.templatePath = m_project.filePath(u"template.yaml"_s);
        dockerCall(&docker, "DELETE",
                   u"/images/%1:latest?force=1"_s.arg(TargetImages::repositoryFor(echo, context.projectKey())));
    }

    void brokenFileNamedByLine()
    {
        writeTargets("targets:\n  local: {kind: local}\n  x:\n    kind: nowhere\n");
        TargetsView view;
        view.setProject(m_project.filePath(u"template.yaml"_s), {}, m_engine);
        QVERIFY2(view.error().contains(u"bullpen-targets.yaml:4:"_s), qPrintable(view.error()));
        QCOMPARE(view.model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestTargetsView)
#include "tst_targetsview.moc"
