// SPDX-License-Identifier: MIT
#include "widgets/mainwindow/mainwindow.h"

#include "widgets/editor/codeeditor.h"
#include "widgets/events/eventbuilder.h"
#include "widgets/invoke/figuresbar.h"
#include "widgets/invoke/historymodel.h"
#include "widgets/invoke/historyview.h"
#include "widgets/invoke/invocationcontroller.h"
#include "widgets/invoke/logview.h"
#include "widgets/invoke/resultview.h"
#include "widgets/mainwindow/editortabs.h"
#include "widgets/mainwindow/handlerlocator.h"
#include "widgets/pool/poolpanel.h"
#include "engine/project/project.h"
#include "engine/project/projectsamples.h"
#include "widgets/project/functionsettingspanel.h"
#include "widgets/project/projectmodel.h"
#include "widgets/project/projectview.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Bullpen {

namespace {
const auto GeometryKey = QStringLiteral("mainwindow/geometry");
const auto StateKey = QStringLiteral("mainwindow/state");
// Bumped when the docks change, so an old arrangement is not restored onto new docks.
constexpr int StateVersion = 2;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_tabs(new EditorTabs(this))
    , m_controller(new InvocationController(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks | QMainWindow::AllowNestedDocks);
    m_preferences = Preferences::load();
    m_controller->setEngineSettings(m_preferences.engineSettings());

    m_figures = new FiguresBar(this);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_tabs, 1);
    auto *line = new QFrame(central);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_figures);
    setCentralWidget(central);

    createDocks();
    createActions();
    createStatusBar();
    // The warm pool's docks and menu; a bar or an instance's invocation opens its history entry.
    m_poolPanel = new PoolPanel(this, m_controller);
    menuBar()->insertMenu(menuBar()->actions().constLast(), m_poolPanel->menu());
    connect(m_poolPanel, &PoolPanel::invocationActivated, this, [this](const QByteArray &requestId) {
        for (int row = m_controller->history()->rowCount() - 1; row >= 0; --row) {
            if (m_controller->history()->entry(row).result.requestId == requestId)
                return showHistoryEntry(row);
        }
        statusBar()->showMessage(tr("That invocation was not run from this window; it has no history entry."), 4000);
    });
    applyEditorPreferences();

    connect(m_tabs, &EditorTabs::currentEditorChanged, this, [this] {
        updateTitle();
        updateActions();
    });
    connect(m_tabs, &EditorTabs::modificationChanged, this, [this] {
        updateTitle();
        updateActions();
    });
    connect(m_tabs, &EditorTabs::fileChangedOnDisk, this, &MainWindow::onFileChangedOnDisk);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_tabs, &EditorTabs::editorThemeChosen, this, [this](const QString &theme) {
        m_preferences.editorTheme = theme;
        m_preferences.save();
    });

    connect(m_controller, &InvocationController::started, this, &MainWindow::onInvocationStarted);
    connect(m_controller, &InvocationController::finished, this, &MainWindow::onInvocationFinished);
    connect(m_controller, &InvocationController::runningChanged, this, &MainWindow::updateActions);
    connect(m_controller, &InvocationController::poolChanged, this, &MainWindow::updateEngineStatus);
    connect(m_controller, &InvocationController::engineChanged, this, &MainWindow::updateEngineStatus);
    connect(m_historyView, &HistoryView::entrySelected, this, &MainWindow::showHistoryEntry);
    connect(m_historyView, &HistoryView::rerunRequested, this, [this](int row) {
        if (!m_controller->rerun(row))
            statusBar()->showMessage(tr("An invocation is still running."), 3000);
    });
    connect(m_resultView, &ResultView::locationActivated, this,
            [this](const QString &path, int line, int column) { openFileAt(path, line, column); });

    updateTitle();
    updateActions();
    updateEngineStatus();

    resize(1440, 900);
    resizeDocks({m_projectDock, m_eventDock}, {350, 740}, Qt::Horizontal);
    resizeDocks({m_resultDock}, {280}, Qt::Vertical);
    QSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(StateKey).toByteArray(), StateVersion);
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    auto makeDock = [this](QDockWidget *&dock, const QString &title, const QString &name, QWidget *widget) {
        dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        dock->setWidget(widget);
        dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
                          | QDockWidget::DockWidgetFloatable);
    };

    m_projectView = new ProjectView(this);
    // The settings panel below shows handler, memory and timeout: the narrow
    // dock keeps the names readable instead.
    for (const int column : {ProjectModel::HandlerColumn, ProjectModel::MemoryColumn, ProjectModel::TimeoutColumn})
        m_projectView->treeView()->setColumnHidden(column, true);
    m_settingsPanel = new FunctionSettingsPanel(this);
    auto *settingsScroll = new QScrollArea(this);
    settingsScroll->setWidget(m_settingsPanel);
    settingsScroll->setWidgetResizable(true);
    settingsScroll->setFrameShape(QFrame::NoFrame);
    auto *projectSplit = new QSplitter(Qt::Vertical, this);
    projectSplit->setObjectName(QStringLiteral("projectSplitter"));
    projectSplit->addWidget(m_projectView);
    projectSplit->addWidget(settingsScroll);
    projectSplit->setStretchFactor(0, 2);
    projectSplit->setStretchFactor(1, 3);
    makeDock(m_projectDock, tr("Project"), QStringLiteral("projectDock"), projectSplit);
    addDockWidget(Qt::LeftDockWidgetArea, m_projectDock);

    m_eventBuilder = new EventBuilder(this);
    // Scrolls rather than forcing its full width onto the window.
    auto *eventScroll = new QScrollArea(this);
    eventScroll->setWidget(m_eventBuilder);
    eventScroll->setWidgetResizable(true);
    eventScroll->setFrameShape(QFrame::NoFrame);
    makeDock(m_eventDock, tr("Event"), QStringLiteral("eventDock"), eventScroll);
    addDockWidget(Qt::RightDockWidgetArea, m_eventDock);

    m_resultView = new ResultView(this);
    makeDock(m_resultDock, tr("Result"), QStringLiteral("resultDock"), m_resultView);
    addDockWidget(Qt::BottomDockWidgetArea, m_resultDock);
    m_logView = new LogView(this);
    makeDock(m_logDock, tr("Logs"), QStringLiteral("logDock"), m_logView);
    tabifyDockWidget(m_resultDock, m_logDock);
    m_historyView = new HistoryView(m_controller->history(), this);
    makeDock(m_historyDock, tr("History"), QStringLiteral("historyDock"), m_historyView);
    tabifyDockWidget(m_logDock, m_historyDock);
    m_resultDock->raise();

    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);

    connect(m_projectView, &ProjectView::fileActivated, this, [this](const QString &path) { openFile(path); });
    connect(m_projectView, &ProjectView::functionSelected, this, &MainWindow::selectFunction);
    connect(m_projectView, &ProjectView::templateActivated, this, [this] {
        if (m_project)
            openFile(m_project->templatePath());
    });
    connect(m_eventBuilder, &EventBuilder::errorOccurred, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(m_eventBuilder, &EventBuilder::unsavedChangesChanged, this, &MainWindow::updateTitle);
    connect(m_settingsPanel, &FunctionSettingsPanel::applied, this, [this](const QString &id) {
        statusBar()->showMessage(tr("Saved %1's settings to %2").arg(id, QFileInfo(m_project->templatePath()).fileName()),
                                 4000);
    });
}

