// SPDX-License-Identifier: MIT
// Kate's swap files for the editor tabs: SwapStore's files (where, what, how
// they are read back), EditorRecovery writing them shortly after an edit and
// removing them on save, undo, Discard and a clean close, the RecoveryBar it
// offers a swap left behind with (Recover, Show Differences, Discard, the
// keyboard), and the window's part: swaps and event drafts gone after the
// question, kept on SIGTERM. tests/app/gui/tst_windowkill does the same end to
// end with a window killed by SIGKILL.
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QVBoxLayout>

#include "engine/project/project.h"
#include "engine/project/projectsamples.h"
#include "engine/project/swapfiles.h"
#include "widgets/editor/codeeditor.h"
#include "widgets/editor/recoverybar.h"
#include "widgets/events/eventbuilder.h"
#include "widgets/mainwindow/editorpanel.h"
#include "widgets/mainwindow/editorrecovery.h"
#include "widgets/mainwindow/editortabs.h"
#include "widgets/mainwindow/mainwindow.h"

using namespace Bullpen;
using namespace Qt::StringLiterals;

namespace {

// A process number no process has (above Linux's pid_max): a swap "left by a
// window that was killed".
constexpr qint64 DeadPid = 0x7ffffff0;

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

void typeAtEnd(CodeEditor *editor, const QString &text)
{
    editor->moveCursor(QTextCursor::End);
    editor->insertPlainText(text);
}

class ScriptedWindow final : public MainWindow
{
public:
    SaveChoice answer = SaveChoice::Cancel;

protected:
    SaveChoice askToSaveChanges(const QStringList &) override { return answer; }
    QString askOpenFileName() override { return {}; }
    QString askSaveFileName() override { return {}; }
};

} // namespace

