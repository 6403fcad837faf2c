// SPDX-License-Identifier: MIT
#include "widgets/pool/pooleventbatcher.h"

#include <QTimerEvent>

namespace Bullpen {

PoolEventBatcher::PoolEventBatcher(QObject *parent)
    : QObject(parent)
{ }

void PoolEventBatcher::receive(const PoolEvent &event)
{
    m_pending.append(event);
    // Armed once per frame, not per event: the first event of a frame starts
    // the clock and the rest ride along.
    if (!m_timer.isActive())
        m_timer.start(m_intervalMs, Qt::PreciseTimer, this);
}

void PoolEventBatcher::flush()
{
    m_timer.stop();
    if (m_pending.isEmpty())
        return;
    QList<PoolEvent> batch;
    batch.swap(m_pending);
    Q_EMIT batchReady(batch);
}

void PoolEventBatcher::discard()
{
    m_timer.stop();
    m_pending.clear();
}

void PoolEventBatcher::timerEvent(QTimerEvent *event)
{
    if (event->timerId() == m_timer.timerId())
        flush();
    else
        QObject::timerEvent(event);
}

} // namespace Bullpen
