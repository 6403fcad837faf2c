// SPDX-License-Identifier: MIT
#include "widgets/mainwindow/editorpanel.h"

#include "engine/project/project.h"
#include "engine/project/swapfiles.h"
#include "widgets/editor/codeeditor.h"
#include "widgets/editor/findinproject.h"
#include "widgets/editor/recoverybar.h"
#include "widgets/editor/syntaxrepository.h"
#include "widgets/mainwindow/editorrecovery.h"
#include "widgets/mainwindow/editortabs.h"
#include "widgets/mainwindow/handlerlocator.h"
#include "widgets/mainwindow/mainwindow.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTextBlock>
#include <QToolBar>

#include <algorithm>

namespace Bullpen {

EditorPanel::EditorPanel(MainWindow *window)
    : Panel(window)
    , m_tabs(new EditorTabs(window))
    , m_recovery(new EditorRecovery(m_tabs, SwapStore(), this))
{
    auto changed = [this] { Q_EMIT this->window()->titleInputsChanged(); };
    connect(m_tabs, &EditorTabs::currentEditorChanged, this, changed);
    connect(m_tabs, &EditorTabs::modificationChanged, this, changed);
    connect(m_tabs, &EditorTabs::fileChangedOnDisk, this, &EditorPanel::onFileChangedOnDisk);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &EditorPanel::closeTab);
    connect(m_recovery, &EditorRecovery::failed, this, [this](const QString &message) { showStatus(message, 8000); });
    // A tab whose recovered edits wait for an answer: the question has the keyboard.
    connect(m_tabs, &EditorTabs::currentEditorChanged, this, [this](CodeEditor *current) {
        if (RecoveryBar *bar = current ? m_recovery->barOf(current) : nullptr)
            bar->setFocus(Qt::OtherFocusReason);
    });
    connect(m_tabs, &EditorTabs::editorThemeChosen, this, [this](const QString &theme) {
        Preferences p = this->window()->preferences();
        p.editorTheme = theme;
        this->window()->setPreferences(p);
    });
    // A search across the project's files, in a dock beside the results.
    m_findInProject = new FindInProject(window);
    m_findDock = makeDock(tr("Find in Project"), QStringLiteral("findDock"), m_findInProject);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_findDock);
    m_findDock->hide();
    connect(m_findInProject, &FindInProject::locationActivated, this,
            [this](const QString &path, int line, int column) { openFileAt(path, line, column + 1); });
}

EditorPanel::~EditorPanel() = default;

CodeEditor *EditorPanel::editor() const
{
    return m_tabs->currentEditor();
}

