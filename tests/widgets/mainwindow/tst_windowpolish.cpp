// SPDX-License-Identifier: MIT
// The window as a user meets it in the first ten minutes, without the engine:
// the first-launch page, the last project reopened with its tabs, cursors,
// function and event, the function settings' modified marker and Globals
// hints, labels with their mnemonics, the project tree's context menu, and
// Help's shortcuts and documentation; each project's invocation history kept
// on disk (bounded, its own per project, a corrupt file kept aside).
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTreeView>

#include "engine/invocation/invocationresult.h"
#include "engine/project/project.h"
#include "engine/project/projectsamples.h"
#include "widgets/editor/codeeditor.h"
#include "widgets/events/eventbuilder.h"
#include "widgets/invoke/figuresbar.h"
#include "widgets/invoke/historyfile.h"
#include "widgets/invoke/historymodel.h"
#include "widgets/invoke/historyview.h"
#include "widgets/invoke/invocationcontroller.h"
#include "widgets/invoke/logview.h"
#include "widgets/invoke/resultview.h"
#include "widgets/mainwindow/editortabs.h"
#include "widgets/mainwindow/mainwindow.h"
#include "widgets/mainwindow/newprojectdialog.h"
#include "widgets/mainwindow/projectpanel.h"
#include "widgets/mainwindow/welcomepage.h"
#include "widgets/preferences/preferencesdialog.h"
#include "widgets/project/functionsettingspanel.h"
#include "widgets/project/projectmodel.h"
#include "widgets/project/projectview.h"

using namespace Bullpen;
using namespace Qt::StringLiterals;

namespace {

class ScriptedWindow final : public MainWindow
{
public:
    QString projectPath;
    QString name;
    bool yes = true;
    int askedProject = 0;
    int askedNew = 0;

protected:
    SaveChoice askToSaveChanges(const QStringList &) override { return SaveChoice::Discard; }
    QString askProjectPath() override
    {
        ++askedProject;
        return projectPath;
    }
    bool askNewProject(QString *, QString *) override
    {
        ++askedNew;
        return false;
    }
    QString askName(const QString &, const QString &, const QString &) override { return name; }
    bool askYesNo(const QString &, const QString &) override { return yes; }
};

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Labels that announce a mnemonic ("&Font:") must have a buddy, or the
// ampersand is shown as it is.
QStringList labelsWithoutBuddy(const QWidget *root)
{
    QStringList bad;
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        QString text = label->text();
        text.replace(u"&&"_s, QString());
        if (text.contains(u'&') && !label->buddy() && label->textFormat() != Qt::RichText)
            bad << label->text();
    }
    return bad;
}

// An invocation as the engine reports one, to fill a history without running
// functions (tst_workbench runs them).
HistoryEntry ranEntry(const QString &project, int n)
{
    HistoryEntry e;
    e.time = QDateTime::currentDateTime();
    e.function.logicalId = u"HelloWorldFunction"_s;
    e.function.handler = u"app.lambda_handler"_s;
    e.function.runtime = u"python3.12"_s;
    e.function.codeDirectory = project + u"/hello_world"_s;
    e.eventName = u"event"_s;
    e.payload = "{\"n\": " + QByteArray::number(n) + "}";
    e.result.requestId = "request-" + QByteArray::number(n);
    e.result.functionId = e.function.logicalId;
    e.result.instanceId = u"i-1"_s;
    e.result.coldStart = n == 0;
    e.result.payload = "{\"zeta\": " + QByteArray::number(n) + ", \"alpha\": true}";
    e.result.durationMs = 1.25 + n;
    e.result.billedDurationMs = 2 + n;
    e.result.memorySizeMb = 128;
    e.result.maxMemoryUsedMb = 40;
    e.result.initDurationMs = n == 0 ? 90.5 : -1;
    e.result.logs = QStringList { u"START RequestId: request-%1 Version: $LATEST"_s.arg(n), u"line %1"_s.arg(n),
                                  u"END RequestId: request-%1"_s.arg(n) };
    return e;
}

QStringList asideFiles(const QString &historyPath)
{
    const QFileInfo info(historyPath);
    return QDir(info.absolutePath()).entryList({ info.fileName() + u".unreadable-*"_s }, QDir::Files);
}

} // namespace

// Captures what QDesktopServices would open.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls << url; }
};

