// SPDX-License-Identifier: MIT
#include "widgets/project/projectmodel.h"

#include "engine/project/project.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QStyle>

namespace Bullpen {

namespace {
// Deep enough for any sensible code folder; a symlink loop or a vendored tree
// must not make the model walk forever.
constexpr int MaxDepth = 8;
constexpr int MaxEntriesPerFolder = 500;
} // namespace

struct ProjectModel::Node
{
    Kind kind = Kind::File;
    QString name;
    QString path;
    QString functionId;
    QString runtime;
    QString handler;
    int memorySizeMb = 0;
    int timeoutSeconds = 0;
    QString toolTip;
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;

    Node *add(std::unique_ptr<Node> child)
    {
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }

    bool sameAs(const Node &other) const
    {
        if (kind != other.kind || name != other.name || path != other.path || functionId != other.functionId
            || runtime != other.runtime || handler != other.handler || memorySizeMb != other.memorySizeMb
            || timeoutSeconds != other.timeoutSeconds || toolTip != other.toolTip
            || children.size() != other.children.size())
            return false;
        for (size_t i = 0; i < children.size(); ++i)
            if (!children[i]->sameAs(*other.children[i]))
                return false;
        return true;
    }
};

ProjectModel::ProjectModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{ }

ProjectModel::~ProjectModel() = default;

void ProjectModel::setProject(Project *project)
{
    if (m_project == project)
        return;
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    beginResetModel();
    m_project = project;
    m_root = buildTree();
    endResetModel();
    if (m_project) {
        connect(m_project, &Project::templateChanged, this, &ProjectModel::refresh);
        connect(m_project, &Project::directoryChanged, this, &ProjectModel::refresh);
        connect(m_project, &QObject::destroyed, this, [this]() { setProject(nullptr); });
    }
}

void ProjectModel::refresh()
{
    std::unique_ptr<Node> fresh = buildTree();
    if (fresh->sameAs(*m_root))
        return;
    beginResetModel();
    m_root = std::move(fresh);
    endResetModel();
}

void ProjectModel::addEntries(Node *parent, const QString &directory, Kind fileKind, const QString &functionId,
                              int depth) const
{
    if (depth > MaxDepth)
        return;
    QDir dir(directory);
    const QFileInfoList entries
        = dir.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot, QDir::DirsFirst | QDir::Name | QDir::IgnoreCase);
    int count = 0;
    for (const QFileInfo &info : entries) {
        if (Project::isIgnoredName(info.fileName()) || info.absoluteFilePath() == m_project->templatePath())
            continue;
        if (++count > MaxEntriesPerFolder)
            break;
        auto node = std::make_unique<Node>();
        node->name = info.fileName();
        node->path = info.absoluteFilePath();
        node->functionId = functionId;
        node->kind = info.isDir() ? Kind::Folder : fileKind;
        Node *added = parent->add(std::move(node));
        if (info.isDir() && !info.isSymLink())
            addEntries(added, info.absoluteFilePath(), fileKind, functionId, depth + 1);
    }
}

std::unique_ptr<ProjectModel::Node> ProjectModel::buildTree() const
{
    auto root = std::make_unique<Node>();
    if (!m_project)
        return root;
    for (const FunctionConfig &function : m_project->functions()) {
        auto node = std::make_unique<Node>();
        node->kind = Kind::Function;
        node->name = function.logicalId;
        node->path = function.codeDirectory;
        node->functionId = function.logicalId;
        node->runtime = function.runtime;
        node->handler = function.handler;
        node->memorySizeMb = function.memorySizeMb;
        node->timeoutSeconds = function.timeoutSeconds;
        node->toolTip = tr("<b>%1</b><br>Runtime: %2<br>Handler: %3<br>Memory: %4 MB<br>Timeout: %5 s<br>Code: %6")
                            .arg(function.logicalId.toHtmlEscaped(), function.runtime.toHtmlEscaped(),
                                 function.handler.toHtmlEscaped())
                            .arg(function.memorySizeMb)
                            .arg(function.timeoutSeconds)
                            .arg(QDir(m_project->directory()).relativeFilePath(function.codeDirectory).toHtmlEscaped());
        if (!function.layers.isEmpty())
            node->toolTip += tr("<br>Layers (under /opt, in this order): %1")
                                 .arg(function.layers.join(QStringLiteral(", ")).toHtmlEscaped());
        Node *added = root->add(std::move(node));
        // A function without CodeUri runs the whole project folder: list only its files.
        if (function.codeDirectory == m_project->directory()) {
            const QFileInfoList files
                = QDir(function.codeDirectory).entryInfoList(QDir::Files, QDir::Name | QDir::IgnoreCase);
            for (const QFileInfo &info : files) {
                if (Project::isIgnoredName(info.fileName()) || info.absoluteFilePath() == m_project->templatePath())
                    continue;
                auto file = std::make_unique<Node>();
                file->name = info.fileName();
                file->path = info.absoluteFilePath();
                file->functionId = function.logicalId;
                added->add(std::move(file));
            }
        } else {
            addEntries(added, function.codeDirectory, Kind::File, function.logicalId, 0);
        }
        // Its layers, in the order Lambda applies them under /opt.
        for (const LayerConfig &layer : function.layerVersions) {
            auto layerNode = std::make_unique<Node>();
            layerNode->kind = Kind::Layer;
            layerNode->name = tr("%1 (layer)").arg(layer.logicalId);
            layerNode->path = layer.contentPath;
            layerNode->functionId = function.logicalId;
            layerNode->toolTip
                = tr("<b>%1</b>: a layer of %2, extracted under /opt<br>Content: %3<br>Compatible runtimes: %4")
                      .arg(layer.logicalId.toHtmlEscaped(), function.logicalId.toHtmlEscaped(),
                           QDir(m_project->directory()).relativeFilePath(layer.contentPath).toHtmlEscaped(),
                           layer.compatibleRuntimes.isEmpty()
                               ? tr("any")
                               : layer.compatibleRuntimes.join(QStringLiteral(", ")).toHtmlEscaped());
            Node *layerAdded = added->add(std::move(layerNode));
            if (QFileInfo(layer.contentPath).isDir())
                addEntries(layerAdded, layer.contentPath, Kind::File, function.logicalId, 0);
        }
    }
    if (QFileInfo(m_project->eventsDirectory()).isDir()) {
        auto events = std::make_unique<Node>();
        events->kind = Kind::EventsFolder;
        events->name = tr("Events");
        events->path = m_project->eventsDirectory();
        events->toolTip = tr("Saved events (events/*.json)");
        addEntries(root->add(std::move(events)), m_project->eventsDirectory(), Kind::Event, QString(), 0);
    }
    auto templateNode = std::make_unique<Node>();
    templateNode->kind = Kind::Template;
    templateNode->name = QFileInfo(m_project->templatePath()).fileName();
    templateNode->path = m_project->templatePath();
    templateNode->toolTip = m_project->templatePath();
    root->add(std::move(templateNode));
    return root;
}

