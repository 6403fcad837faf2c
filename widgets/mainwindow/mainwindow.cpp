// SPDX-License-Identifier: MIT
#include "widgets/mainwindow/mainwindow.h"

#include "engine/core/terminationwatcher.h"
#include "engine/project/project.h"
#include "engine/project/projectsamples.h"
#include "widgets/editor/codeeditor.h"
#include "widgets/editor/syntaxrepository.h"
#include "widgets/load/loadlabpanel.h"
#include "widgets/mainwindow/asyncfeature.h"
#include "widgets/mainwindow/buildfeature.h"
#include "widgets/mainwindow/comparefeature.h"
#include "widgets/mainwindow/editorpanel.h"
#include "widgets/mainwindow/editortabs.h"
#include "widgets/mainwindow/eventspanel.h"
#include "widgets/mainwindow/imagesfeature.h"
#include "widgets/mainwindow/invokepanel.h"
#include "widgets/mainwindow/lessonsfeature.h"
#include "widgets/mainwindow/panel.h"
#include "widgets/mainwindow/poolfeature.h"
#include "widgets/mainwindow/portabilityfeature.h"
#include "widgets/mainwindow/projectpanel.h"
#include "widgets/mainwindow/serverfeature.h"
#include "widgets/mainwindow/targetsfeature.h"
#include "widgets/mainwindow/welcomepage.h"
#include "widgets/project/desktoprecentfiles.h"
#include "widgets/project/recentprojects.h"

#include <QCloseEvent>
#include <QCryptographicHash>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QFrame>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace Bullpen {

namespace {
const auto GeometryKey = QStringLiteral("mainwindow/geometry");
const auto StateKey = QStringLiteral("mainwindow/state");
const auto PanelsGroup = QStringLiteral("panels");
const auto LastProjectKey = QStringLiteral("session/lastProject");

// Each project's session under its own key, found again from its folder.
QString sessionGroup(const QString &directory)
{
    return QStringLiteral("sessions/")
        + QString::fromLatin1(QCryptographicHash::hash(directory.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}
// Bumped when the docks change, so an old arrangement is not restored onto new docks.
constexpr int StateVersion = 2;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    // The syntax definitions load in a worker while the window is built, not
    // on the GUI thread when the first project is opened.
    SyntaxRepository::preload();
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks | QMainWindow::AllowNestedDocks);
    m_preferences = Preferences::load();

    // The panels, in the order their docks, actions and questions appear.
    // A new feature is one more line here.
    addPanel(m_editorPanel = new EditorPanel(this));
    addPanel(m_projectPanel = new ProjectPanel(this));
    addPanel(m_eventsPanel = new EventsPanel(this));
    addPanel(m_invokePanel = new InvokePanel(this));
    addPanel(new BuildFeature(this));
    addPanel(new PoolFeature(this));
    addPanel(new LoadLabPanel(this));
    addPanel(new ImagesFeature(this));
    addPanel(new TargetsFeature(this));
    addPanel(new LessonsFeature(this));
    addPanel(new ServerFeature(this));
    addPanel(new AsyncFeature(this));
    addPanel(new CompareFeature(this));
    addPanel(new PortabilityFeature(this));

    m_recent = new RecentProjects(this);
    m_welcome = new WelcomePage(m_recent, this);
    connect(m_welcome, &WelcomePage::newProjectRequested, this, &MainWindow::askAndCreateProject);
    connect(m_welcome, &WelcomePage::openProjectRequested, this, &MainWindow::askAndOpenProject);
    connect(m_welcome, &WelcomePage::recentProjectChosen, this, [this](const QString &path) { openProject(path); });
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_editorPanel->tabs(), 1);
    for (Panel *panel : std::as_const(m_panels)) {
        if (QWidget *footer = panel->centralFooter()) {
            auto *line = new QFrame(central);
            line->setFrameShape(QFrame::HLine);
            line->setFrameShadow(QFrame::Sunken);
            layout->addWidget(line);
            layout->addWidget(footer);
        }
    }
    m_central = new QStackedWidget(this);
    m_central->addWidget(m_welcome);
    m_central->addWidget(central);
    setCentralWidget(m_central);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);

    createMenus();
    for (Panel *panel : std::as_const(m_panels))
        panel->preferencesChanged(m_preferences);
    connect(this, &MainWindow::titleInputsChanged, this, [this] {
        updateTitle();
        updateActions();
        updateCentral();
    });

    // SIGINT and SIGTERM close the window as the user would, without questions.
    m_termination = new TerminationWatcher(this);
    connect(m_termination, &TerminationWatcher::terminationRequested, this, &MainWindow::terminate);

    updateTitle();
    updateActions();
    updateCentral();

    resize(1440, 900);
    for (Panel *panel : std::as_const(m_panels))
        panel->arrangeDocks();
    QSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(StateKey).toByteArray(), StateVersion);
    settings.beginGroup(PanelsGroup);
    for (Panel *panel : std::as_const(m_panels))
        panel->restoreSettings(settings);
    settings.endGroup();
    // After the constructor, so that a project given on the command line wins.
    // Then what a window killed before left unsaved: its project's files when
    // it is the one reopened, else wherever they are.
    QTimer::singleShot(0, this, [this] {
        reopenLastProject();
        m_editorPanel->offerRecovery();
    });
}