class TestWindowPolish : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"BullpenTest"_s);
        QCoreApplication::setApplicationName(u"tst_windowpolish"_s);
        QDesktopServices::setUrlHandler(u"file"_s, &m_urls, "open");
    }

    void cleanup()
    {
        // The history files of this test's projects (the data folder is shared by the runs).
        const QString history = HistoryFile::pathFor(m_project);
        QFile::remove(history);
        for (const QString &aside : asideFiles(history))
            QFile::remove(QFileInfo(history).absolutePath() + u'/' + aside);
        QFile::remove(HistoryFile::pathFor(m_dir->filePath(u"other"_s)));
    }

    void init()
    {
        QSettings().clear();
        m_urls.urls.clear();
        m_dir.reset(new QTemporaryDir);
        QVERIFY(m_dir->isValid());
        m_project = m_dir->filePath(u"hello"_s);
        ProjectError error;
        QVERIFY2(ProjectSamples::create(u"python-hello"_s, m_project, &error), qPrintable(error.toString()));
        m_app = m_project + u"/hello_world/app.py"_s;
    }

    void labelsShowTheirMnemonics()
    {
        NewProjectDialog dialog;
        QCOMPARE(labelsWithoutBuddy(&dialog), QStringList());
        PreferencesDialog preferences(Preferences {});
        QCOMPARE(labelsWithoutBuddy(&preferences), QStringList());
        ScriptedWindow window;
        QVERIFY(window.openProject(m_project));
        QCOMPARE(labelsWithoutBuddy(&window), QStringList());
    }

    void syntaxMenuHasNoBlankEntry()
    {
        ScriptedWindow window;
        QVERIFY(window.openProject(m_project));
        auto *syntax = window.findChild<QMenu *>(u"syntaxMenu"_s);
        QVERIFY(syntax);
        Q_EMIT syntax->aboutToShow();
        QVERIFY(syntax->actions().size() > 3);
        QStringList sections;
        for (const QAction *action : syntax->actions()) {
            QVERIFY2(action->isSeparator() || !action->text().isEmpty(), "an entry without a label");
            if (action->menu()) {
                sections << action->text();
                for (const QAction *item : action->menu()->actions())
                    QVERIFY2(!item->text().isEmpty(), qPrintable(u"an entry without a label in "_s + action->text()));
            }
        }
        // One "Other", not one renamed from a blank section beside the real one.
        QCOMPARE(sections.count(u"Other"_s), 1);
        QCOMPARE(QSet<QString>(sections.begin(), sections.end()).size(), sections.size());
        // Filling it again does not pile up entries.
        const qsizetype count = syntax->actions().size();
        Q_EMIT syntax->aboutToShow();
        QCOMPARE(syntax->actions().size(), count);
    }

    void oneNameForTheEngine()
    {
        ScriptedWindow window;
        const QString name = Preferences::backendDisplayName(window.preferences().backend);
        QVERIFY(window.engineStatus().contains(name));
        PreferencesDialog dialog(window.preferences());
        auto *backend = dialog.findChild<QComboBox *>();
        QVERIFY(backend);
        QCOMPARE(backend->currentText(), name);
    }

    void firstLaunchShowsTheWelcomePage()
    {
        ScriptedWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.welcomePage()->isVisible());
        QVERIFY(!window.editor()->isVisible());
        // Nothing red before the user did anything.
        for (const QLabel *label : window.findChildren<QLabel *>())
            QVERIFY2(!label->isVisible() || !label->styleSheet().contains(u"#c0392b"_s), qPrintable(label->text()));
        // The editor is the widest column of the default layout.
        window.projectPath = m_project;
        QTest::mouseClick(window.welcomePage()->openProjectButton(), Qt::LeftButton);
        QCOMPARE(window.askedProject, 1);
        QVERIFY(window.project());
        QVERIFY(!window.welcomePage()->isVisible());
        QVERIFY(window.editor()->isVisible());
        const int editorWidth = window.tabs()->width();
        for (const char *dock : { "projectDock", "eventDock" })
            QVERIFY2(window.findChild<QWidget *>(QString::fromLatin1(dock))->width() < editorWidth, dock);
        // Closing the project brings the page back, listing the project.
        QVERIFY(window.closeProject());
        QVERIFY(window.welcomePage()->isVisible());
        QListWidget *recent = window.welcomePage()->recentList();
        QCOMPARE(recent->count(), 1);
        QVERIFY(recent->item(0)->text().contains(u"hello"_s));
        Q_EMIT recent->itemActivated(recent->item(0));
        QCOMPARE(window.project()->directory(), m_project);
        QVERIFY(window.closeProject());
        QTest::mouseClick(window.welcomePage()->newProjectButton(), Qt::LeftButton);
        QCOMPARE(window.askedNew, 1);
    }

    void restartReopensTheLastProject()
    {
        const QString other = m_project + u"/hello_world/other.py"_s;
        QFile file(other);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("a = 1\nb = 2\nc = 3\n");
        file.close();
        {
            ScriptedWindow window;
            window.show();
            QVERIFY(window.openProject(m_project));
            QVERIFY(window.openFileAt(other, 3, 2));
            QVERIFY(window.openFileAt(m_app, 4, 1));
            QVERIFY(window.eventBuilder()->openSavedEvent(u"event"_s));
            QVERIFY(window.close());
        }
        ScriptedWindow window;
        window.show();
        QTRY_VERIFY(window.project());
        QCOMPARE(window.project()->directory(), m_project);
        QCOMPARE(window.currentFunction(), u"HelloWorldFunction"_s);
        QCOMPARE(window.tabs()->count(), 2);
        QCOMPARE(window.editor()->filePath(), m_app);
        QCOMPARE(window.editor()->textCursor().blockNumber() + 1, 4);
        CodeEditor *second = window.tabs()->editorFor(other);
        QVERIFY(second);
        QCOMPARE(second->textCursor().blockNumber() + 1, 3);
        QCOMPARE(second->textCursor().positionInBlock() + 1, 2);
        QCOMPARE(window.eventBuilder()->currentEventName(), u"event"_s);

        // Closed on purpose, the next start is the welcome page.
        QVERIFY(window.closeProject());
        QVERIFY(window.close());
        ScriptedWindow third;
        third.show();
        QVERIFY(QTest::qWaitForWindowExposed(&third));
        QCoreApplication::processEvents();
        QVERIFY(!third.project());
        QVERIFY(third.welcomePage()->isVisible());
    }

    void resultIsClearedWhenTheProjectChanges()
    {
        ScriptedWindow window;
        QVERIFY(window.openProject(m_project));
        InvocationResult result;
        result.functionId = u"HelloWorldFunction"_s;
        result.payload = "\"left over\"";
        window.resultView()->showResult(result, m_project);
        QVERIFY(window.resultView()->payloadText().contains(u"left over"_s));
        QVERIFY(window.closeProject());
        QVERIFY(!window.resultView()->payloadText().contains(u"left over"_s));
    }

    // The history belongs to the project: it comes back with it after a
    // restart, with each row's payload, logs and figures; another project has
    // its own.
    void historyComesBackWithItsProject()
    {
        const QString other = m_dir->filePath(u"other"_s);
        ProjectError error;
        QVERIFY(ProjectSamples::create(u"nodejs-hello"_s, other, &error));
        {
            ScriptedWindow window;
            window.show();
            QVERIFY(window.openProject(m_project));
            HistoryModel *history = window.controller()->history();
            QCOMPARE(history->rowCount(), 0);
            history->append(ranEntry(m_project, 0));
            history->append(ranEntry(m_project, 1));
            QVERIFY(QFileInfo::exists(HistoryFile::pathFor(m_project)));
            // Another project: its own, empty history; then back.
            QVERIFY(window.openProject(other));
            QCOMPARE(history->rowCount(), 0);
            QVERIFY(window.historyView()->problemLabel()->isHidden());
            QVERIFY(window.openProject(m_project));
            QCOMPARE(history->rowCount(), 2);
            QVERIFY(window.close());
        }
        ScriptedWindow window;
        window.show();
        QTRY_VERIFY(window.project());
        HistoryModel *history = window.controller()->history();
        QCOMPARE(history->rowCount(), 2);
        QCOMPARE(history->entry(1).result.requestId, "request-1"_ba);
        QCOMPARE(history->entry(1).payload, "{\"n\": 1}"_ba);
        QCOMPARE(history->index(0, HistoryModel::StartColumn).data().toString(), u"Cold"_s);
        // A restored row shows what it showed: the response as written, the logs, the figures.
        window.historyView()->selectRow(0);
        QVERIFY2(window.resultView()->payloadText().contains(u"zeta"_s),
                 qPrintable(window.resultView()->payloadText()));
        QVERIFY(window.resultView()->payloadText().indexOf(u"zeta"_s)
                < window.resultView()->payloadText().indexOf(u"alpha"_s));
        QVERIFY(window.logView()->toPlainText().contains(u"line 0"_s));
        QVERIFY(window.figuresBar()->text(FiguresBar::Start).startsWith(u"Cold"_s)); // on demand or prepared
        QVERIFY(window.figuresBar()->text(FiguresBar::Init).startsWith(u"90.5"_s));
        window.historyView()->selectRow(1);
        QVERIFY(window.logView()->toPlainText().contains(u"line 1"_s));
        QCOMPARE(window.figuresBar()->text(FiguresBar::Start), u"Warm"_s);
        // The other project's history is not this one's.
        QVERIFY(window.openProject(other));
        QCOMPARE(history->rowCount(), 0);
        // Cleared on purpose: gone on disk too.
        QVERIFY(window.openProject(m_project));
        QCOMPARE(history->rowCount(), 2);
        history->clear();
        QVERIFY(window.openProject(other));
        QVERIFY(window.openProject(m_project));
        QCOMPARE(history->rowCount(), 0);
    }

    // The result pane, the logs and the figures are the open project's:
    // another project starts them empty.
    void resultPaneClearedOnProjectSwitch()
    {
        const QString other = m_dir->filePath(u"other"_s);
        ProjectError error;
        QVERIFY(ProjectSamples::create(u"nodejs-hello"_s, other, &error));
        ScriptedWindow window;
        QVERIFY(window.openProject(m_project));
        window.controller()->history()->append(ranEntry(m_project, 3));
        window.showHistoryEntry(0);
        QVERIFY(window.resultView()->payloadText().contains(u"zeta"_s));
        QVERIFY(window.logView()->toPlainText().contains(u"line 3"_s));
        QVERIFY(window.openProject(other));
        QVERIFY(!window.resultView()->payloadText().contains(u"zeta"_s));
        QVERIFY(!window.logView()->toPlainText().contains(u"line 3"_s));
        QCOMPARE(window.figuresBar()->text(FiguresBar::Start), u"—"_s);
    }

    // The newest MaxEntries per project, on disk as in the view.
    void historyIsBounded()
    {
        const int max = HistoryModel::MaxEntries;
        {
            ScriptedWindow window;
            QVERIFY(window.openProject(m_project));
            HistoryModel *history = window.controller()->history();
            QSignalSpy removed(history, &QAbstractItemModel::rowsRemoved);
            for (int n = 0; n < max + 5; ++n)
                QCOMPARE(history->append(ranEntry(m_project, n)), qMin(n, max - 1));
            QCOMPARE(history->rowCount(), max);
            QCOMPARE(removed.size(), 5); // one at a time, the oldest
            QCOMPARE(history->entry(0).result.requestId, "request-5"_ba);
        }
        ScriptedWindow window;
        QVERIFY(window.openProject(m_project));
        HistoryModel *history = window.controller()->history();
        QCOMPARE(history->rowCount(), max);
        QCOMPARE(history->entry(0).result.requestId, "request-5"_ba);
        QCOMPARE(history->entry(max - 1).result.requestId, "request-%1"_ba.replace("%1", QByteArray::number(max + 4)));
    }

    // A history file that cannot be read: the view says so, the file is kept
    // aside as it was, and the window goes on (and keeps new invocations).
    void corruptHistoryIsKeptAside()
    {
        const QString path = HistoryFile::pathFor(m_project);
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        const QByteArray garbage = "{\"format\": \"bullpen-history\", \"entries\": [ {\"time\": tru";
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(garbage);
        }
        ScriptedWindow window;
        window.show();
        QVERIFY(window.openProject(m_project));
        HistoryModel *history = window.controller()->history();
        QCOMPARE(history->rowCount(), 0);
        QLabel *problem = window.historyView()->problemLabel();
        QVERIFY(problem->isVisibleTo(window.historyView()));
        QVERIFY2(problem->text().contains(u"could not be read"_s), qPrintable(problem->text()));
        const QStringList aside = asideFiles(path);
        QCOMPARE(aside.size(), 1);
        QVERIFY2(problem->text().contains(aside.constFirst()), qPrintable(problem->text()));
        QCOMPARE(readFile(QFileInfo(path).absolutePath() + u'/' + aside.constFirst()), garbage);
        // The window goes on: a new invocation starts a new history, on disk.
        history->append(ranEntry(m_project, 7));
        ScriptedWindow again;
        QVERIFY(again.openProject(m_project));
        QCOMPARE(again.controller()->history()->rowCount(), 1);
        QVERIFY(again.historyView()->problemLabel()->isHidden());
        QCOMPARE(asideFiles(path).size(), 1);
    }

    // One entry that cannot be read costs that entry only; the whole file is
    // kept aside all the same.
    void partlyCorruptHistoryKeepsTheRest()
    {
        const QString path = HistoryFile::pathFor(m_project);
        {
            ScriptedWindow window;
            QVERIFY(window.openProject(m_project));
            for (int n = 0; n < 3; ++n)
                window.controller()->history()->append(ranEntry(m_project, n));
        }
        QByteArray text = readFile(path);
        QVERIFY(text.contains("\"outcome\":\"succeeded\""));
        const qsizetype at = text.indexOf("\"outcome\":\"succeeded\"");
        text.replace(at, qstrlen("\"outcome\":\"succeeded\""), "\"outcome\":\"exploded\"");
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(text);
        }
        ScriptedWindow window;
        QVERIFY(window.openProject(m_project));
        HistoryModel *history = window.controller()->history();
        QCOMPARE(history->rowCount(), 2);
        QCOMPARE(history->entry(0).result.requestId, "request-1"_ba);
        QVERIFY2(history->problem().contains(u"1 of 3"_s), qPrintable(history->problem()));
        QVERIFY2(history->problem().contains(u"outcome"_s), qPrintable(history->problem()));
        const QStringList aside = asideFiles(path);
        QCOMPARE(aside.size(), 1);
        QCOMPARE(readFile(QFileInfo(path).absolutePath() + u'/' + aside.constFirst()), text);
        // What could be read is written back: the next opening finds no fault (and copies nothing aside).
        ScriptedWindow again;
        QVERIFY(again.openProject(m_project));
        QCOMPARE(again.controller()->history()->rowCount(), 2);
        QVERIFY(again.controller()->history()->problem().isEmpty());
        QCOMPARE(asideFiles(path).size(), 1);
    }

    // Re-run runs a function of the open project only.
    void rerunOnlyInTheOpenProject()
    {
        ScriptedWindow window;
        QVERIFY(window.openProject(m_project));
        HistoryEntry elsewhere = ranEntry(m_project, 0);
        elsewhere.function.codeDirectory = m_dir->filePath(u"closed/hello_world"_s);
        window.controller()->history()->append(elsewhere);
        Q_EMIT window.historyView()->rerunRequested(0);
        QVERIFY(!window.controller()->isRunning());
        QVERIFY2(window.statusBar()->currentMessage().contains(u"not a function of the open project"_s),
                 qPrintable(window.statusBar()->currentMessage()));
    }

    void settingsShowTheirState()
    {
        ScriptedWindow window;
        window.show();
        QVERIFY(window.openProject(m_project));
        FunctionSettingsPanel *panel = window.settingsPanel();
        QVERIFY(!panel->modifiedMarker()->isVisible());
        panel->memorySpinBox()->setValue(256);
        QVERIFY(panel->isModified());
        QVERIFY(panel->modifiedMarker()->isVisible());
        QVERIFY(window.isWindowModified());
        const auto edited = panel->editedFunction(u"HelloWorldFunction"_s);
        QVERIFY(edited);
        QCOMPARE(edited->memorySizeMb, 256);
        auto *memoryHint = panel->memorySpinBox()->parentWidget()->findChildren<QLabel *>().value(0);
        QVERIFY(memoryHint);
        QVERIFY(memoryHint->text().contains(u"overrides Globals"_s));
        // Saved: the marker goes, the hint stays true.
        QVERIFY(window.saveAll());
        QVERIFY(readFile(m_project + u"/template.yaml"_s).contains("MemorySize: 256"));
        QVERIFY(!panel->modifiedMarker()->isVisible());
        QVERIFY(!panel->editedFunction(u"HelloWorldFunction"_s));
        QVERIFY2(memoryHint->text().contains(u"overrides Globals"_s), qPrintable(memoryHint->text()));
        // Not valid: Invoke is told so.
        QString error;
        panel->handlerEdit()->clear();
        Q_EMIT panel->handlerEdit()->textEdited(QString());
        QVERIFY(!panel->editedFunction(u"HelloWorldFunction"_s, &error));
        QVERIFY(!error.isEmpty());
    }

    void addedVariableStartsInEditMode()
    {
        ScriptedWindow window;
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openProject(m_project));
        QTableView *view = window.settingsPanel()->environmentView();
        auto *add = window.settingsPanel()->findChildren<QPushButton *>().value(0);
        for (QPushButton *button : window.settingsPanel()->findChildren<QPushButton *>())
            if (button->text() == u"Add"_s)
                add = button;
        QTest::mouseClick(add, Qt::LeftButton);
        // The name's editor is open and has the keyboard.
        QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget())
                    && view->isAncestorOf(QApplication::focusWidget()));
        QWidget *focus = QApplication::focusWidget();
        QTest::keyClicks(focus, u"NEW_NAME"_s);
        QTest::keyClick(focus, Qt::Key_Return);
        QVERIFY(window.settingsPanel()->isModified());
    }

    void contextMenuInTheProjectTree()
    {
        ScriptedWindow window;
        window.show();
        QVERIFY(window.openProject(m_project));
        auto *panel = window.panel<ProjectPanel>();
        ProjectModel *model = window.projectView()->model();
        auto trigger = [&](const QModelIndex &index, const QString &action) {
            std::unique_ptr<QMenu> menu(panel->contextMenu(index, &window));
            QAction *found = menu ? menu->findChild<QAction *>(action) : nullptr;
            if (!found)
                return false;
            found->trigger();
            return true;
        };
        const QModelIndex function = model->indexForFunction(u"HelloWorldFunction"_s);
        QVERIFY(function.isValid());
        // A function: no rename or delete of its entry.
        QVERIFY(!trigger(function, u"renameHere"_s));
        QVERIFY(trigger(function, u"openTemplateHere"_s));
        QCOMPARE(window.editor()->filePath(), m_project + u"/template.yaml"_s);
        QCOMPARE(window.editor()->textCursor().block().text().trimmed(), u"HelloWorldFunction:"_s);

        window.name = u"util.py"_s;
        QVERIFY(trigger(function, u"newFileHere"_s));
        const QString util = m_project + u"/hello_world/util.py"_s;
        QVERIFY(QFileInfo::exists(util));
        QCOMPARE(window.editor()->filePath(), util);

        QTRY_VERIFY(model->indexForPath(util).isValid());
        window.name = u"helpers.py"_s;
        QVERIFY(trigger(model->indexForPath(util), u"renameHere"_s));
        const QString helpers = m_project + u"/hello_world/helpers.py"_s;
        QVERIFY(QFileInfo::exists(helpers));
        QVERIFY(!QFileInfo::exists(util));
        QCOMPARE(window.editor()->filePath(), helpers); // the tab followed

        QVERIFY(trigger(model->indexForPath(m_app), u"revealHere"_s));
        QCOMPARE(m_urls.urls, QList<QUrl> { QUrl::fromLocalFile(m_project + u"/hello_world"_s) });

        QTRY_VERIFY(model->indexForPath(helpers).isValid());
        window.yes = false;
        QVERIFY(trigger(model->indexForPath(helpers), u"deleteHere"_s));
        QVERIFY(QFileInfo::exists(helpers));
        window.yes = true;
        QVERIFY(trigger(model->indexForPath(helpers), u"deleteHere"_s));
        QVERIFY(!QFileInfo::exists(helpers));
        QVERIFY(!window.tabs()->editorFor(helpers));
    }

    void helpListsShortcutsAndOpensTheDocumentation()
    {
        ScriptedWindow window;
        const auto shortcuts = window.shortcuts();
        QVERIFY(shortcuts.contains(
            qMakePair(u"Invoke"_s, QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText))));
        auto *list = window.findChild<QAction *>(u"shortcutsAction"_s);
        QVERIFY(list);
        list->trigger();
        // The dialog's table (the window has other tables: the policy lab's).
        auto *dialog = window.findChild<QDialog *>(u"shortcutsDialog"_s);
        QVERIFY(dialog);
        auto *table = dialog->findChild<QTableWidget *>();
        QVERIFY(table);
        QCOMPARE(table->rowCount(), shortcuts.size());
        auto *documentation = window.findChild<QAction *>(u"documentationAction"_s);
        QVERIFY(documentation);
        documentation->trigger();
        QCOMPARE(m_urls.urls.size(), 1);
        QVERIFY(m_urls.urls.constFirst().toLocalFile().endsWith(u"README.md"_s));
        QVERIFY(QFileInfo(m_urls.urls.constFirst().toLocalFile()).isFile());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
    QString m_app;
    UrlCatcher m_urls;
};

QTEST_MAIN(TestWindowPolish)
#include "tst_windowpolish.moc"
