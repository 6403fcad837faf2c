// SPDX-License-Identifier: MIT
#pragma once

#include "engine/portability/portabilityreport.h"

#include <QAbstractTableModel>

namespace Bullpen {

// A portability report's items as a table: verdict, item, what Lambda
// documents, what the local pool's probe showed, what the target's showed,
// where the function's code names it. Differences are tinted, and the lines
// the code names are bold, so that what would break stands out.
class PortabilityModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { VerdictColumn, ItemColumn, LambdaColumn, SandboxColumn, TargetColumn, UsedAtColumn, ColumnCount };
    enum Role {
        VerdictRole = Qt::UserRole + 1, // PortabilityVerdict as int
        IdRole, // the item's id
        EvidenceRole, // the item's evidence and consequence, as HTML
    };

    explicit PortabilityModel(QObject *parent = nullptr);

    void setReport(const PortabilityReport &report);
    void clear();
    const PortabilityReport &report() const { return m_report; }
    bool hasReport() const { return m_hasReport; }
    const PortabilityItem *itemAt(int row) const;
    // The row of an item's id, or -1.
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const final;
    int columnCount(const QModelIndex &parent = {}) const final;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const final;

    static QString verdictText(PortabilityVerdict verdict);

private:
    PortabilityReport m_report;
    bool m_hasReport = false;
};

} // namespace Bullpen
