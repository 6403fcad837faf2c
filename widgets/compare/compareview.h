// SPDX-License-Identifier: MIT
#pragma once

#include "engine/targets/comparereport.h"

#include <QWidget>

class QComboBox;
class QKeyEvent;
class QLabel;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTableView;
class QTabWidget;
class QTextBrowser;
class QListView;

namespace Bullpen {

class CompareModel;

// The Compare view: pick a function, one of its saved events, any set of the
// project's targets and K; the results side by side (CompareModel: a column per
// target, differences highlighted, figures with their spread), and below, for
// the target chosen in the table, the JSON diff of its payloads and the log
// diff of a run against the reference's. A target that is down shows as down;
// the others go on. Keyboard: Alt+U/N/G/X reach the inputs (the window's
// menus have F, E, R, V, T, H; the function settings S, K, W), Space ticks a target, Ctrl+Return compares,
// Escape stops.
//
// The view holds no engine: it asks with compareRequested() and is fed by its
// controller (CompareController) through start/targetChecked/addCall/finish.
class CompareView final : public QWidget
{
    Q_OBJECT
public:
    explicit CompareView(QWidget *parent = nullptr);
    ~CompareView() override;

    // Puts the keyboard in the first input (the function).
    void focusInputs();
    void setFunctions(const QStringList &functions, const QString &current);
    // Saved events of the chosen function (names); "{}" is always offered first.
    void setEvents(const QStringList &events);
    // The project's targets (name, kind as people read it, and whether ticked).
    void setTargets(const QStringList &names, const QStringList &kinds);
    void setChecked(const QStringList &names);

    QString function() const;
    QString eventName() const; // "" for the empty event {}
    QStringList checkedTargets() const;
    int repeat() const;
    void setRepeat(int repeat);

    // Fed while a comparison runs.
    void started(const QStringList &names, const QStringList &kinds, int repeat);
    void targetChecked(int target, const QString &down);
    void addCall(int target, const Bullpen::CompareCall &call);
    void finished(const Bullpen::CompareReport &report);
    void failed(const QString &message);
    void showProgress(const QString &line);

    CompareModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTextBrowser *jsonDiffView() const { return m_jsonDiff; }
    QTextBrowser *logDiffView() const { return m_logDiff; }
    QPushButton *compareButton() const { return m_compare; }
    QLabel *statusLabel() const { return m_status; }
    // Shows the diffs of target (an index of the report) and run (0-based).
    void showDiffs(int target, int run);

protected:
    bool event(QEvent *e) override;
    void keyPressEvent(QKeyEvent *e) override;

Q_SIGNALS:
    void functionChosen(const QString &function);
    void compareRequested(const QString &function, const QString &event, const QStringList &targets, int repeat);
    void stopRequested();

private:
    bool isCompareKey(const QKeyEvent *key) const;
    void requestCompare();
    void updateDiffs();
    void setRunning(bool running);

    CompareModel *m_model;
    QComboBox *m_function;
    QComboBox *m_event;
    QListView *m_targetList;
    QStandardItemModel *m_targets;
    QSpinBox *m_repeat;
    QSpinBox *m_run;
    QPushButton *m_compare;
    QPushButton *m_stop;
    QLabel *m_status;
    QTableView *m_table;
    QTabWidget *m_tabs;
    QTextBrowser *m_jsonDiff;
    QTextBrowser *m_logDiff;
    int m_diffTarget = -1;
    bool m_running = false;
};

} // namespace Bullpen