Project *MainWindow::project() const
{
    return m_project;
}

CodeEditor *MainWindow::editor() const
{
    return m_tabs->currentEditor();
}

void MainWindow::updateTitle()
{
    CodeEditor *current = editor();
    const QString file = current ? current->displayName() : QString();
    const bool modified = !m_tabs->modifiedEditors().isEmpty();
    if (m_project)
        setWindowTitle(tr("%1[*] — %2 — Bullpen").arg(file, m_project->name()));
    else
        setWindowTitle(tr("%1[*] — Bullpen").arg(file));
    setWindowFilePath(current ? current->filePath() : QString());
    setWindowModified(current ? current->isModified() || modified : modified);
}

bool MainWindow::newFile()
{
    m_tabs->newDocument();
    statusBar()->showMessage(tr("New file"), 3000);
    return true;
}

bool MainWindow::openFile(const QString &path)
{
    QString error;
    CodeEditor *opened = m_tabs->openFile(QFileInfo(path).absoluteFilePath(), &error);
    if (!opened) {
        reportError(error);
        return false;
    }
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(opened->filePath())), 3000);
    return true;
}

bool MainWindow::openFileAt(const QString &path, int line, int column)
{
    if (!openFile(path))
        return false;
    editor()->goToLine(qMax(1, line), qMax(0, column - 1));
    editor()->setFocus();
    return true;
}

