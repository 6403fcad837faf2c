// SPDX-License-Identifier: MIT
#include "widgets/compare/comparemodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QMap>

namespace Bullpen {

namespace {

QString number(double v)
{
    return QString::number(v, 'f', v < 10 ? 2 : 1);
}

QString outcomeOf(const CompareCall &c)
{
    if (!c.unreachable.isEmpty())
        return CompareModel::tr("unreachable");
    if (c.failed())
        return QStringList { c.functionError, c.errorType }.join(u' ').trimmed();
    return CompareModel::tr("ok");
}

// "ok ×2, Unhandled KeyError ×1" in the order first seen.
QString tally(const QStringList &items)
{
    QStringList order;
    QMap<QString, int> count;
    for (const QString &i : items) {
        if (!count.contains(i))
            order << i;
        ++count[i];
    }
    QStringList parts;
    for (const QString &i : order)
        parts << (items.size() > 1 ? QStringLiteral("%1 ×%2").arg(i).arg(count.value(i)) : i);
    return parts.join(QStringLiteral(", "));
}

QString runsText(const QList<int> &runs)
{
    QStringList r;
    for (int i : runs)
        r << QString::number(i + 1);
    return CompareModel::tr("run(s) %1", nullptr, int(r.size())).arg(r.join(QStringLiteral(", ")));
}

} // namespace

CompareModel::CompareModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void CompareModel::clear()
{
    beginResetModel();
    m_names.clear();
    m_kinds.clear();
    m_state.clear();
    m_calls.clear();
    m_rows.clear();
    m_report = CompareReport();
    m_hasReport = false;
    endResetModel();
}

void CompareModel::start(const QStringList &names, const QStringList &kinds, int repeat)
{
    beginResetModel();
    m_names = names;
    m_kinds = kinds;
    m_repeat = repeat;
    m_state = QStringList(names.size(), tr("checking…"));
    m_calls = QList<QList<CompareCall>>(names.size());
    m_report = CompareReport();
    m_hasReport = false;
    m_rows.clear();
    rebuildLive();
    endResetModel();
}

CompareModel::Row CompareModel::makeRow(const QString &label, const QString &section) const
{
    Row r;
    r.label = label;
    r.section = section;
    r.cells = QStringList(m_names.size());
    r.kinds = QList<Cell>(m_names.size(), Cell::Plain);
    r.tips = QStringList(m_names.size());
    return r;
}

void CompareModel::rebuildLive()
{
    Row state = makeRow(tr("State"), QStringLiteral("target"));
    Row starts = makeRow(tr("Starts"), QStringLiteral("target"));
    Row outcome = makeRow(tr("Outcome"), QStringLiteral("target"));
    for (qsizetype t = 0; t < m_names.size(); ++t) {
        const bool down = m_state.at(t).startsWith(tr("down"));
        state.cells[t] = m_calls.at(t).isEmpty() || down
            ? m_state.at(t)
            : tr("%1 of %n calls", nullptr, m_repeat).arg(m_calls.at(t).size());
        state.kinds[t] = down ? Cell::Down : Cell::Plain;
        state.tips[t] = m_state.at(t);
        QStringList s;
        QStringList o;
        for (const CompareCall &c : m_calls.at(t)) {
            s << (c.unreachable.isEmpty() ? startKindName(c.start) : tr("unreachable"));
            o << outcomeOf(c);
        }
        starts.cells[t] = s.join(QStringLiteral(", "));
        outcome.cells[t] = tally(o);
    }
    m_rows = { state, starts, outcome };
}

void CompareModel::setTargetChecked(int target, const QString &down)
{
    if (target < 0 || target >= m_names.size() || m_hasReport)
        return;
    m_state[target] = down.isEmpty() ? tr("up") : tr("down: %1").arg(down);
    rebuildLive();
    Q_EMIT dataChanged(index(0, 1), index(2, columnCount() - 1));
}

void CompareModel::addCall(int target, const CompareCall &call)
{
    if (target < 0 || target >= m_names.size() || m_hasReport)
        return;
    m_calls[target].append(call);
    if (call.run == 0 && !call.unreachable.isEmpty())
        m_state[target] = tr("down: %1").arg(call.unreachable);
    rebuildLive();
    Q_EMIT dataChanged(index(0, 1), index(2, columnCount() - 1));
}

void CompareModel::setReport(const CompareReport &report)
{
    beginResetModel();
    m_report = report;
    m_hasReport = true;
    m_names.clear();
    m_kinds.clear();
    m_calls.clear();
    m_state.clear();
    for (const CompareTargetRuns &t : report.targets()) {
        m_names << t.name;
        m_kinds << t.kind;
        m_calls << t.calls;
        m_state << (t.down.isEmpty() ? tr("up") : tr("down: %1").arg(t.down));
    }
    rebuildLive();
    const int ref = report.referenceIndex();
    if (ref >= 0) {
        m_rows[0].kinds[ref] = Cell::Reference;
        m_rows[0].cells[ref] = tr("up (reference)");
    }
    // Differences by area and path (or field), in the order found.
    QList<Row> payload;
    QList<Row> errors;
    Row logs = makeRow(tr("Logs"), QStringLiteral("logs"));
    bool anyLogs = false;
    auto rowFor = [&](QList<Row> &list, const QString &label, const QString &section) -> Row & {
        for (Row &r : list)
            if (r.label == label)
                return r;
        list.append(makeRow(label, section));
        return list.last();
    };
    const auto targetIndex = [&](const QString &name) { return int(m_names.indexOf(name)); };
    for (const CompareDifference &d : report.differences()) {
        const int t = targetIndex(d.target);
        if (t < 0 || ref < 0)
            continue;
        Row *row = nullptr;
        switch (d.area) {
        case CompareDifference::Area::Payload:
            row = &rowFor(payload, d.path, QStringLiteral("payload"));
            break;
        case CompareDifference::Area::Error:
            row = &rowFor(errors, d.what, QStringLiteral("error"));
            break;
        case CompareDifference::Area::Logs:
            row = &logs;
            anyLogs = true;
            break;
        case CompareDifference::Area::Start:
            row = &m_rows[1];
            break;
        }
        const Cell kind = d.counted() ? Cell::Differs : Cell::NotCounted;
        const QString tip = QStringLiteral("%1, %2%3")
                                .arg(d.what, runsText(d.runs),
                                     d.counted() ? QString() : tr("; not counted: %1").arg(d.ignoredBecause));
        if (row == &m_rows[1]) {
            row->kinds[t] = kind;
            row->tips[t] = tip;
            continue;
        }
        if (row->cells.at(ref).isEmpty()) {
            row->cells[ref] = d.reference;
            row->kinds[ref] = Cell::Reference;
        }
        // A second difference at the same place (in other runs) keeps the first text; counted wins.
        if (row->cells.at(t).isEmpty() || (kind == Cell::Differs && row->kinds.at(t) != Cell::Differs)) {
            row->cells[t] = d.other;
            row->kinds[t] = kind;
            row->tips[t] = tip;
        }
    }
    auto fillSame = [&](Row &row) {
        for (qsizetype t = 0; t < m_names.size(); ++t) {
            if (!row.cells.at(t).isEmpty())
                continue;
            if (!report.targets().at(t).down.isEmpty()) {
                row.cells[t] = QStringLiteral("—");
                row.kinds[t] = Cell::Down;
            } else {
                row.cells[t] = tr("same");
                row.kinds[t] = Cell::Same;
            }
        }
    };
    for (Row &r : payload) {
        fillSame(r);
        m_rows << r;
    }
    for (Row &r : errors) {
        fillSame(r);
        m_rows << r;
    }
    if (anyLogs) {
        fillSame(logs);
        m_rows << logs;
    }
    // The first run's payload side by side, marked by whether it differs.
    if (ref >= 0) {
        Row first = makeRow(tr("Payload (run 1)"), QStringLiteral("payload"));
        for (qsizetype t = 0; t < m_names.size(); ++t) {
            const auto &calls = report.targets().at(t).calls;
            if (calls.isEmpty() || !report.targets().at(t).down.isEmpty()) {
                first.cells[t] = QStringLiteral("—");
                first.kinds[t] = Cell::Down;
                continue;
            }
            QString text = QString::fromUtf8(calls.first().payload);
            first.tips[t] = text.left(2000);
            if (text.size() > 160)
                text = text.left(157) + QStringLiteral("...");
            first.cells[t] = text;
            bool counted = false;
            for (const CompareDifference &d : report.differences())
                counted = counted
                    || (d.target == m_names.at(t) && d.area == CompareDifference::Area::Payload && d.counted());
            first.kinds[t] = int(t) == ref ? Cell::Reference : counted ? Cell::Differs : Cell::Same;
        }
        m_rows << first;
    }
    // The figures with their spread.
    QStringList figureLabels;
    QList<Row> figureRows;
    for (qsizetype t = 0; t < m_names.size(); ++t) {
        for (const FigureSpread &s : report.figures(int(t))) {
            const QString label = tr("%1, %2 (%3)").arg(s.figure, s.starts, s.unit);
            Row &row = rowFor(figureRows, label, QStringLiteral("figures"));
            row.cells[t]
                = s.count > 1 ? tr("%1 (%2–%3)").arg(number(s.median), number(s.min), number(s.max)) : number(s.median);
            row.tips[t] = tr("median, min–max over %n run(s)", nullptr, s.count);
        }
    }
    for (Row &r : figureRows) {
        for (qsizetype t = 0; t < m_names.size(); ++t)
            if (r.cells.at(t).isEmpty())
                r.cells[t] = QStringLiteral("—");
        m_rows << r;
    }
    endResetModel();
}

int CompareModel::rowOf(const QString &label) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).label == label)
            return int(i);
    return -1;
}

int CompareModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CompareModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_names.size()) + 1;
}

QVariant CompareModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() > m_names.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const int t = index.column() - 1;
    if (role == SectionRole)
        return row.section;
    if (t < 0) {
        if (role == Qt::DisplayRole)
            return row.label;
        if (role == Qt::FontRole && row.section == u"payload" && row.label.startsWith(u'$')) {
            QFont f;
            f.setFamily(QStringLiteral("monospace"));
            return f;
        }
        return {};
    }
    const Cell kind = row.kinds.at(t);
    switch (role) {
    case Qt::DisplayRole:
        return row.cells.at(t);
    case Qt::ToolTipRole:
        return row.tips.at(t).isEmpty() ? QVariant() : QVariant(row.tips.at(t));
    case CellRole:
        return int(kind);
    case Qt::BackgroundRole:
        switch (kind) {
        case Cell::Differs:
            return QBrush(QColor(0xf8, 0xc8, 0xc4));
        case Cell::NotCounted:
            return QBrush(QColor(0xfb, 0xf0, 0xc8));
        case Cell::Down:
            return QBrush(QColor(0xdd, 0xdd, 0xdd));
        case Cell::Reference:
            return QBrush(QColor(0xe4, 0xee, 0xfa));
        case Cell::Same:
        case Cell::Plain:
            break;
        }
        return {};
    case Qt::ForegroundRole:
        if (kind == Cell::Differs || kind == Cell::NotCounted || kind == Cell::Down || kind == Cell::Reference)
            return QBrush(QColor(0x20, 0x20, 0x20)); // readable on the tinted background in a dark theme too
        if (kind == Cell::Same)
            return QBrush(QColor(0x70, 0x70, 0x70));
        return {};
    default:
        return {};
    }
}

QVariant CompareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("What");
    if (section - 1 < m_names.size())
        return QStringLiteral("%1\n%2").arg(m_names.at(section - 1), m_kinds.at(section - 1));
    return {};
}

} // namespace Bullpen
