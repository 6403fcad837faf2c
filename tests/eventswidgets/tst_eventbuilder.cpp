// SPDX-License-Identifier: MIT
// The builder as a user drives it: form and JSON stay in step both ways,
// validation follows typing, saved events round-trip, drafts survive a close.
// With BULLPEN_SCREENSHOT_DIR set it also leaves screenshots there.
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

#include "editor/codeeditor.h"
#include "events/eventbuilder.h"
#include "events/eventform.h"

using namespace Bullpen;
using namespace Qt::StringLiterals;

namespace {
QJsonObject record(const EventBuilder &b)
{
    return QJsonDocument::fromJson(b.currentPayload()).object().value(u"Records"_s).toArray().at(0).toObject();
}

void shoot(QWidget *w, const char *name)
{
    const QString dir = qEnvironmentVariable("BULLPEN_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    // Views lay out their items lazily, from the event loop.
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    if (true)
        w->grab().save(dir + u'/' + QString::fromLatin1(name) + u".png"_s);
}
} // namespace

class TestEventBuilder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void formRewritesJson()
    {
        EventBuilder b;
        b.resize(1280, 760);
        b.show();
        QVERIFY(b.selectTemplate(u"s3"_s, u"put"_s));
        b.findChild<QTreeView *>(u"catalogue"_s)->expandAll();
        QVERIFY(!b.hasUnsavedChanges());
        QCOMPARE(record(b).value(u"s3"_s)[u"bucket"_s][u"name"_s].toString(), u"example-bucket"_s);

        QSignalSpy changed(&b, &EventBuilder::payloadChanged);
        auto *bucket = qobject_cast<QLineEdit *>(b.form()->field(u"bucket"_s));
        QVERIFY(bucket);
        bucket->selectAll();
        QTest::keyClicks(bucket, u"photos"_s);
        QVERIFY(changed.count() >= 6); // at once, on every keystroke
        QCOMPARE(record(b).value(u"s3"_s)[u"bucket"_s][u"name"_s].toString(), u"photos"_s);
        QCOMPARE(record(b).value(u"s3"_s)[u"bucket"_s][u"arn"_s].toString(), u"arn:aws:s3:::photos"_s);
        QVERIFY(b.hasUnsavedChanges());

        auto *size = qobject_cast<QSpinBox *>(b.form()->field(u"size"_s));
        size->setValue(4096);
        QCOMPARE(record(b).value(u"s3"_s)[u"object"_s][u"size"_s].toInt(), 4096);
        shoot(&b, "eventbuilder-s3-put");
    }

    void jsonUpdatesForm()
    {
        EventBuilder b;
        QVERIFY(b.selectTemplate(u"apigateway"_s, u"aws-proxy"_s));
        QByteArray payload = b.currentPayload();
        payload.replace("\"httpMethod\": \"POST\"", "\"httpMethod\": \"DELETE\"");
        payload.replace("\"body\": \"{\\\"test\\\":\\\"body\\\"}\"", "\"body\": \"aGk=\"");
        payload.replace("\"isBase64Encoded\": false", "\"isBase64Encoded\": true");
        b.editor()->setPlainText(QString::fromUtf8(payload));
        const auto values = b.form()->values();
        QCOMPARE(values.value(u"method"_s), u"DELETE"_s);
        QCOMPARE(values.value(u"base64"_s), u"true"_s);
        QCOMPARE(values.value(u"body"_s), u"hi"_s); // decoded back for the form
        QVERIFY(b.hasUnsavedChanges());
        // Editing the JSON did not regenerate it: the user's text stays as typed.
        QCOMPARE(b.currentPayload(), payload);
    }

