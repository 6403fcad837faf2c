// SPDX-License-Identifier: MIT
// The log pane as people watch it: REPORT readable at any width, errors and
// warnings coloured, lines streaming in with the clock running, copy as written.
#include <QApplication>
#include <QClipboard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

#include <KSyntaxHighlighting/Theme>

#include "widgets/editor/texttheme.h"
#include "widgets/invoke/logview.h"

using Bullpen::LogView;
using Bullpen::TextTheme;
using Kind = Bullpen::LogView::LineKind;
using namespace Qt::StringLiterals;

namespace {

const QString Report
    = u"REPORT RequestId: 6f3c8a2e-1b7d-4c9e-9a51-2d0e7f4b8c13\tDuration: 1.84 ms\tBilled Duration: 2 ms\t"
      "Memory Size: 128 MB\tMax Memory Used: 13 MB\tInit Duration: 112.37 ms\t"_s;

QColor foregroundOf(const LogView &view, int blockNumber)
{
    const QTextBlock block = view.document()->findBlockByNumber(blockNumber);
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::NextCharacter);
    return cursor.charFormat().foreground().color();
}

} // namespace

class TestLogView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportFitsAndItsFieldsStandApart()
    {
        LogView view;
        view.resize(420, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setLogs({ u"START RequestId: 6f3c Version: $LATEST"_s, u"END RequestId: 6f3c"_s, Report });

        // Nothing runs off the right edge: the line wraps inside the view.
        QVERIFY(view.lineWrapMode() != QPlainTextEdit::NoWrap);
        const QTextBlock report = view.document()->findBlockByNumber(2);
        QVERIFY(report.layout()->lineCount() > 1);
        QVERIFY(view.horizontalScrollBar()->maximum() == 0);

        // Between "13 MB" and "Init Duration" there is at least a space's width.
        const QString shown = report.text();
        const qsizetype init = shown.indexOf(u"Init Duration"_s);
        const qsizetype mb = shown.lastIndexOf(u"13 MB"_s, init) + 5;
        QVERIFY(init > mb);
        QVERIFY2(!shown.contains(u"13 MBInit"_s), qPrintable(shown));
        QTextCursor end(report);
        end.setPosition(report.position() + mb);
        QTextCursor start(report);
        start.setPosition(report.position() + init);
        const QRect a = view.cursorRect(end);
        const QRect b = view.cursorRect(start);
        if (a.top() == b.top()) // on one visual line
            QVERIFY(b.left() - a.left() >= view.fontMetrics().horizontalAdvance(u' '));
        QCOMPARE(shown.count(LogView::fieldSeparator()), 6);

        // Copied as Lambda wrote it, with tabs.
        view.selectAll();
        view.copy();
        QCOMPARE(QGuiApplication::clipboard()->text().section(u'\n', 2), Report);
        grabIfAsked(&view, u"logs-report"_s);
    }

    void kinds_data()
    {
        QTest::addColumn<QStringList>("records");
        QTest::addColumn<QList<Kind>>("kinds");
        QTest::newRow("python error with traceback") << QStringList {
            u"START RequestId: x Version: $LATEST"_s,
            u"[ERROR] ValueError: boom\rTraceback (most recent call last):\r  File \"/var/task/app.py\", line 3, in handler\r    raise ValueError(\"boom\")"_s,
            u"END RequestId: x"_s, Report
        } << QList<Kind> { Kind::Platform, Kind::Error,    Kind::Error, Kind::Error,
                           Kind::Error,    Kind::Platform, Kind::Report };
        QTest::newRow("python traceback during init")
            << QStringList { u"Traceback (most recent call last):"_s, u"  File \"/var/task/app.py\", line 1"_s,
                             u"ModuleNotFoundError: No module named 'requests'"_s, u"after"_s }
            << QList<Kind> { Kind::Error, Kind::Error, Kind::Error, Kind::Plain };
        QTest::newRow("python logging") << QStringList { u"[WARNING]\t2026-01-01T00:00:00.000Z\tx\tcareful"_s,
                                                         u"[INFO]\t2026\tx\tfine"_s }
                                        << QList<Kind> { Kind::Warning, Kind::Plain };
        QTest::newRow("node console") << QStringList {
            u"2026-01-01T00:00:00.000Z\tx\tERROR\tInvoke Error \t{}"_s,
            u"    at handler (file:///var/task/app.mjs:3:9)"_s, u"2026-01-01T00:00:00.000Z\tx\tWARN\tslow"_s,
            u"2026-01-01T00:00:00.000Z\tx\tINFO\t  indented but not after an error"_s
        } << QList<Kind> { Kind::Error, Kind::Error, Kind::Warning, Kind::Plain };
        QTest::newRow("timeout") << QStringList { u"2026-01-01T00:00:03.000Z x Task timed out after 3.00 seconds"_s }
                                 << QList<Kind> { Kind::Error };
    }
    void kinds()
    {
        QFETCH(QStringList, records);
        QFETCH(QList<Kind>, kinds);
        QCOMPARE(LogView::lineKinds(LogView::displayLines(records)), kinds);
    }

    void errorsAndWarningsAreColoured()
    {
        LogView view;
        view.setLogs({ u"plain"_s, u"[ERROR] KeyError: 'name'"_s, u"[WARNING] careful"_s });
        const KSyntaxHighlighting::Theme theme = TextTheme::instance()->theme();
        const QColor error = QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Error));
        QCOMPARE(LogView::colourOf(Kind::Error), error);
        const QColor warning = LogView::colourOf(Kind::Warning);
        QVERIFY(warning.isValid());
        QVERIFY(error != warning);
        QCOMPARE(foregroundOf(view, 1), error);
        QCOMPARE(foregroundOf(view, 2), warning);
        QVERIFY(foregroundOf(view, 0) != error);
    }

    void streamsWhileRunning()
    {
        LogView view;
        view.setLogs({});
        view.startRunning(3);
        QVERIFY(view.isRunning());
        QVERIFY2(view.runningText().contains(u"of 3 s"_s), qPrintable(view.runningText()));
        const QString atStart = view.runningText();
        view.appendLog(u"START RequestId: x Version: $LATEST"_s);
        view.appendLog(u"[ERROR] ValueError: boom\rTraceback (most recent call last):\r  File \"app.py\""_s);
        QCOMPARE(view.toPlainText(),
                 u"START RequestId: x Version: $LATEST\n[ERROR] ValueError: boom\nTraceback (most recent call last):\n"
                 "  File \"app.py\""_s);
        // The traceback continues the error across appended records too.
        QCOMPARE(foregroundOf(view, 3), foregroundOf(view, 1));
        // The clock moves (waited for, not timed).
        QTRY_VERIFY_WITH_TIMEOUT(view.runningText() != atStart, 5000);
        view.stopRunning();
        QVERIFY(!view.isRunning());
    }

private:
    static void grabIfAsked(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("BULLPEN_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            widget->grab().save(dir + u'/' + name + u".png"_s);
    }
};

QTEST_MAIN(TestLogView)
#include "tst_logview.moc"
