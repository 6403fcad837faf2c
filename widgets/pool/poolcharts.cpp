// SPDX-License-Identifier: MIT
#include "widgets/pool/poolcharts.h"

#include "widgets/pool/poolpalette.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLineSeries>
#include <QTabWidget>
#include <QTimerEvent>
#include <QVBoxLayout>
#include <QValueAxis>

namespace Bullpen {

namespace {

constexpr int refreshMs = 500;

QChartView *viewOf(QChart *chart)
{
    auto *view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    return view;
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

} // namespace

PoolCharts::PoolCharts(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_latencyChart(newChart(tr("Latency (real time; a cold start's init included)")))
    , m_instancesChart(newChart(tr("Instances and concurrency (pool clock)")))
    , m_ratioChart(newChart(tr("Cold-start ratio (pool clock)")))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    // Latency histogram: two bar sets over the same buckets.
    m_coldSet = new QBarSet(tr("Cold"));
    m_warmSet = new QBarSet(tr("Warm"));
    m_coldSet->setColor(PoolPalette::color(PoolPalette::Cold));
    m_warmSet->setColor(PoolPalette::color(PoolPalette::Warm));
    auto *bars = new QBarSeries;
    bars->append(m_coldSet);
    bars->append(m_warmSet);
    m_latencyChart->addSeries(bars);
    m_latencyAxis = new QBarCategoryAxis;
    QStringList labels;
    for (int i = 0; i < PoolSeries::bucketCount(); ++i)
        labels << PoolSeries::bucketLabel(i);
    m_latencyAxis->append(labels);
    m_latencyCountAxis = new QValueAxis;
    m_latencyCountAxis->setLabelFormat(QStringLiteral("%d"));
    m_latencyCountAxis->setTitleText(tr("Invocations"));
    m_latencyChart->addAxis(m_latencyAxis, Qt::AlignBottom);
    m_latencyChart->addAxis(m_latencyCountAxis, Qt::AlignLeft);
    bars->attachAxis(m_latencyAxis);
    bars->attachAxis(m_latencyCountAxis);

    // Instances and peak concurrency.
    m_instancesLine = new QLineSeries;
    m_instancesLine->setName(tr("Instances"));
    m_instancesLine->setColor(PoolPalette::color(PoolPalette::Idle));
    m_busyLine = new QLineSeries;
    m_busyLine->setName(tr("Concurrency (peak)"));
    m_busyLine->setColor(PoolPalette::color(PoolPalette::Busy));
    m_instancesChart->addSeries(m_instancesLine);
    m_instancesChart->addSeries(m_busyLine);
    m_instancesTimeAxis = new QValueAxis;
    m_instancesTimeAxis->setTitleText(tr("Pool time (s)"));
    m_instancesCountAxis = new QValueAxis;
    m_instancesCountAxis->setLabelFormat(QStringLiteral("%d"));
    m_instancesChart->addAxis(m_instancesTimeAxis, Qt::AlignBottom);
    m_instancesChart->addAxis(m_instancesCountAxis, Qt::AlignLeft);
    for (QLineSeries *s : { m_instancesLine, m_busyLine }) {
        s->attachAxis(m_instancesTimeAxis);
        s->attachAxis(m_instancesCountAxis);
    }

    // Cold-start ratio per interval.
    m_ratioLine = new QLineSeries;
    m_ratioLine->setName(tr("Cold starts / invocations (%)"));
    m_ratioLine->setColor(PoolPalette::color(PoolPalette::Cold));
    m_ratioChart->addSeries(m_ratioLine);
    m_ratioTimeAxis = new QValueAxis;
    m_ratioTimeAxis->setTitleText(tr("Pool time (s)"));
    m_ratioAxis = new QValueAxis;
    m_ratioAxis->setRange(0, 100);
    m_ratioAxis->setLabelFormat(QStringLiteral("%d %%"));
    m_ratioChart->addAxis(m_ratioTimeAxis, Qt::AlignBottom);
    m_ratioChart->addAxis(m_ratioAxis, Qt::AlignLeft);
    m_ratioLine->attachAxis(m_ratioTimeAxis);
    m_ratioLine->attachAxis(m_ratioAxis);

    m_tabs->addTab(viewOf(m_latencyChart), tr("Latency"));
    m_tabs->addTab(viewOf(m_instancesChart), tr("Instances"));
    m_tabs->addTab(viewOf(m_ratioChart), tr("Cold starts"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) { refreshChart(index); });
    applyTheme();
    refresh();
}

void PoolCharts::apply(const QList<PoolEvent> &events)
{
    m_series.apply(events);
    m_dirty = true;
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start(refreshMs, this);
}

void PoolCharts::clear()
{
    m_series.clear();
    refresh();
}

void PoolCharts::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_refreshTimer.timerId()) {
        QWidget::timerEvent(event);
        return;
    }
    m_refreshTimer.stop();
    // Only the chart on show: replacing a series re-lays its chart out, the
    // heaviest step on the GUI thread during a burst; the others catch up
    // when their tab is chosen.
    if (m_dirty && isVisible())
        refreshChart(m_tabs->currentIndex());
}