void MainWindow::reopenLastProject()
{
    const QString last = QSettings().value(LastProjectKey).toString();
    // Quietly: nothing red before the user has done anything. A file given
    // on the command line is what the user asked for: no project around it.
    if (m_project || last.isEmpty() || !QFileInfo(last).isDir() || !editor()->filePath().isEmpty())
        return;
    ProjectError error;
    if (Project *project = Project::open(last, &error, this))
        project->deleteLater(); // only checked: openProject opens it for real
    else
        return;
    openProject(last);
}

void MainWindow::saveSession()
{
    QSettings settings;
    saveSession(settings);
}

void MainWindow::saveSession(QSettings &settings)
{
    if (!m_project)
        return;
    settings.setValue(LastProjectKey, m_project->directory());
    settings.beginGroup(sessionGroup(m_project->directory()));
    settings.setValue(QStringLiteral("function"), m_function);
    for (const Panel *panel : std::as_const(m_panels))
        panel->saveSession(settings);
    settings.endGroup();
}

void MainWindow::restoreSession()
{
    if (!m_project)
        return;
    QSettings settings;
    settings.beginGroup(sessionGroup(m_project->directory()));
    const QString function = settings.value(QStringLiteral("function")).toString();
    if (m_project->function(function))
        selectFunction(function);
    for (Panel *panel : std::as_const(m_panels))
        panel->restoreSession(settings);
    settings.endGroup();
}

MainWindow::~MainWindow()
{
    // The panels go first, while the widgets they reach are still there.
    qDeleteAll(std::exchange(m_panels, {}));
}

void MainWindow::addPanel(Panel *panel)
{
    m_panels << panel;
}

// ---------------------------------------------------------------- accessors

CodeEditor *MainWindow::editor() const
{
    return m_editorPanel->tabs()->currentEditor();
}
EditorTabs *MainWindow::tabs() const
{
    return m_editorPanel->tabs();
}
Project *MainWindow::project() const
{
    return m_project;
}
ProjectView *MainWindow::projectView() const
{
    return m_projectPanel->projectView();
}
FunctionSettingsPanel *MainWindow::settingsPanel() const
{
    return m_projectPanel->settingsPanel();
}
EventBuilder *MainWindow::eventBuilder() const
{
    return m_eventsPanel->eventBuilder();
}
ResultView *MainWindow::resultView() const
{
    return m_invokePanel->resultView();
}
LogView *MainWindow::logView() const
{
    return m_invokePanel->logView();
}
FiguresBar *MainWindow::figuresBar() const
{
    return m_invokePanel->figuresBar();
}
HistoryView *MainWindow::historyView() const
{
    return m_invokePanel->historyView();
}
InvocationController *MainWindow::controller() const
{
    return m_invokePanel->controller();
}
QAction *MainWindow::invokeAction() const
{
    return m_invokePanel->invokeAction();
}
QAction *MainWindow::stopAction() const
{
    return m_invokePanel->stopAction();
}
QString MainWindow::engineStatus() const
{
    return m_invokePanel->engineStatus();
}

