// SPDX-License-Identifier: MIT
#include "widgets/pool/pooltracereplay.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Bullpen {

PoolTraceReplay::PoolTraceReplay(std::function<void(const PoolEvent &)> receiver, QObject *parent)
    : QObject(parent)
    , m_receiver(std::move(receiver))
{
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &PoolTraceReplay::step);
}

bool PoolTraceReplay::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QList<PoolEvent> events;
    int line = 0;
    while (!file.atEnd()) {
        const QByteArray text = file.readLine().trimmed();
        ++line;
        if (text.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
        bool ok = document.isObject();
        const PoolEvent event = ok ? PoolEvent::fromJson(document.object(), &ok) : PoolEvent();
        if (!ok) {
            if (error)
                *error = tr("%1, line %2: not a pool event").arg(path).arg(line);
            return false;
        }
        events.append(event);
    }
    m_events = events;
    return true;
}

void PoolTraceReplay::start()
{
    m_next = 0;
    m_clock.start();
    // The engine publishes as events happen; 4 ms steps are finer than a frame.
    m_timer.start(4);
    step();
}

void PoolTraceReplay::stop()
{
    m_timer.stop();
}

void PoolTraceReplay::step()
{
    if (m_events.isEmpty()) {
        stop();
        Q_EMIT finished();
        return;
    }
    const qint64 origin = m_events.constFirst().realTimeMs;
    const qint64 now = m_clock.elapsed();
    while (m_next < m_events.size() && m_events.at(m_next).realTimeMs - origin <= now)
        m_receiver(m_events.at(m_next++));
    if (m_next >= m_events.size()) {
        stop();
        Q_EMIT finished();
    }
}

} // namespace Bullpen
