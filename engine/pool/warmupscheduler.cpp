// SPDX-License-Identifier: MIT
#include "engine/pool/warmupscheduler.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace Bullpen {

WarmupScheduler::WarmupScheduler(Clock *poolClock, const QDateTime &poolEpoch, QObject *parent)
    : QObject(parent)
    , m_clock(poolClock)
    , m_epoch(poolEpoch.toUTC())
{ }

QByteArray WarmupScheduler::scheduledEvent(const QString &ruleName, const QDateTime &time, const AwsAccount &account)
{
    // What EventBridge sends a target of a scheduled rule.
    const QJsonObject event {
        { QStringLiteral("version"), QStringLiteral("0") },
        { QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
        { QStringLiteral("detail-type"), QStringLiteral("Scheduled Event") },
        { QStringLiteral("source"), QStringLiteral("aws.events") },
        { QStringLiteral("account"), account.accountId },
        { QStringLiteral("time"), time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")) },
        { QStringLiteral("region"), account.region },
        { QStringLiteral("resources"),
          QJsonArray { account.arn(QStringLiteral("events"), QStringLiteral("rule/") + ruleName) } },
        { QStringLiteral("detail"), QJsonObject() },
    };
    return QJsonDocument(event).toJson(QJsonDocument::Compact);
}

bool WarmupScheduler::setScheduleEnabled(const FunctionConfig &function, const QString &scheduleName, bool enabled,
                                         QString *error)
{
    const QString key = keyOf(function.logicalId, scheduleName);
    if (!enabled) {
        disable(key);
        return true;
    }
    for (const ScheduleSource &s : function.schedules) {
        if (s.name != scheduleName)
            continue;
        const auto expression = ScheduleExpression::parse(s.expression, error);
        if (!expression)
            return false;
        enable(key, Entry { function, s.name, *expression, s.input, {}, {}, 0 });
        return true;
    }
    if (error)
        *error = QStringLiteral("%1 has no schedule named %2").arg(function.logicalId, scheduleName);
    return false;
}

bool WarmupScheduler::setKeepWarm(const FunctionConfig &function, bool enabled, const QString &rate, QString *error)
{
    const QString key = keyOf(function.logicalId, keepWarmName());
    if (!enabled) {
        disable(key);
        return true;
    }
    const auto expression = ScheduleExpression::parse(rate, error);
    if (!expression)
        return false;
    if (!expression->isRate()) {
        if (error)
            *error = QStringLiteral("keep-warm takes a rate, e.g. rate(5 minutes)");
        return false;
    }
    enable(key, Entry { function, keepWarmName(), *expression, {}, {}, {}, 0 });
    return true;
}

void WarmupScheduler::clear()
{
    const QStringList keys = m_entries.keys();
    for (const QString &key : keys)
        disable(key);
}

QDateTime WarmupScheduler::nextFire(const QString &functionId, const QString &scheduleName) const
{
    return m_entries.value(keyOf(functionId, scheduleName)).next;
}

void WarmupScheduler::enable(const QString &key, Entry entry)
{
    disable(key);
    const QDateTime now = poolTimeToUtc(m_clock ? m_clock->nowMs() : 0);
    entry.anchor = now; // a rate counts from when it was turned on
    m_entries.insert(key, entry);
    arm(key, now);
}

void WarmupScheduler::disable(const QString &key)
{
    const auto it = m_entries.find(key);
    if (it == m_entries.end())
        return;
    if (it->timer && m_clock)
        m_clock->cancel(it->timer);
    m_entries.erase(it);
}

void WarmupScheduler::arm(const QString &key, const QDateTime &after)
{
    auto it = m_entries.find(key);
    if (it == m_entries.end() || !m_clock)
        return;
    it->timer = 0;
    it->next = it->expression.nextFire(after, it->anchor);
    if (!it->next.isValid())
        return; // never again
    const qint64 dueMs = m_epoch.msecsTo(it->next);
    it->timer = m_clock->schedule(dueMs - m_clock->nowMs(), this, [this, key] {
        auto e = m_entries.find(key);
        if (e == m_entries.end())
            return;
        const Entry entry = *e;
        // Re-armed first: a slot may turn the schedule off.
        arm(key, entry.next);
        const QByteArray payload = entry.input.isEmpty()
            ? scheduledEvent(entry.function.functionName + u'-' + entry.name, entry.next, m_account)
            : entry.input.toUtf8();
        Q_EMIT fired(entry.function, entry.name, entry.next, payload);
    });
}

} // namespace Bullpen
