// SPDX-License-Identifier: MIT
#include "engine/project/project.h"

#include "engine/project/intrinsics.h"
#include "engine/project/samtemplateeditor.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

#include <utility>

namespace Bullpen {

using namespace Yaml;

namespace {

// inotify watches are a per-user resource shared with every other program;
// a project with a huge vendored tree must not take them all.
constexpr int WatchBudget = 4000;

// Coalesces the bursts an editor's atomic save produces (create, rename, modify).
constexpr int FlushDelayMs = 50;

bool isUnder(const QString &path, const QString &directory)
{
    return path == directory || path.startsWith(directory + u'/');
}

// Which values of each function come from Globals.Function: SAM applies Globals
// to AWS::Serverless::Function resources only, and a function's own value wins.
QHash<QString, GlobalsOrigin> readOrigins(const QByteArray &text)
{
    QHash<QString, GlobalsOrigin> origins;
    YAML::Node root;
    try {
        root = YAML::Load(text.toStdString());
    } catch (const YAML::Exception &) {
        return origins;
    }
    const YAML::Node globals = entry(entry(root, "Globals").value, "Function").value;
    const YAML::Node resources = entry(root, "Resources").value;
    if (!globals.IsDefined() || !globals.IsMap() || !resources.IsDefined() || !resources.IsMap())
        return origins;
    const char *const scalars[] = { "MemorySize", "Timeout", "Handler", "Runtime" };
    const YAML::Node globalVariables = entry(entry(globals, "Environment").value, "Variables").value;
    for (auto it = resources.begin(); it != resources.end(); ++it) {
        if (!it->second.IsMap() || qs(entry(it->second, "Type").value.Scalar()) != u"AWS::Serverless::Function")
            continue;
        const YAML::Node properties = entry(it->second, "Properties").value;
        GlobalsOrigin origin;
        for (const char *name : scalars) {
            const Entry global = entry(globals, name);
            if (!global.found())
                continue;
            if (global.value.IsScalar())
                origin.globalValues.insert(QString::fromLatin1(name), qs(global.value.Scalar()));
            if (!entry(properties, name).found())
                origin.properties << QString::fromLatin1(name);
        }
        if (globalVariables.IsDefined() && globalVariables.IsMap()) {
            const YAML::Node own = entry(entry(properties, "Environment").value, "Variables").value;
            for (auto v = globalVariables.begin(); v != globalVariables.end(); ++v) {
                const std::string key = v->first.Scalar();
                if (!entry(own, key.c_str()).found())
                    origin.environment << qs(key);
            }
        }
        origins.insert(qs(it->first.Scalar()), origin);
    }
    return origins;
}

} // namespace

Project::Project(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFileSystemWatcher(this))
    , m_flushTimer(new QTimer(this))
{
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(FlushDelayMs);
    connect(m_flushTimer, &QTimer::timeout, this, &Project::flushChanges);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &Project::onFileChanged);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &Project::onDirectoryChanged);
}

Project::~Project() = default;

Project *Project::open(const QString &folderOrTemplate, ProjectError *error, QObject *parent)
{
    const QFileInfo info(folderOrTemplate);
    QString templatePath = info.isDir() ? SamTemplate::findTemplate(info.absoluteFilePath()) : info.absoluteFilePath();
    if (templatePath.isEmpty() || !QFileInfo(templatePath).isFile()) {
        if (error)
            *error = ProjectError {
                folderOrTemplate, 0, 0,
                info.exists() ? QStringLiteral("no template.yaml, template.yml or template.json in this folder")
                              : QStringLiteral("no such file or folder"),
                QStringLiteral("open a folder that holds a SAM template, or create a new project from a sample")
            };
        return nullptr;
    }
    templatePath = QFileInfo(templatePath).canonicalFilePath();
    QFile file(templatePath);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = ProjectError {
                templatePath, 0, 0, QStringLiteral("cannot read the template: %1").arg(file.errorString()), {}
            };
        return nullptr;
    }
    auto *project = new Project(parent);
    project->m_templatePath = templatePath;
    project->m_directory = QFileInfo(templatePath).absolutePath();
    ProjectError loadError;
    if (!project->loadFrom(file.readAll(), &loadError)) {
        if (error)
            *error = loadError;
        delete project;
        return nullptr;
    }
    project->updateWatches();
    return project;
}

QString Project::name() const
{
    return QFileInfo(m_directory).fileName();
}

QString Project::eventsDirectory() const
{
    return m_directory + QStringLiteral("/events");
}

bool Project::loadFrom(const QByteArray &text, ProjectError *error)
{
    auto loaded = SamTemplate::parse(text, m_templatePath, error);
    if (!loaded)
        return false;
    m_template = *loaded;
    m_templateText = text;
    m_origins = readOrigins(text);
    m_loadError.reset();
    return true;
}

