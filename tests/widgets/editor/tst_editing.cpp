// SPDX-License-Identifier: MIT
// The editor as people type into it: indentation that follows the file, find
// and replace, comments, brackets, find in project.
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMainWindow>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

#include "widgets/editor/codeeditor.h"
#include "widgets/editor/findbar.h"
#include "widgets/editor/findinproject.h"
#include "widgets/editor/indenter.h"

using Bullpen::CodeEditor;
using Bullpen::FindBar;
using Bullpen::FindInProject;
using Bullpen::Indenter;
using Bullpen::IndentStyle;
using namespace Qt::StringLiterals;

namespace {

QString pythonSample()
{
    return QStringLiteral(BULLPEN_SOURCE_DIR "/resources/samples/python-hello/hello_world/app.py");
}

// Python's own verdict on the text: empty when it compiles, else its error.
QString pythonError(const QString &text)
{
    QProcess python;
    python.start(QStringLiteral("python3"),
                 { QStringLiteral("-c"), QStringLiteral("import sys\ncompile(sys.stdin.read(), 'app.py', 'exec')") });
    if (!python.waitForStarted())
        return QStringLiteral("python3 did not start");
    python.write(text.toUtf8());
    python.closeWriteChannel();
    python.waitForFinished();
    return python.exitCode() == 0 ? QString() : QString::fromUtf8(python.readAllStandardError());
}

} // namespace

