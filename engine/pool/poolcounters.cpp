// SPDX-License-Identifier: MIT
#include "engine/pool/poolcounters.h"

#include <algorithm>

namespace Bullpen {

void PoolCounters::setState(InstanceEntry &entry, PoolEventType state, int delta)
{
    FunctionCounters &f = m_functions[entry.functionId];
    switch (state) {
    case PoolEventType::InstanceStarting:
        f.starting += delta;
        break;
    case PoolEventType::InstanceBusy:
        f.busy += delta;
        break;
    case PoolEventType::InstanceIdle:
        f.idle += delta;
        break;
    default:
        break;
    }
}

void PoolCounters::add(const PoolEvent &e)
{
    switch (e.type) {
    case PoolEventType::InstanceStarting: {
        if (m_instances.contains(e.instanceId))
            return;
        InstanceEntry entry { e.functionId, PoolEventType::InstanceStarting, e.memorySizeMb, 0, e.provisioned };
        FunctionCounters &f = m_functions[e.functionId];
        ++f.instances;
        f.provisioned += e.provisioned;
        f.memoryReservedMb += e.memorySizeMb;
        setState(entry, PoolEventType::InstanceStarting, 1);
        m_instances.insert(e.instanceId, entry);
        return;
    }
    case PoolEventType::InstanceSandboxReady:
    case PoolEventType::InstanceInitDone:
        return; // the instance stays "starting" until it is busy or idle
    case PoolEventType::InstanceBusy:
    case PoolEventType::InstanceIdle: {
        auto it = m_instances.find(e.instanceId);
        if (it == m_instances.end())
            return; // a stream recorded from the middle: the instance's start is not in it
        setState(*it, it->state, -1);
        it->state = e.type;
        setState(*it, e.type, 1);
        return;
    }
    case PoolEventType::InstanceStopped: {
        auto it = m_instances.find(e.instanceId);
        if (it == m_instances.end())
            return;
        setState(*it, it->state, -1);
        FunctionCounters &f = m_functions[it->functionId];
        --f.instances;
        f.provisioned -= it->provisioned;
        f.memoryReservedMb -= it->memorySizeMb;
        f.memoryUsedBytes -= it->memoryBytes;
        m_instances.erase(it);
        return;
    }
    case PoolEventType::MemorySample: {
        auto it = m_instances.find(e.instanceId);
        if (it == m_instances.end() || e.memoryBytes < 0)
            return;
        m_functions[it->functionId].memoryUsedBytes += e.memoryBytes - it->memoryBytes;
        it->memoryBytes = e.memoryBytes;
        return;
    }
    case PoolEventType::InvocationDispatched: {
        FunctionCounters &f = m_functions[e.functionId];
        if (e.coldStart)
            ++f.coldStarts;
        else
            ++f.warmHits;
        return;
    }
    case PoolEventType::InvocationThrottled:
        ++m_functions[e.functionId].throttles;
        return;
    case PoolEventType::InvocationFinished: {
        FunctionCounters &f = m_functions[e.functionId];
        ++f.invocations;
        f.errors += e.outcome == InvocationOutcome::FunctionError || e.outcome == InvocationOutcome::TimedOut;
        if (e.coldStart) {
            f.restoredColdStarts += e.restoredFromSnapshot;
            f.preparedColdStarts += e.preparedSandbox && !e.restoredFromSnapshot;
            f.onDemandColdStarts += !e.preparedSandbox && !e.restoredFromSnapshot;
        }
        return;
    }
    case PoolEventType::InvocationQueued:
    case PoolEventType::ClockSpeedChanged:
    case PoolEventType::AsyncEventQueued: // the asynchronous queue's own view counts these
    case PoolEventType::AsyncRetryScheduled:
    case PoolEventType::AsyncEventDone:
        return;
    }
}

void PoolCounters::addAll(const QList<PoolEvent> &events)
{
    for (const PoolEvent &e : events)
        add(e);
}

void PoolCounters::clear()
{
    m_instances.clear();
    m_functions.clear();
}

FunctionCounters PoolCounters::total() const
{
    FunctionCounters t;
    for (const FunctionCounters &f : m_functions) {
        t.instances += f.instances;
        t.starting += f.starting;
        t.busy += f.busy;
        t.idle += f.idle;
        t.provisioned += f.provisioned;
        t.coldStarts += f.coldStarts;
        t.warmHits += f.warmHits;
        t.preparedColdStarts += f.preparedColdStarts;
        t.onDemandColdStarts += f.onDemandColdStarts;
        t.restoredColdStarts += f.restoredColdStarts;
        t.throttles += f.throttles;
        t.invocations += f.invocations;
        t.errors += f.errors;
        t.memoryReservedMb += f.memoryReservedMb;
        t.memoryUsedBytes += f.memoryUsedBytes;
    }
    return t;
}

QStringList PoolCounters::functionIds() const
{
    QStringList ids = m_functions.keys();
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace Bullpen