    void validationAsYouType()
    {
        EventBuilder b;
        b.resize(1280, 760);
        b.show();
        QVERIFY(b.selectTemplate(u"sqs"_s, u"receive-message"_s));
        QVERIFY(b.issues().isEmpty());
        b.editor()->setPlainText(u"{\n  \"Records\": [\n    {\"body\": 1,}\n  ]\n}"_s);
        QCOMPARE(b.issues().size(), 1);
        QCOMPARE(b.issues().first().line, 3);
        auto *list = b.findChild<QTreeWidget *>(u"validation"_s);
        QCOMPARE(list->topLevelItem(0)->text(0), u"3"_s);
        shoot(&b, "eventbuilder-malformed");
        b.editor()->setPlainText(u"{\"Records\": [{\"body\": 1}]}"_s);
        QVERIFY(b.issues().size() >= 2);
        QStringList messages;
        for (const ValidationIssue &i : b.issues())
            messages << i.message;
        QVERIFY2(messages.join(u'\n').contains(u"messageId"_s), qPrintable(messages.join(u'\n')));
    }

    void savedEventsRoundTrip()
    {
        QTemporaryDir project;
        QTemporaryDir drafts;
        EventBuilder b;
        b.setDraftDirectory(drafts.path());
        b.setProjectDirectory(project.path());
        b.setFunction(u"OrdersFunction"_s);
        QVERIFY(b.selectTemplate(u"sqs"_s, u"receive-message"_s));
        qobject_cast<QSpinBox *>(b.form()->field(u"count"_s))->setValue(3);
        QString error;
        QVERIFY2(b.saveAs(u"three orders"_s, &error), qPrintable(error));
        QCOMPARE(b.currentEventName(), u"three orders"_s);
        QVERIFY(!b.hasUnsavedChanges());
        const QByteArray saved = b.currentPayload();

        EventBuilder other;
        other.setDraftDirectory(drafts.path());
        other.setProjectDirectory(project.path());
        other.setFunction(u"OrdersFunction"_s);
        QVERIFY(other.openSavedEvent(u"three orders"_s));
        QCOMPARE(other.currentPayload(), saved);
        QCOMPARE(other.currentTemplate()->name, u"receive-message"_s);
        QCOMPARE(other.form()->values().value(u"count"_s), u"3"_s);
        QVERIFY(!other.hasUnsavedChanges());
        other.setFunction(u"AnotherFunction"_s); // saved for OrdersFunction only
        QVERIFY(!other.store().events(u"AnotherFunction"_s).size());
    }

    void draftSurvivesClose()
    {
        QTemporaryDir project;
        QTemporaryDir drafts;
        QByteArray typed;
        {
            EventBuilder b;
            b.setDraftDirectory(drafts.path());
            b.setProjectDirectory(project.path());
            QVERIFY(b.selectTemplate(u"s3"_s, u"put"_s));
            QVERIFY(!b.hasDraft());
            b.editor()->setPlainText(u"{\"half\": \"typed"_s);
            typed = b.currentPayload();
            QTRY_VERIFY(b.hasDraft()); // written shortly after the change
        } // closed without saving
        EventBuilder reopened;
        reopened.setDraftDirectory(drafts.path());
        reopened.setProjectDirectory(project.path());
        QVERIFY(reopened.hasDraft());
        QVERIFY(reopened.restoreDraft());
        QCOMPARE(reopened.currentPayload(), typed);
        QCOMPARE(reopened.currentTemplate()->name, u"put"_s);
        QVERIFY(reopened.hasUnsavedChanges());
        QString error;
        QVERIFY2(reopened.saveAll(&error), qPrintable(error));
        QVERIFY(!reopened.hasDraft()); // saved: the draft is gone
        QVERIFY(reopened.store().contains(u"put"_s));
    }

    void searchFiltersCatalogue()
    {
        EventBuilder b;
        auto *tree = b.findChild<QTreeView *>(u"catalogue"_s);
        QAbstractItemModelTester tester(tree->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int all = tree->model()->rowCount();
        b.findChild<QLineEdit *>(u"search"_s)->setText(u"kafka"_s);
        QCOMPARE(tree->model()->rowCount(), 1);
        b.findChild<QLineEdit *>(u"search"_s)->clear();
        QCOMPARE(tree->model()->rowCount(), all);
    }
};

QTEST_MAIN(TestEventBuilder)
#include "tst_eventbuilder.moc"
