// SPDX-License-Identifier: MIT
// MainWindow's menus, tool bar, status bar, preferences and dialogs; the rest
// of the class is in mainwindow.cpp (one class, two files, to stay readable).
#include "widgets/mainwindow/mainwindow.h"

#include "widgets/build/buildpanel.h"
#include "widgets/editor/codeeditor.h"
#include "widgets/editor/syntaxrepository.h"
#include "widgets/events/eventbuilder.h"
#include "widgets/invoke/invocationcontroller.h"
#include "widgets/mainwindow/editortabs.h"
#include "widgets/mainwindow/newprojectdialog.h"
#include "widgets/preferences/preferencesdialog.h"
#include "engine/project/project.h"
#include "engine/sandbox/backendregistry.h"
#include "widgets/project/recentprojects.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QSvgRenderer>
#include <QTextBlock>
#include <QToolBar>

#include <algorithm>

namespace Bullpen {

namespace {

// The application icon drawn from its SVG at the usual sizes, without
// depending on Qt's SVG image plugin being installed.
QIcon applicationIcon()
{
    QSvgRenderer renderer(QStringLiteral(":/icons/bullpen.svg"));
    QIcon icon;
    if (!renderer.isValid())
        return icon;
    for (const int size : {16, 22, 32, 48, 64, 128, 256}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        renderer.render(&painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

// A theme icon where the desktop has one, else Qt's own.
QIcon icon(QIcon::ThemeIcon theme, QStyle::StandardPixmap fallback, const QStyle *style)
{
    return QIcon::fromTheme(theme, style->standardIcon(fallback));
}

} // namespace

void MainWindow::createActions()
{
    setWindowIcon(applicationIcon());
    const QStyle *s = style();

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *action = file->addAction(icon(QIcon::ThemeIcon::FolderOpen, QStyle::SP_DirOpenIcon, s),
                                      tr("Open &Project…"), this, [this] {
                                          const QString path = askProjectPath();
                                          if (!path.isEmpty())
                                              openProject(path);
                                      });
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    action->setObjectName(QStringLiteral("openProjectAction"));
    QAction *openProjectAction = action;
    action = file->addAction(icon(QIcon::ThemeIcon::FolderNew, QStyle::SP_FileDialogNewFolder, s),
                             tr("New Pro&ject…"), this, [this] {
                                 QString sample, directory;
                                 if (askNewProject(&sample, &directory))
                                     newProject(sample, directory);
                             });
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_recent = new RecentProjects(this);
    m_recentMenu = m_recent->createMenu(this);
    m_recentMenu->setTitle(tr("&Recent Projects"));
    file->addMenu(m_recentMenu);
    connect(m_recent, &RecentProjects::projectChosen, this, [this](const QString &path) { openProject(path); });
    m_closeProjectAction = file->addAction(tr("&Close Project"), this, [this] { closeProject(); });
    file->addSeparator();
    action = file->addAction(icon(QIcon::ThemeIcon::DocumentNew, QStyle::SP_FileIcon, s), tr("&New File"), this,
                             [this] { newFile(); });
    action->setShortcut(QKeySequence::New);
    action = file->addAction(icon(QIcon::ThemeIcon::DocumentOpen, QStyle::SP_DialogOpenButton, s), tr("&Open File…"),
                             this, [this] {
                                 const QString path = askOpenFileName();
                                 if (!path.isEmpty())
                                     openFile(path);
                             });
    action->setShortcut(QKeySequence::Open);
    m_saveAction = file->addAction(icon(QIcon::ThemeIcon::DocumentSave, QStyle::SP_DialogSaveButton, s), tr("&Save"),
                                   this, [this] { save(); });
    m_saveAction->setShortcut(QKeySequence::Save);
    action = file->addAction(icon(QIcon::ThemeIcon::DocumentSaveAs, QStyle::SP_DialogSaveButton, s), tr("Save &As…"),
                             this, [this] {
                                 const QString path = askSaveFileName();
                                 if (!path.isEmpty())
                                     saveAs(path);
                             });
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_saveAllAction = file->addAction(icon(QIcon::ThemeIcon::DocumentSave, QStyle::SP_DialogSaveButton, s),
                                      tr("Save A&ll"), this, [this] { saveAll(); });
    m_saveAllAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    m_saveAllAction->setObjectName(QStringLiteral("saveAllAction"));
    action = file->addAction(icon(QIcon::ThemeIcon::WindowClose, QStyle::SP_DialogCloseButton, s), tr("&Close Tab"),
                             this, [this] { closeTab(m_tabs->currentIndex()); });
    action->setShortcut(QKeySequence::Close);
    file->addSeparator();
    action = file->addAction(icon(QIcon::ThemeIcon::ApplicationExit, QStyle::SP_DialogCloseButton, s), tr("&Quit"),
                             this, &QWidget::close);
    action->setShortcut(QKeySequence::Quit);
    action->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
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
    edit->addSeparator();
    action = edit->addAction(QIcon::fromTheme(QIcon::ThemeIcon::DocumentProperties), tr("Pre&ferences…"), this,
                             &MainWindow::showPreferences);
    action->setShortcut(QKeySequence::Preferences);
    action->setMenuRole(QAction::PreferencesRole);

    QMenu *run = menuBar()->addMenu(tr("&Run"));
    m_invokeAction = run->addAction(icon(QIcon::ThemeIcon::MediaPlaybackStart, QStyle::SP_MediaPlay, s), tr("&Invoke"),
                                    this, [this] { invoke(); });
    m_invokeAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_invokeAction->setToolTip(tr("Run the selected function with the event (Ctrl+Return)"));
    m_invokeAction->setObjectName(QStringLiteral("invokeAction"));
    m_stopAction = run->addAction(icon(QIcon::ThemeIcon::MediaPlaybackStop, QStyle::SP_MediaStop, s), tr("&Stop"),
                                  this, &MainWindow::stop);
    m_stopAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_stopAction->setToolTip(tr("Cancel the running invocation (Esc)"));
    run->addAction(m_buildPanel->buildAction());
    run->addSeparator();
    action = run->addAction(tr("Open &Handler"), this, [this] { openHandlerOf(m_function); });
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QMenu *themes = view->addMenu(tr("&Theme"));
    connect(themes, &QMenu::aboutToShow, this, [this, themes] {
        themes->clear();
        auto *group = new QActionGroup(themes);
        QAction *automatic = themes->addAction(tr("&Automatic (follow the system colours)"));
        automatic->setCheckable(true);
        automatic->setChecked(m_tabs->editorTheme().isEmpty());
        group->addAction(automatic);
        connect(automatic, &QAction::triggered, this, [this] {
            Preferences p = m_preferences;
            p.editorTheme.clear();
            setPreferences(p);
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
                Preferences p = m_preferences;
                p.editorTheme = name;
                setPreferences(p);
            });
        }
    });
    QMenu *syntax = view->addMenu(tr("&Syntax"));
    connect(syntax, &QMenu::aboutToShow, this, [this, syntax] {
        syntax->clear();
        if (CodeEditor *current = editor()) {
            QMenu *own = current->createSyntaxMenu(syntax);
            Q_EMIT own->aboutToShow();
            syntax->addActions(own->actions());
        }
    });
    view->addSeparator();
    QMenu *panels = view->addMenu(tr("&Panels"));
    for (QDockWidget *dock : {m_projectDock, m_eventDock, m_resultDock, m_logDock, m_historyDock})
        panels->addAction(dock->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    action = help->addAction(QIcon::fromTheme(QIcon::ThemeIcon::HelpAbout, windowIcon()), tr("&About Bullpen"), this,
                             &MainWindow::about);
    action->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(18, 18));
    bar->setMovable(false);
    bar->addAction(openProjectAction);
    bar->addAction(m_saveAllAction);
    bar->addSeparator();
    auto *functionLabel = new QLabel(tr("Function:"), bar);
    functionLabel->setContentsMargins(6, 0, 4, 0);
    bar->addWidget(functionLabel);
    m_functionBox = new QComboBox(bar);
    m_functionBox->setObjectName(QStringLiteral("functionBox"));
    m_functionBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_functionBox->setMinimumContentsLength(18);
    m_functionBox->setToolTip(tr("The function Invoke runs"));
    connect(m_functionBox, &QComboBox::activated, this,
            [this](int index) { selectFunction(m_functionBox->itemData(index).toString()); });
    bar->addWidget(m_functionBox);
    bar->addAction(m_invokeAction);
    bar->addAction(m_stopAction);
}

void MainWindow::createStatusBar()
{
    auto makeLabel = [this] {
        auto *label = new QLabel(this);
        label->setContentsMargins(8, 0, 8, 0);
        statusBar()->addPermanentWidget(label);
        return label;
    };
    m_engineLabel = makeLabel();
    m_engineLabel->setObjectName(QStringLiteral("engineStatus"));
    m_lastResultLabel = makeLabel();
    m_lastResultLabel->setObjectName(QStringLiteral("lastResult"));
    m_syntaxLabel = makeLabel();
    m_positionLabel = makeLabel();

    auto update = [this] {
        CodeEditor *current = editor();
        if (!current)
            return;
        const QString name = current->definitionName();
        m_syntaxLabel->setText(name.isEmpty() ? tr("Plain Text") : name);
        const QTextCursor cursor = current->textCursor();
        m_positionLabel->setText(tr("Ln %1, Col %2").arg(cursor.blockNumber() + 1).arg(cursor.positionInBlock() + 1));
    };
    // Follows whichever editor is current.
    connect(m_tabs, &EditorTabs::currentEditorChanged, this, [this, update](CodeEditor *current) {
        disconnect(m_cursorConnection);
        disconnect(m_definitionConnection);
        if (current) {
            m_cursorConnection = connect(current, &QPlainTextEdit::cursorPositionChanged, this, update);
            m_definitionConnection = connect(current, &CodeEditor::definitionChanged, this, update);
        }
        update();
    });
    Q_EMIT m_tabs->currentEditorChanged(editor());
    m_lastResultLabel->setText(tr("No invocation yet"));
}

void MainWindow::updateActions()
{
    const bool running = m_controller->isRunning();
    m_invokeAction->setEnabled(!running && m_project && !m_function.isEmpty());
    m_stopAction->setEnabled(running);
    m_closeProjectAction->setEnabled(m_project);
    m_saveAction->setEnabled(editor() != nullptr);
}

QString MainWindow::engineStatus() const
{
    return m_engineLabel->text();
}

void MainWindow::updateEngineStatus()
{
    const QString backend = m_controller->backendName();
    const QString shown = BackendRegistry::displayName(backend);
    if (!m_controller->invoker()) {
        m_engineLabel->setText(tr("Engine: %1, not started").arg(shown));
        m_engineLabel->setToolTip(tr("The engine starts with the first invocation."));
        return;
    }
    m_engineLabel->setText(tr("Engine: %1 · %2 warm · %3 busy")
                               .arg(shown)
                               .arg(m_controller->warmInstances())
                               .arg(m_controller->busyInstances()));
    m_engineLabel->setToolTip(BackendRegistry::isolation(backend) == Isolation::None
                                  ? tr("The %1 backend isolates nothing.").arg(shown)
                                  : tr("Each instance runs in its own container."));
}

void MainWindow::applyEditorPreferences()
{
    m_tabs->setEditorTheme(m_preferences.editorTheme);
    if (m_preferences.customFont)
        m_tabs->setEditorFont(m_preferences.editorFont);
}

void MainWindow::setPreferences(const Preferences &preferences)
{
    const bool engineChanged = preferences.engineSettings().backend != m_preferences.engineSettings().backend
        || preferences.keepAliveMinutes != m_preferences.keepAliveMinutes;
    m_preferences = preferences;
    m_preferences.save();
    applyEditorPreferences();
    if (engineChanged) {
        m_controller->setEngineSettings(m_preferences.engineSettings());
        statusBar()->showMessage(tr("Engine settings changed: the next invocation starts fresh instances."), 5000);
    }
}

void MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(m_preferences, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { setPreferences(dialog->preferences()); });
    dialog->open();
}

void MainWindow::addRecentProject(const QString &path)
{
    m_recent->add(path);
}

MainWindow::SaveChoice MainWindow::askToSaveChanges(const QStringList &names)
{
    const QString text = names.size() == 1
        ? tr("“%1” has unsaved changes. Save them?").arg(names.constFirst())
        : tr("These have unsaved changes:<ul><li>%1</li></ul>Save them all?").arg(names.join(QStringLiteral("</li><li>")));
    const auto answer = QMessageBox::warning(this, tr("Unsaved changes"), text,
                                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                             QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return SaveChoice::Save;
    if (answer == QMessageBox::Discard)
        return SaveChoice::Discard;
    return SaveChoice::Cancel;
}

bool MainWindow::askReloadChangedFile(const QString &name)
{
    return QMessageBox::question(this, tr("File changed on disk"),
                                 tr("“%1” was changed by another program, and you have unsaved edits in it.\n\n"
                                    "Reload it from the disk and lose your edits?")
                                     .arg(name),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

void MainWindow::reportError(const QString &message)
{
    m_lastError = message;
    statusBar()->showMessage(message);
    // open(), not exec(): no nested event loop, the window stays responsive.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Bullpen"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

QString MainWindow::askOpenFileName()
{
    const QString start = editor() && !editor()->filePath().isEmpty() ? QFileInfo(editor()->filePath()).absolutePath()
                        : m_project                                 ? m_project->directory()
                                                                    : QDir::homePath();
    return QFileDialog::getOpenFileName(this, tr("Open File"), start);
}

QString MainWindow::askSaveFileName()
{
    const QString start = editor() && !editor()->filePath().isEmpty() ? editor()->filePath()
                        : m_project                                 ? m_project->directory()
                                                                    : QDir::homePath();
    return QFileDialog::getSaveFileName(this, tr("Save File As"), start);
}

QString MainWindow::askProjectPath()
{
    // A template file; its folder is the project.
    return QFileDialog::getOpenFileName(this, tr("Open Project"), m_project ? m_project->directory() : QDir::homePath(),
                                        tr("SAM templates (template.yaml template.yml template.json *.yaml *.yml);;"
                                           "All files (*)"));
}

bool MainWindow::askNewProject(QString *sample, QString *directory)
{
    NewProjectDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *sample = dialog.sample();
    *directory = dialog.directory();
    return true;
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Bullpen"),
                       tr("<h3>Bullpen %1</h3>"
                          "<p>Develop AWS-Lambda-style functions on your own machine: open a SAM project, edit "
                          "handlers, build events, and run them in a local warm pool of containers that speaks "
                          "Lambda's Runtime API.</p>"
                          "<p>Engine: %2.</p>"
                          "<p>Syntax highlighting by KDE's KSyntaxHighlighting. Built with Qt %3.</p>")
                           .arg(QCoreApplication::applicationVersion(), BackendRegistry::displayName(m_controller->backendName()),
                                QString::fromLatin1(qVersion())));
}

} // namespace Bullpen