bool MainWindow::saveEditor(CodeEditor *target)
{
    QString error;
    if (target->filePath().isEmpty()) {
        m_tabs->setCurrentWidget(target);
        const QString path = askSaveFileName();
        if (path.isEmpty())
            return false;
        if (!m_tabs->saveAs(target, path, &error)) {
            reportError(error);
            return false;
        }
    } else if (!m_tabs->save(target, &error)) {
        reportError(error);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(target->filePath())), 3000);
    return true;
}

bool MainWindow::save()
{
    return editor() && saveEditor(editor());
}

bool MainWindow::saveAs(const QString &path)
{
    QString error;
    if (!m_tabs->saveAs(editor(), path, &error)) {
        reportError(error);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(editor()->filePath())), 3000);
    return true;
}

bool MainWindow::saveAll()
{
    const QList<CodeEditor *> modified = m_tabs->modifiedEditors();
    for (CodeEditor *target : modified) {
        if (!saveEditor(target))
            return false;
    }
    if (m_eventBuilder->hasUnsavedChanges()) {
        QString error;
        if (!m_eventBuilder->saveAll(&error)) {
            reportError(error);
            return false;
        }
    }
    if (m_settingsPanel->isModified() && !m_settingsPanel->apply()) {
        reportError(m_settingsPanel->lastError());
        return false;
    }
    statusBar()->showMessage(tr("Saved all changes"), 3000);
    return true;
}

bool MainWindow::maybeSave(CodeEditor *target)
{
    if (!target->isModified())
        return true;
    switch (askToSaveChanges({target->displayName()})) {
    case SaveChoice::Save:
        return saveEditor(target);
    case SaveChoice::Discard:
        return true;
    case SaveChoice::Cancel:
        break;
    }
    return false;
}

bool MainWindow::closeTab(int index)
{
    CodeEditor *target = m_tabs->editorAt(index);
    if (!target || !maybeSave(target))
        return false;
    m_tabs->removeEditor(target);
    return true;
}

bool MainWindow::maybeSaveAll()
{
    QStringList names;
    for (CodeEditor *target : m_tabs->modifiedEditors())
        names << target->displayName();
    if (m_eventBuilder->hasUnsavedChanges())
        names << tr("the event in the event builder");
    if (m_settingsPanel->isModified())
        names << tr("the settings of %1").arg(m_settingsPanel->function());
    if (names.isEmpty())
        return true;
    switch (askToSaveChanges(names)) {
    case SaveChoice::Save:
        return saveAll();
    case SaveChoice::Discard:
        return true;
    case SaveChoice::Cancel:
        break;
    }
    return false;
}

void MainWindow::onFileChangedOnDisk(CodeEditor *target)
{
    const QString name = target->displayName();
    if (!QFileInfo::exists(target->filePath())) {
        statusBar()->showMessage(tr("%1 was removed from the disk; saving writes it again.").arg(name), 6000);
        target->document()->setModified(true);
        return;
    }
    if (target->isModified() && !askReloadChangedFile(name))
        return;
    QString error;
    if (!m_tabs->reload(target, &error)) {
        reportError(error);
        return;
    }
    statusBar()->showMessage(tr("%1 changed on disk and was reloaded").arg(name), 4000);
}

// ---------------------------------------------------------------- projects

