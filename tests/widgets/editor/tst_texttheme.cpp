// SPDX-License-Identifier: MIT
// One theme for every text view: a dark theme, chosen or from the palette,
// reaches the payload, the result and the logs, not only the code editor.
#include <QApplication>
#include <QSplitter>
#include <QTest>
#include <QTextBrowser>

#include <KSyntaxHighlighting/Repository>

#include "engine/invocation/invocationresult.h"
#include "widgets/editor/codeeditor.h"
#include "widgets/editor/syntaxrepository.h"
#include "widgets/editor/texttheme.h"
#include "widgets/events/eventbuilder.h"
#include "widgets/invoke/logview.h"
#include "widgets/invoke/resultview.h"

using namespace Bullpen;
using namespace Qt::StringLiterals;

namespace {

bool isDark(const QWidget *view)
{
    return view->palette().color(QPalette::Base).lightness() < 128;
}

QPalette paletteWithBase(const QColor &base, const QColor &text)
{
    QPalette palette = QApplication::palette();
    for (const QPalette::ColorRole role : { QPalette::Base, QPalette::Window })
        palette.setColor(role, base);
    for (const QPalette::ColorRole role : { QPalette::Text, QPalette::WindowText })
        palette.setColor(role, text);
    return palette;
}

} // namespace

class TestTextTheme : public QObject
{
    Q_OBJECT

    QWidget *window = nullptr;
    CodeEditor *code = nullptr;
    EventBuilder *builder = nullptr;
    ResultView *result = nullptr;
    LogView *logs = nullptr;

    QList<QWidget *> views() const
    {
        return { code, builder->editor(), result->findChild<QWidget *>(u"resultPayload"_s),
                 result->findChild<QTextBrowser *>(u"resultError"_s), logs };
    }

private Q_SLOTS:
    void init()
    {
        QApplication::setPalette(paletteWithBase(Qt::white, Qt::black));
        TextTheme::instance()->setThemeName(QString());
        window = new QSplitter;
        code = new CodeEditor(window);
        builder = new EventBuilder(window);
        auto *results = new QSplitter(Qt::Vertical, window);
        result = new ResultView(results);
        logs = new LogView(results);
        code->setDefinitionByName(u"Python"_s);
        code->setPlainText(u"def handler(event, context):\n    return {\"statusCode\": 200}\n"_s);
        builder->editor()->setPlainText(u"{\n  \"name\": \"Ada\",\n  \"tags\": [1, 2]\n}\n"_s);
        InvocationResult r;
        r.functionId = u"HelloFunction"_s;
        r.functionError = u"Unhandled"_s;
        r.errorType = u"ValueError"_s;
        r.errorMessage = u"boom"_s;
        r.stackTrace = { u"  File \"/var/task/app.py\", line 2, in handler\n"_s };
        result->showResult(r, u"/tmp/code"_s);
        logs->setLogs({ u"START RequestId: x Version: $LATEST"_s, u"[ERROR] ValueError: boom"_s, u"[WARNING] careful"_s,
                        u"END RequestId: x"_s,
                        u"REPORT RequestId: x\tDuration: 1.84 ms\tBilled Duration: 2 ms\tMemory Size: 128 MB\t"
                        "Max Memory Used: 13 MB\tInit Duration: 112.37 ms\t"_s });
        window->resize(1200, 500);
    }
    void cleanup()
    {
        delete window;
        TextTheme::instance()->setThemeName(QString());
        QApplication::setPalette(paletteWithBase(Qt::white, Qt::black));
    }

    void chosenDarkThemeReachesEveryView()
    {
        for (QWidget *view : views())
            QVERIFY2(!isDark(view), qPrintable(view->objectName()));
        const QString dark = syntaxRepository().defaultTheme(KSyntaxHighlighting::Repository::DarkTheme).name();
        TextTheme::instance()->setThemeName(dark);
        QCOMPARE(TextTheme::instance()->themeName(), dark);
        QCOMPARE(code->themeName(), dark);
        for (QWidget *view : views())
            QVERIFY2(isDark(view), qPrintable(view->objectName()));
        grabIfAsked(u"dark-text-views"_s);
        TextTheme::instance()->setThemeName(QString());
        for (QWidget *view : views())
            QVERIFY2(!isDark(view), qPrintable(view->objectName()));
    }

    void darkPaletteReachesEveryView()
    {
        QApplication::setPalette(paletteWithBase(QColor(0x23, 0x26, 0x29), QColor(0xfc, 0xfc, 0xfc)));
        for (QWidget *view : views())
            QTRY_VERIFY2(isDark(view), qPrintable(view->objectName()));
        QApplication::setPalette(paletteWithBase(Qt::white, Qt::black));
        for (QWidget *view : views())
            QTRY_VERIFY2(!isDark(view), qPrintable(view->objectName()));
    }

    void unknownNameFollowsThePalette()
    {
        TextTheme::instance()->setThemeName(u"No Such Theme"_s);
        QVERIFY(TextTheme::instance()->followsPalette());
    }

private:
    void grabIfAsked(const QString &name)
    {
        const QString dir = qEnvironmentVariable("BULLPEN_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->grab().save(dir + u'/' + name + u".png"_s);
    }
};

QTEST_MAIN(TestTextTheme)
#include "tst_texttheme.moc"
