// SPDX-License-Identifier: MIT
// Highlighting in slices from the event loop: what is left after a pass is
// done later, block after block from the state its predecessor ended in, so
// the end result is the one-pass result of KSyntaxHighlighting's own
// highlighter, also after an edit made while slices are still to come. A slice
// of 0 ms (one block per pass or slice) makes the order deterministic.
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include "widgets/editor/codeeditor.h"
#include "widgets/editor/slicedhighlighter.h"
#include "widgets/editor/syntaxrepository.h"

using namespace Bullpen;
using namespace Qt::StringLiterals;

namespace {

// Python whose later lines depend on earlier ones: a string over many lines.
QString pythonSource(int functions)
{
    QString text = u"import json\n\nDOC = \"\"\"\n"_s;
    for (int i = 0; i < 40; ++i)
        text += u"line %1 of a string, not code: def return\n"_s.arg(i);
    text += u"\"\"\"\n\n"_s;
    for (int i = 0; i < functions; ++i)
        text += u"def handler_%1(event, context):\n    # comment %1\n    return {\"n\": %1, \"s\": 'x'}\n\n"_s.arg(i);
    return text;
}

void attach(KSyntaxHighlighting::SyntaxHighlighter *highlighter, const QString &definition)
{
    highlighter->setTheme(syntaxRepository().defaultTheme(KSyntaxHighlighting::Repository::LightTheme));
    highlighter->setDefinition(syntaxRepository().definitionForName(definition));
}

// The last block with text (an empty line has no formats to check).
QTextBlock lastCodeBlock(const QTextDocument &document)
{
    QTextBlock block = document.lastBlock();
    while (block.isValid() && block.text().trimmed().isEmpty())
        block = block.previous();
    return block;
}

// The block numbers whose formats differ between the two documents.
QList<int> differences(const QTextDocument &a, const QTextDocument &b)
{
    QList<int> differ;
    if (a.blockCount() != b.blockCount())
        return { -1 };
    for (QTextBlock x = a.firstBlock(), y = b.firstBlock(); x.isValid(); x = x.next(), y = y.next()) {
        if (x.layout()->formats() != y.layout()->formats())
            differ << x.blockNumber();
    }
    return differ;
}

} // namespace

class TestSlicedHighlighter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void slicesEndWhereOnePassEnds()
    {
        QTextDocument reference, sliced;
        const QString text = pythonSource(60);
        reference.setPlainText(text);
        sliced.setPlainText(text);
        // Setting the definition highlights the whole document, in one pass
        // here, in slices there.
        auto *one = new KSyntaxHighlighting::SyntaxHighlighter(&reference);
        attach(one, u"Python"_s);
        auto *slices = new SlicedHighlighter(&sliced);
        slices->setSliceMs(0);
        QSignalSpy caughtUp(slices, &SlicedHighlighter::caughtUp);
        attach(slices, u"Python"_s);
        // One block in the pass; the rest is left for the event loop.
        QVERIFY(slices->isBehind());
        QVERIFY(!sliced.firstBlock().layout()->formats().isEmpty());
        QVERIFY(!lastCodeBlock(reference).layout()->formats().isEmpty());
        QVERIFY(lastCodeBlock(sliced).layout()->formats().isEmpty());
        QVERIFY(!differences(reference, sliced).isEmpty());

        QVERIFY(caughtUp.wait(30000));
        QVERIFY(!slices->isBehind());
        QCOMPARE(differences(reference, sliced), QList<int>());
    }

    void editWhileBehindStillEndsRight()
    {
        // Closing the string early changes the state of every block after
        // it: the reference is the edited text highlighted in one pass.
        const QString edit = u"\"\"\" + \"\"\""_s;
        QString edited = pythonSource(30);
        edited.insert(edited.indexOf(u"line 2 of"_s), edit);
        QTextDocument reference, sliced;
        reference.setPlainText(edited);
        auto *one = new KSyntaxHighlighting::SyntaxHighlighter(&reference);
        attach(one, u"Python"_s);

        sliced.setPlainText(pythonSource(30));
        auto *slices = new SlicedHighlighter(&sliced);
        slices->setSliceMs(0);
        QSignalSpy caughtUp(slices, &SlicedHighlighter::caughtUp);
        attach(slices, u"Python"_s);
        QVERIFY(slices->isBehind());
        // The edit, while most blocks have not been highlighted yet.
        QTextCursor cursor(sliced.findBlockByNumber(5));
        QCOMPARE(cursor.block().text(), u"line 2 of a string, not code: def return"_s);
        cursor.insertText(edit);
        QCOMPARE(sliced.toPlainText(), reference.toPlainText());
        QVERIFY(caughtUp.wait(30000));
        // KSyntaxHighlighting's own follow-up of changed states is queued too.
        QTRY_COMPARE_WITH_TIMEOUT(differences(reference, sliced), QList<int>(), 30000);
    }

    // A large document in the code editor: shown at once, highlighted in
    // slices of the default length.
    void editorHighlightsALargeDocumentInSlices()
    {
        CodeEditor editor;
        editor.setDefinitionByName(u"Python"_s);
        auto *slices = editor.document()->findChild<SlicedHighlighter *>();
        QVERIFY(slices);
        QCOMPARE(slices->sliceMs(), 10);
        QSignalSpy caughtUp(slices, &SlicedHighlighter::caughtUp);
        QString text;
        while (text.size() < 1024 * 1024)
            text += pythonSource(50);
        editor.setPlainText(text);
        editor.document()->setModified(false);
        QSignalSpy edited(&editor, &QPlainTextEdit::textChanged);
        QVERIFY(slices->isBehind()); // 1 MB is not highlighted in 10 ms
        QVERIFY(lastCodeBlock(*editor.document()).layout()->formats().isEmpty());
        QVERIFY(caughtUp.wait(600000));
        QVERIFY(!lastCodeBlock(*editor.document()).layout()->formats().isEmpty());
        // Slices are no edits.
        QCOMPARE(edited.count(), 0);
        QVERIFY(!editor.document()->isModified());
    }
};

QTEST_MAIN(TestSlicedHighlighter)
#include "tst_slicedhighlighter.moc"
