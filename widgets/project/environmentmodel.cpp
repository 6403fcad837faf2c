// SPDX-License-Identifier: MIT
#include "widgets/project/environmentmodel.h"

#include "engine/project/lambdalimits.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace Bullpen {

EnvironmentModel::EnvironmentModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void EnvironmentModel::setVariables(const QMap<QString, QString> &variables, const QStringList &globalNames)
{
    beginResetModel();
    m_rows.clear();
    for (auto it = variables.cbegin(); it != variables.cend(); ++it) {
        const bool global = globalNames.contains(it.key());
        m_rows.append(Row { it.key(), it.value(), global, global ? it.value() : QString() });
    }
    m_original = variables;
    endResetModel();
}

QMap<QString, QString> EnvironmentModel::variables() const
{
    QMap<QString, QString> result;
    for (const Row &row : m_rows)
        result.insert(row.name, row.value);
    return result;
}

bool EnvironmentModel::isModified() const
{
    return variables() != m_original || m_rows.size() != m_original.size();
}

QString EnvironmentModel::rowError(int row) const
{
    const Row &r = m_rows.at(row);
    QString error;
    if (r.name.isEmpty())
        return tr("row %1: the variable has no name").arg(row + 1);
    if (!LambdaLimits::validateEnvironmentName(r.name, &error))
        return error;
    for (int other = 0; other < row; ++other)
        if (m_rows.at(other).name == r.name)
            return tr("environment variable %1 is set twice").arg(r.name);
    return {};
}

QString EnvironmentModel::validationError() const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const QString error = rowError(row);
        if (!error.isEmpty())
            return error;
    }
    QString error;
    if (!LambdaLimits::validateEnvironment(variables(), &error))
        return error;
    return {};
}

QModelIndex EnvironmentModel::addVariable()
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(Row {});
    endInsertRows();
    Q_EMIT edited();
    return index(row, NameColumn);
}

bool EnvironmentModel::removeVariable(int row)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).fromGlobals)
        return false;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    Q_EMIT edited();
    return true;
}

bool EnvironmentModel::isFromGlobals(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).fromGlobals;
}

int EnvironmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EnvironmentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EnvironmentModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return index.column() == NameColumn ? row.name : row.value;
    case Qt::ToolTipRole: {
        const QString error = rowError(index.row());
        if (!error.isEmpty())
            return error;
        if (row.fromGlobals)
            return row.value == row.globalValue
                ? tr("From Globals; a value set here overrides it for this function only")
                : tr("Overrides the value from Globals (%1)").arg(row.globalValue);
        return {};
    }
    case Qt::FontRole:
        if (row.fromGlobals && row.value == row.globalValue) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == NameColumn && !rowError(index.row()).isEmpty())
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        if (row.fromGlobals && row.value == row.globalValue)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case FromGlobalsRole:
        return row.fromGlobals;
    case ErrorRole:
        return rowError(index.row());
    }
    return {};
}

bool EnvironmentModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::EditRole)
        return false;
    Row &row = m_rows[index.row()];
    if (index.column() == NameColumn) {
        // A Globals variable keeps its name: renaming would remove it, which SAM cannot.
        if (row.fromGlobals)
            return false;
        const QString name = value.toString().trimmed();
        if (name == row.name)
            return true;
        row.name = name;
    } else {
        if (value.toString() == row.value)
            return true;
        row.value = value.toString();
    }
    // Errors of later rows (duplicates) may change too.
    Q_EMIT dataChanged(this->index(0, 0), this->index(int(m_rows.size()) - 1, ColumnCount - 1));
    Q_EMIT edited();
    return true;
}

Qt::ItemFlags EnvironmentModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == ValueColumn || !m_rows.at(index.row()).fromGlobals)
        result |= Qt::ItemIsEditable;
    return result;
}

QVariant EnvironmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Name") : tr("Value");
}

} // namespace Bullpen