bool Project::reload(ProjectError *error)
{
    QFile file(m_templatePath);
    ProjectError failure;
    bool ok = false;
    if (!file.open(QIODevice::ReadOnly)) {
        failure = ProjectError { m_templatePath, 0, 0,
                                 QStringLiteral("cannot read the template: %1").arg(file.errorString()),
                                 QStringLiteral("the functions stay as they were last read") };
    } else {
        ok = loadFrom(file.readAll(), &failure);
    }
    if (!ok) {
        m_loadError = failure;
        if (error)
            *error = failure;
        Q_EMIT loadFailed(failure);
        return false;
    }
    updateWatches();
    Q_EMIT templateChanged();
    return true;
}

bool Project::setFunctionProperty(const QString &logicalId, const QString &property, const QString &value,
                                  ProjectError *error)
{
    return edit([&](SamTemplateEditor &editor,
                    ProjectError *why) { return editor.setFunctionProperty(logicalId, property, value, why); },
                error);
}

bool Project::setEnvironment(const QString &logicalId, const QMap<QString, QString> &variables, ProjectError *error)
{
    return edit(
        [&](SamTemplateEditor &editor, ProjectError *why) { return editor.setEnvironment(logicalId, variables, why); },
        error);
}

bool Project::applyEdit(const QString &logicalId, const FunctionEdit &change, ProjectError *error)
{
    return edit(
        [&](SamTemplateEditor &editor, ProjectError *why) {
            if (change.handler
                && !editor.setFunctionProperty(logicalId, QStringLiteral("Handler"), *change.handler, why))
                return false;
            if (change.memorySizeMb
                && !editor.setFunctionProperty(logicalId, QStringLiteral("MemorySize"),
                                               QString::number(*change.memorySizeMb), why))
                return false;
            if (change.timeoutSeconds
                && !editor.setFunctionProperty(logicalId, QStringLiteral("Timeout"),
                                               QString::number(*change.timeoutSeconds), why))
                return false;
            // "Unreserved" (-1), no provisioned instances (0) and no alias ("") remove the property.
            if (change.reservedConcurrentExecutions) {
                const QString property = QStringLiteral("ReservedConcurrentExecutions");
                if (*change.reservedConcurrentExecutions < 0
                        ? !editor.removeFunctionProperty(logicalId, property, why)
                        : !editor.setFunctionProperty(logicalId, property,
                                                      QString::number(*change.reservedConcurrentExecutions), why))
                    return false;
            }
            // The alias before the provisioned concurrency that applies to it.
            if (change.autoPublishAlias) {
                const QString property = QStringLiteral("AutoPublishAlias");
                if (change.autoPublishAlias->isEmpty()
                        ? !editor.removeFunctionProperty(logicalId, property, why)
                        : !editor.setFunctionProperty(logicalId, property, *change.autoPublishAlias, why))
                    return false;
            }
            if (change.provisionedConcurrentExecutions) {
                if (*change.provisionedConcurrentExecutions == 0
                        ? !editor.removeFunctionProperty(
                              logicalId, QStringLiteral("ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions"),
                              why)
                        : !editor.setProvisionedConcurrency(logicalId, *change.provisionedConcurrentExecutions, why))
                    return false;
            }
            return !change.environment || editor.setEnvironment(logicalId, *change.environment, why);
        },
        error);
}

bool Project::edit(const std::function<bool(SamTemplateEditor &, ProjectError *)> &change, ProjectError *error)
{
    // Edit the text on disk: an external change the watcher has not yet
    // delivered would otherwise be overwritten with the older text.
    QByteArray base = m_templateText;
    QFile file(m_templatePath);
    if (file.open(QIODevice::ReadOnly))
        base = file.readAll();
    file.close();
    SamTemplateEditor editor(base);
    editor.setFileName(m_templatePath);
    ProjectError why;
    if (!change(editor, &why)) {
        if (error)
            *error = why;
        return false;
    }
    if (editor.text() == base && base == m_templateText)
        return true;
    if (editor.text() != base && !saveTemplateText(m_templatePath, editor.text(), error))
        return false;
    m_templateText = editor.text();
    Q_EMIT fileChangedOnDisk(m_templatePath);
    return reload(error);
}

bool Project::isIgnoredName(const QString &fileName)
{
    return fileName.startsWith(u'.') || fileName == u"__pycache__" || fileName == u"node_modules";
}

void Project::watchTree(const QString &directory, QStringList &files, QStringList &directories, int &budget) const
{
    if (budget <= 0 || directories.contains(directory))
        return;
    directories << directory;
    --budget;
    const QFileInfoList entries
        = QDir(directory).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
    for (const QFileInfo &info : entries) {
        if (budget <= 0)
            return;
        if (isIgnoredName(info.fileName()) || info.isSymLink())
            continue;
        if (info.isDir()) {
            watchTree(info.absoluteFilePath(), files, directories, budget);
        } else if (!files.contains(info.absoluteFilePath())) {
            files << info.absoluteFilePath();
            --budget;
        }
    }
}

