// SPDX-License-Identifier: MIT
#include "widgets/invoke/historyview.h"

#include "widgets/invoke/historymodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Bullpen {

HistoryView::HistoryView(HistoryModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_table(new QTableView(this))
    , m_problem(new QLabel(this))
    , m_rerun(new QToolButton(this))
    , m_clear(new QToolButton(this))
{
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setColumnWidth(HistoryModel::TimeColumn, 80);
    m_table->setColumnWidth(HistoryModel::FunctionColumn, 180);
    m_table->setColumnWidth(HistoryModel::EventColumn, 140);
    m_table->setColumnWidth(HistoryModel::StartColumn, 60);
    m_table->setColumnWidth(HistoryModel::DurationColumn, 90);

    m_rerun->setText(tr("Re-run"));
    m_rerun->setToolTip(tr("Run the selected invocation again: same function, same event"));
    m_rerun->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_rerun->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_rerun->setAutoRaise(true);
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Forget this project's invocations"));
    m_clear->setIcon(style()->standardIcon(QStyle::SP_DialogResetButton));
    m_clear->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_clear->setAutoRaise(true);

    m_problem->setObjectName(QStringLiteral("historyProblem"));
    m_problem->setWordWrap(true);
    // Long paths wrap or clip; they never widen the dock (the tool tip has the whole text).
    m_problem->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setContentsMargins(8, 4, 8, 4);
    m_problem->setAutoFillBackground(true);
    m_problem->setForegroundRole(QPalette::ToolTipText);
    m_problem->setBackgroundRole(QPalette::ToolTipBase);
    auto showProblem = [this](const QString &problem) {
        m_problem->setText(problem);
        m_problem->setToolTip(problem);
        m_problem->setVisible(!problem.isEmpty());
    };
    showProblem(model->problem());
    connect(model, &HistoryModel::problemChanged, this, showProblem);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(4, 2, 4, 2);
    buttons->addWidget(m_rerun);
    buttons->addWidget(m_clear);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(buttons);
    layout->addWidget(m_problem);
    layout->addWidget(m_table, 1);

    auto updateButtons = [this] {
        m_rerun->setEnabled(currentRow() >= 0);
        m_clear->setEnabled(!m_model->isEmpty());
    };
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this, updateButtons](const QModelIndex &current) {
                updateButtons();
                if (current.isValid()) {
                    m_following = current.row() == m_model->rowCount() - 1;
                    Q_EMIT entrySelected(current.row());
                }
            });
    connect(m_rerun, &QToolButton::clicked, this, [this] {
        if (currentRow() >= 0)
            Q_EMIT rerunRequested(currentRow());
    });
    connect(m_table, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { Q_EMIT rerunRequested(index.row()); });
    connect(m_clear, &QToolButton::clicked, m_model, &HistoryModel::clear);
    // A new invocation becomes the current row unless the user is looking at an older one.
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this, updateButtons](const QModelIndex &, int, int last) {
                if (m_following) {
                    const QSignalBlocker blocker(m_table->selectionModel());
                    m_table->selectionModel()->setCurrentIndex(
                        m_model->index(last, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                    m_table->scrollToBottom();
                }
                updateButtons();
            });
    // Another project's history (or none): its newest rows in view.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this, updateButtons] {
        m_following = true;
        m_table->scrollToBottom();
        updateButtons();
    });
    updateButtons();
}

int HistoryView::currentRow() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void HistoryView::selectRow(int row)
{
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

} // namespace Bullpen
