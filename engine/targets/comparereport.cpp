// SPDX-License-Identifier: MIT
#include "engine/targets/comparereport.h"

#include "engine/core/jsonvalue.h"
#include "engine/core/volatiletext.h"

#include <QJsonArray>

#include <algorithm>

namespace Bullpen {

using namespace Qt::StringLiterals;

namespace {

QString quoted(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("(none)") : u'"' + text + u'"';
}

// "run 2", "runs 1-3", "runs 1, 3" (1-based for people).
QString runsText(const QList<int> &runs)
{
    if (runs.isEmpty())
        return {};
    QStringList parts;
    for (qsizetype i = 0; i < runs.size();) {
        qsizetype j = i;
        while (j + 1 < runs.size() && runs.at(j + 1) == runs.at(j) + 1)
            ++j;
        parts << (j > i ? QStringLiteral("%1-%2").arg(runs.at(i) + 1).arg(runs.at(j) + 1)
                        : QString::number(runs.at(i) + 1));
        i = j + 1;
    }
    return (runs.size() == 1 ? QStringLiteral("run ") : QStringLiteral("runs ")) + parts.join(QStringLiteral(", "));
}

QString format(double v)
{
    return QString::number(v, 'f', v < 10 ? 2 : 1);
}

QJsonValue payloadJson(const QByteArray &payload)
{
    const QJsonValue v = parseJsonValue(payload);
    return v.isUndefined() ? QJsonValue(QString::fromUtf8(payload)) : v;
}

void putFigure(QJsonObject &o, const char *key, const std::optional<double> &v)
{
    if (v)
        o.insert(QLatin1StringView(key), *v);
}

} // namespace

QString CompareDifference::areaName(Area area)
{
    switch (area) {
    case Area::Payload:
        return QStringLiteral("payload");
    case Area::Error:
        return QStringLiteral("error");
    case Area::Logs:
        return QStringLiteral("logs");
    case Area::Start:
        return QStringLiteral("start");
    }
    return {};
}

FigureSpread spreadOf(const QList<double> &values)
{
    FigureSpread s;
    s.count = int(values.size());
    if (values.isEmpty())
        return s;
    QList<double> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    s.min = sorted.first();
    s.max = sorted.last();
    const qsizetype mid = sorted.size() / 2;
    s.median = sorted.size() % 2 ? sorted.at(mid) : (sorted.at(mid - 1) + sorted.at(mid)) / 2.0;
    return s;
}

CompareReport::CompareReport(const QString &function, const QByteArray &event, const QList<CompareTargetRuns> &targets,
                             const CompareOptions &options)
    : m_function(function)
    , m_event(event)
    , m_options(options)
    , m_targets(targets)
{
    for (qsizetype i = 0; i < m_targets.size(); ++i) {
        if (m_targets.at(i).down.isEmpty()) {
            m_reference = int(i);
            break;
        }
    }
    if (m_reference < 0)
        return;
    for (qsizetype i = 0; i < m_targets.size(); ++i)
        if (int(i) != m_reference && m_targets.at(i).down.isEmpty())
            compareTarget(int(i));
}

QList<JsonDifference> CompareReport::payloadDiff(int target, int run) const
{
    if (m_reference < 0 || target < 0 || target >= m_targets.size())
        return {};
    const auto &ref = m_targets.at(m_reference).calls;
    const auto &other = m_targets.at(target).calls;
    if (run < 0 || run >= ref.size() || run >= other.size())
        return {};
    JsonDiffOptions o;
    o.ignore = m_options.ignore;
    o.recogniseVolatile = !m_options.countVolatile;
    return diffPayloads(ref.at(run).payload, other.at(run).payload, o);
}

QList<TextDiffLine> CompareReport::logDiff(int target, int run) const
{
    if (m_reference < 0 || target < 0 || target >= m_targets.size())
        return {};
    const auto &ref = m_targets.at(m_reference).calls;
    const auto &other = m_targets.at(target).calls;
    if (run < 0 || run >= ref.size() || run >= other.size())
        return {};
    return diffLines(VolatileText::mask(ref.at(run).logs), VolatileText::mask(other.at(run).logs));
}

void CompareReport::compareTarget(int target)
{
    const CompareTargetRuns &ref = m_targets.at(m_reference);
    const CompareTargetRuns &tgt = m_targets.at(target);
    const qsizetype runs = std::min(ref.calls.size(), tgt.calls.size());
    for (qsizetype i = 0; i < runs; ++i) {
        const CompareCall &rc = ref.calls.at(i);
        const CompareCall &tc = tgt.calls.at(i);
        CompareDifference base;
        base.target = tgt.name;
        base.runs = { int(i) };
        if (!rc.unreachable.isEmpty() || !tc.unreachable.isEmpty()) {
            if (rc.unreachable.isEmpty() != tc.unreachable.isEmpty()) {
                CompareDifference d = base;
                d.area = CompareDifference::Area::Error;
                d.what = QStringLiteral("reached");
                d.reference = rc.unreachable.isEmpty() ? QStringLiteral("answered") : rc.unreachable;
                d.other = tc.unreachable.isEmpty() ? QStringLiteral("answered") : tc.unreachable;
                addDifference(d);
            }
            continue;
        }
        if (rc.failed() || tc.failed()) {
            // The payload is the error document then: its type and message say it all.
            auto error = [&](const QString &what, const QString &r, const QString &t) {
                if (r == t)
                    return;
                CompareDifference d = base;
                d.area = CompareDifference::Area::Error;
                d.what = what;
                d.reference = quoted(r);
                d.other = quoted(t);
                addDifference(d);
            };
            error(QStringLiteral("function error"), rc.functionError, tc.functionError);
            error(QStringLiteral("error type"), rc.errorType, tc.errorType);
            if (rc.errorType == tc.errorType) {
                unsigned found = 0;
                const QString rm = VolatileText::mask(rc.errorMessage, VolatileText::All, &found);
                const QString tm = VolatileText::mask(tc.errorMessage, VolatileText::All, &found);
                error(QStringLiteral("error message"), m_options.countVolatile ? rc.errorMessage : rm,
                      m_options.countVolatile ? tc.errorMessage : tm);
            }
        } else {
            for (const JsonDifference &j : payloadDiff(target, int(i))) {
                CompareDifference d = base;
                d.area = CompareDifference::Area::Payload;
                d.path = j.path;
                switch (j.kind) {
                case JsonDifference::Kind::OnlyLeft:
                    d.what = QStringLiteral("only in ") + ref.name;
                    break;
                case JsonDifference::Kind::OnlyRight:
                    d.what = QStringLiteral("only in ") + tgt.name;
                    break;
                case JsonDifference::Kind::Value:
                    d.what = QStringLiteral("value");
                    break;
                case JsonDifference::Kind::Type:
                    d.what = QStringLiteral("type %1 against %2")
                                 .arg(JsonDifference::typeName(j.left), JsonDifference::typeName(j.right));
                    break;
                }
                d.reference = JsonDifference::show(j.left);
                d.other = JsonDifference::show(j.right);
                d.ignoredBecause = j.ignoredBecause;
                addDifference(d);
            }
        }
        if (rc.logsGiven && tc.logsGiven) {
            const auto [onlyRef, onlyTgt] = countChanges(logDiff(target, int(i)));
            if (onlyRef || onlyTgt) {
                CompareDifference d = base;
                d.area = CompareDifference::Area::Logs;
                d.what = QStringLiteral("log lines");
                d.reference = QStringLiteral("%1 lines only here").arg(onlyRef);
                d.other = QStringLiteral("%1 lines only here").arg(onlyTgt);
                if (!m_options.countLogs)
                    d.ignoredBecause = QStringLiteral("logs are not counted");
                addDifference(d);
            }
        }
        if (rc.start != StartKind::Unknown && tc.start != StartKind::Unknown && rc.start != tc.start) {
            CompareDifference d = base;
            d.area = CompareDifference::Area::Start;
            d.what = QStringLiteral("start");
            d.reference = startKindName(rc.start);
            d.other = startKindName(tc.start);
            d.ignoredBecause = QStringLiteral("cold and warm starts are the target's own");
            addDifference(d);
        }
    }
}

void CompareReport::addDifference(const CompareDifference &d)
{
    // The same difference in several runs is one line. Differences that do not
    // count merge whatever their values (every run has another request id).
    for (CompareDifference &e : m_differences) {
        if (e.area == d.area && e.target == d.target && e.path == d.path && e.what == d.what
            && e.ignoredBecause == d.ignoredBecause
            && (!d.counted() || (e.reference == d.reference && e.other == d.other))) {
            e.runs += d.runs;
            return;
        }
    }
    m_differences.append(d);
}

QList<CompareDifference> CompareReport::countedDifferences() const
{
    QList<CompareDifference> out;
    for (const CompareDifference &d : m_differences)
        if (d.counted())
            out.append(d);
    return out;
}

QList<FigureSpread> CompareReport::figures(int target) const
{
    QList<FigureSpread> out;
    if (target < 0 || target >= m_targets.size())
        return out;
    const auto &calls = m_targets.at(target).calls;
    struct Figure
    {
        const char *name;
        const char *unit;
        std::optional<double> CompareCall::*member;
    };
    static const Figure kFigures[] = {
        { "duration", "ms", &CompareCall::durationMs },
        { "init duration", "ms", &CompareCall::initDurationMs },
        { "billed duration", "ms", &CompareCall::billedDurationMs },
        { "max memory used", "MB", &CompareCall::maxMemoryUsedMb },
        { "round trip", "ms", &CompareCall::roundTripMs },
    };
    for (const Figure &f : kFigures) {
        QList<FigureSpread> groups;
        QList<double> all;
        for (StartKind kind : { StartKind::Cold, StartKind::Warm, StartKind::Unknown }) {
            QList<double> values;
            for (const CompareCall &c : calls)
                if (c.unreachable.isEmpty() && c.start == kind && (c.*f.member))
                    values.append(*(c.*f.member));
            if (values.isEmpty())
                continue;
            all += values;
            FigureSpread s = spreadOf(values);
            s.starts = startKindName(kind);
            groups.append(s);
        }
        if (groups.size() > 1) {
            FigureSpread s = spreadOf(all);
            s.starts = QStringLiteral("all");
            groups.append(s);
        }
        for (FigureSpread &s : groups) {
            s.figure = QLatin1StringView(f.name);
            s.unit = QLatin1StringView(f.unit);
            out.append(s);
        }
    }
    return out;
}

QStringList CompareReport::downTargets() const
{
    QStringList out;
    for (const CompareTargetRuns &t : m_targets)
        if (!t.down.isEmpty())
            out.append(t.name);
    return out;
}

int CompareReport::exitCode() const
{
    if (differs())
        return 1;
    return downTargets().isEmpty() ? 0 : 3;
}

QStringList CompareReport::textLines() const
{
    QStringList lines;
    QStringList names;
    for (const CompareTargetRuns &t : m_targets)
        names << QStringLiteral("%1 (%2)").arg(t.name, t.kind);
    const int runs = m_targets.isEmpty() ? 0 : int(m_targets.first().calls.size());
    lines << QStringLiteral("compare %1 on %2").arg(m_function, names.join(QStringLiteral(", ")));
    for (const CompareTargetRuns &t : m_targets)
        if (!t.down.isEmpty())
            lines << QStringLiteral("down %1: %2").arg(t.name, t.down);
    if (m_reference < 0) {
        lines << QStringLiteral("nothing compared: every target is down");
        return lines;
    }
    const QString refName = m_targets.at(m_reference).name;
    auto describe = [&](const CompareDifference &d) {
        QString where = CompareDifference::areaName(d.area);
        if (!d.path.isEmpty())
            where += u' ' + d.path;
        return QStringLiteral("%1 %2: %3 %4 | %5 %6 (%7)")
            .arg(where, d.what, refName, d.reference, d.target, d.other, runsText(d.runs));
    };
    for (const CompareDifference &d : m_differences)
        if (d.counted())
            lines << QStringLiteral("differs ") + describe(d);
    for (const CompareDifference &d : m_differences)
        if (!d.counted())
            lines << QStringLiteral("not counted (%1) ").arg(d.ignoredBecause) + describe(d);
    for (qsizetype t = 0; t < m_targets.size(); ++t) {
        if (!m_targets.at(t).down.isEmpty())
            continue;
        QStringList starts;
        for (const CompareCall &c : m_targets.at(t).calls)
            starts << (c.unreachable.isEmpty() ? startKindName(c.start) : QStringLiteral("unreachable"));
        lines << QStringLiteral("figures %1 (%2 runs: %3)")
                     .arg(m_targets.at(t).name)
                     .arg(m_targets.at(t).calls.size())
                     .arg(starts.join(QStringLiteral(", ")));
        for (const FigureSpread &s : figures(int(t)))
            lines << QStringLiteral("  %1 %2 (%3 of %4): min %5, median %6, max %7 %8")
                         .arg(s.figure, s.starts)
                         .arg(s.count)
                         .arg(runs)
                         .arg(format(s.min), format(s.median), format(s.max), s.unit);
    }
    const int counted = int(countedDifferences().size());
    lines << (counted ? QStringLiteral("result: %1 difference(s) against %2").arg(counted).arg(refName)
                  : downTargets().isEmpty() ? QStringLiteral("result: equal")
                                            : QStringLiteral("result: equal where the targets answered"));
    return lines;
}

QJsonObject CompareReport::toJson() const
{
    QJsonObject o;
    o.insert(u"function", m_function);
    o.insert(u"event", payloadJson(m_event));
    o.insert(u"reference", m_reference < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(m_targets.at(m_reference).name));
    o.insert(u"differs", differs());
    o.insert(u"exitCode", exitCode());
    o.insert(u"ignore", QJsonArray::fromStringList(m_options.ignore));
    QJsonArray targets;
    for (qsizetype t = 0; t < m_targets.size(); ++t) {
        const CompareTargetRuns &tr = m_targets.at(t);
        QJsonObject to;
        to.insert(u"name", tr.name);
        to.insert(u"kind", tr.kind);
        to.insert(u"state", tr.down.isEmpty() ? QStringLiteral("up") : QStringLiteral("down"));
        if (!tr.down.isEmpty())
            to.insert(u"down", tr.down);
        QJsonArray calls;
        for (const CompareCall &c : tr.calls) {
            QJsonObject co;
            co.insert(u"run", c.run + 1);
            if (!c.unreachable.isEmpty()) {
                co.insert(u"unreachable", c.unreachable);
                calls.append(co);
                continue;
            }
            co.insert(u"start", startKindName(c.start));
            co.insert(u"requestId", QString::fromUtf8(c.requestId));
            co.insert(u"payload", payloadJson(c.payload));
            if (c.failed()) {
                co.insert(u"functionError", c.functionError);
                co.insert(u"errorType", c.errorType);
                co.insert(u"errorMessage", c.errorMessage);
            }
            putFigure(co, "durationMs", c.durationMs);
            putFigure(co, "initDurationMs", c.initDurationMs);
            putFigure(co, "billedDurationMs", c.billedDurationMs);
            putFigure(co, "maxMemoryUsedMb", c.maxMemoryUsedMb);
            putFigure(co, "roundTripMs", c.roundTripMs);
            if (c.logsGiven)
                co.insert(u"logs", QJsonArray::fromStringList(c.logs));
            calls.append(co);
        }
        to.insert(u"calls", calls);
        QJsonArray figures;
        for (const FigureSpread &s : this->figures(int(t))) {
            figures.append(QJsonObject { { u"figure"_s, s.figure },
                                         { u"unit"_s, s.unit },
                                         { u"starts"_s, s.starts },
                                         { u"count"_s, s.count },
                                         { u"min"_s, s.min },
                                         { u"median"_s, s.median },
                                         { u"max"_s, s.max } });
        }
        to.insert(u"figures", figures);
        targets.append(to);
    }
    o.insert(u"targets", targets);
    QJsonArray diffs;
    for (const CompareDifference &d : m_differences) {
        QJsonArray runs;
        for (int r : d.runs)
            runs.append(r + 1);
        QJsonObject dj { { u"area"_s, CompareDifference::areaName(d.area) },
                         { u"target"_s, d.target },
                         { u"runs"_s, runs },
                         { u"what"_s, d.what },
                         { u"reference"_s, d.reference },
                         { u"other"_s, d.other },
                         { u"counted"_s, d.counted() } };
        if (!d.path.isEmpty())
            dj.insert(u"path", d.path);
        if (!d.counted())
            dj.insert(u"ignoredBecause", d.ignoredBecause);
        diffs.append(dj);
    }
    o.insert(u"differences", diffs);
    return o;
}

} // namespace Bullpen
