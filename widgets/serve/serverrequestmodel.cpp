// SPDX-License-Identifier: MIT
#include "widgets/serve/serverrequestmodel.h"

#include <QBrush>

namespace Bullpen {

using namespace Qt::StringLiterals;

ServerRequestModel::ServerRequestModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int ServerRequestModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ServerRequestModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServerRequestModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const ServedRequest &s = r.request;
    const bool failed = s.status >= 400 || !s.errorType.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return r.time.toString(u"HH:mm:ss.zzz"_s);
        case OperationColumn:
            return s.operation.isEmpty() ? tr("(refused)") : s.operation;
        case FunctionColumn:
            return s.qualifier.isEmpty() || s.qualifier == "$LATEST"_L1 ? s.function : s.function + u':' + s.qualifier;
        case TypeColumn:
            return s.invocationType;
        case StatusColumn:
            return s.status;
        case ErrorColumn:
            return QString::fromUtf8(s.errorType);
        case DurationColumn:
            return QString::number(s.elapsedMs, 'f', s.elapsedMs < 10 ? 2 : 1);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == StatusColumn || index.column() == DurationColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (failed && (index.column() == StatusColumn || index.column() == ErrorColumn))
            return QBrush(Qt::red);
        return {};
    case Qt::ToolTipRole:
        if (!s.requestId.isEmpty())
            return tr("Request id %1").arg(QString::fromLatin1(s.requestId));
        return {};
    case StatusRole:
        return s.status;
    case RequestIdRole:
        return s.requestId;
    case FailedRole:
        return failed;
    }
    return {};
}

QVariant ServerRequestModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case OperationColumn:
        return tr("Operation");
    case FunctionColumn:
        return tr("Function");
    case TypeColumn:
        return tr("Type");
    case StatusColumn:
        return tr("Status");
    case ErrorColumn:
        return tr("Error");
    case DurationColumn:
        return tr("ms");
    }
    return {};
}

void ServerRequestModel::append(const ServedRequest &request, const QDateTime &time)
{
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append({ time, request });
    endInsertRows();
    trim();
}

void ServerRequestModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void ServerRequestModel::setCapacity(int capacity)
{
    m_capacity = qMax(1, capacity);
    trim();
}

void ServerRequestModel::trim()
{
    const int excess = int(m_rows.size()) - m_capacity;
    if (excess <= 0)
        return;
    beginRemoveRows({}, 0, excess - 1);
    m_rows.remove(0, excess);
    endRemoveRows();
}

} // namespace Bullpen
