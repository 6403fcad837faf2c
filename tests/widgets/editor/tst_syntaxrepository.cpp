// SPDX-License-Identifier: MIT
// The syntax repository loaded in a worker thread: views made while it loads
// do without it (no syntax, the application's colours), get their syntax and
// theme when it arrives on the GUI thread, and that counts as no edit of
// their text. Its own process: the repository is loaded once per process.
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QThread>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include "widgets/editor/codeeditor.h"
#include "widgets/editor/syntaxrepository.h"
#include "widgets/editor/texttheme.h"

using namespace Bullpen;
using namespace Qt::StringLiterals;

class TestSyntaxRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void viewsMadeWhileItLoadsGetSyntaxAndThemeWhenReady()
    {
        SyntaxRepository *repository = SyntaxRepository::instance();
        QVERIFY(!repository->isReady());
        QSignalSpy ready(repository, &SyntaxRepository::ready);
        SyntaxRepository::preload();
        // Handed over from the event loop only: nothing has run it yet.
        QVERIFY(repository->isLoading());
        QVERIFY(!repository->isReady());

        CodeEditor editor;
        editor.setDefinitionByName(u"JSON"_s);
        editor.setPlainText(u"{\"a\": [1, 2, 3]}\n"_s);
        editor.document()->setModified(false);
        CodeEditor handler;
        handler.setDefinitionForFileName(u"app.py"_s);
        handler.setPlainText(u"def handler(event, context):\n    return event\n"_s);
        QTextBrowser result;
        TextTheme::instance()->attach(&result);
        QSignalSpy edited(&editor, &QPlainTextEdit::textChanged);
        QSignalSpy handlerEdited(&handler, &QPlainTextEdit::textChanged);
        // Still loading: no theme yet (views keep the application's colours).
        QVERIFY(repository->isLoading());
        QVERIFY(editor.themeName().isEmpty());

        QVERIFY(ready.wait(30000));
        QCOMPARE(ready.count(), 1);
        QVERIFY(repository->isReady());
        QVERIFY(!repository->isLoading());
        QCOMPARE(syntaxRepository().thread(), QThread::currentThread());
        QCOMPARE(editor.definitionName(), u"JSON"_s);
        QCOMPARE(handler.definitionName(), u"Python"_s);
        QCOMPARE(editor.themeName(), TextTheme::instance()->theme().name());
        QVERIFY(!editor.themeName().isEmpty());
        QCOMPARE(
            result.palette().color(QPalette::Base),
            QColor::fromRgba(TextTheme::instance()->theme().editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
        // Highlighted (from the event loop: see SlicedHighlighter), with no
        // edit reported and nothing unsaved.
        QTRY_VERIFY(!editor.document()->firstBlock().layout()->formats().isEmpty());
        QCOMPARE(edited.count(), 0);
        QCOMPARE(handlerEdited.count(), 0);
        QVERIFY(!editor.document()->isModified());
        // The preloaded definitions are there, and later calls do not load again.
        for (const QString &name : SyntaxRepository::preloadedDefinitions())
            QVERIFY2(syntaxRepository().definitionForName(name).isValid(), qPrintable(name));
        SyntaxRepository::preload();
        QVERIFY(!repository->isLoading());
    }
};

QTEST_MAIN(TestSyntaxRepository)
#include "tst_syntaxrepository.moc"
