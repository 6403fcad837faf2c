// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QMap>
#include <QStringList>

namespace Bullpen {

// The environment variables of one function as a two-column editable table
// (name, value) for the settings panel. It owns the rows being edited, marks
// the variables that come from the template's Globals (they can be overridden
// but, as SAM merges maps, not removed) and checks every row with Lambda's
// rules as it changes.
class EnvironmentModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ValueColumn, ColumnCount };
    enum Role { FromGlobalsRole = Qt::UserRole, ErrorRole };

    explicit EnvironmentModel(QObject *parent = nullptr);

    // globalNames: variables inherited from Globals (shown as such).
    void setVariables(const QMap<QString, QString> &variables, const QStringList &globalNames = {});
    QMap<QString, QString> variables() const;
    // Whether the rows differ from what setVariables() gave.
    bool isModified() const;
    // The first problem with the rows (Lambda's words), or an empty string.
    QString validationError() const;

    // Adds an empty row and returns its index (name column) for editing.
    QModelIndex addVariable();
    // Refuses rows that come from Globals.
    bool removeVariable(int row);
    bool isFromGlobals(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void edited();

private:
    struct Row
    {
        QString name;
        QString value;
        bool fromGlobals = false;
        QString globalValue;
    };
    QString rowError(int row) const;

    QList<Row> m_rows;
    QMap<QString, QString> m_original;
};

} // namespace Bullpen