ProjectModel::Node *ProjectModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex ProjectModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node *node = nodeOf(parent);
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex ProjectModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *parentNode = nodeOf(child)->parent;
    if (!parentNode || parentNode == m_root.get())
        return {};
    return createIndex(parentNode->row, 0, parentNode);
}

int ProjectModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int ProjectModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool ProjectModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant ProjectModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeOf(index);
    const bool isFunction = node->kind == Kind::Function;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return node->name;
        case RuntimeColumn:
            return isFunction ? QVariant(node->runtime) : QVariant();
        case HandlerColumn:
            return isFunction ? QVariant(node->handler) : QVariant();
        case MemoryColumn:
            return isFunction ? QVariant(tr("%1 MB").arg(node->memorySizeMb)) : QVariant();
        case TimeoutColumn:
            return isFunction ? QVariant(tr("%1 s").arg(node->timeoutSeconds)) : QVariant();
        }
        return {};
    case Qt::ToolTipRole:
        return node->toolTip.isEmpty() ? QVariant(node->path) : QVariant(node->toolTip);
    case Qt::DecorationRole: {
        if (index.column() != NameColumn)
            return {};
        QStyle *style = QApplication::style();
        switch (node->kind) {
        case Kind::Function:
            return style->standardIcon(QStyle::SP_CommandLink);
        case Kind::Folder:
        case Kind::EventsFolder:
            return style->standardIcon(QStyle::SP_DirIcon);
        case Kind::Layer:
            return style->standardIcon(QStyle::SP_DirLinkIcon);
        case Kind::Template:
            return style->standardIcon(QStyle::SP_FileDialogDetailedView);
        case Kind::Event:
        case Kind::File:
            return style->standardIcon(QStyle::SP_FileIcon);
        }
        return {};
    }
    case Qt::TextAlignmentRole:
        if (index.column() == MemoryColumn || index.column() == TimeoutColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case FilePathRole:
        return node->path;
    case FunctionIdRole:
        return node->functionId.isEmpty() ? QVariant() : QVariant(node->functionId);
    case KindRole:
        return QVariant::fromValue(node->kind);
    }
    return {};
}

QVariant ProjectModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RuntimeColumn:
        return tr("Runtime");
    case HandlerColumn:
        return tr("Handler");
    case MemoryColumn:
        return tr("Memory");
    case TimeoutColumn:
        return tr("Timeout");
    }
    return {};
}

QModelIndex ProjectModel::indexForPath(const QString &path) const
{
    // Breadth-first so that a function's code folder (also a node path) is found at its function row.
    std::vector<const Node *> queue { m_root.get() };
    for (size_t i = 0; i < queue.size(); ++i) {
        for (const auto &child : queue[i]->children) {
            if (child->path == path && child->kind != Kind::Function)
                return createIndex(child->row, 0, child.get());
            queue.push_back(child.get());
        }
    }
    return {};
}

QModelIndex ProjectModel::indexForFunction(const QString &logicalId) const
{
    for (const auto &child : m_root->children)
        if (child->kind == Kind::Function && child->functionId == logicalId)
            return createIndex(child->row, 0, child.get());
    return {};
}

} // namespace Bullpen
