// SPDX-License-Identifier: MIT
#pragma once

#include "engine/invocation/invocationresult.h"
#include "engine/project/functionconfig.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace Bullpen {

// One invocation of the session, with what it takes to run it again.
struct HistoryEntry
{
    QDateTime time; // local time it was asked for
    FunctionConfig function; // as it was run
    int codeRevision = 0;
    QString eventName; // the saved event's name; empty for an unsaved one
    QByteArray payload; // the event sent
    InvocationResult result;
};

// The invocations of the open project, newest last, as a table: time,
// function, event, cold or warm, duration, outcome. Kept on disk per project
// (HistoryFile), the newest MaxEntries of them, so the history of a project
// comes back when it is opened again, after a restart too; without a project
// it holds the session's rows only. Rows are appended one at a time (with
// beginInsertRows, so views follow live), the oldest removed beyond the bound,
// or all reset when the project changes or the user clears them. Owns its
// entries. A history file that cannot be read is kept aside, never deleted,
// and problem() says so.
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, FunctionColumn, EventColumn, StartColumn, DurationColumn, OutcomeColumn, ColumnCount };
    enum Role {
        SucceededRole = Qt::UserRole,
        ColdStartRole,
        DurationRole, // double, milliseconds
        FunctionIdRole,
        EventNameRole,
        PayloadRole, // QByteArray: the event sent
        RequestIdRole,
    };

    explicit HistoryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const final;
    int columnCount(const QModelIndex &parent = {}) const final;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const final;
    QHash<int, QByteArray> roleNames() const final;

    static constexpr int MaxEntries = 200;

    // Shows the history of the project in projectDirectory, read from its
    // file; an empty directory: no project, nothing kept on disk.
    void setProjectDirectory(const QString &projectDirectory);
    QString projectDirectory() const { return m_projectDirectory; }
    // The file it is kept in; empty without a project.
    QString storagePath() const { return m_path; }
    // What went wrong reading or writing the file, for the user; empty when all is well.
    QString problem() const { return m_problem; }

    // Appends (and writes the file); returns the new row.
    int append(const HistoryEntry &entry);
    // Forgets every row, on disk too.
    void clear();
    const HistoryEntry &entry(int row) const { return m_entries.at(row); }
    bool isEmpty() const { return m_entries.isEmpty(); }

    // Adds an entry to the history file of a project that is not open (an
    // invocation that ended after its project was closed).
    static bool appendToProject(const QString &projectDirectory, const HistoryEntry &entry, QString *error = nullptr);

    static QString outcomeText(const InvocationResult &result);

Q_SIGNALS:
    void problemChanged(const QString &problem);

private:
    void setProblem(const QString &readProblem);
    void save();

    QList<HistoryEntry> m_entries;
    QList<QByteArray> m_serialized; // each entry as the file keeps it
    QString m_projectDirectory;
    QString m_path;
    QString m_problem; // both of these
    QString m_readProblem;
    QString m_writeProblem;
    bool m_writable = false;
};

} // namespace Bullpen