bool MainWindow::openProject(const QString &folderOrTemplate)
{
    if (!maybeSaveAll())
        return false;
    ProjectError error;
    Project *project = Project::open(QFileInfo(folderOrTemplate).absoluteFilePath(), &error, this);
    if (!project) {
        reportError(tr("Could not open the project: %1").arg(error.toString()));
        return false;
    }
    if (m_project) {
        m_tabs->closeAll();
        m_projectView->setProject(nullptr);
        m_settingsPanel->setProject(nullptr);
        m_project->deleteLater();
    }
    m_project = project;
    m_function.clear();
    connect(project, &Project::templateChanged, this, &MainWindow::onProjectChanged);
    connect(project, &Project::loadFailed, this, [this](const ProjectError &e) {
        statusBar()->showMessage(tr("template.yaml has an error; the last good version stays in use: %1").arg(e.toString()));
    });
    m_projectView->setProject(project);
    m_settingsPanel->setProject(project);
    m_eventBuilder->setProjectDirectory(project->directory());
    onProjectChanged();
    if (!project->functions().isEmpty()) {
        const QString first = project->functions().constFirst().logicalId;
        selectFunction(first);
        openHandlerOf(first);
        // Start from the project's own event (sam init's events/event.json) when nothing is being edited.
        if (m_eventBuilder->currentPayload().trimmed().isEmpty() && !m_eventBuilder->hasUnsavedChanges()) {
            QList<SavedEvent> events = m_eventBuilder->store().events(first);
            if (events.isEmpty())
                events = m_eventBuilder->store().events();
            if (!events.isEmpty())
                m_eventBuilder->openSavedEvent(events.constFirst().name);
        }
    }
    addRecentProject(project->directory());
    updateTitle();
    updateActions();
    statusBar()->showMessage(tr("Opened project %1").arg(QDir::toNativeSeparators(project->directory())), 4000);
    Q_EMIT projectOpened(project->directory());
    return true;
}

bool MainWindow::newProject(const QString &sample, const QString &directory)
{
    ProjectError error;
    if (!ProjectSamples::create(sample, directory, &error)) {
        reportError(tr("Could not create the project: %1").arg(error.toString()));
        return false;
    }
    return openProject(directory);
}

bool MainWindow::closeProject()
{
    if (!m_project)
        return true;
    if (!maybeSaveAll())
        return false;
    m_tabs->closeAll();
    m_projectView->setProject(nullptr);
    m_settingsPanel->setProject(nullptr);
    m_eventBuilder->setProjectDirectory(QString());
    m_project->deleteLater();
    m_project = nullptr;
    m_function.clear();
    onProjectChanged();
    updateTitle();
    updateActions();
    return true;
}

void MainWindow::onProjectChanged()
{
    const QSignalBlocker blocker(m_functionBox);
    m_functionBox->clear();
    if (m_project) {
        for (const FunctionConfig &function : m_project->functions())
            m_functionBox->addItem(function.logicalId, function.logicalId);
    }
    m_functionBox->setEnabled(m_functionBox->count() > 0);
    const int index = m_functionBox->findData(m_function);
    if (index >= 0) {
        m_functionBox->setCurrentIndex(index);
    } else if (m_functionBox->count() > 0) {
        m_function.clear();
        selectFunction(m_functionBox->itemData(0).toString());
    } else {
        m_function.clear();
    }
    updateActions();
}

void MainWindow::selectFunction(const QString &logicalId)
{
    if (logicalId.isEmpty() || logicalId == m_function)
        return;
    m_function = logicalId;
    const int index = m_functionBox->findData(logicalId);
    if (index >= 0) {
        const QSignalBlocker blocker(m_functionBox);
        m_functionBox->setCurrentIndex(index);
    }
    if (m_projectView->currentFunction() != logicalId)
        m_projectView->selectFunction(logicalId);
    m_settingsPanel->setFunction(logicalId);
    m_eventBuilder->setFunction(logicalId);
    updateActions();
}

void MainWindow::openHandlerOf(const QString &logicalId)
{
    if (!m_project)
        return;
    const auto function = m_project->function(logicalId);
    if (!function)
        return;
    const HandlerLocation location = locateHandler(*function);
    if (location.path.isEmpty()) {
        statusBar()->showMessage(tr("The handler file of %1 (%2) was not found in %3")
                                     .arg(logicalId, function->handler, QDir::toNativeSeparators(function->codeDirectory)),
                                 6000);
        return;
    }
    openFileAt(location.path, qMax(1, location.line));
}

