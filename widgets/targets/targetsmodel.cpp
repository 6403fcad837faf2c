// SPDX-License-Identifier: MIT
#include "widgets/targets/targetsmodel.h"

#include "engine/targets/projecttargets.h"

#include <QBrush>
#include <QColor>

namespace Bullpen {

TargetsModel::TargetsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void TargetsModel::setTargets(ProjectTargets *targets)
{
    beginResetModel();
    for (Target *target : std::as_const(m_targets))
        disconnect(target, nullptr, this, nullptr);
    m_project = targets;
    m_targets = targets ? targets->targets() : QList<Target *>();
    m_busy.clear();
    m_lastMessage.clear();
    for (Target *target : std::as_const(m_targets)) {
        connect(target, &Target::healthChecked, this, [this, target] {
            m_busy.remove(target);
            changed(target);
        });
        connect(target, &Target::deployFinished, this, [this, target](bool, const QString &message) {
            m_busy.remove(target);
            m_lastMessage.insert(target, message);
            changed(target);
        });
        connect(target, &Target::tearDownFinished, this, [this, target](bool, const QString &message) {
            m_busy.remove(target);
            m_lastMessage.insert(target, message);
            changed(target);
        });
        connect(target, &QObject::destroyed, this, [this] { setTargets(nullptr); });
    }
    endResetModel();
}

Target *TargetsModel::targetAt(int row) const
{
    return row >= 0 && row < m_targets.size() ? m_targets.at(row) : nullptr;
}

void TargetsModel::setBusy(Target *target, const QString &what)
{
    m_busy.insert(target, what);
    changed(target);
}

void TargetsModel::changed(Target *target)
{
    const int row = int(m_targets.indexOf(target));
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int TargetsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_targets.size());
}

int TargetsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TargetsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    Target *target = m_targets.at(index.row());
    const TargetHealth health = target->health();
    const QString busy = m_busy.value(target);
    if (role == StateRole)
        return targetStateName(health.state);
    if (role == BusyRole)
        return !busy.isEmpty();
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case NameColumn:
            return target->name();
        case KindColumn:
            return targetKindTitle(target->kind());
        case StateColumn:
            return busy.isEmpty() ? targetStateName(health.state) : busy;
        case DetailColumn: {
            QString detail = health.reason;
            if (health.state == TargetState::Unknown)
                detail = tr("not checked yet");
            const QString last = m_lastMessage.value(target);
            if (!last.isEmpty() && role == Qt::ToolTipRole)
                detail += u'\n' + last;
            if (!target->canProbe() && role == Qt::ToolTipRole)
                detail += u'\n' + tr("Not probed: Bullpen did not deploy this target.");
            return detail;
        }
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == StateColumn && busy.isEmpty()) {
        switch (health.state) {
        case TargetState::Ready:
            return QBrush(QColor(0x2e, 0x7d, 0x32));
        case TargetState::Degraded:
        case TargetState::NotDeployed:
            return QBrush(QColor(0xb2, 0x6a, 0x00));
        case TargetState::Down:
            return QBrush(QColor(0xc6, 0x28, 0x28));
        case TargetState::Unknown:
        case TargetState::Deploying:
            return {};
        }
    }
    return {};
}

QVariant TargetsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Target");
    case KindColumn:
        return tr("Kind");
    case StateColumn:
        return tr("State");
    case DetailColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace Bullpen
