// SPDX-License-Identifier: MIT
#include "widgets/pool/poolsummarybar.h"

#include "engine/pool/poolcounters.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace Bullpen {

PoolSummaryBar::PoolSummaryBar(QWidget *parent)
    : QWidget(parent)
    , m_counters(new QLabel(this))
    , m_clock(new QLabel(this))
    , m_speed(new QComboBox(this))
    , m_cost(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    m_counters->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Long lines must not set the dock's (and so the window's) minimum width.
    m_counters->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_counters->setMinimumWidth(120);
    m_cost->setWordWrap(true);
    layout->addWidget(m_counters, 1);
    layout->addWidget(m_cost);
    layout->addSpacing(12);
    layout->addWidget(m_clock);
    m_speed->addItem(tr("Real time"), 1.0);
    m_speed->addItem(tr("×10"), 10.0);
    m_speed->addItem(tr("×60"), 60.0);
    m_speed->addItem(tr("×600"), 600.0);
    m_speed->setToolTip(tr("The pool clock: keep-alive, schedules and provisioned time run on it. "
                           "A handler's timeout is always real time."));
    layout->addWidget(m_speed);
    connect(m_speed, &QComboBox::activated, this,
            [this](int index) { Q_EMIT speedRequested(m_speed->itemData(index).toDouble()); });
    m_cost->setToolTip(
        tr("What these invocations would cost on AWS Lambda at the on-demand prices in Preferences: "
           "requests plus GB-seconds (billed duration × memory). An idle on-demand pool costs nothing."));
    setCounters({});
    setPoolTime(0);
    setCost(0, 0, 0, true);
}

void PoolSummaryBar::setCounters(const FunctionCounters &c)
{
    const QLocale locale;
    const qint64 n = c.coldStarts + c.warmHits;
    QString text = tr("%Ln instances · %1 busy · %2 idle · %3 starting", nullptr, int(c.instances))
                       .arg(locale.toString(c.busy), locale.toString(c.idle), locale.toString(c.starting));
    text += tr(" · cold %1 / warm %2 (%3 % cold)")
                .arg(locale.toString(c.coldStarts), locale.toString(c.warmHits),
                     locale.toString(n ? 100.0 * c.coldStartRatio() : 0.0, 'f', 1));
    // The two kinds of cold start, once one has finished (its result says which it was).
    if (c.preparedColdStarts + c.onDemandColdStarts > 0)
        text += tr(" · sandbox prepared %1 / on demand %2")
                    .arg(locale.toString(c.preparedColdStarts), locale.toString(c.onDemandColdStarts));
    if (c.restoredColdStarts > 0) // SnapStart's: a kind of their own
        text += tr(" · restored from snapshot %1").arg(locale.toString(c.restoredColdStarts));
    text += tr(" · %1 throttled").arg(locale.toString(c.throttles));
    text += tr(" · memory %1 of %2 MB")
                .arg(locale.toString(c.memoryUsedBytes / (1024 * 1024)), locale.toString(c.memoryReservedMb));
    m_counters->setText(text);
    m_counters->setToolTip(
        text + QLatin1Char('\n')
        + tr("A cold start with its sandbox prepared found one made ahead of need (runc create done before the "
             "call); on demand, its sandbox was made for it. Counted when the cold start's invocation finishes."));
}

void PoolSummaryBar::setPoolTime(qint64 poolTimeMs)
{
    // Hours, minutes and seconds since the engine started, on the pool clock.
    const qint64 s = qMax<qint64>(0, poolTimeMs) / 1000;
    m_clock->setText(tr("Pool clock %1:%2:%3")
                         .arg(s / 3600)
                         .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
                         .arg(s % 60, 2, 10, QLatin1Char('0')));
}

void PoolSummaryBar::setSpeed(double speed)
{
    const int index = m_speed->findData(speed);
    if (index >= 0)
        m_speed->setCurrentIndex(index);
}

void PoolSummaryBar::setSpeedEnabled(bool enabled)
{
    m_speed->setEnabled(enabled);
}

void PoolSummaryBar::setCost(qint64 requests, double gbSeconds, double dollars, bool idle)
{
    const QLocale locale;
    QString text = tr("%Ln requests · %1 GB-s · $%2", nullptr, int(requests))
                       .arg(locale.toString(gbSeconds, 'f', 3), locale.toString(dollars, 'f', dollars < 0.01 ? 6 : 4));
    if (idle)
        text += tr(" · idle: costs nothing");
    m_cost->setText(text);
}

QString PoolSummaryBar::countersText() const
{
    return m_counters->text();
}

QString PoolSummaryBar::costText() const
{
    return m_cost->text();
}

} // namespace Bullpen
