// SPDX-License-Identifier: MIT
#pragma once

#include "engine/serve/invokeapiserver.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace Bullpen {

// The Server panel's live request log: every request the server answered,
// newest last, as a table (time, operation, function, type, status, error,
// milliseconds). Rows are appended one at a time with beginInsertRows so the
// view follows live; beyond capacity() the oldest go. Owns its rows.
class ServerRequestModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        OperationColumn,
        FunctionColumn,
        TypeColumn,
        StatusColumn,
        ErrorColumn,
        DurationColumn,
        ColumnCount
    };
    enum Role {
        StatusRole = Qt::UserRole, // int, the HTTP status
        RequestIdRole, // QByteArray
        FailedRole, // bool: refused, or a function error
    };

    struct Row
    {
        QDateTime time;
        ServedRequest request;
    };

    explicit ServerRequestModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const final;
    int columnCount(const QModelIndex &parent = {}) const final;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const final;

    void append(const ServedRequest &request, const QDateTime &time = QDateTime::currentDateTime());
    void clear();
    const Row &row(int row) const { return m_rows.at(row); }
    int capacity() const { return m_capacity; }
    void setCapacity(int capacity);

private:
    void trim();

    QList<Row> m_rows;
    int m_capacity = 2000;
};

} // namespace Bullpen
