// SPDX-License-Identifier: MIT
#pragma once

#include "widgets/pool/poolseries.h"

#include <QBasicTimer>
#include <QWidget>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QLineSeries;
class QTabWidget;
class QValueAxis;

namespace Bullpen {

// The pool's charts (Qt Charts), one per tab: the latency histogram split
// cold/warm, live instances and peak concurrency over pool time, and the
// cold-start ratio over pool time. It folds the stream into a PoolSeries it
// owns and redraws the chart on show at most twice a second, only when
// something changed: chart series are far slower to update than the pool
// view's painter, and a chart needs no 30 frames per second.
class PoolCharts final : public QWidget
{
    Q_OBJECT
public:
    explicit PoolCharts(QWidget *parent = nullptr);

    void apply(const QList<Bullpen::PoolEvent> &events);
    void clear();
    const PoolSeries &series() const { return m_series; }
    // Redraws now (tests and screenshots).
    void refresh();
    // Latency, instances, cold-start ratio (tests read their series).
    QList<QChart *> charts() const { return { m_latencyChart, m_instancesChart, m_ratioChart }; }

protected:
    void timerEvent(QTimerEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();
    void refreshChart(int index);
    void refreshLatency();
    void refreshOverTime(int index);

    PoolSeries m_series;
    QTabWidget *m_tabs;
    QChart *m_latencyChart;
    QChart *m_instancesChart;
    QChart *m_ratioChart;
    QBarSet *m_coldSet;
    QBarSet *m_warmSet;
    QBarCategoryAxis *m_latencyAxis;
    QValueAxis *m_latencyCountAxis;
    QLineSeries *m_instancesLine;
    QLineSeries *m_busyLine;
    QValueAxis *m_instancesTimeAxis;
    QValueAxis *m_instancesCountAxis;
    QLineSeries *m_ratioLine;
    QValueAxis *m_ratioTimeAxis;
    QValueAxis *m_ratioAxis;
    QBasicTimer m_refreshTimer;
    bool m_dirty = false;
};

} // namespace Bullpen
