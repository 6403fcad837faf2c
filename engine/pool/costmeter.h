// SPDX-License-Identifier: MIT
#pragma once

#include "engine/pool/poolevent.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Bullpen {

// Lambda's published on-demand prices (us-east-1), in US dollars. One struct
// so that preferences can edit them all; the defaults are AWS's list prices.
struct LambdaPrices
{
    double perMillionRequests = 0.20;
    double x86PerGbSecond = 0.0000166667;
    double arm64PerGbSecond = 0.0000133334;
    // Provisioned concurrency: per GB-second it is on, and per GB-second of
    // duration of the invocations its instances run (instead of the on-demand price).
    double x86ProvisionedPerGbSecond = 0.0000041667;
    double x86ProvisionedDurationPerGbSecond = 0.0000097222;
    double arm64ProvisionedPerGbSecond = 0.0000033334;
    double arm64ProvisionedDurationPerGbSecond = 0.0000077778;

    bool operator==(const LambdaPrices &) const = default;
};

// What a pool's work would have cost on Lambda, so far.
struct CostTotals
{
    qint64 requests = 0; // billed invocations (the function's code ran)
    double gbSeconds = 0; // billed duration x memory, on-demand instances
    double provisionedGbSeconds = 0; // time provisioned instances were on x memory (pool time)
    double provisionedDurationGbSeconds = 0; // billed duration x memory on provisioned instances
    double requestCost = 0;
    double durationCost = 0; // on-demand and provisioned duration
    double provisionedCost = 0; // the time provisioned concurrency was on
    double totalCost() const { return requestCost + durationCost + provisionedCost; }
};

// Lambda's bill for what the pool did, derived from its event stream only (a
// recorded stream gives the bill the live pool showed). Requests and billed
// duration x memory (GB-seconds) at the prices of the function's
// architecture; provisioned concurrency for the pool time its instances are
// on. An idle on-demand pool costs nothing: only invocations are billed.
class CostMeter
{
public:
    enum class Architecture { X86_64, Arm64 };

    void setPrices(const LambdaPrices &prices) { m_prices = prices; }
    const LambdaPrices &prices() const { return m_prices; }
    // Functions are x86_64 unless told (the template's Architectures).
    void setArchitecture(const QString &functionId, Architecture architecture);

    void add(const PoolEvent &event);
    void addAll(const QList<PoolEvent> &events);
    void clear();

    // Totals up to the pool time of the last event, or up to poolNowMs (the
    // provisioned instances still on accrue until then).
    CostTotals total() const { return totalAt(m_lastPoolTimeMs); }
    CostTotals totalAt(qint64 poolNowMs) const;
    CostTotals function(const QString &functionId) const { return functionAt(functionId, m_lastPoolTimeMs); }
    CostTotals functionAt(const QString &functionId, qint64 poolNowMs) const;

private:
    struct Accrued
    {
        qint64 requests = 0;
        double gbSeconds = 0;
        double provisionedGbSeconds = 0; // of stopped provisioned instances
        double provisionedDurationGbSeconds = 0;
    };
    struct ProvisionedInstance
    {
        QString functionId;
        qint64 startedAtMs = 0;
        double gb = 0;
    };
    CostTotals priced(const QString &functionId, const Accrued &accrued, qint64 poolNowMs) const;

    LambdaPrices m_prices;
    QHash<QString, Architecture> m_architectures;
    QHash<QString, Accrued> m_functions;
    QHash<QString, ProvisionedInstance> m_provisioned; // on now, by instance id
    qint64 m_lastPoolTimeMs = 0;
};

} // namespace Bullpen
