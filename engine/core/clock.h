// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include <functional>
#include <map>

class QTimer;

namespace Bullpen {

// The time source under every timer that matters in the engine: keep-alive,
// timeouts, warm-up schedules. A Clock measures "clock milliseconds", which run
// at real speed by default, faster for teaching (45 minutes of keep-alive in
// 45 seconds) or only when told in tests (ManualClock). Everything scheduled
// through a clock is cancelled when its context object dies.
class Clock : public QObject
{
    Q_OBJECT
public:
    using TimerId = quint64;

    explicit Clock(QObject *parent = nullptr);
    ~Clock() override;

    // Milliseconds since the clock started, in clock time. Monotonic.
    virtual qint64 nowMs() const = 0;
    // Calls fn once, after ms clock milliseconds, unless cancelled or context dies.
    virtual TimerId schedule(qint64 ms, QObject *context, std::function<void()> fn) = 0;
    virtual void cancel(TimerId id) = 0;
    // How many clock milliseconds pass per real millisecond (1 for real time).
    virtual double speed() const = 0;
    // Changes the speed from now on: the time so far stays as it is (nowMs()
    // never jumps) and every pending timer keeps its deadline in clock time.
    virtual void setSpeed(double speed) = 0;

    // Converts clock milliseconds to real milliseconds (rounded up).
    qint64 toRealMs(qint64 clockMs) const;

Q_SIGNALS:
    void speedChanged(double speed);
};

// Real time, optionally sped up by a constant factor. Every timer shares one
// QTimer armed for the earliest deadline: the engine schedules a timeout and a
// keep-alive per invocation, and a QTimer each (plus a destroyed() connection
// per schedule) cost more than the rest of a warm invocation's bookkeeping.
class SystemClock final : public Clock
{
    Q_OBJECT
public:
    explicit SystemClock(double speed = 1.0, QObject *parent = nullptr);
    ~SystemClock() override;

    qint64 nowMs() const override;
    TimerId schedule(qint64 ms, QObject *context, std::function<void()> fn) override;
    void cancel(TimerId id) override;
    double speed() const override { return m_speed; }
    void setSpeed(double speed) override;
    int pendingTimers() const { return int(m_entries.size()); }

private:
    struct Entry
    {
        qint64 dueNs = 0; // in clock nanoseconds (nowNs())
        QObject *context = nullptr;
        std::function<void()> fn;
    };
    qint64 nowNs() const; // clock nanoseconds since the clock started
    void arm();
    void fire();
    void forgetContext(QObject *context);
    void contextDestroyed(QObject *context);

    double m_speed;
    QElapsedTimer m_elapsed;
    // The last speed change: clock time = m_baseClockNs + (real - m_baseRealNs) * m_speed.
    qint64 m_baseClockNs = 0;
    qint64 m_baseRealNs = 0;
    TimerId m_nextId = 1;
    QTimer *m_timer;
    qint64 m_armedNs = -1; // deadline m_timer is armed for, -1 if stopped
    std::multimap<qint64, TimerId> m_due;
    QHash<TimerId, Entry> m_entries;
    // One destroyed() connection per context object, however many timers it has.
    QHash<QObject *, QPair<QMetaObject::Connection, int>> m_contexts;
};

// Time that moves only when advance() is called: deterministic tests.
class ManualClock final : public Clock
{
    Q_OBJECT
public:
    explicit ManualClock(QObject *parent = nullptr);

    qint64 nowMs() const override { return m_now; }
    TimerId schedule(qint64 ms, QObject *context, std::function<void()> fn) override;
    void cancel(TimerId id) override;
    // A manual clock moves only when told; its speed is only reported (and
    // announced), so code that shows or forwards the speed can be tested.
    double speed() const override { return m_speed; }
    void setSpeed(double speed) override;

    // Moves time forward by ms, firing every timer that falls due, in order.
    void advance(qint64 ms);
    int pendingTimers() const { return int(m_due.size()); }

private:
    struct Entry
    {
        QObject *context = nullptr;
        bool hasContext = false;
        std::function<void()> fn;
        QMetaObject::Connection guard;
    };
    qint64 m_now = 0;
    double m_speed = 1.0;
    TimerId m_nextId = 1;
    std::multimap<qint64, TimerId> m_due;
    QHash<TimerId, Entry> m_entries;
};

} // namespace Bullpen
