// SPDX-License-Identifier: MIT
#include "widgets/pool/instancedetails.h"

#include "widgets/invoke/historymodel.h"
#include "widgets/pool/timelinemodel.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace Bullpen {

InstanceDetails::InstanceDetails(TimelineModel *timeline, HistoryModel *history, QWidget *parent)
    : QWidget(parent)
    , m_timeline(timeline)
    , m_history(history)
    , m_title(new QLabel(this))
    , m_invocations(new QTreeView(this))
    , m_log(new QPlainTextEdit(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_invocations);
    split->addWidget(m_log);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);
    m_invocations->setModel(m_timeline);
    m_invocations->setRootIsDecorated(false);
    m_invocations->setUniformRowHeights(true);
    m_invocations->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_log->setReadOnly(true);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setPlaceholderText(tr("The logs of this instance's invocations that the window ran appear here."));
    m_title->setText(tr("Click an instance in the pool view."));
    connect(m_invocations, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QByteArray id = index.siblingAtColumn(0).data(TimelineModel::RequestIdRole).toByteArray();
        if (!id.isEmpty())
            Q_EMIT invocationActivated(id);
    });
    // The log grows with the history (an invocation of this instance just ended).
    connect(m_history, &QAbstractItemModel::rowsInserted, this, &InstanceDetails::refreshLog);
    connect(m_history, &QAbstractItemModel::modelReset, this, &InstanceDetails::refreshLog);
}

void InstanceDetails::showInstance(const QString &instanceId)
{
    m_instanceId = instanceId;
    const int lane = m_timeline->laneOfInstance(instanceId);
    m_title->setText(tr("Instance %1").arg(instanceId));
    // An instance the timeline has not seen shows no rows rather than every lane.
    m_invocations->setModel(lane >= 0 ? m_timeline : nullptr);
    if (lane >= 0)
        m_invocations->setRootIndex(m_timeline->index(lane, 0));
    refreshLog();
}

void InstanceDetails::refreshLog()
{
    QStringList lines;
    if (!m_instanceId.isEmpty()) {
        for (int row = 0; row < m_history->rowCount(); ++row) {
            const InvocationResult &result = m_history->entry(row).result;
            if (result.instanceId == m_instanceId)
                lines << result.logs;
        }
    }
    m_log->setPlainText(lines.join(QLatin1Char('\n')));
}

QString InstanceDetails::logText() const
{
    return m_log->toPlainText();
}

} // namespace Bullpen
