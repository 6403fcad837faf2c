// SPDX-License-Identifier: MIT
// The Server panel's parts: the live request log under QAbstractItemModelTester
// (appends, the bound, clear), the commands it offers (quoted so that a real
// sh passes the payload through unchanged), and the widget driven from the
// keyboard alone.
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include "widgets/serve/servercommands.h"
#include "widgets/serve/serverrequestmodel.h"
#include "widgets/serve/serverview.h"

using namespace Bullpen;
using namespace Qt::StringLiterals;

namespace {

ServedRequest served(const QString &function, int status, const QByteArray &error = {})
{
    ServedRequest r;
    r.operation = u"Invoke"_s;
    r.function = function;
    r.invocationType = u"RequestResponse"_s;
    r.qualifier = u"$LATEST"_s;
    r.status = status;
    r.errorType = error;
    r.requestId = "id-" + function.toUtf8();
    r.elapsedMs = 1.25;
    return r;
}

// The arguments sh makes of a command line, one per line, as printf prints them.
QStringList shellWords(const QString &command)
{
    QProcess sh;
    sh.start(u"sh"_s, { u"-c"_s, u"set -- "_s + command + u"; printf '%s\\n' \"$@\""_s });
    if (!sh.waitForFinished(10000))
        return {};
    return QString::fromUtf8(sh.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

class TestServerView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestLogAppendsAndKeepsItsBound()
    {
        ServerRequestModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setCapacity(3);
        for (int i = 0; i < 5; ++i)
            model.append(served(u"fn%1"_s.arg(i), i == 4 ? 403 : 200, i == 4 ? "InvalidSignatureException" : ""));
        QCOMPARE(inserted.size(), 5); // one row at a time, so views follow live
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, ServerRequestModel::FunctionColumn).data().toString(), u"fn2"_s);
        const QModelIndex last = model.index(2, ServerRequestModel::ErrorColumn);
        QCOMPARE(last.data().toString(), u"InvalidSignatureException"_s);
        QCOMPARE(last.data(ServerRequestModel::StatusRole).toInt(), 403);
        QVERIFY(last.data(ServerRequestModel::FailedRole).toBool());
        QVERIFY(!model.index(1, 0).data(ServerRequestModel::FailedRole).toBool());
        QCOMPARE(model.index(1, 0).data(ServerRequestModel::RequestIdRole).toByteArray(), "id-fn3");

        ServedRequest refused;
        refused.status = 403;
        refused.errorType = "UnrecognizedClientException";
        model.append(refused);
        QCOMPARE(model.index(2, ServerRequestModel::OperationColumn).data().toString(), u"(refused)"_s);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void commandsSurviveTheShell_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("empty object") << QByteArray("{}");
        QTest::newRow("quotes and spaces") << QByteArray("{\"name\": \"O'Brien\", \"say\": \"it's \\\"fine\\\"\"}");
        QTest::newRow("shell specials") << QByteArray("{\"x\": \"$HOME `id` $(id) ; | & \\\\ !\"}");
    }
    void commandsSurviveTheShell()
    {
        QFETCH(QByteArray, payload);
        ServerCommandOptions o;
        o.endpointUrl = u"http://127.0.0.1:3001"_s;
        o.functionName = u"Hello World"_s;
        o.payload = payload;

        QStringList words = shellWords(ServerCommands::awsInvoke(o));
        QCOMPARE(words.mid(0, 3), (QStringList { u"aws"_s, u"lambda"_s, u"invoke"_s }));
        QCOMPARE(words.value(words.indexOf(u"--endpoint-url"_s) + 1), o.endpointUrl);
        QCOMPARE(words.value(words.indexOf(u"--function-name"_s) + 1), u"Hello World"_s);
        QCOMPARE(words.value(words.indexOf(u"--payload"_s) + 1), QString::fromUtf8(payload));
        QVERIFY(words.contains(u"--no-sign-request"_s));
        QVERIFY(!words.contains(u"--profile"_s));

        words = shellWords(ServerCommands::curlInvoke(o));
        QCOMPARE(words.value(0), u"curl"_s);
        QVERIFY(words.contains(u"http://127.0.0.1:3001/2015-03-31/functions/Hello%20World/invocations"_s));
        QCOMPARE(words.value(words.indexOf(u"--data"_s) + 1), QString::fromUtf8(payload));
        QVERIFY(!words.contains(u"--aws-sigv4"_s));

        o.profile = u"dev"_s;
        words = shellWords(ServerCommands::awsInvoke(o));
        QCOMPARE(words.value(words.indexOf(u"--profile"_s) + 1), u"dev"_s);
        QVERIFY(!words.contains(u"--no-sign-request"_s));
        const QString curl = ServerCommands::curlInvoke(o);
        QVERIFY(!curl.contains(u"secret"_s, Qt::CaseInsensitive) || curl.contains(u"$AWS_SECRET_ACCESS_KEY"_s));
        words = shellWords(curl);
        QCOMPARE(words.value(words.indexOf(u"--aws-sigv4"_s) + 1), u"aws:amz:us-east-1:lambda"_s);
    }