// ---------------------------------------------------------------- invoking

bool MainWindow::invoke()
{
    if (m_controller->isRunning())
        return false;
    if (!m_project || m_function.isEmpty()) {
        statusBar()->showMessage(tr("Open a project and choose a function to invoke."), 4000);
        return false;
    }
    const auto function = m_project->function(m_function);
    if (!function)
        return false;
    // Lambda runs what is on disk: the function's unsaved edits are saved first,
    // and the run waits for the project to see them, so that a warm instance
    // with the old code is not reused.
    bool savedCode = false;
    const QString codeRoot = QDir::cleanPath(function->codeDirectory) + u'/';
    for (CodeEditor *target : m_tabs->modifiedEditors()) {
        if (target->filePath().startsWith(codeRoot)) {
            if (!saveEditor(target))
                return false;
            savedCode = true;
        }
    }
    const QString id = m_function;
    const QByteArray payload = m_eventBuilder->currentPayload();
    const QString eventName = m_eventBuilder->currentEventName();
    if (!savedCode)
        return m_controller->invoke(*function, payload, m_project->codeRevision(id), eventName);

    auto *wait = new QTimer(this);
    wait->setSingleShot(true);
    const QPointer<Project> project = m_project;
    auto run = [this, wait, project, id, payload, eventName] {
        if (!wait->property("done").toBool()) {
            wait->setProperty("done", true);
            wait->deleteLater();
            if (project && project == m_project) {
                if (const auto current = project->function(id))
                    m_controller->invoke(*current, payload, project->codeRevision(id), eventName);
            }
        }
    };
    // One save may bump the revision more than once (the file, then its
    // folder): run shortly after the last bump.
    connect(m_project, &Project::codeRevisionChanged, wait, [wait, id](const QString &changed) {
        if (changed == id)
            wait->start(150);
    });
    connect(wait, &QTimer::timeout, this, run);
    wait->start(2000);
    statusBar()->showMessage(tr("Saved; invoking %1…").arg(id), 2000);
    return true;
}

void MainWindow::stop()
{
    if (m_controller->isRunning()) {
        m_controller->cancel();
        statusBar()->showMessage(tr("Stopping the invocation…"), 3000);
    }
}

void MainWindow::onInvocationStarted()
{
    m_resultView->showRunning(m_function);
    m_figures->showRunning();
    m_logView->setLogs({});
    m_resultDock->raise();
    m_lastResultLabel->setText(tr("Running…"));
    updateActions();
}

void MainWindow::onInvocationFinished(const InvocationResult &result, const FunctionConfig &function, int row)
{
    showResult(result, function.codeDirectory);
    Q_EMIT invocationShown(row);
    m_historyView->selectRow(row);
    if (result.outcome == InvocationOutcome::EngineError)
        m_lastResultLabel->setText(tr("Last: engine error"));
    else
        m_lastResultLabel->setText(tr("Last: %1, %2 ms")
                                       .arg(HistoryModel::outcomeText(result))
                                       .arg(QLocale().toString(result.durationMs, 'f', 1)));
    updateActions();
}

void MainWindow::showHistoryEntry(int row)
{
    if (row < 0 || row >= m_controller->history()->rowCount())
        return;
    const HistoryEntry &entry = m_controller->history()->entry(row);
    showResult(entry.result, entry.function.codeDirectory);
    Q_EMIT invocationShown(row);
}

void MainWindow::showResult(const InvocationResult &result, const QString &codeDirectory)
{
    m_resultView->showResult(result, codeDirectory);
    m_logView->setLogs(result.logs);
    m_figures->setResult(result);
}

// ---------------------------------------------------------------- closing and questions

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSaveAll()) {
        event->ignore();
        return;
    }
    m_eventBuilder->flushDraft();
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState(StateVersion));
    event->accept();
}

} // namespace Bullpen
