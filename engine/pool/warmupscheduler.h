// SPDX-License-Identifier: MIT
#pragma once

#include "engine/core/awsaccount.h"
#include "engine/core/clock.h"
#include "engine/core/scheduleexpression.h"
#include "engine/project/functionconfig.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

namespace Bullpen {

// Fires a function's Schedule/ScheduleV2 events and its keep-warm pinger on the
// POOL clock (so a fast clock passes a day of schedules in minutes), with
// EventBridge's scheduled-event document (or the schedule's Input). Nothing is
// on by default: a template's schedule fires only once the user turns it on,
// and only while the engine that owns this runs. Pool time 0 is the calendar
// time `poolEpoch` (UTC), which is where cron expressions are read.
class WarmupScheduler final : public QObject
{
    Q_OBJECT
public:
    WarmupScheduler(Clock *poolClock, const QDateTime &poolEpoch, QObject *parent = nullptr);

    // Turns one of the function's schedules (by its name under Events) on or
    // off. False with a reason when there is no such schedule or its
    // expression is not one EventBridge accepts.
    bool setScheduleEnabled(const FunctionConfig &function, const QString &scheduleName, bool enabled,
                            QString *error = nullptr);
    // The classic warmer: pings the function every `rate` (a rate() expression).
    bool setKeepWarm(const FunctionConfig &function, bool enabled, const QString &rate, QString *error = nullptr);
    // Everything off.
    void clear();
    // The region and account of the scheduled events (their rule ARNs).
    void setAccount(const AwsAccount &account) { m_account = account; }

    QDateTime poolTimeToUtc(qint64 poolMs) const { return m_epoch.addMSecs(poolMs); }
    // When a schedule (or "keep-warm") of a function fires next; invalid when off.
    QDateTime nextFire(const QString &functionId, const QString &scheduleName) const;

    static QString keepWarmName() { return QStringLiteral("keep-warm"); }
    // EventBridge's scheduled event for a rule, at `time`.
    static QByteArray scheduledEvent(const QString &ruleName, const QDateTime &time, const AwsAccount &account = {});

Q_SIGNALS:
    // Time to invoke the function with this event (the pool does, as source Schedule).
    void fired(const Bullpen::FunctionConfig &function, const QString &scheduleName, const QDateTime &time,
               const QByteArray &payload);

private:
    struct Entry
    {
        FunctionConfig function;
        QString name;
        ScheduleExpression expression;
        QString input;
        QDateTime anchor; // rate: when it was turned on
        QDateTime next;
        Clock::TimerId timer = 0;
    };
    static QString keyOf(const QString &functionId, const QString &name) { return functionId + u'\n' + name; }
    void enable(const QString &key, Entry entry);
    void disable(const QString &key);
    void arm(const QString &key, const QDateTime &after);

    QPointer<Clock> m_clock;
    QDateTime m_epoch;
    QHash<QString, Entry> m_entries;
    AwsAccount m_account;
};

} // namespace Bullpen
