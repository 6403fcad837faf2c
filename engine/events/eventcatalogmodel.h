// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractItemModel>
#include <QSortFilterProxyModel>

#include "engine/events/eventcatalog.h"

namespace Bullpen {

// The catalogue as a two-level tree: services, and under each its events.
// Pure data (QtCore only), so it lives in the engine; it reads the catalogue
// it is given and does not own it (the catalogue must outlive the model).
class EventCatalogModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        ServiceRole = Qt::UserRole + 1, // service name ("s3")
        EventRole, // event name ("put"); empty on service rows
        DescriptionRole,
        SearchTextRole, // everything a search may match
        IsServiceRole, // bool
        ParameterCountRole, // int, event rows
    };
    Q_ENUM(Role)

    explicit EventCatalogModel(const EventCatalog *catalog, QObject *parent = nullptr);

    const EventCatalog *catalog() const { return m_catalog; }
    const EventTemplate *eventAt(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &service, const QString &event = QString()) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const final;
    QModelIndex parent(const QModelIndex &child) const final;
    int rowCount(const QModelIndex &parent = QModelIndex()) const final;
    int columnCount(const QModelIndex &parent = QModelIndex()) const final;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const final;
    Qt::ItemFlags flags(const QModelIndex &index) const final;
    QHash<int, QByteArray> roleNames() const final;

private:
    const EventCatalog *m_catalog;
};

// Search over the catalogue: every word typed must appear in the service or
// event's names, titles or description; a matching service shows all its events.
class EventCatalogFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit EventCatalogFilterModel(QObject *parent = nullptr);
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const final;

private:
    QStringList m_words;
};

} // namespace Bullpen
