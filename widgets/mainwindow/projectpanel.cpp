// SPDX-License-Identifier: MIT
#include "widgets/mainwindow/projectpanel.h"

#include "engine/project/project.h"
#include "widgets/editor/codeeditor.h"
#include "widgets/mainwindow/editortabs.h"
#include "widgets/mainwindow/mainwindow.h"
#include "widgets/project/functionsettingspanel.h"
#include "widgets/project/projectmodel.h"
#include "widgets/project/projectview.h"

#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeView>
#include <QUrl>

namespace Bullpen {

ProjectPanel::ProjectPanel(MainWindow *window)
    : Panel(window)
    , m_projectView(new ProjectView(window))
    , m_settingsPanel(new FunctionSettingsPanel(window))
{
    // The settings panel below shows handler, memory and timeout: the narrow
    // dock keeps the names readable instead.
    for (const int column : { ProjectModel::HandlerColumn, ProjectModel::MemoryColumn, ProjectModel::TimeoutColumn })
        m_projectView->treeView()->setColumnHidden(column, true);
    auto *settingsScroll = new QScrollArea(window);
    settingsScroll->setWidget(m_settingsPanel);
    settingsScroll->setWidgetResizable(true);
    settingsScroll->setFrameShape(QFrame::NoFrame);
    auto *split = new QSplitter(Qt::Vertical, window);
    split->setObjectName(QStringLiteral("projectSplitter"));
    split->addWidget(m_projectView);
    split->addWidget(settingsScroll);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    m_dock = makeDock(tr("Project"), QStringLiteral("projectDock"), split);
    window->addDockWidget(Qt::LeftDockWidgetArea, m_dock);

    connect(m_projectView, &ProjectView::fileActivated, this,
            [this](const QString &path) { this->window()->openFile(path); });
    connect(m_projectView, &ProjectView::functionSelected, window, &MainWindow::selectFunction);
    connect(m_projectView, &ProjectView::templateActivated, this, [this] {
        if (m_project)
            this->window()->openFile(m_project->templatePath());
    });
    connect(m_settingsPanel, &FunctionSettingsPanel::modifiedChanged, window, &MainWindow::titleInputsChanged);
    m_projectView->treeView()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_projectView->treeView(), &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QTreeView *tree = m_projectView->treeView();
        QMenu *menu = contextMenu(tree->indexAt(at), tree);
        if (!menu)
            return;
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(tree->viewport()->mapToGlobal(at));
    });
    connect(m_settingsPanel, &FunctionSettingsPanel::applied, this, [this](const QString &id) {
        if (m_project)
            showStatus(tr("Saved %1's settings to %2").arg(id, QFileInfo(m_project->templatePath()).fileName()));
    });
}

ProjectPanel::~ProjectPanel() = default;

void ProjectPanel::arrangeDocks()
{
    window()->resizeDocks({ m_dock }, { 300 }, Qt::Horizontal);
}

void ProjectPanel::projectChanged(Project *project)
{
    m_project = project;
    m_projectView->setProject(project);
    m_settingsPanel->setProject(project);
}

void ProjectPanel::functionChanged(const QString &logicalId)
{
    if (logicalId.isEmpty())
        return;
    if (m_projectView->currentFunction() != logicalId)
        m_projectView->selectFunction(logicalId);
    m_settingsPanel->setFunction(logicalId);
}

QStringList ProjectPanel::unsavedChanges() const
{
    if (!m_settingsPanel->isModified())
        return {};
    return { tr("the settings of %1").arg(m_settingsPanel->function()) };
}

bool ProjectPanel::saveChanges(QString *error)
{
    if (m_settingsPanel->isModified() && !m_settingsPanel->apply()) {
        *error = m_settingsPanel->lastError();
        return false;
    }
    return true;
}

