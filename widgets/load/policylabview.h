// SPDX-License-Identifier: MIT
#pragma once

#include "engine/load/policy/poolmodel.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Bullpen {

// The keep-alive policy lab: a trace (the synthetic day, or a CSV of calls)
// run through the pool's model under each policy, and the results as the
// paper plots them: the CDF of the functions' cold-start percentages per
// policy, and each policy's third-quartile cold-start percentage against its
// wasted memory time normalised to fixed 10-minute keep-alive. The model runs
// on a worker thread; the window stays live.
class PolicyLabView final : public QWidget
{
    Q_OBJECT
public:
    explicit PolicyLabView(QWidget *parent = nullptr);
    ~PolicyLabView() override;

    // Runs the standard policies on a synthetic day of functionCount functions.
    void runSynthetic(int functionCount);
    // Runs them on a trace (a CSV of 'offset_ms,function'); false with *error if it cannot be read.
    bool runTrace(const QString &csvPath, qint64 executionMs, int memoryMb, QString *error = nullptr);
    // Shows results (also what the worker delivers).
    void setResults(const QString &description, const QList<Bullpen::PolicyResult> &results);
    const QList<PolicyResult> &results() const { return m_results; }
    bool isRunning() const { return m_running; }
    // One container per application (the paper's simulation, the default) or per instance (Lambda's rule).
    ContainerScope containerScope() const;
    void setContainerScope(ContainerScope scope);

    QChartView *cdfChart() const { return m_cdf; }
    QChartView *tradeoffChart() const { return m_tradeoff; }
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void resultsReady();

private:
    void run(const QString &description, ModelTrace trace);
    void openTrace();

    QLabel *m_status;
    QSpinBox *m_functions;
    QComboBox *m_scope;
    QPushButton *m_runSynthetic;
    QPushButton *m_runTrace;
    QTableWidget *m_table;
    QChartView *m_cdf;
    QChartView *m_tradeoff;
    QList<PolicyResult> m_results;
    bool m_running = false;
};

} // namespace Bullpen