void EditorPanel::contributeActions(const WindowMenus &menus)
{
    const QStyle *s = window()->style();
    auto icon = [s](QIcon::ThemeIcon theme, QStyle::StandardPixmap fallback) {
        return QIcon::fromTheme(theme, s->standardIcon(fallback));
    };
    QMenu *file = menus.file;
    QAction *action = file->addAction(icon(QIcon::ThemeIcon::DocumentNew, QStyle::SP_FileIcon), tr("&New File"), this,
                                      [this] { newFile(); });
    action->setShortcut(QKeySequence::New);
    action = file->addAction(icon(QIcon::ThemeIcon::DocumentOpen, QStyle::SP_DialogOpenButton), tr("&Open File…"), this,
                             [this] {
                                 const QString path = window()->askOpenFileName();
                                 if (!path.isEmpty())
                                     openFile(path);
                             });
    action->setShortcut(QKeySequence::Open);
    m_saveAction = file->addAction(icon(QIcon::ThemeIcon::DocumentSave, QStyle::SP_DialogSaveButton), tr("&Save"), this,
                                   [this] { save(); });
    m_saveAction->setShortcut(QKeySequence::Save);
    action = file->addAction(icon(QIcon::ThemeIcon::DocumentSaveAs, QStyle::SP_DialogSaveButton), tr("Save &As…"), this,
                             [this] {
                                 const QString path = window()->askSaveFileName();
                                 if (!path.isEmpty())
                                     saveAs(path);
                             });
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    // Saves every panel's changes, not only the editors'.
    QAction *saveAll = file->addAction(icon(QIcon::ThemeIcon::DocumentSave, QStyle::SP_DialogSaveButton),
                                       tr("Save A&ll"), window(), &MainWindow::saveAll);
    saveAll->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    saveAll->setObjectName(QStringLiteral("saveAllAction"));
    action = file->addAction(icon(QIcon::ThemeIcon::WindowClose, QStyle::SP_DialogCloseButton), tr("&Close Tab"), this,
                             [this] { closeTab(m_tabs->currentIndex()); });
    action->setShortcut(QKeySequence::Close);
    menus.toolBar->addAction(saveAll);

    QMenu *edit = menus.edit;
    auto editAction = [this, edit](QIcon::ThemeIcon themeIcon, const QString &text, QKeySequence::StandardKey key,
                                   void (QPlainTextEdit::*slot)()) {
        QAction *a = edit->addAction(QIcon::fromTheme(themeIcon), text, this, [this, slot] {
            if (CodeEditor *current = editor())
                (current->*slot)();
        });
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        return a;
    };
    // The editor's own shortcuts do the work inside the editor; the menu is for the mouse.
    editAction(QIcon::ThemeIcon::EditUndo, tr("&Undo"), QKeySequence::Undo, &QPlainTextEdit::undo);
    editAction(QIcon::ThemeIcon::EditRedo, tr("&Redo"), QKeySequence::Redo, &QPlainTextEdit::redo);
    edit->addSeparator();
    editAction(QIcon::ThemeIcon::EditCut, tr("Cu&t"), QKeySequence::Cut, &QPlainTextEdit::cut);
    editAction(QIcon::ThemeIcon::EditCopy, tr("&Copy"), QKeySequence::Copy, &QPlainTextEdit::copy);
    editAction(QIcon::ThemeIcon::EditPaste, tr("&Paste"), QKeySequence::Paste, &QPlainTextEdit::paste);
    editAction(QIcon::ThemeIcon::EditSelectAll, tr("Select &All"), QKeySequence::SelectAll, &QPlainTextEdit::selectAll);
    edit->addSeparator();
    // The editor's own commands (CodeEditor::editingActions() hold the working shortcuts).
    const auto editorCommand = [this, edit](const QString &text, const QKeySequence &key, auto call) {
        QAction *a = edit->addAction(text, this, [this, call] {
            if (CodeEditor *current = editor())
                call(current);
        });
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    };
    editorCommand(tr("&Find…"), QKeySequence::Find, [](CodeEditor *e) { e->showFind(); });
    editorCommand(tr("&Replace…"), QKeySequence(Qt::CTRL | Qt::Key_H), [](CodeEditor *e) { e->showReplace(); });
    editorCommand(tr("&Go to Line…"), QKeySequence(Qt::CTRL | Qt::Key_G), [](CodeEditor *e) { e->askGoToLine(); });
    editorCommand(tr("Toggle &Comment"), QKeySequence(Qt::CTRL | Qt::Key_Slash),
                  [](CodeEditor *e) { e->toggleComment(); });
    action = edit->addAction(tr("Find in &Project…"), this, [this] {
        m_findDock->show();
        m_findDock->raise();
        m_findInProject->focusSearch(editor() ? editor()->textCursor().selectedText() : QString());
    });
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));

    action = menus.run->addAction(tr("Open &Handler"), this, [this] { openHandlerOf(window()->currentFunction()); });
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H)); // Ctrl+H is Replace

    QMenu *themes = menus.view->addMenu(tr("&Theme"));
    connect(themes, &QMenu::aboutToShow, this, [this, themes] {
        themes->clear();
        auto *group = new QActionGroup(themes);
        QAction *automatic = themes->addAction(tr("&Automatic (follow the system colours)"));
        automatic->setCheckable(true);
        automatic->setChecked(m_tabs->editorTheme().isEmpty());
        group->addAction(automatic);
        connect(automatic, &QAction::triggered, this, [this] {
            Preferences p = window()->preferences();
            p.editorTheme.clear();
            window()->setPreferences(p);
        });
        themes->addSeparator();
        QList<KSyntaxHighlighting::Theme> all = syntaxRepository().themes();
        std::ranges::sort(all, [](const auto &a, const auto &b) {
            return a.translatedName().localeAwareCompare(b.translatedName()) < 0;
        });
        for (const auto &theme : std::as_const(all)) {
            QAction *item = themes->addAction(theme.translatedName());
            item->setCheckable(true);
            item->setChecked(theme.name() == m_tabs->editorTheme());
            group->addAction(item);
            const QString name = theme.name();
            connect(item, &QAction::triggered, this, [this, name] {
                Preferences p = window()->preferences();
                p.editorTheme = name;
                window()->setPreferences(p);
            });
        }
    });
    QMenu *syntax = menus.view->addMenu(tr("&Syntax"));
    syntax->setObjectName(QStringLiteral("syntaxMenu"));
    connect(syntax, &QMenu::aboutToShow, this, [this, syntax] {
        // The previous filling's menu goes with its actions.
        qDeleteAll(syntax->findChildren<QMenu *>(QString(), Qt::FindDirectChildrenOnly));
        syntax->clear();
        if (CodeEditor *current = editor()) {
            QMenu *own = current->createSyntaxMenu(syntax);
            Q_EMIT own->aboutToShow();
            syntax->addActions(own->actions());
        }
    });

    auto makeLabel = [this] {
        auto *label = new QLabel(window());
        label->setContentsMargins(8, 0, 8, 0);
        window()->statusBar()->addPermanentWidget(label);
        return label;
    };
    m_syntaxLabel = makeLabel();
    m_positionLabel = makeLabel();
    // Follows whichever editor is current.
    connect(m_tabs, &EditorTabs::currentEditorChanged, this, [this](CodeEditor *current) {
        disconnect(m_cursorConnection);
        disconnect(m_definitionConnection);
        if (current) {
            m_cursorConnection
                = connect(current, &QPlainTextEdit::cursorPositionChanged, this, &EditorPanel::updateStatusLabels);
            m_definitionConnection
                = connect(current, &CodeEditor::definitionChanged, this, &EditorPanel::updateStatusLabels);
        }
        updateStatusLabels();
    });
    Q_EMIT m_tabs->currentEditorChanged(editor());
}

