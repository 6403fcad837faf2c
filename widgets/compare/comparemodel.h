// SPDX-License-Identifier: MIT
#pragma once

#include "engine/targets/comparereport.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace Bullpen {

// The Compare view's table: one column per target (the first column names the
// row), rows for the targets' state and starts, each JSON path and error field
// that differs, the logs, and every figure with its spread. Filled live while
// a comparison runs (state and starts per call), then from its CompareReport.
// Each cell says whether it is the reference, the same, a counted difference,
// one that is not counted (and why, in its tool tip), or a target that is down.
class CompareModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Cell { Plain, Reference, Same, Differs, NotCounted, Down };
    Q_ENUM(Cell)
    enum Roles {
        CellRole = Qt::UserRole + 1, // Cell, as int
        SectionRole, // "target", "payload", "error", "logs", "figures"
    };

    explicit CompareModel(QObject *parent = nullptr);

    // A new comparison: the targets' names and kinds, K calls each.
    void start(const QStringList &names, const QStringList &kinds, int repeat);
    void setTargetChecked(int target, const QString &down);
    void addCall(int target, const CompareCall &call);
    void setReport(const CompareReport &report);
    void clear();

    const CompareReport &report() const { return m_report; }
    bool hasReport() const { return m_hasReport; }
    int targetCount() const { return int(m_names.size()); }
    // The row whose first column is label, or -1.
    int rowOf(const QString &label) const;

    int rowCount(const QModelIndex &parent = {}) const final;
    int columnCount(const QModelIndex &parent = {}) const final;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const final;

private:
    struct Row
    {
        QString label;
        QString section;
        QStringList cells; // one per target
        QList<Cell> kinds;
        QStringList tips;
    };
    Row makeRow(const QString &label, const QString &section) const;
    void rebuildLive();

    QStringList m_names;
    QStringList m_kinds;
    int m_repeat = 1;
    QStringList m_state;
    QList<QList<CompareCall>> m_calls;
    QList<Row> m_rows;
    CompareReport m_report;
    bool m_hasReport = false;
};

} // namespace Bullpen