    void drivenFromTheKeyboard()
    {
        ServerView view;
        view.resize(900, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setProfiles({ u"default"_s, u"dev"_s }, {});
        view.setFunctions({ u"hello"_s, u"other"_s }, u"hello"_s);
        QSignalSpy start(&view, &ServerView::startRequested);
        QSignalSpy stop(&view, &ServerView::stopRequested);
        QSignalSpy profile(&view, &ServerView::credentialsProfileChanged);

        // Alt+P reaches the port, Alt+G the SigV4 choice, Alt+F the function.
        QTest::keyClick(&view, Qt::Key_P, Qt::AltModifier);
        auto *port = view.findChild<QSpinBox *>(u"serverPort"_s);
        QTRY_COMPARE(QApplication::focusWidget(), port);
        port->selectAll();
        QTest::keyClicks(port, u"4321"_s);
        QCOMPARE(view.port(), 4321);
        QVERIFY(view.awsCommand().contains(u"http://127.0.0.1:4321"_s));

        QTest::keyClick(&view, Qt::Key_G, Qt::AltModifier);
        auto *credentials = view.findChild<QComboBox *>(u"serverCredentials"_s);
        QTRY_COMPARE(QApplication::focusWidget(), credentials);
        QTest::keyClick(credentials, Qt::Key_Down);
        QCOMPARE(view.credentialsProfile(), u"default"_s);
        QCOMPARE(profile.size(), 1);
        QVERIFY(view.awsCommand().contains(u"--profile default"_s));

        QTest::keyClick(&view, Qt::Key_F, Qt::AltModifier);
        auto *function = view.findChild<QComboBox *>(u"serverFunction"_s);
        QTRY_COMPARE(QApplication::focusWidget(), function);
        QTest::keyClick(function, Qt::Key_Down);
        QVERIFY(view.awsCommand().contains(u"--function-name other"_s));

        // Alt+S starts; once running the same button stops (Alt+T).
        QTest::keyClick(&view, Qt::Key_S, Qt::AltModifier);
        QTRY_COMPARE(start.size(), 1); // a mnemonic clicks the button after a short animation
        view.setRunning(true, u"http://127.0.0.1:4321"_s);
        QVERIFY(!port->isEnabled());
        QTest::keyClick(&view, Qt::Key_T, Qt::AltModifier);
        QTRY_COMPARE(stop.size(), 1);

        // Alt+A copies the aws command.
        QApplication::clipboard()->clear();
        QTest::keyClick(&view, Qt::Key_A, Qt::AltModifier);
        QTRY_COMPARE(QApplication::clipboard()->text(), view.awsCommand());
        QTest::keyClick(&view, Qt::Key_U, Qt::AltModifier);
        QTRY_COMPARE(QApplication::clipboard()->text(), view.curlCommand());
    }
};

QTEST_MAIN(TestServerView)
#include "tst_serverview.moc"
