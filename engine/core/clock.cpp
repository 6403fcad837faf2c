// SPDX-License-Identifier: MIT
#include "core/clock.h"

#include <QPointer>
#include <QTimer>

#include <cmath>

namespace Bullpen {

Clock::Clock(QObject *parent)
    : QObject(parent)
{
}

Clock::~Clock() = default;

qint64 Clock::toRealMs(qint64 clockMs) const
{
    const double s = speed();
    if (s <= 0)
        return clockMs;
    return qint64(std::ceil(double(clockMs) / s));
}

SystemClock::SystemClock(double speed, QObject *parent)
    : Clock(parent)
    , m_speed(speed > 0 ? speed : 1.0)
{
    m_elapsed.start();
}

SystemClock::~SystemClock()
{
    qDeleteAll(m_timers);
}

qint64 SystemClock::nowMs() const
{
    return qint64(double(m_elapsed.nsecsElapsed()) / 1e6 * m_speed);
}

Clock::TimerId SystemClock::schedule(qint64 ms, QObject *context, std::function<void()> fn)
{
    const TimerId id = m_nextId++;
    auto *timer = new QTimer;
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer);
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    connect(timer, &QTimer::timeout, this, [this, id, guard, hasContext, fn = std::move(fn)] {
        if (QTimer *t = m_timers.take(id))
            t->deleteLater();
        if (hasContext && !guard)
            return;
        fn();
    });
    if (context) {
        connect(context, &QObject::destroyed, this, [this, id] { cancel(id); });
    }
    m_timers.insert(id, timer);
    timer->start(std::chrono::milliseconds(toRealMs(qMax<qint64>(0, ms))));
    return id;
}

void SystemClock::cancel(TimerId id)
{
    if (QTimer *t = m_timers.take(id)) {
        t->stop();
        t->deleteLater();
    }
}

ManualClock::ManualClock(QObject *parent)
    : Clock(parent)
{
}

Clock::TimerId ManualClock::schedule(qint64 ms, QObject *context, std::function<void()> fn)
{
    const TimerId id = m_nextId++;
    Entry e;
    e.context = context;
    e.hasContext = context != nullptr;
    e.fn = std::move(fn);
    if (context)
        e.guard = connect(context, &QObject::destroyed, this, [this, id] { cancel(id); });
    m_entries.insert(id, std::move(e));
    m_due.emplace(m_now + qMax<qint64>(0, ms), id);
    return id;
}

void ManualClock::cancel(TimerId id)
{
    auto it = m_entries.find(id);
    if (it == m_entries.end())
        return;
    disconnect(it->guard);
    m_entries.erase(it);
    for (auto d = m_due.begin(); d != m_due.end(); ++d) {
        if (d->second == id) {
            m_due.erase(d);
            break;
        }
    }
}

void ManualClock::advance(qint64 ms)
{
    const qint64 target = m_now + qMax<qint64>(0, ms);
    while (!m_due.empty() && m_due.begin()->first <= target) {
        auto first = m_due.begin();
        m_now = qMax(m_now, first->first);
        const TimerId id = first->second;
        m_due.erase(first);
        Entry e = m_entries.take(id);
        disconnect(e.guard);
        if (e.fn)
            e.fn();
    }
    m_now = target;
}

} // namespace Bullpen