class TestEditorRecovery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_swapDir;
    QString m_file;

    SwapStore store() const { return SwapStore(m_swapDir); }

    // A swap of m_file "left by a killed window", with text.
    void leaveSwap(const QString &text)
    {
        QString error;
        QVERIFY2(store().write(m_file, {}, text, &error, DeadPid), qPrintable(error));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"BullpenTest"_s);
        QCoreApplication::setApplicationName(u"tst_editorrecovery"_s);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_swapDir = m_dir.filePath(u"swap-"_s + QString::fromLatin1(QTest::currentTestFunction()));
        QDir(m_swapDir).removeRecursively();
        const QString project = m_dir.filePath(u"project"_s);
        QDir().mkpath(project);
        m_file = project + u"/handler.py"_s;
        QVERIFY(writeFile(m_file, "def handler(event, context):\n    return event\n"));
    }

    // ------------------------------------------------------------ the store

    void storeKeepsSwapsOutsideTheProjectByPath()
    {
        const SwapStore s = store();
        QVERIFY(s.write(m_file, {}, u"edited\n"_s));
        const QString swap = s.swapPathFor(m_file);
        QVERIFY(swap.startsWith(m_swapDir + u'/'));
        QVERIFY(QFile::exists(swap));
        // Keyed by the absolute path: the same file through a relative path is the same swap.
        QCOMPARE(s.swapPathFor(QDir::current().relativeFilePath(m_file)), swap);
        QVERIFY(s.swapPathFor(m_file + u"2"_s) != swap);
        // Nothing in the project folder.
        QCOMPARE(QDir(QFileInfo(m_file).path()).entryList(QDir::Files), QStringList { u"handler.py"_s });

        const auto read = s.read(swap);
        QVERIFY(read);
        QCOMPARE(read->path, m_file);
        QCOMPARE(read->text, u"edited\n"_s);
        QCOMPARE(read->pid, QCoreApplication::applicationPid());
        QVERIFY(read->takenAt.isValid());
        QCOMPARE(read->diskState(), SwapFile::Disk::Unchanged);
        QVERIFY(!read->sameAsDisk());
        QCOMPARE(s.all().size(), 1);

        QVERIFY(s.remove(m_file));
        QVERIFY(!QFile::exists(swap));
        QVERIFY(s.all().isEmpty());
    }

    void storeSaysWhatBecameOfTheFile()
    {
        const SwapStore s = store();
        QVERIFY(s.write(m_file, {}, u"edited\n"_s));
        QVERIFY(writeFile(m_file, "changed by another program\n"));
        QCOMPARE(s.read(s.swapPathFor(m_file))->diskState(), SwapFile::Disk::ChangedSince);
        QVERIFY(QFile::remove(m_file));
        QCOMPARE(s.read(s.swapPathFor(m_file))->diskState(), SwapFile::Disk::Missing);
        // The same text as on disk, CRLF or not: nothing to recover.
        QVERIFY(writeFile(m_file, "same\r\ntext\r\n"));
        QVERIFY(s.write(m_file, {}, u"same\ntext\n"_s));
        QVERIFY(s.read(s.swapPathFor(m_file))->sameAsDisk());
        // Untitled documents by their own key.
        QVERIFY(s.write({}, u"abc"_s, u"scratch"_s));
        const auto untitled = s.read(s.swapPathFor({}, u"abc"_s));
        QVERIFY(untitled && untitled->isUntitled());
        QCOMPARE(untitled->text, u"scratch"_s);
        QCOMPARE(untitled->diskState(), SwapFile::Disk::Missing);
        // Not a swap of ours: not read.
        QVERIFY(writeFile(m_swapDir + u"/junk.swp"_s, "no header"));
        QCOMPARE(s.all().size(), 2);
    }

    // ------------------------------------------------------------ writing and removing

    void editsGoToASwapShortlyAfterAndGoWhenSaved()
    {
        EditorTabs tabs;
        EditorRecovery recovery(&tabs, store());
        recovery.setDelay(20);
        CodeEditor *editor = tabs.openFile(m_file);
        QVERIFY(editor);
        const QString swap = store().swapPathFor(m_file);
        QVERIFY(!QFile::exists(swap)); // nothing unsaved, nothing written
        typeAtEnd(editor, u"# one\n"_s);
        QTRY_VERIFY(QFile::exists(swap));
        QTRY_VERIFY(store().read(swap)->text.endsWith(u"# one\n"_s));
        typeAtEnd(editor, u"# two\u00a0nbsp\n"_s);
        QTRY_VERIFY(store().read(swap)->text.endsWith(u"# one\n# two\u00a0nbsp\n"_s));
        QCOMPARE(readFile(m_file), "def handler(event, context):\n    return event\n"); // never the file itself

        QVERIFY(tabs.save(editor));
        QTRY_VERIFY(!QFile::exists(swap));
        // Undoing back to the saved text removes it too.
        typeAtEnd(editor, u"x"_s);
        QTRY_VERIFY(QFile::exists(swap));
        editor->undo();
        QVERIFY(!editor->isModified());
        QTRY_VERIFY(!QFile::exists(swap));
    }

    void forgetAndFlush()
    {
        EditorTabs tabs;
        EditorRecovery recovery(&tabs, store());
        recovery.setDelay(60'000); // only flush() writes
        CodeEditor *editor = tabs.openFile(m_file);
        typeAtEnd(editor, u"# kept\n"_s);
        CodeEditor *untitled = tabs.newDocument();
        untitled->insertPlainText(u"scratch"_s);
        recovery.flush(); // written and on disk when it returns
        const QList<SwapFile> swaps = store().all();
        QCOMPARE(swaps.size(), 2);
        QStringList texts;
        for (const SwapFile &s : swaps)
            texts << s.text;
        texts.sort();
        QCOMPARE(texts.last(), u"scratch"_s);
        QVERIFY(texts.first().endsWith(u"# kept\n"_s));

        recovery.forget(editor); // the tab closed with Discard
        recovery.flush();
        QCOMPARE(store().all().size(), 1);
        recovery.forgetAll(); // a clean close: every swap goes, nothing more is written
        recovery.stop();
        recovery.flush(); // only waits for the writer once stopped
        QVERIFY(store().all().isEmpty());
        typeAtEnd(editor, u"# after the close\n"_s);
        recovery.flush();
        QVERIFY(store().all().isEmpty());
    }

    // ------------------------------------------------------------ offers

    void offersASwapInABarAndRecovers()
    {
        leaveSwap(u"def handler(event, context):\n    return {'recovered': True}\n"_s);
        QWidget window;
        auto *tabs = new EditorTabs(&window);
        (new QVBoxLayout(&window))->addWidget(tabs);
        EditorRecovery recovery(tabs, store());
        recovery.setDelay(20);
        window.resize(900, 500);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QSignalSpy offered(&recovery, &EditorRecovery::offered);
        QCOMPARE(recovery.offer(QFileInfo(m_file).path()), 1);
        QCOMPARE(offered.size(), 1);
        CodeEditor *editor = tabs->currentEditor();
        QCOMPARE(editor->filePath(), m_file);
        RecoveryBar *bar = recovery.barOf(editor);
        QVERIFY(bar);
        QCOMPARE(editor->messageBar(), bar);
        QVERIFY(bar->isVisible());
        QVERIFY(bar->geometry().bottom() < editor->viewport()->geometry().top() + 1); // above the text
        QVERIFY2(bar->message().contains(u"handler.py"_s) && bar->message().contains(u"never saved"_s),
                 qPrintable(bar->message()));
        QVERIFY(!bar->message().contains(u"changed on disk"_s));
        QVERIFY(editor->isReadOnly()); // until answered
        QVERIFY(!editor->isModified());
        // Offered once: a second look finds it taken.
        QCOMPARE(recovery.offer(QFileInfo(m_file).path()), 0);

        bar->recoverButton()->click();
        QVERIFY(!recovery.barOf(editor));
        QTRY_VERIFY(!editor->messageBar());
        QVERIFY(!editor->isReadOnly());
        QVERIFY(editor->isModified()); // unsaved: nothing written behind the user's back
        QCOMPARE(editor->toPlainText(), u"def handler(event, context):\n    return {'recovered': True}\n"_s);
        QCOMPARE(readFile(m_file), "def handler(event, context):\n    return event\n");
        QCOMPARE(editor->textCursor().blockNumber(), 1); // at the first line that differs
        // Undo gives the file's text back in one step.
        editor->undo();
        QCOMPARE(editor->toPlainText(), u"def handler(event, context):\n    return event\n"_s);
        editor->redo();
        // The swap is the tab's own now: saving removes it.
        QVERIFY(tabs->save(editor));
        QTRY_VERIFY(store().all().isEmpty());
    }

    void discardDeletesTheSwapAndLeavesTheFile()
    {
        leaveSwap(u"thrown away\n"_s);
        EditorTabs tabs;
        EditorRecovery recovery(&tabs, store());
        QCOMPARE(recovery.offer(), 1);
        CodeEditor *editor = tabs.currentEditor();
        recovery.barOf(editor)->discardButton()->click();
        recovery.flush();
        QVERIFY(store().all().isEmpty());
        QVERIFY(!editor->isModified());
        QVERIFY(!editor->isReadOnly());
        QCOMPARE(readFile(m_file), "def handler(event, context):\n    return event\n");
    }

    void saysWhenTheFileChangedOnDiskSince()
    {
        leaveSwap(u"edited over the old version\n"_s);
        QVERIFY(writeFile(m_file, "a newer version\n"));
        EditorTabs tabs;
        EditorRecovery recovery(&tabs, store());
        QCOMPARE(recovery.offer(QFileInfo(m_file).path()), 1);
        const QString message = recovery.barOf(tabs.currentEditor())->message();
        QVERIFY2(message.contains(u"changed on disk since"_s), qPrintable(message));
    }

    void offersTheEditsOfAFileThatIsGone()
    {
        leaveSwap(u"the only copy\n"_s);
        QVERIFY(QFile::remove(m_file));
        EditorTabs tabs;
        EditorRecovery recovery(&tabs, store());
        QCOMPARE(recovery.offer(QFileInfo(m_file).path()), 1);
        CodeEditor *editor = tabs.currentEditor();
        QVERIFY(editor->filePath().isEmpty());
        const QString message = recovery.barOf(editor)->message();
        QVERIFY2(message.contains(u"no longer exists"_s) && message.contains(QDir::toNativeSeparators(m_file)),
                 qPrintable(message));
        recovery.recover(editor);
        QCOMPARE(editor->filePath(), m_file); // Save writes it again
        QVERIFY(editor->isModified());
        QCOMPARE(editor->toPlainText(), u"the only copy\n"_s);
        QVERIFY(tabs.save(editor));
        QCOMPARE(readFile(m_file), "the only copy\n");
    }

    void offersUntitledDocuments()
    {
        QVERIFY(store().write({}, u"u1"_s, u"a scratch note"_s, nullptr, DeadPid));
        EditorTabs tabs;
        EditorRecovery recovery(&tabs, store());
        recovery.setDelay(20);
        QCOMPARE(recovery.offer(QFileInfo(m_file).path()), 0); // not a file of the project
        QCOMPARE(recovery.offer(), 1); // at the start: everything
        CodeEditor *editor = tabs.currentEditor();
        QVERIFY(recovery.barOf(editor)->message().contains(u"untitled"_s));
        recovery.recover(editor);
        QCOMPARE(editor->toPlainText(), u"a scratch note"_s);
        // Its next write replaces the same swap, not a second one.
        typeAtEnd(editor, u"!"_s);
        QTRY_COMPARE(store().read(store().swapPathFor({}, u"u1"_s))->text, u"a scratch note!"_s);
        QCOMPARE(store().all().size(), 1);
    }

    void offersNothingThatNeedsNoRecovery()
    {
        const SwapStore s = store();
        // The same text as on disk: removed without a word.
        QVERIFY(s.write(m_file, {}, QString::fromUtf8(readFile(m_file)), nullptr, DeadPid));
        EditorTabs tabs;
        EditorRecovery recovery(&tabs, s);
        QCOMPARE(recovery.offer(), 0);
        recovery.flush();
        QVERIFY(s.all().isEmpty());
        // This process's own (a window of this process still has the edits).
        QVERIFY(s.write(m_file, {}, u"mine\n"_s));
        QCOMPARE(recovery.offer(), 0);
        QCOMPARE(s.all().size(), 1);
    }

    void barIsReachedWithTheKeyboard()
    {
        leaveSwap(u"edited\n"_s);
        QWidget window;
        auto *tabs = new EditorTabs(&window);
        (new QVBoxLayout(&window))->addWidget(tabs);
        EditorRecovery recovery(tabs, store());
        window.resize(900, 500);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QCOMPARE(recovery.offer(), 1);
        CodeEditor *editor = tabs->currentEditor();
        RecoveryBar *bar = recovery.barOf(editor);
        // The offer takes the keyboard, on Recover.
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(bar->recoverButton()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(bar->differencesButton()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(bar->discardButton()));
        // Escape hands the focus to the text and leaves the question open.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(editor));
        QVERIFY(recovery.barOf(editor));
        // Show Differences: a window beside, not modal, with the changed line.
        bar->differencesButton()->setFocus();
        QTest::keyClick(bar->differencesButton(), Qt::Key_Space);
        auto *differences = window.findChild<QDialog *>(u"recoveryDifferences"_s);
        QVERIFY(differences);
        QVERIFY(differences->isVisible());
        QVERIFY(!differences->isModal());
        const QString shown = differences->findChild<QTextEdit *>()->toPlainText();
        QVERIFY2(shown.contains(u"+ edited"_s) && shown.contains(u"- def handler(event, context):"_s),
                 qPrintable(shown));
        differences->close();
        // Return on the focused button answers.
        bar->recoverButton()->setFocus();
        QTest::keyClick(bar->recoverButton(), Qt::Key_Return);
        QVERIFY(!recovery.barOf(editor));
        QCOMPARE(editor->toPlainText(), u"edited\n"_s);
    }

    // ------------------------------------------------------------ the window

    // The window's swaps go with the question's answer (Discard or Save), and
    // stay when it is terminated; the event builder's draft the same.
    void windowRemovesSwapsAfterTheQuestion_data()
    {
        QTest::addColumn<MainWindow::SaveChoice>("answer");
        QTest::newRow("Discard") << MainWindow::SaveChoice::Discard;
        QTest::newRow("Save") << MainWindow::SaveChoice::Save;
    }

    void windowRemovesSwapsAfterTheQuestion()
    {
        QFETCH(MainWindow::SaveChoice, answer);
        QDir(EditorPanel::recoveryDirectory()).removeRecursively();
        const QString project = m_dir.filePath(u"window-%1"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
        ProjectError error;
        QVERIFY2(ProjectSamples::create(u"python-hello"_s, project, &error), qPrintable(error.toString()));
        ScriptedWindow window;
        window.show();
        QVERIFY(window.openProject(project));
        window.panel<EditorPanel>()->recovery()->setDelay(20);
        typeAtEnd(window.editor(), u"# unsaved\n"_s);
        const SwapStore swaps(EditorPanel::recoveryDirectory());
        QTRY_COMPARE(swaps.all().size(), 1);
        QVERIFY(swaps.all().constFirst().text.endsWith(u"# unsaved\n"_s));
        QVERIFY(swaps.all().constFirst().path.startsWith(project + u'/'));
        // Closing the tab with Discard removes its swap.
        window.answer = MainWindow::SaveChoice::Discard;
        QVERIFY(window.closeTab(window.tabs()->currentIndex()));
        window.panel<EditorPanel>()->keepForRecovery(); // waits for the writer
        QVERIFY(swaps.all().isEmpty());

        window.openHandlerOf(window.currentFunction());
        typeAtEnd(window.editor(), u"# unsaved again\n"_s);
        window.eventBuilder()->editor()->setPlainText(u"{\"unsaved\": true}"_s);
        QTRY_COMPARE(swaps.all().size(), 1);
        QTRY_VERIFY(window.eventBuilder()->hasDraft());
        window.answer = answer;
        QVERIFY(window.close());
        window.panel<EditorPanel>()->recovery()->flush();
        QVERIFY(swaps.all().isEmpty());
        QVERIFY(!window.eventBuilder()->hasDraft());
    }

    // A window destroyed while the builder has an unsaved event (as a kill
    // would leave it): the next opening of the project has it back, unsaved.
    void eventDraftComesBack()
    {
        const QString project = m_dir.filePath(u"drafts"_s);
        ProjectError error;
        QVERIFY2(ProjectSamples::create(u"python-hello"_s, project, &error), qPrintable(error.toString()));
        {
            ScriptedWindow window;
            window.show();
            QVERIFY(window.openProject(project));
            window.eventBuilder()->editor()->setPlainText(u"{\"left\": \"unsaved\"}"_s);
            QTRY_VERIFY(window.eventBuilder()->hasDraft());
            // SIGTERM's path: the draft is kept.
            window.terminate();
            QVERIFY(window.eventBuilder()->hasDraft());
        }
        ScriptedWindow window;
        window.show();
        QVERIFY(window.openProject(project));
        QVERIFY(window.eventBuilder()->hasUnsavedChanges());
        QCOMPARE(window.eventBuilder()->currentPayload(), "{\"left\": \"unsaved\"}");
        window.answer = MainWindow::SaveChoice::Discard;
        QVERIFY(window.close());
        QVERIFY(!window.eventBuilder()->hasDraft());
    }
};

QTEST_MAIN(TestEditorRecovery)
#include "tst_editorrecovery.moc"
