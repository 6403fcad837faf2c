// SPDX-License-Identifier: MIT
#include "engine/events/eventcatalogmodel.h"

namespace Bullpen {

EventCatalogModel::EventCatalogModel(const EventCatalog *catalog, QObject *parent)
    : QAbstractItemModel(parent)
    , m_catalog(catalog)
{ }

// Service rows carry internal id 0; event rows carry their service row + 1.
QModelIndex EventCatalogModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : quintptr(0));
}

QModelIndex EventCatalogModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int EventCatalogModel::rowCount(const QModelIndex &parent) const
{
    if (!m_catalog || parent.column() > 0)
        return 0;
    if (!parent.isValid())
        return int(m_catalog->services().size());
    if (parent.internalId() != 0)
        return 0;
    return int(m_catalog->services().at(parent.row()).events.size());
}

int EventCatalogModel::columnCount(const QModelIndex &) const
{
    return 1;
}

const EventTemplate *EventCatalogModel::eventAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0 || index.model() != this)
        return nullptr;
    return &m_catalog->services().at(int(index.internalId() - 1)).events.at(index.row());
}

QModelIndex EventCatalogModel::indexOf(const QString &service, const QString &event) const
{
    const auto &services = m_catalog->services();
    for (int s = 0; s < services.size(); ++s) {
        if (services.at(s).name != service)
            continue;
        const QModelIndex serviceIndex = index(s, 0);
        if (event.isEmpty())
            return serviceIndex;
        for (int e = 0; e < services.at(s).events.size(); ++e) {
            if (services.at(s).events.at(e).name == event)
                return index(e, 0, serviceIndex);
        }
    }
    return {};
}

QVariant EventCatalogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (const EventTemplate *e = eventAt(index)) {
        switch (role) {
        case Qt::DisplayRole:
            return e->title;
        case Qt::ToolTipRole:
            return QStringLiteral("%1 %2\n%3").arg(e->service, e->name, e->description);
        case ServiceRole:
            return e->service;
        case EventRole:
            return e->name;
        case DescriptionRole:
            return e->description;
        case SearchTextRole:
            return QStringList { e->name, e->title, e->description, e->service, e->serviceTitle }.join(u' ');
        case IsServiceRole:
            return false;
        case ParameterCountRole:
            return int(e->parameters.size());
        default:
            return {};
        }
    }
    const EventService &s = m_catalog->services().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return s.title;
    case Qt::ToolTipRole:
        return QStringLiteral("%1 (%2 events)").arg(s.name).arg(s.events.size());
    case ServiceRole:
        return s.name;
    case EventRole:
        return QString();
    case DescriptionRole:
        return s.description;
    case SearchTextRole:
        return QStringList { s.name, s.title, s.description }.join(u' ');
    case IsServiceRole:
        return true;
    default:
        return {};
    }
}

QVariant EventCatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Event");
    return {};
}

Qt::ItemFlags EventCatalogModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == 0)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> EventCatalogModel::roleNames() const
{
    auto names = QAbstractItemModel::roleNames();
    names.insert(ServiceRole, "service");
    names.insert(EventRole, "event");
    names.insert(DescriptionRole, "description");
    names.insert(SearchTextRole, "searchText");
    names.insert(IsServiceRole, "isService");
    names.insert(ParameterCountRole, "parameterCount");
    return names;
}

EventCatalogFilterModel::EventCatalogFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void EventCatalogFilterModel::setSearchText(const QString &text)
{
    m_words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

bool EventCatalogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    QString text = index.data(EventCatalogModel::SearchTextRole).toString();
    if (sourceParent.isValid())
        text += u' ' + sourceParent.data(EventCatalogModel::SearchTextRole).toString();
    return std::all_of(m_words.begin(), m_words.end(),
                       [&](const QString &w) { return text.contains(w, Qt::CaseInsensitive); });
}

} // namespace Bullpen
