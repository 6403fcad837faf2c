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

// Every invocation of the session, newest last, as a table: time, function,
// event, cold or warm, duration, outcome. Rows are only ever appended (with
// beginInsertRows, so views follow live) or all cleared. Owns its entries.
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

    int append(const HistoryEntry &entry); // returns the new row
    void clear();
    const HistoryEntry &entry(int row) const { return m_entries.at(row); }
    bool isEmpty() const { return m_entries.isEmpty(); }

    static QString outcomeText(const InvocationResult &result);

private:
    QList<HistoryEntry> m_entries;
};

} // namespace Bullpen