class TestEditing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detect_data()
    {
        QTest::addColumn<QString>("definition");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("tabs");
        QTest::addColumn<int>("width");
        QTest::newRow("python default") << u"Python"_s << u"import json\n"_s << false << 4;
        QTest::newRow("javascript default") << u"JavaScript"_s << u"const a = 1;\n"_s << false << 2;
        QTest::newRow("yaml default") << u"YAML"_s << u"a: 1\n"_s << false << 2;
        QTest::newRow("json default") << u"JSON"_s << u"{}\n"_s << false << 2;
        QTest::newRow("python in 2") << u"Python"_s << u"def f():\n  if x:\n    pass\n  return 1\n"_s << false << 2;
        QTest::newRow("javascript in 4") << u"JavaScript"_s
                                         << u"function f() {\n    if (x) {\n        return 1;\n    }\n}\n"_s << false
                                         << 4;
        QTest::newRow("tabs") << u"Python"_s << u"def f():\n\tif x:\n\t\tpass\n\treturn 1\n"_s << true << 4;
        QTest::newRow("continuation lines do not decide")
            << u"Python"_s << u"def f(a,\n        b):\n    x = 1\n    y = 2\n    if x:\n        pass\n"_s << false << 4;
    }
    void detect()
    {
        QFETCH(QString, definition);
        QFETCH(QString, text);
        QFETCH(bool, tabs);
        QFETCH(int, width);
        const IndentStyle style = Indenter::detect(text, definition);
        QCOMPARE(style.tabs, tabs);
        if (!style.tabs)
            QCOMPARE(style.width, width);
    }

    // The original defect: the first edited line of the Python sample raised TabError.
    void typingIntoThePythonSampleKeepsItPython()
    {
        CodeEditor editor;
        QVERIFY(editor.openFile(pythonSample()));
        QCOMPARE(editor.indentStyle(), (IndentStyle { false, 4 }));
        QVERIFY(pythonError(editor.toPlainText()).isEmpty());

        // The docstring's closing quotes: the line after the "context:" one.
        QTextCursor cursor = editor.document()->find(u"context: the Lambda context"_s);
        cursor.movePosition(QTextCursor::NextBlock);
        cursor.movePosition(QTextCursor::EndOfBlock);
        editor.setTextCursor(cursor);
        QCOMPARE(cursor.block().text(), u"    \"\"\""_s);

        QTest::keyClick(&editor, Qt::Key_Return);
        QTest::keyClicks(&editor, u"name = event.get(\"name\")"_s);
        QTest::keyClick(&editor, Qt::Key_Return);
        QTest::keyClicks(&editor, u"if name:"_s);
        QTest::keyClick(&editor, Qt::Key_Return); // one level deeper after ':'
        QTest::keyClicks(&editor, u"print(name)"_s);
        QTest::keyClick(&editor, Qt::Key_Return);
        QTest::keyClick(&editor, Qt::Key_Backspace); // back one level, not one space
        QTest::keyClicks(&editor, u"for i in range(2):"_s);
        QTest::keyClick(&editor, Qt::Key_Return);
        QTest::keyClick(&editor, Qt::Key_Backtab); // Shift+Tab: out of the loop...
        QTest::keyClick(&editor, Qt::Key_Tab); // ...and Tab back into it
        QTest::keyClicks(&editor, u"print(i)"_s);

        const QString text = editor.toPlainText();
        QVERIFY2(!text.contains(u'\t'), qPrintable(text));
        QVERIFY2(text.contains(u"\n        print(name)\n    for i in range(2):\n        print(i)\n"_s),
                 qPrintable(text));
        const QString error = pythonError(text);
        QVERIFY2(error.isEmpty(), qPrintable(error + u'\n' + text));
    }

    void tabInsertsTheFileIndentation_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("python") << u"a.py"_s << u"x = 1\n"_s << u"    x = 1\n"_s;
        QTest::newRow("javascript") << u"a.mjs"_s << u"x = 1;\n"_s << u"  x = 1;\n"_s;
        QTest::newRow("tab-indented file") << u"a.py"_s << u"def f():\n\tpass\n"_s << u"\tdef f():\n\tpass\n"_s;
    }
    void tabInsertsTheFileIndentation()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, text);
        QTemporaryDir dir;
        QFile file(dir.filePath(fileName));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
        file.close();
        CodeEditor editor;
        QVERIFY(editor.openFile(file.fileName()));
        editor.moveCursor(QTextCursor::Start);
        QTest::keyClick(&editor, Qt::Key_Tab);
        QTEST(editor.toPlainText(), "expected");
    }

    void enterKeepsIndentation_data()
    {
        QTest::addColumn<QString>("definition");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected");
        QTest::newRow("python keeps") << u"Python"_s << u"    x = 1"_s << u"y"_s << u"    x = 1\n    y"_s;
        QTest::newRow("python colon") << u"Python"_s << u"    if x:"_s << u"y"_s << u"    if x:\n        y"_s;
        QTest::newRow("python return") << u"Python"_s << u"        return x"_s << u"y"_s
                                       << u"        return x\n    y"_s;
        QTest::newRow("javascript brace") << u"JavaScript"_s << u"  if (x) {"_s << u"y"_s << u"  if (x) {\n    y"_s;
        QTest::newRow("javascript pair") << u"JavaScript"_s << u"const f = () => {}"_s << u"y"_s
                                         << u"const f = () => {\n  y\n}"_s;
        QTest::newRow("json bracket") << u"JSON"_s << u"{\n  \"a\": ["_s << u"1"_s << u"{\n  \"a\": [\n    1"_s;
        QTest::newRow("yaml colon") << u"YAML"_s << u"Resources:"_s << u"A"_s << u"Resources:\n  A"_s;
    }
    void enterKeepsIndentation()
    {
        QFETCH(QString, definition);
        QFETCH(QString, text);
        CodeEditor editor;
        editor.setDefinitionByName(definition);
        editor.setPlainText(text);
        editor.moveCursor(QTextCursor::End);
        if (text.endsWith(u'}'))
            editor.moveCursor(QTextCursor::PreviousCharacter); // between the braces
        QTest::keyClick(&editor, Qt::Key_Return);
        QFETCH(QString, typed);
        QTest::keyClicks(&editor, typed);
        QTEST(editor.toPlainText(), "expected");
    }

    void selectionIndentsAsABlock()
    {
        CodeEditor editor;
        editor.setDefinitionByName(u"Python"_s);
        editor.setPlainText(u"a = 1\n\nb = 2\nc = 3\n"_s);
        QTextCursor cursor(editor.document());
        cursor.setPosition(2);
        cursor.setPosition(editor.document()->findBlockByNumber(2).position() + 1, QTextCursor::KeepAnchor);
        editor.setTextCursor(cursor);
        QTest::keyClick(&editor, Qt::Key_Tab);
        QCOMPARE(editor.toPlainText(), u"    a = 1\n\n    b = 2\nc = 3\n"_s);
        QTest::keyClick(&editor, Qt::Key_Tab);
        QCOMPARE(editor.toPlainText(), u"        a = 1\n\n        b = 2\nc = 3\n"_s);
        QTest::keyClick(&editor, Qt::Key_Backtab);
        QCOMPARE(editor.toPlainText(), u"    a = 1\n\n    b = 2\nc = 3\n"_s);
        // One undo step per command.
        editor.undo();
        QCOMPARE(editor.toPlainText(), u"        a = 1\n\n        b = 2\nc = 3\n"_s);
    }

    void toggleComment_data()
    {
        QTest::addColumn<QString>("definition");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("commented");
        QTest::newRow("python") << u"Python"_s << u"def f():\n    x = 1\n        y = 2\n"_s
                                << u"# def f():\n#     x = 1\n#         y = 2\n"_s;
        QTest::newRow("yaml") << u"YAML"_s << u"a: 1\n"_s << u"# a: 1\n"_s;
        QTest::newRow("javascript") << u"JavaScript"_s << u"  a();\n    b();\n"_s << u"  // a();\n  //   b();\n"_s;
    }
    void toggleComment()
    {
        QFETCH(QString, definition);
        QFETCH(QString, text);
        CodeEditor editor;
        editor.setDefinitionByName(definition);
        editor.setPlainText(text);
        editor.selectAll();
        QAction *toggle = editor.findChild<QAction *>(u"toggleCommentAction"_s);
        QVERIFY(toggle);
        QCOMPARE(toggle->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Slash));
        toggle->trigger();
        QTEST(editor.toPlainText(), "commented");
        toggle->trigger();
        QCOMPARE(editor.toPlainText(), text);
    }

    void jsonHasNoComments()
    {
        CodeEditor editor;
        editor.setDefinitionByName(u"JSON"_s);
        editor.setPlainText(u"{}"_s);
        QVERIFY(!editor.toggleComment());
        QCOMPARE(editor.toPlainText(), u"{}"_s);
    }

    void editingActions()
    {
        CodeEditor editor;
        QStringList names;
        for (QAction *action : editor.editingActions()) {
            names << action->objectName();
            QVERIFY(!action->shortcut().isEmpty());
            QCOMPARE(action->shortcutContext(), Qt::WidgetWithChildrenShortcut);
        }
        QCOMPARE(names,
                 (QStringList { u"findAction"_s, u"replaceAction"_s, u"goToLineAction"_s, u"toggleCommentAction"_s,
                                u"selectAllAction"_s }));
        editor.setPlainText(u"abc\ndef"_s);
        editor.editingActions().last()->trigger();
        QCOMPARE(editor.textCursor().selectedText(), u"abc\u2029def"_s);
    }

    void findAndReplace()
    {
        QMainWindow window;
        auto *editor = new CodeEditor(&window);
        window.setCentralWidget(editor);
        // A window-wide Escape (the window's Stop) must not eat the find bar's.
        auto *stop = new QAction(&window);
        stop->setShortcut(Qt::Key_Escape);
        window.addAction(stop);
        QSignalSpy stopped(stop, &QAction::triggered);
        window.resize(700, 400);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        editor->setPlainText(u"foo Foo food\nfoo_bar foo\n"_s);
        editor->setFocus();

        QTest::keyClick(editor, Qt::Key_H, Qt::ControlModifier);
        FindBar *bar = editor->findBar();
        QTRY_VERIFY(bar->isVisible());
        QVERIFY(bar->isReplaceVisible());
        // The bar sits below the text, not over it.
        QVERIFY(bar->geometry().top() > editor->viewport()->geometry().bottom());

        bar->setFindText(u"foo"_s);
        QCOMPARE(bar->matchCount(), 5);
        bar->setCaseSensitive(true);
        QCOMPARE(bar->matchCount(), 4);
        bar->setWholeWords(true);
        QCOMPARE(bar->matchCount(), 2);
        bar->setWholeWords(false);
        bar->setRegularExpression(true);
        bar->setFindText(u"fo(o)(d?)\\b"_s);
        QCOMPARE(bar->matchCount(), 3); // foo, food, foo at the end; not foo_bar
        bar->setReplaceText(u"b\\1\\2"_s);
        QCOMPARE(bar->replaceAll(), 3);
        QCOMPARE(editor->toPlainText(), u"bo Foo bod\nfoo_bar bo\n"_s);
        editor->undo(); // one step
        QCOMPARE(editor->toPlainText(), u"foo Foo food\nfoo_bar foo\n"_s);

        bar->setRegularExpression(false);
        bar->setFindText(u"foo"_s);
        editor->moveCursor(QTextCursor::Start);
        QVERIFY(bar->findNext());
        QCOMPARE(editor->textCursor().selectionStart(), 0);
        QVERIFY(bar->findNext());
        QCOMPARE(editor->textCursor().selectionStart(), 8); // "food", case-sensitive
        QVERIFY(bar->findPrevious());
        QCOMPARE(editor->textCursor().selectionStart(), 0);
        bar->setFindText(u"(unclosed"_s);
        bar->setRegularExpression(true);
        QCOMPARE(bar->matchCount(), -1);

        bar->setRegularExpression(false);
        bar->setFindText(u"foo"_s);
        saveScreenshot(editor, u"editor-find"_s);
        bar->findChild<QLineEdit *>(u"findText"_s)->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(!bar->isVisible());
        QCOMPARE(stopped.count(), 0);
        QVERIFY(editor->hasFocus());
    }

    void bracketMatching()
    {
        CodeEditor editor;
        editor.setDefinitionByName(u"JavaScript"_s);
        editor.setPlainText(u"f(a[1], { b: (2) });"_s);
        QTextCursor cursor(editor.document());
        cursor.setPosition(1); // before "("
        editor.setTextCursor(cursor);
        QCOMPARE(editor.matchedBrackets(), std::make_pair(1, 18));
        cursor.setPosition(19); // after ")"
        editor.setTextCursor(cursor);
        QCOMPARE(editor.matchedBrackets(), std::make_pair(18, 1));
        cursor.setPosition(8); // before "{"
        editor.setTextCursor(cursor);
        QCOMPARE(editor.matchedBrackets(), std::make_pair(8, 17));
        cursor.setPosition(11); // on "b"? no: after ":"... at no bracket
        editor.setTextCursor(cursor);
        QCOMPARE(editor.matchedBrackets(), std::make_pair(-1, -1));
        // The highlight is there as an extra selection.
        cursor.setPosition(1);
        editor.setTextCursor(cursor);
        QCOMPARE(editor.extraSelections().size(), 3);
    }

    // Across lines, both ways; and a partner more than a million characters
    // away is not looked for (the hint gives up, as in most editors).
    void bracketMatchingAcrossLinesAndItsReach()
    {
        CodeEditor editor;
        const QString line = u"  [1, 2, 3],\n"_s;
        QString text = u"{\n"_s;
        while (text.size() < 100000)
            text += line;
        text += u"}\n"_s;
        editor.setPlainText(text);
        const int close = int(text.size()) - 2;
        QTextCursor cursor(editor.document());
        cursor.setPosition(0);
        editor.setTextCursor(cursor);
        QCOMPARE(editor.matchedBrackets(), std::make_pair(0, close));
        cursor.setPosition(close + 1); // after "}"
        editor.setTextCursor(cursor);
        QCOMPARE(editor.matchedBrackets(), std::make_pair(close, 0));

        while (text.size() < 1100000)
            text.insert(2, line);
        editor.setPlainText(text);
        cursor = QTextCursor(editor.document());
        cursor.setPosition(0);
        editor.setTextCursor(cursor);
        QCOMPARE(editor.matchedBrackets(), std::make_pair(-1, -1));
        cursor.setPosition(4); // before the first "[": its partner is near
        editor.setTextCursor(cursor);
        QCOMPARE(editor.matchedBrackets(), std::make_pair(4, 12));
    }

    void findInProject()
    {
        QTemporaryDir dir;
        auto write = [&dir](const QString &name, const QByteArray &bytes) {
            QDir().mkpath(QFileInfo(dir.filePath(name)).absolutePath());
            QFile file(dir.filePath(name));
            return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
        };
        QVERIFY(write(u"app.py"_s, "import json\n\ndef handler(event, context):\n    return json.dumps(event)\n"));
        QVERIFY(write(u"lib/util.py"_s, "def Handler():\n    pass\n"));
        QVERIFY(write(u"node_modules/x/index.js"_s, "handler\n"));
        QVERIFY(write(u"binary.bin"_s, QByteArray("handler\0", 8)));
        FindInProject find;
        find.setRootPath(dir.path());
        QCOMPARE(find.search(u"handler"_s), 2);
        QCOMPARE(find.matches().at(0).path, dir.filePath(u"app.py"_s));
        QCOMPARE(find.matches().at(0).line, 3);
        QCOMPARE(find.matches().at(0).column, 4);
        QCOMPARE(find.matches().at(1).path, dir.filePath(u"lib/util.py"_s));
        find.setCaseSensitive(true);
        QCOMPARE(find.search(u"handler"_s), 1);
        find.setRegularExpression(true);
        QCOMPARE(find.search(u"json\\.\\w+\\("_s), 1);
        QSignalSpy activated(&find, &FindInProject::locationActivated);
        find.activate(0);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first(), (QVariantList { dir.filePath(u"app.py"_s), 4, 11 }));
    }

private:
    // Writes a picture of the widget when BULLPEN_SCREENSHOT_DIR is set, to look at.
    static void saveScreenshot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("BULLPEN_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            widget->window()->grab().save(dir + u'/' + name + u".png"_s);
    }
};

QTEST_MAIN(TestEditing)
#include "tst_editing.moc"
