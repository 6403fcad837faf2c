// SPDX-License-Identifier: MIT
#pragma once

#include "engine/project/project.h"

#include <QAbstractItemModel>
#include <QPointer>

#include <memory>
#include <vector>

namespace Bullpen {

// The tree of an open project for the project view: one row per function
// (logical id, runtime, handler, memory, timeout), under it the files and
// folders of its code folder, then an "Events" row with the events/ folder's
// files and template.yaml itself. It owns the tree of nodes, rebuilt from the
// Project whenever the template or a watched folder changes; a rebuild that
// changes nothing visible emits nothing, any other is a model reset (the view
// restores expansion and selection by path).
class ProjectModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, RuntimeColumn, HandlerColumn, MemoryColumn, TimeoutColumn, ColumnCount };
    enum Role { FilePathRole = Qt::UserRole, FunctionIdRole, KindRole };
    enum class Kind { Function, File, Folder, Template, Event, EventsFolder, Layer };
    Q_ENUM(Kind)

    explicit ProjectModel(QObject *parent = nullptr);
    ~ProjectModel() override;

    void setProject(Project *project);
    Project *project() const { return m_project; }

    // The index of a file or folder (column 0), or of a function by its logical id.
    QModelIndex indexForPath(const QString &path) const;
    QModelIndex indexForFunction(const QString &logicalId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;

    // Rebuilds from the project now (normally done on the project's signals).
    void refresh();

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    std::unique_ptr<Node> buildTree() const;
    void addEntries(Node *parent, const QString &directory, Kind fileKind, const QString &functionId, int depth) const;

    QPointer<Project> m_project;
    std::unique_ptr<Node> m_root;
};

} // namespace Bullpen
