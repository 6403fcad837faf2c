// SPDX-License-Identifier: MIT
#pragma once

#include "engine/core/jsondiff.h"
#include "engine/core/textdiff.h"
#include "engine/targets/target.h" // StartKind

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Bullpen {

// One call of one target, as the comparison sees it: what the caller got back
// and the figures the target reported. Whatever a target cannot give stays
// empty (logsGiven false, figures nullopt, start Unknown).
struct CompareCall
{
    int run = 0; // 0-based, in the order sent
    QString unreachable; // non-empty: the call never reached the function (the reason)
    QByteArray payload; // the response, or the error document
    QString functionError; // "Unhandled" (X-Amz-Function-Error), or empty
    QString errorType;
    QString errorMessage;
    bool logsGiven = false;
    QStringList logs;
    std::optional<double> durationMs;
    std::optional<double> initDurationMs;
    std::optional<double> billedDurationMs;
    std::optional<double> maxMemoryUsedMb;
    std::optional<double> roundTripMs; // as the caller saw it
    StartKind start = StartKind::Unknown;
    QByteArray requestId;

    bool failed() const { return !functionError.isEmpty() || !errorType.isEmpty(); }
};

// Everything one target answered in a comparison.
struct CompareTargetRuns
{
    QString name; // as in bullpen-targets.yaml
    QString kind; // "local pool", "Docker container", ...
    QString down; // non-empty: the target was down (the reason); no call was compared
    QList<CompareCall> calls;
};

// min / median / max of one figure over the runs that have it.
struct FigureSpread
{
    QString figure; // "duration", "init duration", "billed duration", "max memory used", "round trip"
    QString unit; // "ms", "MB"
    QString starts; // "cold", "warm", "unknown", or "all"
    int count = 0;
    double min = 0;
    double median = 0;
    double max = 0;
};

// One way in which a target's results differ from the reference target's (the
// first one that was up).
struct CompareDifference
{
    enum class Area { Payload, Error, Logs, Start };
    Area area = Area::Payload;
    QString target; // the target compared with the reference
    QList<int> runs; // 0-based runs in which it was seen
    QString path; // JSON path for payload differences
    QString what; // "value", "type", "only in local", "error type", "log lines"...
    QString reference; // the reference's side, as text
    QString other; // the target's side
    QString ignoredBecause; // empty: counted

    bool counted() const { return ignoredBecause.isEmpty(); }
    static QString areaName(Area area); // "payload", "error", "logs", "start"
};

struct CompareOptions
{
    QStringList ignore; // JSON path patterns (JsonDiffOptions::ignore)
    bool countVolatile = false; // request ids, timestamps, durations count as differences
    bool countLogs = false; // differing log lines (after the normalisation) count
};

// The comparison of K calls of one event on several targets, worked out from
// their answers alone (no I/O): the JSON diff of each target's payloads against
// the reference's, run by run; errors and their types; the logs as a text diff
// after the volatile normalisation (VolatileText); the figures with their
// spread, cold and warm apart. `bullpen compare` prints it, the Compare view
// shows it, the JSON form is the same for both.
class CompareReport final
{
public:
    CompareReport() = default;
    CompareReport(const QString &function, const QByteArray &event, const QList<CompareTargetRuns> &targets,
                  const CompareOptions &options = {});

    QString function() const { return m_function; }
    QByteArray event() const { return m_event; }
    const CompareOptions &options() const { return m_options; }
    const QList<CompareTargetRuns> &targets() const { return m_targets; }
    // The index of the target the others are compared with; -1 when all are down.
    int referenceIndex() const { return m_reference; }
    const QList<CompareDifference> &differences() const { return m_differences; }
    QList<CompareDifference> countedDifferences() const;
    QList<FigureSpread> figures(int target) const;
    // The normalised log diff of run (0-based) between the reference and target.
    QList<TextDiffLine> logDiff(int target, int run) const;
    // The JSON differences (counted or not) of one target's run against the reference's.
    QList<JsonDifference> payloadDiff(int target, int run) const;

    bool differs() const { return !countedDifferences().isEmpty(); }
    QStringList downTargets() const;
    // 0: equal; 1: differs beyond what is expected; 3: equal, but a target was down.
    int exitCode() const;

    // One line a difference, then the figures: what `bullpen compare` prints.
    QStringList textLines() const;
    QJsonObject toJson() const;

private:
    void compareTarget(int target);
    void addDifference(const CompareDifference &d);

    QString m_function;
    QByteArray m_event;
    CompareOptions m_options;
    QList<CompareTargetRuns> m_targets;
    int m_reference = -1;
    QList<CompareDifference> m_differences;
};

// The spread of values (sorted copies; median of an even count is the mean of the two middle ones).
FigureSpread spreadOf(const QList<double> &values);

} // namespace Bullpen

Q_DECLARE_METATYPE(Bullpen::CompareCall)
Q_DECLARE_METATYPE(Bullpen::CompareReport)
