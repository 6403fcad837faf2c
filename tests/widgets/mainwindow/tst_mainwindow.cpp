// SPDX-License-Identifier: MIT
// MainWindow as a file editor: files in tabs, the unsaved-changes question on
// close (of the window and of a tab), saving through the editor, Save All,
// errors reported without a modal loop, settings kept.
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include "widgets/editor/codeeditor.h"
#include "widgets/mainwindow/editortabs.h"
#include "widgets/mainwindow/mainwindow.h"

using Bullpen::MainWindow;
using namespace Qt::StringLiterals;

namespace {

// Answers the window's questions the way a test tells it to, and counts them.
class ScriptedWindow final : public MainWindow
{
public:
    SaveChoice answer = SaveChoice::Cancel;
    QString saveFileName;
    int asked = 0;
    QStringList askedNames;

protected:
    SaveChoice askToSaveChanges(const QStringList &names) override
    {
        ++asked;
        askedNames = names;
        return answer;
    }
    QString askOpenFileName() override { return {}; }
    QString askSaveFileName() override { return saveFileName; }
};

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

void typeAtEnd(MainWindow &window, const QString &text)
{
    window.editor()->moveCursor(QTextCursor::End);
    window.editor()->insertPlainText(text);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"BullpenTest"_s);
        QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
    }

    void init()
    {
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(u"handler.py"_s);
        QVERIFY(writeFile(m_file, "def handler(event, context):\n    return event\n"));
    }

    void opensFile()
    {
        ScriptedWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The SVG icon is compiled into bullpen_widgets and renders.
        QVERIFY(!window.windowIcon().pixmap(32, 32).isNull());
        QVERIFY(window.openFile(m_file));
        QCOMPARE(window.editor()->toPlainText(), u"def handler(event, context):\n    return event\n"_s);
        QCOMPARE(window.editor()->definitionName(), u"Python"_s);
        QVERIFY(window.windowTitle().contains(u"handler.py[*]"_s));
        QVERIFY(!window.isWindowModified());
        typeAtEnd(window, u"# edit\n"_s);
        QVERIFY(window.isWindowModified());
        QCOMPARE(window.asked, 0);
        window.answer = MainWindow::SaveChoice::Discard;
    }

    void closeAsks_data()
    {
        QTest::addColumn<int>("answer");
        QTest::addColumn<bool>("closes");
        QTest::addColumn<QByteArray>("onDisk");
        const QByteArray original = "def handler(event, context):\n    return event\n";
        QTest::newRow("cancel") << int(MainWindow::SaveChoice::Cancel) << false << original;
        QTest::newRow("discard") << int(MainWindow::SaveChoice::Discard) << true << original;
        QTest::newRow("save") << int(MainWindow::SaveChoice::Save) << true << original + "# edit ✓\n";
    }

    void closeAsks()
    {
        QFETCH(int, answer);
        QFETCH(bool, closes);
        QFETCH(QByteArray, onDisk);

        ScriptedWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(m_file));
        typeAtEnd(window, u"# edit ✓\n"_s);
        const QString text = window.editor()->toPlainText();

        window.answer = MainWindow::SaveChoice(answer);
        QCOMPARE(window.close(), closes);
        QCOMPARE(window.asked, 1);
        QCOMPARE(window.isVisible(), !closes);
        QCOMPARE(window.editor()->toPlainText(), text);
        QCOMPARE(readFile(m_file), onDisk);
        if (!closes) {
            window.answer = MainWindow::SaveChoice::Discard;
            QVERIFY(window.close());
        }
    }

    void closeUnmodifiedDoesNotAsk()
    {
        ScriptedWindow window;
        window.show();
        QVERIFY(window.openFile(m_file));
        QVERIFY(window.close());
        QCOMPARE(window.asked, 0);
    }

    void newOpensATab()
    {
        ScriptedWindow window;
        QVERIFY(window.openFile(m_file));
        typeAtEnd(window, u"x"_s);
        QVERIFY(window.newFile());
        QCOMPARE(window.asked, 0);
        QCOMPARE(window.tabs()->count(), 2);
        QVERIFY(window.editor()->toPlainText().isEmpty());
        QVERIFY(window.editor()->filePath().isEmpty());
        QVERIFY(window.windowTitle().startsWith(u"Untitled[*]"_s));
        QVERIFY(window.tabs()->editorFor(m_file)->isModified()); // the other tab keeps its edit
        window.answer = MainWindow::SaveChoice::Discard;
    }

    void openOpensATab()
    {
        const QString other = m_dir.filePath(u"index.mjs"_s);
        QVERIFY(writeFile(other, "export const handler = async () => 1;\n"));
        ScriptedWindow window;
        QVERIFY(window.openFile(m_file));
        QCOMPARE(window.tabs()->count(), 1); // the empty Untitled tab gave way
        typeAtEnd(window, u"x"_s);
        QVERIFY(window.openFile(other));
        QCOMPARE(window.asked, 0);
        QCOMPARE(window.tabs()->count(), 2);
        QCOMPARE(window.editor()->definitionName(), u"JavaScript"_s);
        QVERIFY(window.tabs()->tabText(0).contains(u"●"_s)); // unsaved mark
        QVERIFY(!window.tabs()->tabText(1).contains(u"●"_s));
        QVERIFY(window.openFile(m_file)); // already open: its tab becomes current
        QCOMPARE(window.tabs()->count(), 2);
        QCOMPARE(window.editor()->filePath(), m_file);
        window.answer = MainWindow::SaveChoice::Discard;
    }

    void closeTabAsks()
    {
        ScriptedWindow window;
        QVERIFY(window.openFile(m_file));
        window.newFile();
        window.tabs()->setCurrentIndex(0);
        typeAtEnd(window, u"x"_s);
        window.answer = MainWindow::SaveChoice::Cancel;
        QVERIFY(!window.closeTab(0));
        QCOMPARE(window.tabs()->count(), 2);
        QCOMPARE(window.askedNames, QStringList { u"handler.py"_s });
        window.answer = MainWindow::SaveChoice::Discard;
        QVERIFY(window.closeTab(0));
        QCOMPARE(window.tabs()->count(), 1);
        QVERIFY(window.closeTab(0)); // the last tab leaves an empty one
        QCOMPARE(window.tabs()->count(), 1);
        QCOMPARE(window.asked, 2);
    }

    void saveAllSavesEveryTab()
    {
        const QString other = m_dir.filePath(u"other.py"_s);
        QVERIFY(writeFile(other, "x = 1\n"));
        ScriptedWindow window;
        QVERIFY(window.openFile(m_file));
        typeAtEnd(window, u"# one\n"_s);
        QVERIFY(window.openFile(other));
        typeAtEnd(window, u"# two\n"_s);
        window.answer = MainWindow::SaveChoice::Cancel;
        QVERIFY(!window.close());
        QCOMPARE(window.askedNames, (QStringList { u"handler.py"_s, u"other.py"_s }));
        QAction *saveAll = window.findChild<QAction *>(u"saveAllAction"_s);
        QVERIFY(saveAll);
        QCOMPARE(saveAll->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
        saveAll->trigger();
        QVERIFY(readFile(m_file).endsWith("# one\n"));
        QCOMPARE(readFile(other), "x = 1\n# two\n"_ba);
        QVERIFY(window.tabs()->modifiedEditors().isEmpty());
        QVERIFY(window.close());
    }

    void saveWritesThrough()
    {
        ScriptedWindow window;
        QVERIFY(window.openFile(m_file));
        typeAtEnd(window, u"# Grüße\n"_s);
        QVERIFY(window.isWindowModified());
        QVERIFY(window.save());
        QVERIFY(!window.isWindowModified());
        QCOMPARE(readFile(m_file), "def handler(event, context):\n    return event\n# Grüße\n"_ba);
        QVERIFY(window.statusBar()->currentMessage().contains(u"handler.py"_s));
        QCOMPARE(window.asked, 0);
    }

    void saveUntitledAsksForName()
    {
        ScriptedWindow window;
        window.editor()->setPlainText(u"{\"key\": 1}\n"_s);
        const QString target = m_dir.filePath(u"event.json"_s);
        window.saveFileName = target;
        QVERIFY(window.save());
        QCOMPARE(readFile(target), "{\"key\": 1}\n"_ba);
        QCOMPARE(window.editor()->filePath(), target);
        QCOMPARE(window.editor()->definitionName(), u"JSON"_s);
        QVERIFY(window.windowTitle().startsWith(u"event.json[*]"_s));
    }

    void errorsAreReported()
    {
        ScriptedWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString missing = m_dir.filePath(u"no-such-file.py"_s);
        QVERIFY(!window.openFile(missing));
        QVERIFY(window.lastError().contains(missing));
        QCOMPARE(window.statusBar()->currentMessage(), window.lastError());
        // The message box is open without a nested event loop.
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>()) && box->isVisible());
        QCOMPARE(box->text(), window.lastError());
        box->accept();
    }

    void themeIsRemembered()
    {
        {
            ScriptedWindow window;
            QMenu *view = nullptr;
            for (QAction *action : window.menuBar()->actions()) {
                if (action->menu() && action->text() == u"&View")
                    view = action->menu();
            }
            QVERIFY(view);
            QMenu *themes = nullptr;
            for (QAction *action : view->actions()) {
                if (action->menu() && action->text() == u"&Theme")
                    themes = action->menu();
            }
            QVERIFY(themes);
            Q_EMIT themes->aboutToShow();
            QAction *choice = nullptr;
            for (QAction *action : themes->actions()) {
                if (action->text() == u"Solarized Dark")
                    choice = action;
            }
            QVERIFY(choice);
            choice->trigger();
            QCOMPARE(window.editor()->themeName(), u"Solarized Dark"_s);
            Q_EMIT themes->aboutToShow(); // rebuilds the actions: choice is gone
            QStringList checked;
            for (QAction *action : themes->actions()) {
                if (action->isChecked())
                    checked << action->text();
            }
            QCOMPARE(checked, QStringList { u"Solarized Dark"_s });
        }
        ScriptedWindow again;
        QCOMPARE(again.editor()->themeName(), u"Solarized Dark"_s);
        QVERIFY(!again.editor()->themeFollowsPalette());
        QCOMPARE(QSettings().value(u"editor/theme"_s).toString(), u"Solarized Dark"_s);

        // Back to automatic: nothing is remembered any more.
        again.editor()->setThemeFollowsPalette(true);
        QVERIFY(again.editor()->themeFollowsPalette());
        QVERIFY(!QSettings().contains(u"editor/theme"_s));
    }

    void geometryIsRemembered()
    {
        QSize size;
        {
            ScriptedWindow window;
            // Fits the offscreen platform's 800×600 screen, which restoreGeometry() clamps to.
            QVERIFY(window.minimumSizeHint().width() < 760);
            window.resize(763, 577); // not the default
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            size = window.size();
            QVERIFY(window.close());
        }
        ScriptedWindow again;
        QCOMPARE(again.size(), size);
    }

private:
    QTemporaryDir m_dir;
    QString m_file;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
