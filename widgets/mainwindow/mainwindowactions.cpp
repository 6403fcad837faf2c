// SPDX-License-Identifier: MIT
// MainWindow's menus and tool bar (the frame's own actions; the panels add
// theirs), preferences and the questions to the user; the rest of the class is
// in mainwindow.cpp.
#include "widgets/mainwindow/mainwindow.h"

#include "engine/project/project.h"
#include "widgets/editor/codeeditor.h"
#include "widgets/mainwindow/invokepanel.h"
#include "widgets/mainwindow/newprojectdialog.h"
#include "widgets/mainwindow/panel.h"
#include "widgets/preferences/preferencesdialog.h"
#include "widgets/project/recentprojects.h"

#include <QAction>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QInputDialog>
#include <QKeySequence>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QStatusBar>
#include <QStyle>
#include <QSvgRenderer>
#include <QToolBar>
#include <functional>

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
    for (const int size : { 16, 22, 32, 48, 64, 128, 256 }) {
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

void MainWindow::createMenus()
{
    setWindowIcon(applicationIcon());
    const QStyle *s = style();
    WindowMenus menus;

    menus.file = menuBar()->addMenu(tr("&File"));
    QAction *openProjectAction = menus.file->addAction(icon(QIcon::ThemeIcon::FolderOpen, QStyle::SP_DirOpenIcon, s),
                                                       tr("Open &Project…"), this, &MainWindow::askAndOpenProject);
    openProjectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    openProjectAction->setObjectName(QStringLiteral("openProjectAction"));
    QAction *action = menus.file->addAction(icon(QIcon::ThemeIcon::FolderNew, QStyle::SP_FileDialogNewFolder, s),
                                            tr("New Pro&ject…"), this, &MainWindow::askAndCreateProject);
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    action->setObjectName(QStringLiteral("newProjectAction"));
    QMenu *recentMenu = m_recent->createMenu(this);
    recentMenu->setTitle(tr("&Recent Projects"));
    menus.file->addMenu(recentMenu);
    connect(m_recent, &RecentProjects::projectChosen, this, [this](const QString &path) { openProject(path); });
    m_closeProjectAction = menus.file->addAction(tr("&Close Project"), this, [this] { closeProject(); });
    menus.file->addSeparator();
    menus.edit = menuBar()->addMenu(tr("&Edit"));
    menus.run = menuBar()->addMenu(tr("&Run"));
    menus.view = menuBar()->addMenu(tr("&View"));
    menus.tools = menuBar()->addMenu(tr("&Tools"));
    menus.help = menuBar()->addMenu(tr("&Help"));

    menus.toolBar = addToolBar(tr("Main"));
    menus.toolBar->setObjectName(QStringLiteral("mainToolBar"));
    menus.toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    menus.toolBar->setIconSize(QSize(18, 18));
    menus.toolBar->setMovable(false);
    menus.toolBar->addAction(openProjectAction);

    for (Panel *panel : std::as_const(m_panels))
        panel->contributeActions(menus);

    menus.file->addSeparator();
    action = menus.file->addAction(icon(QIcon::ThemeIcon::ApplicationExit, QStyle::SP_DialogCloseButton, s),
                                   tr("&Quit"), this, &QWidget::close);
    action->setShortcut(QKeySequence::Quit);
    action->setMenuRole(QAction::QuitRole);

    menus.edit->addSeparator();
    action = menus.edit->addAction(QIcon::fromTheme(QIcon::ThemeIcon::DocumentProperties), tr("Pre&ferences…"), this,
                                   &MainWindow::showPreferences);
    action->setShortcut(QKeySequence::Preferences);
    action->setMenuRole(QAction::PreferencesRole);

    menus.view->addSeparator();
    QMenu *docks = menus.view->addMenu(tr("&Panels"));
    for (const Panel *panel : std::as_const(m_panels))
        for (QDockWidget *dock : panel->docks())
            docks->addAction(dock->toggleViewAction());

    action = menus.help->addAction(QIcon::fromTheme(QIcon::ThemeIcon::HelpFaq), tr("&Documentation"), this,
                                   &MainWindow::openDocumentation);
    action->setShortcut(QKeySequence::HelpContents);
    action->setObjectName(QStringLiteral("documentationAction"));
    action = menus.help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    action->setObjectName(QStringLiteral("shortcutsAction"));
    menus.help->addSeparator();
    action = menus.help->addAction(QIcon::fromTheme(QIcon::ThemeIcon::HelpAbout, windowIcon()), tr("&About Bullpen"),
                                   this, &MainWindow::about);
    action->setMenuRole(QAction::AboutRole);
    menus.help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

QList<QPair<QString, QString>> MainWindow::shortcuts() const
{
    QList<QPair<QString, QString>> list;
    std::function<void(const QList<QAction *> &)> walk = [&](const QList<QAction *> &actions) {
        for (const QAction *action : actions) {
            if (action->menu())
                walk(action->menu()->actions());
            else if (!action->shortcut().isEmpty())
                list.append({ action->text().remove(u'&'), action->shortcut().toString(QKeySequence::NativeText) });
        }
    };
    walk(menuBar()->actions());
    return list;
}

void MainWindow::showShortcuts()
{
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("shortcutsDialog"));
    dialog->setWindowTitle(tr("Keyboard Shortcuts"));
    const QList<QPair<QString, QString>> list = shortcuts();
    auto *table = new QTableWidget(int(list.size()), 2, dialog);
    table->setHorizontalHeaderLabels({ tr("Command"), tr("Keys") });
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int row = 0; row < list.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(list.at(row).first));
        table->setItem(row, 1, new QTableWidgetItem(list.at(row).second));
    }
    table->resizeColumnToContents(0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog->resize(460, 520);
    dialog->open();
}

