// SPDX-License-Identifier: MIT
#include "engine/core/clock.h"

#include <QTimer>

#include <cmath>

namespace Bullpen {

Clock::Clock(QObject *parent)
    : QObject(parent)
{ }

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
    , m_timer(new QTimer(this))
{
    m_elapsed.start();
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &SystemClock::fire);
}

SystemClock::~SystemClock()
{
    for (auto it = m_contexts.cbegin(); it != m_contexts.cend(); ++it)
        disconnect(it.value().first);
}

qint64 SystemClock::nowNs() const
{
    return m_baseClockNs + qint64(double(m_elapsed.nsecsElapsed() - m_baseRealNs) * m_speed);
}

qint64 SystemClock::nowMs() const
{
    return nowNs() / 1000000;
}

void SystemClock::setSpeed(double speed)
{
    if (speed <= 0 || speed == m_speed)
        return;
    // Rebase: the clock time reached so far stays, only its rate changes.
    const qint64 realNs = m_elapsed.nsecsElapsed();
    m_baseClockNs += qint64(double(realNs - m_baseRealNs) * m_speed);
    m_baseRealNs = realNs;
    m_speed = speed;
    // Deadlines are in clock time: the armed wait (in real time) is now wrong.
    arm();
    Q_EMIT speedChanged(m_speed);
}

Clock::TimerId SystemClock::schedule(qint64 ms, QObject *context, std::function<void()> fn)
{
    const TimerId id = m_nextId++;
    const qint64 dueNs = nowNs() + qMax<qint64>(0, ms) * 1000000;
    if (context) {
        auto it = m_contexts.find(context);
        if (it == m_contexts.end()) {
            const auto connection
                = connect(context, &QObject::destroyed, this, [this, context] { contextDestroyed(context); });
            it = m_contexts.insert(context, { connection, 0 });
        }
        ++it.value().second;
    }
    m_entries.insert(id, Entry { dueNs, context, std::move(fn) });
    m_due.emplace(dueNs, id);
    // Only an earlier deadline re-arms; a later one waits for its turn.
    if (m_armedNs < 0 || dueNs < m_armedNs)
        arm();
    return id;
}

void SystemClock::cancel(TimerId id)
{
    auto it = m_entries.find(id);
    if (it == m_entries.end())
        return;
    const qint64 dueNs = it->dueNs;
    forgetContext(it->context);
    m_entries.erase(it);
    for (auto d = m_due.lower_bound(dueNs); d != m_due.end() && d->first == dueNs; ++d) {
        if (d->second == id) {
            m_due.erase(d);
            break;
        }
    }
    // The armed QTimer stays: firing early with nothing due just re-arms, which
    // is cheaper than stopping and restarting it on every cancel.
}

void SystemClock::forgetContext(QObject *context)
{
    if (!context)
        return;
    auto it = m_contexts.find(context);
    if (it != m_contexts.end() && --it.value().second <= 0) {
        disconnect(it.value().first);
        m_contexts.erase(it);
    }
}

void SystemClock::contextDestroyed(QObject *context)
{
    m_contexts.remove(context);
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (it->context == context) {
            const qint64 dueNs = it->dueNs;
            const TimerId id = it.key();
            for (auto d = m_due.lower_bound(dueNs); d != m_due.end() && d->first == dueNs; ++d) {
                if (d->second == id) {
                    m_due.erase(d);
                    break;
                }
            }
            it = m_entries.erase(it);
        } else {
            ++it;
        }
    }
}

void SystemClock::arm()
{
    if (m_due.empty()) {
        m_timer->stop();
        m_armedNs = -1;
        return;
    }
    const qint64 dueNs = m_due.begin()->first;
    const qint64 waitNs = qMax<qint64>(0, qint64(std::ceil(double(dueNs - nowNs()) / m_speed)));
    m_armedNs = dueNs;
    // Rounded up: a timer never fires before its deadline.
    m_timer->start(std::chrono::milliseconds((waitNs + 999999) / 1000000));
}

void SystemClock::fire()
{
    m_armedNs = -1;
    const qint64 now = nowNs();
    // One pass over what is due now; timers scheduled by the callbacks wait
    // for the next round, even when they are due at once.
    QList<TimerId> due;
    for (auto d = m_due.begin(); d != m_due.end() && d->first <= now; d = m_due.erase(d))
        due.append(d->second);
    for (TimerId id : std::as_const(due)) {
        auto it = m_entries.find(id);
        if (it == m_entries.end())
            continue; // cancelled by an earlier callback of this round
        Entry entry = std::move(*it);
        m_entries.erase(it);
        forgetContext(entry.context);
        if (entry.fn)
            entry.fn();
    }
    if (m_armedNs < 0)
        arm();
}

ManualClock::ManualClock(QObject *parent)
    : Clock(parent)
{ }

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

void ManualClock::setSpeed(double speed)
{
    if (speed <= 0 || speed == m_speed)
        return;
    m_speed = speed;
    Q_EMIT speedChanged(m_speed);
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
