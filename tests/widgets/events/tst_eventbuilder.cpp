// SPDX-License-Identifier: MIT
// The builder as a user drives it: form and JSON stay in step both ways,
// validation follows typing, saved events round-trip, drafts survive a close.
// With BULLPEN_SCREENSHOT_DIR set it also leaves screenshots there.
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDockWidget>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTreeView>
#include <QTreeWidget>

#include "widgets/editor/codeeditor.h"
#include "widgets/events/eventbuilder.h"
#include "widgets/events/eventform.h"

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

// The builder as MainWindow docks it: inside a resizable scroll area in a
// right-hand dock of a window of the screenshots' size.
struct DockedBuilder
{
    QMainWindow window;
    EventBuilder *builder;
    QScrollArea *scroll;
    QDockWidget *dock;

    explicit DockedBuilder(int dockWidth)
    {
        window.setCentralWidget(new QWidget(&window));
        builder = new EventBuilder(&window);
        scroll = new QScrollArea(&window);
        scroll->setWidget(builder);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        dock = new QDockWidget(QStringLiteral("Event"), &window);
        dock->setWidget(scroll);
        window.addDockWidget(Qt::RightDockWidgetArea, dock);
        window.resize(1720, 1000);
        window.resizeDocks({ dock }, { dockWidth }, Qt::Horizontal);
        window.show();
    }
};

