// SPDX-License-Identifier: MIT
// CodeEditor: syntax from the file name, folding, byte-exact saving, failed
// saves that lose nothing, and the theme following the palette.
#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QPalette>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <memory>

#include <unistd.h>

#include "tests/support/ciskip.h"
#include "widgets/editor/codeeditor.h"
#include "widgets/editor/codeeditorsidebar.h"
#include "widgets/editor/syntaxrepository.h"

using Bullpen::CodeEditor;
using namespace Qt::StringLiterals;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The block numbers that are hidden.
QList<int> hiddenBlocks(const CodeEditor &editor)
{
    QList<int> hidden;
    for (QTextBlock block = editor.document()->firstBlock(); block.isValid(); block = block.next()) {
        if (!block.isVisible())
            hidden.append(block.blockNumber());
    }
    return hidden;
}

const QByteArray PythonHandler = R"(import json


def handler(event, context):
    name = event.get("name")

    if name:
        return {"message": name}
    return {}


def other():
    pass
)";

const QByteArray JavaScriptHandler = R"(export const handler = async (event) => {
  if (event.name) {
    return { message: event.name };
  } else {
    return {};
  }
};

function other() {}
)";

const QByteArray SamTemplate = R"(Resources:
  HelloFunction:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      Runtime: python3.12

Outputs:
  Name:
    Value: !Ref HelloFunction
)";

QPalette paletteWithBase(const QColor &base, const QColor &text)
{
    QPalette palette = QApplication::palette();
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::Window, base);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::WindowText, text);
    return palette;
}

} // namespace

class TestCodeEditor : public QObject
{
    Q_OBJECT

    // Runs one row of this test as uid/gid 65534 with setpriv (as the CLI's
    // tests do): the save-failure path of a read-only folder fails for real
    // only without root. Under CI a missing setpriv fails the test.
    void runRowAsNobody(const QString &row)
    {
        if (QStandardPaths::findExecutable(u"setpriv"_s).isEmpty())
            BULLPEN_SKIP_UNLESS_CI(u"setpriv is missing; the read-only row needs an ordinary user"_s);
        QTemporaryDir dir(QDir::tempPath() + u"/bullpen-nobody-XXXXXX"_s);
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(u"tst_codeeditor"_s);
        QVERIFY(QFile::copy(QCoreApplication::applicationFilePath(), copy));
        QVERIFY(QFile::setPermissions(
            dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther));
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"XDG_RUNTIME_DIR"_s);
        env.insert(u"HOME"_s, QDir::tempPath());
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        child.setProcessEnvironment(env);
        child.setWorkingDirectory(QDir::tempPath());
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(u"setpriv"_s, { u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s, copy, row });
        QVERIFY(child.waitForFinished(60000));
        const QByteArray log = child.readAll();
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, log.constData());
        // It ran (not skipped) and passed as nobody.
        QVERIFY2(log.contains("PASS   : TestCodeEditor::failedSaveKeepsBuffer(read-only folder)"), log.constData());
    }