void EditorPanel::updateStatusLabels()
{
    CodeEditor *current = editor();
    if (!current || !m_syntaxLabel)
        return;
    const QString name = current->definitionName();
    m_syntaxLabel->setText(name.isEmpty() ? tr("Plain Text") : name);
    const QTextCursor cursor = current->textCursor();
    m_positionLabel->setText(tr("Ln %1, Col %2").arg(cursor.blockNumber() + 1).arg(cursor.positionInBlock() + 1));
}

void EditorPanel::updateActions()
{
    if (m_saveAction)
        m_saveAction->setEnabled(editor() != nullptr);
}

void EditorPanel::preferencesChanged(const Preferences &preferences)
{
    m_tabs->setEditorTheme(preferences.editorTheme);
    if (preferences.customFont)
        m_tabs->setEditorFont(preferences.editorFont);
}

void EditorPanel::projectChanged(Project *project)
{
    // The tabs belong to the project they were opened in. The window has
    // asked about their unsaved edits: saved, or thrown away with their swaps.
    if (m_project) {
        m_recovery->forgetAll();
        m_tabs->closeAll();
    }
    m_project = project;
    m_findInProject->setRootPath(project ? project->directory() : QString());
}

bool EditorPanel::newFile()
{
    m_tabs->newDocument();
    showStatus(tr("New file"), 3000);
    return true;
}

bool EditorPanel::openFile(const QString &path)
{
    QString error;
    CodeEditor *opened = m_tabs->openFile(QFileInfo(path).absoluteFilePath(), &error);
    if (!opened) {
        window()->reportError(error);
        return false;
    }
    showStatus(tr("Opened %1").arg(QDir::toNativeSeparators(opened->filePath())), 3000);
    return true;
}

bool EditorPanel::openFileAt(const QString &path, int line, int column)
{
    if (!openFile(path))
        return false;
    editor()->goToLine(qMax(1, line), qMax(0, column - 1));
    editor()->setFocus();
    return true;
}

bool EditorPanel::saveEditor(CodeEditor *target)
{
    QString error;
    if (target->filePath().isEmpty()) {
        m_tabs->setCurrentWidget(target);
        const QString path = window()->askSaveFileName();
        if (path.isEmpty())
            return false;
        if (!m_tabs->saveAs(target, path, &error)) {
            window()->reportError(error);
            return false;
        }
    } else if (!m_tabs->save(target, &error)) {
        window()->reportError(error);
        return false;
    }
    // The project learns of its own save now, not when the file watcher gets
    // round to it: an Invoke right after runs the new code.
    if (m_project)
        m_project->noteWritten(target->filePath());
    showStatus(tr("Saved %1").arg(QDir::toNativeSeparators(target->filePath())), 3000);
    return true;
}

bool EditorPanel::save()
{
    return editor() && saveEditor(editor());
}

bool EditorPanel::saveAs(const QString &path)
{
    QString error;
    if (!m_tabs->saveAs(editor(), path, &error)) {
        window()->reportError(error);
        return false;
    }
    if (m_project)
        m_project->noteWritten(editor()->filePath());
    showStatus(tr("Saved %1").arg(QDir::toNativeSeparators(editor()->filePath())), 3000);
    return true;
}

bool EditorPanel::saveEditorsUnder(const QString &directory)
{
    const QString root = QDir::cleanPath(directory) + u'/';
    for (CodeEditor *target : m_tabs->modifiedEditors()) {
        if (target->filePath().startsWith(root) && !saveEditor(target))
            return false;
    }
    return true;
}

