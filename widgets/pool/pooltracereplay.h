// SPDX-License-Identifier: MIT
#pragma once

#include "engine/pool/poolevent.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>

namespace Bullpen {

// Plays a recorded pool event stream (the JSON lines `bullpen invoke --trace`
// writes) into a receiver at the pace it was recorded (its real-time stamps),
// so a trace from the command line, a load run or a benchmark can be watched
// in the pool view, the timeline and the charts as if it happened now. Owns the
// loaded events.
class PoolTraceReplay final : public QObject
{
    Q_OBJECT
public:
    explicit PoolTraceReplay(std::function<void(const Bullpen::PoolEvent &)> receiver, QObject *parent = nullptr);

    // Reads a trace; false with *error when a line is not a pool event.
    bool load(const QString &path, QString *error = nullptr);
    void setEvents(const QList<Bullpen::PoolEvent> &events) { m_events = events; }
    qsizetype eventCount() const { return m_events.size(); }

    void start();
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    // Real milliseconds since start() (the trace's own time, from its first event).
    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }

Q_SIGNALS:
    void finished();

private:
    void step();

    std::function<void(const PoolEvent &)> m_receiver;
    QList<PoolEvent> m_events;
    qsizetype m_next = 0;
    QElapsedTimer m_clock;
    QTimer m_timer;
};

} // namespace Bullpen