private Q_SLOTS:
    void init()
    {
        QApplication::setPalette(paletteWithBase(Qt::white, Qt::black));
        QVERIFY(m_dir.isValid());
    }

    void definitionForFileName_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("definition");
        QTest::newRow("python handler") << u"handler.py"_s << u"Python"_s;
        QTest::newRow("ES module") << u"index.mjs"_s << u"JavaScript"_s;
        QTest::newRow("CommonJS") << u"index.js"_s << u"JavaScript"_s;
        QTest::newRow("SAM template") << u"template.yaml"_s << u"YAML"_s;
        QTest::newRow("short YAML") << u"samconfig.yml"_s << u"YAML"_s;
        QTest::newRow("event") << u"events/event.json"_s << u"JSON"_s;
        QTest::newRow("TypeScript") << u"app.ts"_s << u"TypeScript"_s;
        QTest::newRow("unknown") << u"notes.bullpen-unknown"_s << QString();
    }

    void definitionForFileName()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, definition);
        CodeEditor editor;
        editor.setDefinitionForFileName(fileName);
        QCOMPARE(editor.definitionName(), definition);

        // Opening a file picks the same definition.
        const QString path = m_dir.filePath(fileName.section(u'/', -1));
        QVERIFY(writeFile(path, "x\n"));
        CodeEditor opened;
        QString error;
        QVERIFY2(opened.openFile(path, &error), qPrintable(error));
        QCOMPARE(opened.definitionName(), definition);
        QCOMPARE(opened.filePath(), path);
        QVERIFY(!opened.isModified());
    }

    void folding_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("block");
        QTest::addColumn<QList<int>>("hidden");
        // Python folds by indentation; the blank lines after a function stay.
        QTest::newRow("python function") << u"handler.py"_s << PythonHandler << 3 << QList<int> { 4, 5, 6, 7, 8 };
        QTest::newRow("python if") << u"handler.py"_s << PythonHandler << 6 << QList<int> { 7 };
        QTest::newRow("python last function") << u"handler.py"_s << PythonHandler << 11 << QList<int> { 12 };
        // A comment at column 0 inside a function does not end it.
        QTest::newRow("python comment") << u"handler.py"_s << "def f():\n    x = 1\n# note\n    return x\n\ny = 2\n"_ba
                                        << 0 << QList<int> { 1, 2, 3 };
        QTest::newRow("yaml resource") << u"template.yaml"_s << SamTemplate << 1 << QList<int> { 2, 3, 4, 5 };
        QTest::newRow("yaml resources") << u"template.yaml"_s << SamTemplate << 0 << QList<int> { 1, 2, 3, 4, 5 };
        // JavaScript folds by braces, closing line included...
        QTest::newRow("js function") << u"index.mjs"_s << JavaScriptHandler << 0 << QList<int> { 1, 2, 3, 4, 5, 6 };
        QTest::newRow("js else") << u"index.mjs"_s << JavaScriptHandler << 3 << QList<int> { 4, 5 };
        // ...except a closing line that opens the next block.
        QTest::newRow("js if before else") << u"index.mjs"_s << JavaScriptHandler << 1 << QList<int> { 2 };
    }

    void folding()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, text);
        QFETCH(int, block);
        QFETCH(QList<int>, hidden);

        const QString path = m_dir.filePath(fileName);
        QVERIFY(writeFile(path, text));
        CodeEditor editor;
        QVERIFY(editor.openFile(path));
        QVERIFY(hiddenBlocks(editor).isEmpty());
        QVERIFY(editor.isFoldable(block));
        QVERIFY(!editor.isFolded(block));

        QVERIFY(editor.foldBlock(block));
        QVERIFY(editor.isFolded(block));
        QCOMPARE(hiddenBlocks(editor), hidden);
        QVERIFY(!editor.isModified());

        QVERIFY(editor.unfoldBlock(block));
        QVERIFY(!editor.isFolded(block));
        QCOMPARE(hiddenBlocks(editor), QList<int>());
    }

    void notFoldable()
    {
        const QString path = m_dir.filePath(u"handler.py"_s);
        QVERIFY(writeFile(path, PythonHandler));
        CodeEditor editor;
        QVERIFY(editor.openFile(path));
        for (int block : { 0, 1, 4, 9, 12, 13 }) {
            QVERIFY2(!editor.isFoldable(block), qPrintable(QString::number(block)));
            QVERIFY(!editor.foldBlock(block));
        }
        QVERIFY(hiddenBlocks(editor).isEmpty());
    }

    void goToLineUnfolds()
    {
        const QString path = m_dir.filePath(u"handler.py"_s);
        QVERIFY(writeFile(path, PythonHandler));
        CodeEditor editor;
        QVERIFY(editor.openFile(path));
        QVERIFY(editor.foldBlock(3));
        QVERIFY(editor.foldBlock(11));
        editor.goToLine(8, 4); // "        return ..." inside the folded function
        QCOMPARE(editor.textCursor().blockNumber(), 7);
        QCOMPARE(editor.textCursor().positionInBlock(), 4);
        QVERIFY(!editor.isFolded(3));
        QVERIFY(editor.isFolded(11)); // the other fold stays
        QCOMPARE(hiddenBlocks(editor), QList<int> { 12 });
    }

    void sidebarClickFolds()
    {
        const QString path = m_dir.filePath(u"index.mjs"_s);
        QVERIFY(writeFile(path, JavaScriptHandler));
        CodeEditor editor;
        editor.resize(500, 400);
        QVERIFY(editor.openFile(path));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto *sidebar = editor.findChild<Bullpen::CodeEditorSidebar *>();
        QVERIFY(sidebar);
        QVERIFY(sidebar->width() > 0);

        const QTextCursor line2(editor.document()->findBlockByNumber(1));
        const QPoint where(sidebar->width() - 4, editor.cursorRect(line2).center().y());
        QTest::mouseClick(sidebar, Qt::LeftButton, {}, where);
        QTRY_VERIFY(editor.isFolded(1));
        QCOMPARE(hiddenBlocks(editor), QList<int> { 2 });
        QTest::mouseClick(sidebar, Qt::LeftButton, {}, where);
        QTRY_VERIFY(!editor.isFolded(1));
    }

    void saveRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("non-ASCII") << "# Grüße aus Köln — naïve café ✓ 🧢\nprint('ok')\n"_ba;
        QTest::newRow("no-break space") << "x = 1\xc2\xa0# a no-break space\n"_ba;
        QTest::newRow("CRLF") << "a = 1\r\nb = 2\r\n"_ba;
        QTest::newRow("no final newline") << "a = 1\nb = 2"_ba;
        QTest::newRow("byte-order mark") << "\xef\xbb\xbf"
                                            "a = 1\n"_ba;
        QTest::newRow("tabs and blank lines") << "def f():\n\treturn 1\n\n\n"_ba;
    }

    void saveRoundTrip()
    {
        QFETCH(QByteArray, bytes);
        const QString source = m_dir.filePath(u"source.py"_s);
        const QString target = m_dir.filePath(u"target.py"_s);
        QVERIFY(writeFile(source, bytes));
        CodeEditor editor;
        QString error;
        QVERIFY2(editor.openFile(source, &error), qPrintable(error));
        QVERIFY2(editor.saveFileAs(target, &error), qPrintable(error));
        QCOMPARE(readFile(target), bytes);
        QCOMPARE(editor.filePath(), target);
    }

    void saveWritesTypedText()
    {
        const QString path = m_dir.filePath(u"handler.py"_s);
        QVERIFY(writeFile(path, "old\n"));
        CodeEditor editor;
        QVERIFY(editor.openFile(path));
        editor.selectAll();
        editor.insertPlainText(u"def handler(event, context):\n    return \"Grüße ✓\"\n"_s);
        QVERIFY(editor.isModified());
        QString error;
        QVERIFY2(editor.saveFile(&error), qPrintable(error));
        QVERIFY(!editor.isModified());
        QCOMPARE(readFile(path), "def handler(event, context):\n    return \"Grüße ✓\"\n"_ba);
    }

    void openRejectsNonUtf8()
    {
        const QString path = m_dir.filePath(u"latin1.py"_s);
        QVERIFY(writeFile(path, "caf\xe9\n"_ba));
        CodeEditor editor;
        editor.setPlainText(u"kept"_s);
        QString error;
        QVERIFY(!editor.openFile(path, &error));
        QVERIFY2(error.contains(path) && error.contains(u"UTF-8"_s), qPrintable(error));
        QCOMPARE(editor.toPlainText(), u"kept"_s);
        QVERIFY(editor.filePath().isEmpty());
    }

    void failedSaveKeepsBuffer_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("read-only folder") << u"read-only"_s;
        QTest::newRow("target is a folder") << u"folder"_s;
        QTest::newRow("parent missing") << u"missing-parent"_s;
    }

    void failedSaveKeepsBuffer()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"handler.py"_s);
        QVERIFY(writeFile(path, "original\n"));

        CodeEditor editor;
        QVERIFY(editor.openFile(path));
        editor.moveCursor(QTextCursor::End);
        editor.insertPlainText(u"edited ✓\n"_s);
        const QString text = editor.toPlainText();
        QVERIFY(editor.isModified());

        QString target = path;
        if (kind == u"read-only") {
            if (::geteuid() == 0) {
                // Root ignores permissions: this row runs again as "nobody",
                // in a copy of this test any user can run.
                runRowAsNobody(u"failedSaveKeepsBuffer:read-only folder"_s);
                return;
            }
            QVERIFY(QFile::setPermissions(dir.path(),
                                          QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                                              | QFile::ReadOther | QFile::ExeOther));
        } else if (kind == u"folder") {
            target = dir.filePath(u"handler.js"_s);
            QVERIFY(QDir(dir.path()).mkdir(u"handler.js"_s));
        } else {
            target = dir.filePath(u"no/such/folder/handler.py"_s);
        }

        QString error;
        const bool saved = target == path ? editor.saveFile(&error) : editor.saveFileAs(target, &error);
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!saved);
        QVERIFY2(error.contains(QDir::toNativeSeparators(target)), qPrintable(error));
        // The system's reason follows the file name.
        QVERIFY2(error.size() > QDir::toNativeSeparators(target).size() + 20, qPrintable(error));
        QCOMPARE(editor.toPlainText(), text);
        QVERIFY(editor.isModified());
        QCOMPARE(editor.filePath(), path);
        QCOMPARE(editor.definitionName(), u"Python"_s);
        QCOMPARE(readFile(path), "original\n"_ba);
    }

    void saveWithoutFileName()
    {
        CodeEditor editor;
        editor.setPlainText(u"x"_s);
        QString error;
        QVERIFY(!editor.saveFile(&error));
        QVERIFY(!error.isEmpty());
    }

    void themeFollowsPalette()
    {
        auto &repository = Bullpen::syntaxRepository();
        const QString dark = repository.defaultTheme(KSyntaxHighlighting::Repository::DarkTheme).name();
        const QString light = repository.defaultTheme(KSyntaxHighlighting::Repository::LightTheme).name();
        QVERIFY(dark != light);

        QApplication::setPalette(paletteWithBase(QColor(0x20, 0x20, 0x20), Qt::white));
        // Inside a window, as in the application: palette changes reach
        // children and top-level widgets by different events.
        QWidget window;
        auto &editor = *new CodeEditor(&window);
        QCOMPARE(editor.themeName(), dark);
        QVERIFY(editor.themeFollowsPalette());
        // The theme's colours are copied into the editor's palette.
        QVERIFY(editor.palette().color(QPalette::Base).lightness() < 128);
        QVERIFY(editor.palette().color(QPalette::Text).lightness() > 128);

        QApplication::setPalette(paletteWithBase(Qt::white, Qt::black));
        QTRY_COMPARE(editor.themeName(), light);
        QVERIFY(editor.palette().color(QPalette::Base).lightness() >= 128);

        // A top-level editor follows too.
        CodeEditor alone;
        QCOMPARE(alone.themeName(), light);
        QApplication::setPalette(paletteWithBase(QColor(0x20, 0x20, 0x20), Qt::white));
        QTRY_COMPARE(alone.themeName(), dark);
        QTRY_COMPARE(editor.themeName(), dark);
    }

    void setThemeByName()
    {
        CodeEditor editor;
        const QString before = editor.themeName();
        QVERIFY(!editor.setTheme(u"No Such Theme"_s));
        QCOMPARE(editor.themeName(), before);
        QVERIFY(editor.themeFollowsPalette());

        const KSyntaxHighlighting::Theme solarized = Bullpen::syntaxRepository().theme(u"Solarized Dark"_s);
        QVERIFY(solarized.isValid());
        QVERIFY(editor.setTheme(solarized.name()));
        QCOMPARE(editor.themeName(), solarized.name());
        QVERIFY(!editor.themeFollowsPalette());
        QCOMPARE(editor.palette().color(QPalette::Base),
                 QColor::fromRgba(solarized.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));

        // A chosen theme outlives palette changes.
        QApplication::setPalette(paletteWithBase(QColor(0x20, 0x20, 0x20), Qt::white));
        QCoreApplication::processEvents();
        QCOMPARE(editor.themeName(), solarized.name());
    }

    void menus()
    {
        CodeEditor editor;
        editor.setDefinitionForFileName(u"handler.py"_s);
        std::unique_ptr<QMenu> syntax(editor.createSyntaxMenu(nullptr));
        Q_EMIT syntax->aboutToShow();
        QAction *javascript = nullptr;
        QStringList checked;
        int sections = 0;
        for (QAction *action : syntax->actions()) {
            if (!action->menu())
                continue;
            ++sections;
            for (QAction *item : action->menu()->actions()) {
                if (item->isChecked())
                    checked << item->text();
                if (item->text() == u"JavaScript")
                    javascript = item;
            }
        }
        QVERIFY(sections > 5);
        QCOMPARE(checked, QStringList { u"Python"_s });
        QVERIFY(javascript);
        javascript->trigger();
        QCOMPARE(editor.definitionName(), u"JavaScript"_s);

        std::unique_ptr<QMenu> themes(editor.createThemeMenu(nullptr));
        Q_EMIT themes->aboutToShow();
        QAction *target = nullptr;
        for (QAction *action : themes->actions()) {
            if (action->text() == u"Solarized Light")
                target = action;
        }
        QVERIFY(target);
        target->trigger();
        QCOMPARE(editor.themeName(), u"Solarized Light"_s);
        Q_EMIT themes->aboutToShow();
        QStringList checkedThemes;
        for (QAction *action : themes->actions()) {
            if (action->isChecked())
                checkedThemes << action->text();
        }
        QCOMPARE(checkedThemes, QStringList { u"Solarized Light"_s });
    }

    // The editor's own context menu: every entry of its Syntax submenu, and of
    // each section in it, has a label (definitions without a section are under
    // "Other", last), and every definition the menu offers is there once.
    void contextMenuSyntaxHasNoBlankEntry()
    {
        CodeEditor editor;
        editor.setDefinitionForFileName(u"handler.py"_s);
        editor.resize(400, 300);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QStringList blank;
        QStringList sections;
        QStringList offered;
        bool sawSyntax = false;
        // The menu runs its own loop: look at it from inside, then close it.
        QTimer::singleShot(0, &editor, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (QAction *action : menu->actions()) {
                if (!action->menu() || action->menu()->title() != u"&Syntax")
                    continue;
                sawSyntax = true;
                QMenu *syntax = action->menu();
                Q_EMIT syntax->aboutToShow();
                for (QAction *entry : syntax->actions()) {
                    if (entry->isSeparator())
                        continue;
                    if (entry->text().trimmed().isEmpty())
                        blank << u"(top level)"_s;
                    if (!entry->menu()) {
                        offered << entry->text();
                        continue;
                    }
                    sections << entry->text();
                    QStringList items;
                    for (QAction *item : entry->menu()->actions()) {
                        if (item->text().trimmed().isEmpty())
                            blank << entry->text();
                        items << item->text();
                    }
                    if (entry->text() == u"Other")
                        qInfo("definitions without a section: %s", qPrintable(items.join(u", "_s)));
                    offered << items;
                }
            }
            menu->close();
        });
        QContextMenuEvent event(QContextMenuEvent::Mouse, QPoint(20, 20), editor.mapToGlobal(QPoint(20, 20)));
        QApplication::sendEvent(editor.viewport(), &event);
        QVERIFY(sawSyntax);
        QCOMPARE(blank, QStringList());
        QVERIFY(sections.size() > 5);
        QCOMPARE(QSet<QString>(sections.begin(), sections.end()).size(), sections.size()); // each section once
        QVERIFY(offered.contains(u"Plain Text"_s));
        QVERIFY(offered.contains(u"Python"_s));
        // Every definition a user could pick is offered, none twice over.
        int visible = 0;
        for (const KSyntaxHighlighting::Definition &definition : Bullpen::syntaxRepository().definitions())
            visible += !definition.isHidden();
        QCOMPARE(offered.size(), visible + 1); // + Plain Text
        if (sections.contains(u"Other"_s))
            QCOMPARE(sections.constLast(), u"Other"_s);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestCodeEditor)
#include "tst_codeeditor.moc"