QUrl MainWindow::documentationUrl()
{
    const QDir bin(QCoreApplication::applicationDirPath());
    // Installed, then a build folder (build/<preset>/bin) inside the source tree.
    for (const QString &candidate : { bin.filePath(QStringLiteral("../share/doc/bullpen/README.md")),
                                      bin.filePath(QStringLiteral("../../../README.md")) }) {
        if (QFileInfo(candidate).isFile())
            return QUrl::fromLocalFile(QFileInfo(candidate).canonicalFilePath());
    }
    return {};
}

void MainWindow::openDocumentation()
{
    const QUrl url = documentationUrl();
    if (url.isEmpty() || !QDesktopServices::openUrl(url))
        reportError(tr("The documentation (README.md) was not found beside Bullpen."));
}

void MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(m_preferences, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { setPreferences(dialog->preferences()); });
    dialog->open();
}

MainWindow::SaveChoice MainWindow::askToSaveChanges(const QStringList &names)
{
    const QString text = names.size() == 1 ? tr("“%1” has unsaved changes. Save them?").arg(names.constFirst())
                                           : tr("These have unsaved changes:<ul><li>%1</li></ul>Save them all?")
                                                 .arg(names.join(QStringLiteral("</li><li>")));
    const auto answer
        = QMessageBox::warning(this, tr("Unsaved changes"), text,
                               QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
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

QString MainWindow::askName(const QString &title, const QString &label, const QString &initial)
{
    return QInputDialog::getText(this, title, label, QLineEdit::Normal, initial).trimmed();
}

bool MainWindow::askYesNo(const QString &title, const QString &text)
{
    return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

QString MainWindow::askOpenFileName()
{
    const QString start = editor() && !editor()->filePath().isEmpty() ? QFileInfo(editor()->filePath()).absolutePath()
        : m_project                                                   ? m_project->directory()
                                                                      : QDir::homePath();
    return QFileDialog::getOpenFileName(this, tr("Open File"), start);
}

QString MainWindow::askSaveFileName()
{
    const QString start = editor() && !editor()->filePath().isEmpty() ? editor()->filePath()
        : m_project                                                   ? m_project->directory()
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
    QMessageBox::about(
        this, tr("About Bullpen"),
        tr("<h3>Bullpen %1</h3>"
           "<p>Develop AWS-Lambda-style functions on your own machine: open a SAM project, edit "
           "handlers, build events, and run them in a local warm pool of containers that speaks "
           "Lambda's Runtime API.</p>"
           "<p>Engine: %2.</p>"
           "<p>Syntax highlighting by KDE's KSyntaxHighlighting. Built with Qt %3.</p>")
            .arg(QCoreApplication::applicationVersion(), m_invokePanel->engineName(), QString::fromLatin1(qVersion())));
}

} // namespace Bullpen
