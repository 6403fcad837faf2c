// SPDX-License-Identifier: MIT
#pragma once

#include "engine/project/functionconfig.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Bullpen {

class CodeReferences;

// What one item of the report says about the target against the local pool.
enum class PortabilityVerdict {
    Same, // both places showed the same
    Differs, // the probes disagree: code that relies on it behaves differently
    Unknown, // one place could not show it (the probe says why)
    NotProbed, // the target runs code Bullpen did not deploy (AWS Lambda, a foreign endpoint)
    LambdaOnly, // a limit only Lambda enforces, documented, not probed
};

QString portabilityVerdictName(PortabilityVerdict verdict); // "same", "differs", ... (stable, for JSON)

// One thing that may differ between the Lambda-shaped local pool and a target:
// what Lambda documents, what each probe showed, and where it read it.
struct PortabilityItem
{
    QString id; // stable: "env:AWS_REGION", "path:/var/task", "user", "memory", ...
    QString
        category; // "Environment", "User", "File system", "Limits", "Platform", "Runtime", "Time zone", "Lambda only"
    QString title; // "AWS_REGION", "/var/task writable", "Memory limit"
    QString lambda; // what AWS Lambda documents (empty: nothing to say)
    QString sandbox; // what the probe showed in the local pool
    QString target; // what the probe showed in the target
    QString sandboxEvidence; // where and how the local pool's probe read it
    QString targetEvidence;
    PortabilityVerdict verdict = PortabilityVerdict::Same;
    QString consequence; // what breaks, in words, when it differs
    QStringList usedAt; // "app.py:12": where the function's code names it

    QJsonObject toJson() const;
    bool operator==(const PortabilityItem &) const = default;
};

// The place a probe ran in, for the report's headings.
struct ProbePlace
{
    QString name; // the target's name, or "local pool"
    QString kind; // "local pool", "Docker container", "Docker Swarm service", ...
    bool probed = false; // a probe's answer is there
    QString note; // why not probed, or the probe's failure
    QJsonObject probe; // the answer (empty unless probed)
};

// A function's portability from the local pool (the Lambda-shaped sandbox)
// to one target: every item with its evidence, the differences first.
struct PortabilityReport
{
    QString functionId;
    QString runtime;
    int memorySizeMb = 0;
    QString generatedAt; // ISO 8601, UTC
    ProbePlace sandbox;
    ProbePlace target;
    QList<PortabilityItem> items;
    int sourceFilesScanned = 0;

    // The items whose verdict is verdict.
    QList<PortabilityItem> itemsWith(PortabilityVerdict verdict) const;
    // Differences in what the function's code names.
    int breakingCount() const;
    const PortabilityItem *item(const QString &id) const;

    QString toMarkdown() const;
    QString toHtml() const;
    QJsonObject toJson() const;
};

// Compares two probes' answers for a function. target.probed false gives
// every probed item as NotProbed with target.note. references (may be null)
// names the lines of the function's code that use each item.
PortabilityReport comparePortability(const FunctionConfig &function, const ProbePlace &sandbox,
                                     const ProbePlace &target, const CodeReferences *references);

} // namespace Bullpen

Q_DECLARE_METATYPE(Bullpen::PortabilityReport)