void Project::updateWatches()
{
    QStringList files { m_templatePath };
    QStringList directories { m_directory };
    int budget = WatchBudget;
    if (QFileInfo(eventsDirectory()).isDir())
        watchTree(eventsDirectory(), files, directories, budget);
    for (const FunctionConfig &function : m_template.functions()) {
        // A function without CodeUri runs the project folder itself; its own
        // entries are watched, its subfolders only when they are code.
        if (function.codeDirectory != m_directory)
            watchTree(function.codeDirectory, files, directories, budget);
    }
    const QStringList watchedFiles = m_watcher->files();
    const QStringList watchedDirectories = m_watcher->directories();
    QStringList stale;
    for (const QString &path : watchedFiles)
        if (!files.contains(path))
            stale << path;
    for (const QString &path : watchedDirectories)
        if (!directories.contains(path))
            stale << path;
    if (!stale.isEmpty())
        m_watcher->removePaths(stale);
    QStringList fresh;
    for (const QString &path : std::as_const(files))
        if (!watchedFiles.contains(path) && QFileInfo::exists(path))
            fresh << path;
    for (const QString &path : std::as_const(directories))
        if (!watchedDirectories.contains(path) && QFileInfo::exists(path))
            fresh << path;
    if (!fresh.isEmpty())
        m_watcher->addPaths(fresh);
    // A root-level function's code is the files directly in the project folder.
    QStringList rootFiles;
    for (const FunctionConfig &function : m_template.functions()) {
        if (function.codeDirectory != m_directory)
            continue;
        const QFileInfoList entries = QDir(m_directory).entryInfoList(QDir::Files, QDir::Name);
        for (const QFileInfo &info : entries)
            if (!isIgnoredName(info.fileName()) && !m_watcher->files().contains(info.absoluteFilePath()))
                rootFiles << info.absoluteFilePath();
        break;
    }
    if (!rootFiles.isEmpty())
        m_watcher->addPaths(rootFiles);
}

void Project::onFileChanged(const QString &path)
{
    m_pendingFiles.insert(path);
    m_flushTimer->start();
}

void Project::onDirectoryChanged(const QString &path)
{
    m_pendingDirectories.insert(path);
    m_flushTimer->start();
}

void Project::bumpRevisions(const QString &path)
{
    for (const FunctionConfig &function : m_template.functions()) {
        if (!isUnder(path, function.codeDirectory))
            continue;
        const int revision = ++m_revisions[function.logicalId];
        Q_EMIT codeRevisionChanged(function.logicalId, revision);
    }
}

namespace {
QByteArray contentHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

QStringList entryNames(const QString &directory)
{
    return QDir(directory).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}
} // namespace

void Project::noteWritten(const QString &written)
{
    const QString path = QFileInfo(written).absoluteFilePath();
    bool code = false;
    for (const FunctionConfig &function : m_template.functions())
        code = code || isUnder(path, function.codeDirectory);
    if (!code || path == m_templatePath)
        return;
    m_ownWrites.insert(path, contentHash(path));
    const QString folder = QFileInfo(path).absolutePath();
    m_ownWriteFolders.insert(folder, entryNames(folder));
    bumpRevisions(path);
}

void Project::flushChanges()
{
    const QSet<QString> files = std::exchange(m_pendingFiles, {});
    const QSet<QString> directories = std::exchange(m_pendingDirectories, {});

    bool templateTouched = files.contains(m_templatePath);
    for (const QString &directory : directories) {
        // An atomic save replaces the template: the directory changes, the file's watch is gone.
        if (directory == m_directory)
            templateTouched = true;
    }

    for (const QString &path : files) {
        if (path == m_templatePath)
            continue;
        // Our own save, already counted by noteWritten, unless changed since.
        const auto own = m_ownWrites.constFind(path);
        const bool counted = own != m_ownWrites.cend() && *own == contentHash(path);
        if (!counted) {
            m_ownWrites.remove(path);
            bumpRevisions(path);
        }
        if (QFileInfo::exists(path))
            Q_EMIT fileChangedOnDisk(path);
    }
    for (const QString &directory : directories) {
        // A save replaces the file through a temporary one: the folder changes
        // but keeps the same entries. Any other change of entries counts.
        const auto own = m_ownWriteFolders.constFind(directory);
        const bool counted = own != m_ownWriteFolders.cend() && *own == entryNames(directory);
        if (!counted) {
            m_ownWriteFolders.remove(directory);
            bumpRevisions(directory);
        }
        Q_EMIT directoryChanged(directory);
    }

    if (templateTouched) {
        QFile file(m_templatePath);
        // After a failed load even the last good text must load again.
        if (file.open(QIODevice::ReadOnly) && (file.readAll() != m_templateText || m_loadError)) {
            Q_EMIT fileChangedOnDisk(m_templatePath);
            reload();
            return; // reload() renewed the watches
        }
    }
    updateWatches();
}

} // namespace Bullpen