QStringList EditorPanel::unsavedChanges() const
{
    QStringList names;
    for (CodeEditor *target : m_tabs->modifiedEditors())
        names << target->displayName();
    return names;
}

bool EditorPanel::saveChanges(QString *error)
{
    Q_UNUSED(error) // saveEditor reports its own failures
    const QList<CodeEditor *> modified = m_tabs->modifiedEditors();
    return std::ranges::all_of(modified, [this](CodeEditor *target) { return saveEditor(target); });
}

bool EditorPanel::closeTab(int index)
{
    CodeEditor *target = m_tabs->editorAt(index);
    if (!target)
        return false;
    if (target->isModified()) {
        switch (window()->askToSaveChanges({ target->displayName() })) {
        case MainWindow::SaveChoice::Save:
            if (!saveEditor(target))
                return false;
            break;
        case MainWindow::SaveChoice::Discard:
            m_recovery->forget(target);
            break;
        case MainWindow::SaveChoice::Cancel:
            return false;
        }
    }
    m_tabs->removeEditor(target);
    return true;
}

void EditorPanel::onFileChangedOnDisk(CodeEditor *target)
{
    const QString name = target->displayName();
    if (!QFileInfo::exists(target->filePath())) {
        showStatus(tr("%1 was removed from the disk; saving writes it again.").arg(name), 6000);
        target->document()->setModified(true);
        return;
    }
    if (target->isModified() && !window()->askReloadChangedFile(name))
        return;
    QString error;
    if (!m_tabs->reload(target, &error)) {
        window()->reportError(error);
        return;
    }
    showStatus(tr("%1 changed on disk and was reloaded").arg(name), 4000);
}

void EditorPanel::openHandlerOf(const QString &logicalId)
{
    if (!m_project)
        return;
    const auto function = m_project->function(logicalId);
    if (!function)
        return;
    const HandlerLocation location = locateHandler(*function);
    if (location.path.isEmpty()) {
        showStatus(tr("The handler file of %1 (%2) was not found in %3")
                       .arg(logicalId, function->handler, QDir::toNativeSeparators(function->codeDirectory)),
                   6000);
        return;
    }
    openFileAt(location.path, qMax(1, location.line));
}

void EditorPanel::saveSession(QSettings &settings) const
{
    // "line:column:path" per tab, in tab order; the path last, as it may hold colons.
    QStringList files;
    for (CodeEditor *target : m_tabs->editors()) {
        if (target->filePath().isEmpty())
            continue;
        const QTextCursor cursor = target->textCursor();
        files << QStringLiteral("%1:%2:%3")
                     .arg(cursor.blockNumber() + 1)
                     .arg(cursor.positionInBlock() + 1)
                     .arg(target->filePath());
    }
    settings.setValue(QStringLiteral("files"), files);
    settings.setValue(QStringLiteral("currentFile"), editor() ? editor()->filePath() : QString());
}

void EditorPanel::restoreSession(QSettings &settings)
{
    const QStringList files = settings.value(QStringLiteral("files")).toStringList();
    for (const QString &entry : files) {
        const QStringList parts = entry.split(u':');
        if (parts.size() < 3)
            continue;
        const QString path = entry.section(u':', 2);
        if (!QFileInfo(path).isFile())
            continue; // gone since: nothing to restore, nothing to report
        if (CodeEditor *opened = m_tabs->openFile(path))
            opened->goToLine(qMax(1, parts.at(0).toInt()), qMax(0, parts.at(1).toInt() - 1));
    }
    if (CodeEditor *current = m_tabs->editorFor(settings.value(QStringLiteral("currentFile")).toString())) {
        m_tabs->setCurrentWidget(current);
        current->setFocus();
    }
}

QString EditorPanel::recoveryDirectory()
{
    return SwapStore::defaultDirectory();
}

QString EditorPanel::keepForRecovery() const
{
    m_recovery->flush();
    return m_tabs->modifiedEditors().isEmpty() ? QString() : m_recovery->store().directory();
}

int EditorPanel::offerRecovery(const QString &directory)
{
    const int offered = m_recovery->offer(directory);
    if (offered > 0)
        showStatus(tr("Unsaved edits of %n document(s) from the last session can be recovered: see the bar above "
                      "the text.",
                      nullptr, offered),
                   10000);
    return offered;
}

void EditorPanel::aboutToClose()
{
    // Terminated (SIGTERM): keepForRecovery() has written the swaps, which
    // stay for the next start. Closed as the user would, after the question:
    // the edits were saved or thrown away, and so are their swaps.
    if (!window()->isTerminating())
        m_recovery->forgetAll();
    m_recovery->stop();
}

} // namespace Bullpen
