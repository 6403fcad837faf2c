// SPDX-License-Identifier: MIT
#include "engine/pool/costmeter.h"

namespace Bullpen {

namespace {

double gigabytes(int memorySizeMb)
{
    return double(memorySizeMb) / 1024.0;
}

} // namespace

void CostMeter::setArchitecture(const QString &functionId, Architecture architecture)
{
    m_architectures.insert(functionId, architecture);
}

void CostMeter::add(const PoolEvent &e)
{
    m_lastPoolTimeMs = qMax(m_lastPoolTimeMs, e.poolTimeMs);
    switch (e.type) {
    case PoolEventType::InstanceStarting:
        if (e.provisioned)
            m_provisioned.insert(e.instanceId,
                                 ProvisionedInstance { e.functionId, e.poolTimeMs, gigabytes(e.memorySizeMb) });
        return;
    case PoolEventType::InstanceStopped: {
        const auto it = m_provisioned.constFind(e.instanceId);
        if (it == m_provisioned.cend())
            return;
        m_functions[it->functionId].provisionedGbSeconds += double(e.poolTimeMs - it->startedAtMs) / 1000.0 * it->gb;
        m_provisioned.erase(it);
        return;
    }
    case PoolEventType::InvocationFinished: {
        // Only what ran is billed: refusals, throttles and engine errors are not.
        const bool ran = e.outcome == InvocationOutcome::Succeeded || e.outcome == InvocationOutcome::FunctionError
            || e.outcome == InvocationOutcome::TimedOut || e.outcome == InvocationOutcome::Cancelled;
        if (!ran)
            return;
        Accrued &a = m_functions[e.functionId];
        ++a.requests;
        const double gbSeconds = double(qMax<qint64>(0, e.billedDurationMs)) / 1000.0 * gigabytes(e.memorySizeMb);
        if (m_provisioned.contains(e.instanceId))
            a.provisionedDurationGbSeconds += gbSeconds;
        else
            a.gbSeconds += gbSeconds;
        return;
    }
    default:
        return;
    }
}

void CostMeter::addAll(const QList<PoolEvent> &events)
{
    for (const PoolEvent &e : events)
        add(e);
}

void CostMeter::clear()
{
    m_functions.clear();
    m_provisioned.clear();
    m_lastPoolTimeMs = 0;
}

CostTotals CostMeter::priced(const QString &functionId, const Accrued &accrued, qint64 poolNowMs) const
{
    const bool arm = m_architectures.value(functionId, Architecture::X86_64) == Architecture::Arm64;
    CostTotals t;
    t.requests = accrued.requests;
    t.gbSeconds = accrued.gbSeconds;
    t.provisionedDurationGbSeconds = accrued.provisionedDurationGbSeconds;
    t.provisionedGbSeconds = accrued.provisionedGbSeconds;
    // Provisioned instances still on accrue up to now.
    for (const ProvisionedInstance &p : m_provisioned) {
        if (p.functionId == functionId)
            t.provisionedGbSeconds += double(qMax<qint64>(0, poolNowMs - p.startedAtMs)) / 1000.0 * p.gb;
    }
    t.requestCost = double(t.requests) / 1e6 * m_prices.perMillionRequests;
    t.durationCost = t.gbSeconds * (arm ? m_prices.arm64PerGbSecond : m_prices.x86PerGbSecond)
        + t.provisionedDurationGbSeconds
            * (arm ? m_prices.arm64ProvisionedDurationPerGbSecond : m_prices.x86ProvisionedDurationPerGbSecond);
    t.provisionedCost
        = t.provisionedGbSeconds * (arm ? m_prices.arm64ProvisionedPerGbSecond : m_prices.x86ProvisionedPerGbSecond);
    return t;
}

CostTotals CostMeter::functionAt(const QString &functionId, qint64 poolNowMs) const
{
    return priced(functionId, m_functions.value(functionId), poolNowMs);
}

CostTotals CostMeter::totalAt(qint64 poolNowMs) const
{
    QList<QString> ids = m_functions.keys();
    for (const ProvisionedInstance &p : m_provisioned) {
        if (!ids.contains(p.functionId))
            ids.append(p.functionId);
    }
    CostTotals t;
    for (const QString &id : std::as_const(ids)) {
        const CostTotals f = functionAt(id, poolNowMs);
        t.requests += f.requests;
        t.gbSeconds += f.gbSeconds;
        t.provisionedGbSeconds += f.provisionedGbSeconds;
        t.provisionedDurationGbSeconds += f.provisionedDurationGbSeconds;
        t.requestCost += f.requestCost;
        t.durationCost += f.durationCost;
        t.provisionedCost += f.provisionedCost;
    }
    return t;
}

} // namespace Bullpen