// ---------------------------------------------------------------- files (the editor panel's)

bool MainWindow::newFile()
{
    return m_editorPanel->newFile();
}
bool MainWindow::openFile(const QString &path)
{
    return m_editorPanel->openFile(path);
}
bool MainWindow::openFileAt(const QString &path, int line, int column)
{
    return m_editorPanel->openFileAt(path, line, column);
}
bool MainWindow::save()
{
    return m_editorPanel->save();
}
bool MainWindow::saveAs(const QString &path)
{
    return m_editorPanel->saveAs(path);
}
bool MainWindow::closeTab(int index)
{
    return m_editorPanel->closeTab(index);
}

bool MainWindow::saveAll()
{
    for (Panel *panel : std::as_const(m_panels)) {
        QString error;
        if (!panel->saveChanges(&error)) {
            if (!error.isEmpty())
                reportError(error);
            return false;
        }
    }
    statusBar()->showMessage(tr("Saved all changes"), 3000);
    return true;
}

bool MainWindow::maybeSaveAll()
{
    QStringList names;
    for (const Panel *panel : std::as_const(m_panels))
        names << panel->unsavedChanges();
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
    connect(project, &Project::loadFailed, this, [this](const ProjectError &e) {
        statusBar()->showMessage(
            tr("template.yaml has an error; the last good version stays in use: %1").arg(e.toString()));
    });
    setProject(project);
    restoreSession();
    // Nothing of the project open yet (its first time): its handler.
    if (!project->functions().isEmpty() && editor()->filePath().isEmpty())
        openHandlerOf(m_function);
    m_recent->add(project->directory());
    // The desktop's recent documents too, as the template's type (installer/desktop).
    QString recentError;
    if (!DesktopRecentFiles::add(project->templatePath(), QStringLiteral("application/x-aws-sam-template"),
                                 &recentError))
        qWarning("bullpen: the desktop's recent files: %s", qPrintable(recentError));
    // The unsaved-changes question may have been a dialog too.
    reclaimKeyboard();
    statusBar()->showMessage(tr("Opened project %1").arg(QDir::toNativeSeparators(project->directory())), 4000);
    // Edits of its files a killed window left unsaved, offered back (its
    // status message after the opening's).
    m_editorPanel->offerRecovery(project->directory());
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
    setProject(nullptr);
    // Closed on purpose: the next start shows the welcome page.
    QSettings().remove(LastProjectKey);
    return true;
}

void MainWindow::setProject(Project *project)
{
    if (m_project) {
        saveSession();
        m_project->deleteLater();
    }
    m_project = project;
    m_function.clear();
    for (Panel *panel : std::as_const(m_panels))
        panel->projectChanged(project);
    // A panel may have chosen a function while the others were still on the
    // old project (the tree picks its first one): every panel hears the
    // choice below, with the new project in place.
    m_function.clear();
    if (project) {
        // The template may lose or rename the chosen function.
        connect(project, &Project::templateChanged, this, [this] {
            if (m_project && !m_project->function(m_function)) {
                const QList<FunctionConfig> functions = m_project->functions();
                const QString first = functions.isEmpty() ? QString() : functions.constFirst().logicalId;
                m_function.clear();
                if (first.isEmpty())
                    for (Panel *panel : std::as_const(m_panels))
                        panel->functionChanged({});
                else
                    selectFunction(first);
            }
            updateActions();
        });
    }
    const QList<FunctionConfig> functions = project ? project->functions() : QList<FunctionConfig>();
    if (!functions.isEmpty())
        selectFunction(functions.constFirst().logicalId);
    else
        for (Panel *panel : std::as_const(m_panels))
            panel->functionChanged({});
    Q_EMIT titleInputsChanged();
}

void MainWindow::selectFunction(const QString &logicalId)
{
    if (logicalId.isEmpty() || logicalId == m_function)
        return;
    m_function = logicalId;
    for (Panel *panel : std::as_const(m_panels))
        panel->functionChanged(logicalId);
    updateActions();
}

