// SPDX-License-Identifier: MIT
#pragma once

#include "engine/project/functionconfig.h"
#include "engine/project/samtemplate.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QFileSystemWatcher;
class QTimer;

namespace Bullpen {

class SamTemplateEditor;

// What a function inherits from the template's Globals.Function rather than
// setting in its own Properties, so the settings panel can say so.
struct GlobalsOrigin
{
    QStringList properties; // "MemorySize", "Timeout", "Handler", "Runtime" taken from Globals
    QStringList environment; // variable names whose value comes from Globals
    QMap<QString, QString> globalValues; // as written in Globals.Function (scalars only)

    bool isInherited(const QString &property) const { return properties.contains(property); }
};

// Several settings of one function changed in one write (unset = unchanged).
struct FunctionEdit
{
    std::optional<QString> handler;
    std::optional<int> memorySizeMb;
    std::optional<int> timeoutSeconds;
    std::optional<QMap<QString, QString>> environment; // complete, Globals' variables included
    std::optional<int> reservedConcurrentExecutions; // ReservedConcurrentExecutions; -1 removes it
    // ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions; 0 removes it (and an emptied config)
    std::optional<int> provisionedConcurrentExecutions;
    std::optional<QString> autoPublishAlias; // AutoPublishAlias; empty removes it

    bool isEmpty() const
    {
        return !handler && !memorySizeMb && !timeoutSeconds && !environment && !reservedConcurrentExecutions
            && !provisionedConcurrentExecutions && !autoPublishAlias;
    }
};

// An open function project: one SAM template and the code folders of its
// functions. It owns the last template that loaded (a failed reload keeps it and
// reports loadFailed), a file system watcher over the template, the project
// folder, events/ and every code folder (recursively, without __pycache__,
// node_modules, .aws-sam and dotfiles), and a revision counter per function
// that goes up whenever a file of its code changes, so that the warm pool can
// retire instances running old code as a new deployment would. Edits go
// through SamTemplateEditor, so comments, order and other resources survive.
class Project final : public QObject
{
    Q_OBJECT

public:
    // folderOrTemplate: a folder with template.yaml/.yml/.json, or the template file.
    // Returns nullptr and fills *error when there is no loadable template.
    static Project *open(const QString &folderOrTemplate, ProjectError *error, QObject *parent = nullptr);
    ~Project() override;

    QString directory() const { return m_directory; }
    QString templatePath() const { return m_templatePath; }
    // The project folder's name, for titles.
    QString name() const;
    QString eventsDirectory() const;
    SamTemplate samTemplate() const { return m_template; }
    QList<FunctionConfig> functions() const { return m_template.functions(); }
    std::optional<FunctionConfig> function(const QString &logicalId) const { return m_template.function(logicalId); }
    GlobalsOrigin globalsOrigin(const QString &logicalId) const { return m_origins.value(logicalId); }
    // The error of the last reload when it failed (the functions are then the last good ones).
    std::optional<ProjectError> loadError() const { return m_loadError; }

    // Re-reads the template. On failure keeps the last good state, emits
    // loadFailed and returns false; on success emits templateChanged.
    bool reload(ProjectError *error = nullptr);

    // Each writes template.yaml once (atomically) and reloads; on refusal nothing
    // is written and *error says why. property: see SamTemplateEditor.
    bool setFunctionProperty(const QString &logicalId, const QString &property, const QString &value,
                             ProjectError *error);
    bool setEnvironment(const QString &logicalId, const QMap<QString, QString> &variables, ProjectError *error);
    bool applyEdit(const QString &logicalId, const FunctionEdit &edit, ProjectError *error);

    // Bumped whenever a file under the function's code folder changes on disk.
    int codeRevision(const QString &logicalId) const { return m_revisions.value(logicalId); }
    // This program has just written path (an editor's save): the functions
    // whose code it is get their new revision now, and the file watcher's later
    // report of this same write (the file, then its folder) is not counted as a
    // second change. A run started right after the save uses the new code
    // without waiting for the watcher.
    void noteWritten(const QString &path);

    // Names skipped in code listings and watching.
    static bool isIgnoredName(const QString &fileName);

Q_SIGNALS:
    void templateChanged();
    void loadFailed(const Bullpen::ProjectError &error);
    // A file's contents changed on disk (also template.yaml after our own edits).
    void fileChangedOnDisk(const QString &path);
    // A watched folder gained, lost or renamed an entry.
    void directoryChanged(const QString &path);
    void codeRevisionChanged(const QString &logicalId, int revision);

private:
    explicit Project(QObject *parent);
    bool loadFrom(const QByteArray &text, ProjectError *error);
    bool edit(const std::function<bool(SamTemplateEditor &, ProjectError *)> &change, ProjectError *error);
    void updateWatches();
    void watchTree(const QString &directory, QStringList &files, QStringList &directories, int &budget) const;
    void onFileChanged(const QString &path);
    void onDirectoryChanged(const QString &path);
    void flushChanges();
    void bumpRevisions(const QString &path);

    QString m_directory;
    QString m_templatePath;
    SamTemplate m_template;
    QByteArray m_templateText; // as last loaded or written
    QHash<QString, GlobalsOrigin> m_origins;
    std::optional<ProjectError> m_loadError;
    QHash<QString, int> m_revisions;
    QFileSystemWatcher *m_watcher;
    QTimer *m_flushTimer;
    QSet<QString> m_pendingFiles;
    QSet<QString> m_pendingDirectories;
    // Our own writes not yet seen by the watcher: path -> the bytes' hash; folder -> its entries.
    QHash<QString, QByteArray> m_ownWrites;
    QHash<QString, QStringList> m_ownWriteFolders;
};

} // namespace Bullpen

Q_DECLARE_METATYPE(Bullpen::FunctionEdit)
