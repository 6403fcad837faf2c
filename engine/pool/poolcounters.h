// SPDX-License-Identifier: MIT
#pragma once

#include "engine/pool/poolevent.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Bullpen {

// The counters of one function (or of the whole pool) at one moment.
struct FunctionCounters
{
    int instances = 0; // alive: starting, idle or busy
    int starting = 0;
    int busy = 0;
    int idle = 0;
    int provisioned = 0; // of instances, how many are provisioned-concurrency instances
    qint64 coldStarts = 0; // invocations dispatched to an instance still initialising
    qint64 warmHits = 0; // invocations dispatched to a warm instance
    // Of the cold starts that ran (counted when they finish, where the result
    // says so): those whose sandbox was made ahead of need, and those that
    // made theirs on demand. A cold start still running is in neither yet.
    // Cold starts restored from a SnapStart snapshot are a third kind (of
    // neither of the two), on demand or from a copy restored ahead.
    qint64 preparedColdStarts = 0;
    qint64 onDemandColdStarts = 0;
    qint64 restoredColdStarts = 0;
    qint64 throttles = 0; // TooManyRequestsException
    qint64 invocations = 0; // finished, whatever the outcome
    qint64 errors = 0; // finished with a function error or a timeout
    qint64 memoryReservedMb = 0; // MemorySize of every instance alive
    qint64 memoryUsedBytes = 0; // the latest memory sample of every instance alive

    // Cold starts of the invocations that reached an instance; 0 before any.
    double coldStartRatio() const
    {
        const qint64 dispatched = coldStarts + warmHits;
        return dispatched > 0 ? double(coldStarts) / double(dispatched) : 0.0;
    }
    bool operator==(const FunctionCounters &) const = default;
};

// The pool view's counters, folded from the pool's event stream and from
// nothing else, so a recorded stream (a --trace file) gives the same figures
// as the live pool did. Pure data: feed it events in sequence order.
class PoolCounters
{
public:
    void add(const PoolEvent &event);
    void addAll(const QList<PoolEvent> &events);
    void clear();

    FunctionCounters function(const QString &functionId) const { return m_functions.value(functionId); }
    FunctionCounters total() const;
    QStringList functionIds() const; // sorted

private:
    struct InstanceEntry
    {
        QString functionId;
        PoolEventType state = PoolEventType::InstanceStarting;
        int memorySizeMb = 0;
        qint64 memoryBytes = 0;
        bool provisioned = false;
    };
    void setState(InstanceEntry &entry, PoolEventType state, int delta);

    QHash<QString, InstanceEntry> m_instances;
    QHash<QString, FunctionCounters> m_functions;
};

} // namespace Bullpen
