// SPDX-License-Identifier: MIT
#include "widgets/invoke/historymodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace Bullpen {

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::outcomeText(const InvocationResult &result)
{
    switch (result.outcome) {
    case InvocationOutcome::Succeeded:
        return tr("Succeeded");
    case InvocationOutcome::Cancelled:
        return tr("Cancelled");
    case InvocationOutcome::EngineError:
        return tr("Engine error");
    case InvocationOutcome::Refused:
        return tr("Refused: %1").arg(result.errorType);
    case InvocationOutcome::FunctionError:
    case InvocationOutcome::TimedOut:
        break;
    }
    return result.errorType.isEmpty() ? result.functionError : result.errorType;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryEntry &e = m_entries.at(index.row());
    const bool ran = e.result.ran();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return e.time.time().toString(QStringLiteral("HH:mm:ss"));
        case FunctionColumn:
            return e.function.logicalId;
        case EventColumn:
            return e.eventName.isEmpty() ? tr("(unsaved event)") : e.eventName;
        case StartColumn:
            return ran ? (e.result.coldStart ? tr("Cold") : tr("Warm")) : QStringLiteral("—");
        case DurationColumn:
            return ran ? tr("%1 ms").arg(QLocale().toString(e.result.durationMs, 'f', 2)) : QStringLiteral("—");
        case OutcomeColumn:
            return outcomeText(e.result);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == OutcomeColumn)
            return e.result.outcome == InvocationOutcome::EngineError ? e.result.engineError : e.result.errorMessage;
        if (index.column() == TimeColumn)
            return QLocale().toString(e.time, QLocale::LongFormat);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == DurationColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (index.column() == OutcomeColumn && !e.result.succeeded())
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        break;
    case SucceededRole:
        return e.result.succeeded();
    case ColdStartRole:
        return e.result.coldStart;
    case DurationRole:
        return e.result.durationMs;
    case FunctionIdRole:
        return e.function.logicalId;
    case EventNameRole:
        return e.eventName;
    case PayloadRole:
        return e.payload;
    case RequestIdRole:
        return QString::fromLatin1(e.result.requestId);
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case FunctionColumn:
        return tr("Function");
    case EventColumn:
        return tr("Event");
    case StartColumn:
        return tr("Start");
    case DurationColumn:
        return tr("Duration");
    case OutcomeColumn:
        return tr("Outcome");
    }
    return {};
}

QHash<int, QByteArray> HistoryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SucceededRole, "succeeded");
    names.insert(ColdStartRole, "coldStart");
    names.insert(DurationRole, "durationMs");
    names.insert(FunctionIdRole, "functionId");
    names.insert(EventNameRole, "eventName");
    names.insert(PayloadRole, "payload");
    names.insert(RequestIdRole, "requestId");
    return names;
}

int HistoryModel::append(const HistoryEntry &entry)
{
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(entry);
    endInsertRows();
    return row;
}

void HistoryModel::clear()
{
    if (m_entries.isEmpty())
        return;
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

} // namespace Bullpen