void MainWindow::openHandlerOf(const QString &logicalId)
{
    m_editorPanel->openHandlerOf(logicalId);
}

// ---------------------------------------------------------------- invoking (the invoke panel's)

bool MainWindow::invoke()
{
    return m_invokePanel->invoke();
}
void MainWindow::stop()
{
    m_invokePanel->stop();
}
PoolPanel *MainWindow::poolPanel() const
{
    const auto *feature = panel<PoolFeature>();
    return feature ? feature->poolPanel() : nullptr;
}

void MainWindow::showHistoryEntry(int row)
{
    m_invokePanel->showHistoryEntry(row);
}

// ---------------------------------------------------------------- the frame

void MainWindow::updateTitle()
{
    CodeEditor *current = editor();
    const QString file = current ? current->displayName() : QString();
    bool modified = current && current->isModified();
    for (const Panel *panel : std::as_const(m_panels))
        modified = modified || !panel->unsavedChanges().isEmpty();
    if (m_project)
        setWindowTitle(tr("%1[*] — %2 — Bullpen").arg(file, m_project->name()));
    else
        setWindowTitle(tr("%1[*] — Bullpen").arg(file));
    setWindowFilePath(current ? current->filePath() : QString());
    setWindowModified(modified);
}

void MainWindow::updateCentral()
{
    // The welcome page gives way to the first project or file.
    if (!m_central)
        return;
    const CodeEditor *current = editor();
    const bool empty
        = !m_project && tabs()->count() <= 1 && current && current->filePath().isEmpty() && !current->isModified();
    m_central->setCurrentIndex(empty ? 0 : 1);
}

void MainWindow::askAndOpenProject()
{
    const QString path = askProjectPath();
    reclaimKeyboard();
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::askAndCreateProject()
{
    QString sample, directory;
    const bool asked = askNewProject(&sample, &directory);
    reclaimKeyboard();
    if (asked)
        newProject(sample, directory);
}

void MainWindow::reclaimKeyboard()
{
    // A dialog of ours has just closed. Until the window system gives the
    // keyboard back (a window manager may do so late, or only on a click; none
    // does without one), no window of ours is active, and Qt matches no
    // shortcut of this window: Ctrl+Return went to the editor as a plain key
    // and nothing ran. Asking for it back is what the user's next key needs.
    if (isVisible() && !isActiveWindow())
        activateWindow();
}

void MainWindow::updateActions()
{
    if (m_closeProjectAction)
        m_closeProjectAction->setEnabled(m_project);
    for (Panel *panel : std::as_const(m_panels))
        panel->updateActions();
}

void MainWindow::setPreferences(const Preferences &preferences)
{
    m_preferences = preferences;
    m_preferences.save();
    for (Panel *panel : std::as_const(m_panels))
        panel->preferencesChanged(m_preferences);
}

void MainWindow::terminate()
{
    if (m_terminating)
        return;
    m_terminating = true;
    // Nothing is written over the user's files: the edits go aside, for recovery.
    const QString kept = m_editorPanel->keepForRecovery();
    if (!kept.isEmpty())
        qInfo("bullpen: unsaved edits kept in %s", qPrintable(kept));
    // close() runs closeEvent, which asks nothing while terminating.
    close();
    m_invokePanel->shutdownEngine();
}

bool MainWindow::waitForEngineShutdown(QDeadlineTimer deadline)
{
    return m_invokePanel->waitForEngineShutdown(deadline);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_terminating && !maybeSaveAll()) {
        event->ignore();
        return;
    }
    for (Panel *panel : std::as_const(m_panels))
        panel->aboutToClose();
    // One QSettings, so one write of the file (lock, write, sync) while the
    // window is still up.
    QSettings settings;
    if (m_project)
        saveSession(settings);
    else
        settings.remove(LastProjectKey);
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState(StateVersion));
    settings.beginGroup(PanelsGroup);
    for (const Panel *panel : std::as_const(m_panels))
        panel->saveSettings(settings);
    settings.endGroup();
    event->accept();
}

} // namespace Bullpen