void PoolCharts::refresh()
{
    for (int i = 0; i < m_tabs->count(); ++i)
        refreshChart(i);
    m_dirty = false;
}

void PoolCharts::refreshChart(int index)
{
    m_dirty = false;
    if (index == 0)
        refreshLatency();
    else
        refreshOverTime(index);
}

void PoolCharts::refreshLatency()
{
    int top = 1;
    QList<qreal> cold, warm;
    for (int i = 0; i < PoolSeries::bucketCount(); ++i) {
        cold << m_series.coldHistogram().at(i);
        warm << m_series.warmHistogram().at(i);
        top = qMax(top, qMax(m_series.coldHistogram().at(i), m_series.warmHistogram().at(i)));
    }
    // Bars are replaced in place: QBarSet::replace keeps the chart's items.
    for (int i = 0; i < cold.size(); ++i) {
        if (m_coldSet->count() <= i) {
            m_coldSet->append(cold.at(i));
            m_warmSet->append(warm.at(i));
        } else {
            m_coldSet->replace(i, cold.at(i));
            m_warmSet->replace(i, warm.at(i));
        }
    }
    m_latencyCountAxis->setRange(0, top * 1.1);
}

void PoolCharts::refreshOverTime(int index)
{
    QList<QPointF> instances, busy, ratio;
    QList<PoolSeries::Sample> samples = m_series.samples();
    samples.append(m_series.current());
    const qint64 origin = samples.constFirst().startMs;
    int peak = 1;
    for (const PoolSeries::Sample &s : std::as_const(samples)) {
        const double t = double(s.startMs - origin) / 1000.0;
        instances << QPointF(t, s.instances);
        busy << QPointF(t, s.peakBusy);
        peak = qMax(peak, qMax(s.instances, s.peakBusy));
        if (s.coldStartRatio() >= 0)
            ratio << QPointF(t, 100.0 * s.coldStartRatio());
    }
    const double span = qMax(1.0, double(samples.constLast().startMs + m_series.intervalMs() - origin) / 1000.0);
    if (index == 1) {
        m_instancesLine->replace(instances);
        m_busyLine->replace(busy);
        m_instancesTimeAxis->setRange(0, span);
        m_instancesCountAxis->setRange(0, peak * 1.15);
    } else {
        m_ratioLine->replace(ratio);
        m_ratioTimeAxis->setRange(0, span);
    }
}

void PoolCharts::applyTheme()
{
    // Follow the window's palette: a dark palette gets the dark chart theme.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    for (QChart *chart : { m_latencyChart, m_instancesChart, m_ratioChart }) {
        const QList<QAbstractSeries *> series = chart->series();
        QList<QColor> colors;
        // setTheme resets series colours; keep ours.
        for (QAbstractSeries *s : series) {
            if (auto *line = qobject_cast<QLineSeries *>(s))
                colors << line->color();
        }
        chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        chart->setBackgroundBrush(palette().color(QPalette::Base));
        int i = 0;
        for (QAbstractSeries *s : series) {
            if (auto *line = qobject_cast<QLineSeries *>(s))
                line->setColor(colors.value(i++));
        }
    }
    m_coldSet->setColor(PoolPalette::color(PoolPalette::Cold));
    m_warmSet->setColor(PoolPalette::color(PoolPalette::Warm));
}

void PoolCharts::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

} // namespace Bullpen
