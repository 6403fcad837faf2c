// SPDX-License-Identifier: MIT
#include "widgets/async/asyncview.h"

#include "widgets/async/asynceventsmodel.h"
#include "widgets/async/asyncrecordsmodel.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Bullpen {

namespace {

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    return view;
}

} // namespace

AsyncView::AsyncView(QWidget *parent)
    : QWidget(parent)
    , m_events(new AsyncEventsModel(this))
    , m_records(new AsyncRecordsModel(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("asyncView"));
    m_eventsView = makeTable(m_events, this);
    m_eventsView->setObjectName(QStringLiteral("asyncEvents"));
    m_recordsView = makeTable(m_records, this);
    m_recordsView->setObjectName(QStringLiteral("asyncRecords"));
    m_record = new QPlainTextEdit(this);
    m_record->setReadOnly(true);
    m_record->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_record->setPlaceholderText(tr("Choose a record to see it as Lambda sent it."));

    auto *records = new QSplitter(Qt::Horizontal, this);
    records->addWidget(m_recordsView);
    records->addWidget(m_record);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_eventsView);
    split->addWidget(records);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    connect(m_events, &AsyncEventsModel::refreshed, this, &AsyncView::updateSummary);
    connect(m_records, &QAbstractItemModel::rowsInserted, this, &AsyncView::updateSummary);
    connect(m_records, &QAbstractItemModel::modelReset, this, &AsyncView::updateSummary);
    connect(m_recordsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showRecord(current.row()); });
    updateSummary();
}

AsyncView::~AsyncView() = default;

void AsyncView::setQueue(AsyncInvocationQueue *queue)
{
    m_events->setQueue(queue);
    m_records->setQueue(queue);
    m_record->clear();
    updateSummary();
}

void AsyncView::showRecord(int row)
{
    if (row < 0 || row >= m_records->rowCount()) {
        m_record->clear();
        return;
    }
    m_record->setPlainText(m_records->index(row, 0).data(AsyncRecordsModel::MessageRole).toString());
}

QString AsyncView::shownRecord() const
{
    return m_record->toPlainText();
}

QString AsyncView::summary() const
{
    return m_summary->text();
}

void AsyncView::updateSummary()
{
    if (!m_events->queue()) {
        m_summary->setText(tr("Open a project: its asynchronous (Event) invocations are listed here."));
        return;
    }
    m_summary->setText(tr("%1 queued · %2 in flight · %3 retrying · %4 waiting for their function · "
                          "%5 records in destination queues")
                           .arg(m_events->count(AsyncEventStatus::Queued))
                           .arg(m_events->count(AsyncEventStatus::InFlight))
                           .arg(m_events->count(AsyncEventStatus::Retrying))
                           .arg(m_events->count(AsyncEventStatus::WaitingForFunction))
                           .arg(m_records->rowCount()));
}

} // namespace Bullpen
