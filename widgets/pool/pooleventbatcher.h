// SPDX-License-Identifier: MIT
#pragma once

#include "engine/pool/poolevent.h"

#include <QBasicTimer>
#include <QList>
#include <QObject>

namespace Bullpen {

// The pool view's receiver: the engine's pool events arrive here one by one (a
// burst can bring thousands per second) and leave as one batch per frame, so
// that the models fold a frame's worth of events in one pass and the views
// repaint once, whatever the rate. receive() only appends; the frame timer runs
// only while events are pending, so an idle pool wakes nothing in the window.
// Owns the pending events until they are delivered.
class PoolEventBatcher final : public QObject
{
    Q_OBJECT
public:
    explicit PoolEventBatcher(QObject *parent = nullptr);

    // The longest an event waits before it is delivered (one frame; default 25 ms).
    void setFrameInterval(int ms) { m_intervalMs = ms; }
    int frameInterval() const { return m_intervalMs; }
    qsizetype pendingCount() const { return m_pending.size(); }

    // Connect the engine's signal here. Cheap: no model work happens in it.
    void receive(const Bullpen::PoolEvent &event);
    // Delivers what is pending now (tests, and before a screenshot).
    void flush();
    // Forgets what is pending (the engine was replaced).
    void discard();

Q_SIGNALS:
    // Events in publication order, at most once per frame interval.
    void batchReady(const QList<Bullpen::PoolEvent> &events);

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    QList<PoolEvent> m_pending;
    QBasicTimer m_timer;
    int m_intervalMs = 25;
};

} // namespace Bullpen