// Visible widgets that stick out of the builder, or out of the scroll area's
// viewport they are in (the form may scroll down, never sideways).
QStringList clipped(QWidget *builder)
{
    QStringList out;
    const QList<QWidget *> children = builder->findChildren<QWidget *>();
    for (QWidget *w : children) {
        if (!w->isVisible() || w->isWindow())
            continue;
        QWidget *viewport = nullptr;
        for (QWidget *p = w->parentWidget(); p && p != builder && !viewport; p = p->parentWidget()) {
            if (auto *area = qobject_cast<QAbstractScrollArea *>(p->parentWidget()); area && area->viewport() == p)
                viewport = p;
        }
        const QRect r(w->mapTo(viewport ? viewport : builder, QPoint(0, 0)), w->size());
        const bool inside = viewport ? r.left() >= 0 && r.right() < viewport->width() : builder->rect().contains(r);
        if (!inside)
            out << QStringLiteral("%1 %2 at %3,%4 %5x%6")
                       .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
                       .arg(r.x())
                       .arg(r.y())
                       .arg(r.width())
                       .arg(r.height());
    }
    const QList<QAbstractScrollArea *> areas = builder->findChildren<QAbstractScrollArea *>();
    for (QAbstractScrollArea *a : areas) {
        if (a->isVisible() && a->horizontalScrollBar()->isVisible() && a->objectName() != u"payloadEditor"_s)
            out << QStringLiteral("%1 %2 scrolls sideways")
                       .arg(QString::fromLatin1(a->metaObject()->className()), a->objectName());
    }
    return out;
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

    // A large payload is checked in a worker thread: its findings follow, and
    // only those of the latest text are shown.
    void largePayloadIsCheckedInTheBackground()
    {
        EventBuilder b;
        QString large = u"[\n"_s;
        while (large.size() < 2 * EventBuilder::ValidateHereBytes)
            large += u"  {\"id\": 12345, \"body\": \"lorem ipsum dolor\"},\n"_s;
        const int faultLine = int(large.count(u'\n')) + 1;
        large += u"  x\n]"_s;
        QSignalSpy validated(&b, &EventBuilder::validated);
        const QList<ValidationIssue> before = b.issues(); // about the empty payload
        b.editor()->setPlainText(large);
        QCOMPARE(b.issues(), before); // not yet: the worker has it
        QCOMPARE(validated.count(), 0);
        auto *status = b.findChild<QLabel *>(u"status"_s);
        QVERIFY2(status->text().contains(u"checking"_s), qPrintable(status->text()));
        QVERIFY(validated.wait(30000));
        QCOMPARE(b.issues().size(), 1);
        QCOMPARE(b.issues().first().line, faultLine);
        QVERIFY2(status->text().contains(u"1 error"_s), qPrintable(status->text()));

        // A large text, then at once a small valid one: the large one's
        // findings, when they come, are dropped.
        validated.clear();
        b.editor()->setPlainText(large);
        b.editor()->setPlainText(u"{\"ok\": true}"_s);
        const qsizetype shown = validated.count(); // the small one, at once
        QVERIFY(shown > 0);
        QVERIFY(b.issues().isEmpty());
        QThreadPool::globalInstance()->waitForDone();
        QTest::qWait(50); // the large one's continuation, had it been delivered
        QCOMPARE(validated.count(), shown);
        QVERIFY(b.issues().isEmpty());
        QVERIFY2(status->text().contains(u"valid JSON"_s), qPrintable(status->text()));
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

    // The catalogue must list its services when the builder lives in the main
    // window's dock, not only when it is a window of its own.
    void catalogueShowsInDock()
    {
        DockedBuilder d(520);
        QVERIFY(QTest::qWaitForWindowExposed(&d.window));
        auto *tree = d.builder->findChild<QTreeView *>(u"catalogue"_s);
        QVERIFY(tree);
        QVERIFY(tree->model()->rowCount() > 10);
        QTRY_VERIFY(tree->isVisible());
        QVERIFY(tree->viewport()->height() > 5 * tree->sizeHintForRow(0));
        // Views lay their rows out from the event loop: give it the time.
        QTRY_VERIFY(!tree->visualRect(tree->model()->index(0, 0)).isEmpty());
        QVERIFY(tree->viewport()->rect().contains(tree->visualRect(tree->model()->index(0, 0))));
        const QModelIndex bottom = tree->indexAt(QPoint(4, tree->viewport()->height() - 2));
        QVERIFY2(bottom.isValid(), "the catalogue does not fill its view");
        shoot(&d.window, "eventbuilder-docked");
    }

    void fitsNarrowDock_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("event");
        QTest::newRow("480 api gateway") << 480 << u"apigateway"_s << u"aws-proxy"_s;
        QTest::newRow("480 s3") << 480 << u"s3"_s << u"put"_s;
        QTest::newRow("450 sqs") << 450 << u"sqs"_s << u"receive-message"_s;
        QTest::newRow("550 cloudwatch logs") << 550 << u"cloudwatch"_s << u"logs"_s;
    }

    // In a side dock nothing is cut off, and the JSON and its findings stay in
    // view whichever section (templates, saved, form) is open.
    void fitsNarrowDock()
    {
        QFETCH(int, width);
        QFETCH(QString, service);
        QFETCH(QString, event);
        EventBuilder b;
        QVERIFY2(b.minimumSizeHint().width() <= width, qPrintable(QString::number(b.minimumSizeHint().width())));
        QVERIFY(b.selectTemplate(service, event));
        b.resize(width, 860);
        b.show();
        QVERIFY(QTest::qWaitForWindowExposed(&b));
        auto *sections = b.findChild<QTabWidget *>(u"sections"_s);
        QVERIFY(sections);
        for (int i = 0; i < sections->count(); ++i) {
            sections->setCurrentIndex(i);
            QCoreApplication::processEvents();
            const QStringList bad = clipped(&b);
            QVERIFY2(bad.isEmpty(), qPrintable(sections->tabText(i) + u": "_s + bad.join(u"; "_s)));
            QVERIFY(b.editor()->isVisible());
            QVERIFY(b.editor()->viewport()->height() > 5 * b.editor()->fontMetrics().lineSpacing());
            auto *validation = b.findChild<QTreeWidget *>(u"validation"_s);
            QVERIFY(validation->isVisible());
            QVERIFY(validation->viewport()->height() >= validation->fontMetrics().lineSpacing());
            QVERIFY(b.findChild<QWidget *>(u"save"_s)->isVisible());
        }
        sections->setCurrentWidget(b.form()->parentWidget()->parentWidget()->parentWidget());
        shoot(&b, qPrintable(u"eventbuilder-narrow-"_s + service));
    }

    void docksWithoutSidewaysScroll()
    {
        DockedBuilder d(480);
        QVERIFY(QTest::qWaitForWindowExposed(&d.window));
        QVERIFY(d.builder->selectTemplate(u"apigateway"_s, u"aws-proxy"_s));
        QCoreApplication::processEvents();
        QVERIFY2(d.dock->width() <= 520, qPrintable(QString::number(d.dock->width())));
        QVERIFY(!d.scroll->horizontalScrollBar()->isVisible());
        QCOMPARE(d.builder->width(), d.scroll->viewport()->width());
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
