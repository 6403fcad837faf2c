// SPDX-License-Identifier: MIT
#pragma once

#include "engine/targets/target.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>

namespace Bullpen {

class ProjectTargets;

// The project's deployment targets as a table: name, kind, state, and what
// the state means (the reason, or where calls go), plus whether an operation
// runs. It listens to each target's signals; it never polls.
class TargetsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, KindColumn, StateColumn, DetailColumn, ColumnCount };
    enum Role { StateRole = Qt::UserRole + 1, BusyRole };

    explicit TargetsModel(QObject *parent = nullptr);

    // The targets shown (nullptr: none); the model does not own them.
    void setTargets(ProjectTargets *targets);
    Target *targetAt(int row) const;

    // What the target is doing now ("checking", "deploying", "removing"), shown until its signal comes.
    void setBusy(Target *target, const QString &what);

    int rowCount(const QModelIndex &parent = {}) const final;
    int columnCount(const QModelIndex &parent = {}) const final;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const final;

private:
    void changed(Target *target);

    QPointer<ProjectTargets> m_project;
    QList<Target *> m_targets;
    QHash<Target *, QString> m_busy;
    QHash<Target *, QString> m_lastMessage; // of the last deploy or tear-down
};

} // namespace Bullpen
