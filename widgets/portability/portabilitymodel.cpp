// SPDX-License-Identifier: MIT
#include "widgets/portability/portabilitymodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QPalette>

namespace Bullpen {

PortabilityModel::PortabilityModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void PortabilityModel::setReport(const PortabilityReport &report)
{
    beginResetModel();
    m_report = report;
    m_hasReport = true;
    endResetModel();
    Q_EMIT headerDataChanged(Qt::Horizontal, TargetColumn, TargetColumn);
}

void PortabilityModel::clear()
{
    beginResetModel();
    m_report = {};
    m_hasReport = false;
    endResetModel();
}

const PortabilityItem *PortabilityModel::itemAt(int row) const
{
    return row >= 0 && row < m_report.items.size() ? &m_report.items.at(row) : nullptr;
}

int PortabilityModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_report.items.size(); ++row) {
        if (m_report.items.at(row).id == id)
            return row;
    }
    return -1;
}

int PortabilityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.items.size());
}

int PortabilityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PortabilityModel::verdictText(PortabilityVerdict verdict)
{
    switch (verdict) {
    case PortabilityVerdict::Same:
        return tr("same");
    case PortabilityVerdict::Differs:
        return tr("differs");
    case PortabilityVerdict::Unknown:
        return tr("not visible");
    case PortabilityVerdict::NotProbed:
        return tr("not probed");
    case PortabilityVerdict::LambdaOnly:
        return tr("Lambda only");
    }
    return {};
}

QVariant PortabilityModel::data(const QModelIndex &index, int role) const
{
    const PortabilityItem *item = index.isValid() ? itemAt(index.row()) : nullptr;
    if (!item)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case VerdictColumn:
            return verdictText(item->verdict);
        case ItemColumn:
            return item->title;
        case LambdaColumn:
            return item->lambda;
        case SandboxColumn:
            return item->sandbox;
        case TargetColumn:
            return item->target;
        case UsedAtColumn:
            return item->usedAt.join(QStringLiteral(", "));
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == SandboxColumn)
            return item->sandboxEvidence;
        if (index.column() == TargetColumn)
            return item->targetEvidence;
        return item->consequence.isEmpty() ? QVariant() : QVariant(item->consequence);
    case Qt::BackgroundRole:
        // Light tints that keep the text readable in dark and light palettes alike.
        if (item->verdict == PortabilityVerdict::Differs)
            return QBrush(QColor(230, 80, 70, 70));
        if (item->verdict == PortabilityVerdict::Unknown)
            return QBrush(QColor(240, 180, 40, 60));
        return {};
    case Qt::FontRole:
        if (item->verdict == PortabilityVerdict::Differs && !item->usedAt.isEmpty()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case VerdictRole:
        return int(item->verdict);
    case IdRole:
        return item->id;
    case EvidenceRole: {
        const QString target = m_report.target.name.toHtmlEscaped();
        QString html
            = QStringLiteral("<b>%1</b> (%2)<br>").arg(item->title.toHtmlEscaped(), verdictText(item->verdict));
        if (!item->consequence.isEmpty())
            html += tr("<b>What changes:</b> %1<br>").arg(item->consequence.toHtmlEscaped());
        if (!item->usedAt.isEmpty())
            html += tr("<b>Named by the function's code at:</b> %1<br>")
                        .arg(item->usedAt.join(QStringLiteral(", ")).toHtmlEscaped());
        if (!item->lambda.isEmpty())
            html += tr("<b>AWS Lambda:</b> %1<br>").arg(item->lambda.toHtmlEscaped());
        html += tr("<b>Local pool:</b> %1<br>").arg(item->sandboxEvidence.toHtmlEscaped());
        html += QStringLiteral("<b>%1:</b> %2").arg(target, item->targetEvidence.toHtmlEscaped());
        return html;
    }
    }
    return {};
}

QVariant PortabilityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VerdictColumn:
        return tr("Verdict");
    case ItemColumn:
        return tr("Item");
    case LambdaColumn:
        return tr("AWS Lambda");
    case SandboxColumn:
        return tr("Local pool");
    case TargetColumn:
        return m_report.target.name.isEmpty() ? tr("Target") : m_report.target.name;
    case UsedAtColumn:
        return tr("Used at");
    }
    return {};
}

} // namespace Bullpen
