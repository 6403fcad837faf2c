// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QTableView;
class QToolButton;

namespace Bullpen {

class HistoryModel;

// The history pane: the open project's invocations in a table that follows
// the newest row, with Re-run and Clear, and above it what went wrong with the
// history's file, when something did. Selecting a row asks for its result to
// be shown again. The model belongs to the caller.
class HistoryView final : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryView(HistoryModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    // The problem with the history's file as shown (hidden when there is none).
    QLabel *problemLabel() const { return m_problem; }
    int currentRow() const;
    void selectRow(int row);

Q_SIGNALS:
    void entrySelected(int row);
    void rerunRequested(int row);

private:
    HistoryModel *m_model;
    QTableView *m_table;
    QLabel *m_problem;
    QToolButton *m_rerun;
    QToolButton *m_clear;
    bool m_following = true;
};

} // namespace Bullpen