QMenu *ProjectPanel::contextMenu(const QModelIndex &index, QWidget *parent)
{
    if (!m_project)
        return nullptr;
    using Kind = ProjectModel::Kind;
    const auto kind = index.isValid() ? index.data(ProjectModel::KindRole).value<Kind>() : Kind::Folder;
    const QString path = index.isValid() ? index.data(ProjectModel::FilePathRole).toString() : m_project->directory();
    const QString id = index.data(ProjectModel::FunctionIdRole).toString();
    auto *menu = new QMenu(parent);
    auto add = [menu](const QString &text, const QString &name, auto slot) {
        QAction *action = menu->addAction(text);
        action->setObjectName(name);
        QObject::connect(action, &QAction::triggered, menu, slot);
        return action;
    };
    if (!id.isEmpty()) {
        QAction *invoke = add(tr("&Invoke %1").arg(id), QStringLiteral("invokeHere"), [this, id] {
            window()->selectFunction(id);
            window()->invoke();
        });
        invoke->setIcon(window()->invokeAction()->icon());
        menu->addSeparator();
    }
    add(tr("&New File…"), QStringLiteral("newFileHere"), [this, folder = folderFor(index)] { newFileIn(folder); });
    // The template and a function's own entry are renamed in the template, not here.
    const bool onDisk = index.isValid() && kind != Kind::Function && kind != Kind::Template
        && kind != Kind::EventsFolder && kind != Kind::Layer;
    if (onDisk) {
        add(tr("&Rename…"), QStringLiteral("renameHere"), [this, path] { rename(path); });
        add(tr("&Delete"), QStringLiteral("deleteHere"), [this, path] { remove(path); });
    }
    menu->addSeparator();
    add(tr("Reveal in &File Manager"), QStringLiteral("revealHere"),
        [folder = folderFor(index)] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
    if (!id.isEmpty()) {
        add(tr("Open &Template at %1").arg(id), QStringLiteral("openTemplateHere"), [this, id] {
            if (const auto function = m_project ? m_project->function(id) : std::nullopt)
                window()->openFileAt(m_project->templatePath(), qMax(1, function->line));
        });
    }
    return menu;
}

QString ProjectPanel::folderFor(const QModelIndex &index) const
{
    using Kind = ProjectModel::Kind;
    if (!index.isValid())
        return m_project->directory();
    const QString path = index.data(ProjectModel::FilePathRole).toString();
    switch (index.data(ProjectModel::KindRole).value<Kind>()) {
    case Kind::Folder:
    case Kind::EventsFolder:
    case Kind::Function:
    case Kind::Layer:
        return path;
    case Kind::Template:
        return m_project->directory();
    case Kind::File:
    case Kind::Event:
        break;
    }
    return QFileInfo(path).absolutePath();
}

void ProjectPanel::newFileIn(const QString &folder)
{
    const QString name
        = window()->askName(tr("New File"), tr("File name in %1:").arg(QDir::toNativeSeparators(folder)), {});
    if (name.isEmpty())
        return;
    const QString path = QDir(folder).filePath(name);
    QFile file(path);
    if (name.contains(u'/') || !QDir().mkpath(QFileInfo(path).absolutePath()) || !file.open(QIODevice::NewOnly)) {
        window()->reportError(
            tr("Could not create %1: %2")
                .arg(QDir::toNativeSeparators(path), file.exists() ? tr("it exists already") : file.errorString()));
        return;
    }
    file.close();
    window()->openFile(path);
}

bool ProjectPanel::closeTabsUnder(const QString &path)
{
    EditorTabs *tabs = window()->tabs();
    QList<CodeEditor *> under;
    for (CodeEditor *editor : tabs->editors()) {
        const QString file = editor->filePath();
        if (!file.isEmpty() && (file == path || file.startsWith(path + u'/')))
            under << editor;
    }
    for (const CodeEditor *editor : std::as_const(under)) {
        if (editor->isModified()) {
            window()->reportError(tr("%1 has unsaved changes: save or close it first.").arg(editor->displayName()));
            return false;
        }
    }
    for (CodeEditor *editor : std::as_const(under))
        tabs->removeEditor(editor);
    return true;
}

void ProjectPanel::rename(const QString &path)
{
    const QFileInfo info(path);
    const QString name = window()->askName(tr("Rename"), tr("New name for %1:").arg(info.fileName()), info.fileName());
    if (name.isEmpty() || name == info.fileName())
        return;
    const QString target = info.dir().filePath(name);
    if (name.contains(u'/') || QFileInfo::exists(target)) {
        window()->reportError(
            tr("Could not rename %1 to %2: %3")
                .arg(info.fileName(), name, name.contains(u'/') ? tr("a name has no slash") : tr("it exists already")));
        return;
    }
    const bool wasOpen = window()->tabs()->editorFor(path) != nullptr;
    if (!closeTabsUnder(path))
        return;
    if (!QFile::rename(path, target)) {
        window()->reportError(tr("Could not rename %1 to %2.").arg(info.fileName(), name));
        return;
    }
    if (wasOpen)
        window()->openFile(target);
    showStatus(tr("Renamed %1 to %2").arg(info.fileName(), name));
}

void ProjectPanel::remove(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    if (!window()->askYesNo(tr("Delete"), tr("Move “%1” to the trash?").arg(name)))
        return;
    if (!closeTabsUnder(path))
        return;
    if (!QFile::moveToTrash(path)) {
        window()->reportError(tr("Could not move %1 to the trash.").arg(name));
        return;
    }
    showStatus(tr("Moved %1 to the trash").arg(name));
}

} // namespace Bullpen
