// SPDX-License-Identifier: MIT
#include "engine/invocation/coldstartphases.h"

#include <QJsonValue>
#include <QStringList>

namespace Bullpen {

double ColdStartPhases::runtimeMs() const
{
    if (!isKnown())
        return -1;
    double sum = 0;
    for (int p = Interpreter; p < Count; ++p)
        sum += qMax(0.0, ms[p]);
    // An unknown process start puts the runtime's time into the sandbox's
    // phases: what is left cannot be told apart.
    return has(Process) ? sum : -1;
}

ColdStartPhases ColdStartPhases::fromMoments(qint64 beginNs, const std::array<qint64, Count> &endsNs)
{
    ColdStartPhases phases;
    const qint64 endNs = endsNs[FirstNext];
    if (beginNs <= 0 || endNs <= 0)
        return phases;
    qint64 previous = beginNs;
    const qint64 last = qMax(endNs, beginNs);
    for (int p = 0; p < Count; ++p) {
        if (endsNs[p] <= 0 && p != FirstNext)
            continue;
        const qint64 at = qBound(previous, p == FirstNext ? last : endsNs[p], last);
        phases.ms[p] = double(at - previous) / 1e6;
        previous = at;
    }
    phases.totalMs = double(last - beginNs) / 1e6;
    return phases;
}

QString ColdStartPhases::phaseName(Phase phase)
{
    switch (phase) {
    case Sandbox:
        return QStringLiteral("sandbox");
    case Process:
        return QStringLiteral("process");
    case Interpreter:
        return QStringLiteral("interpreter");
    case Bootstrap:
        return QStringLiteral("bootstrap");
    case Handler:
        return QStringLiteral("handler");
    case FirstNext:
        return QStringLiteral("firstNext");
    }
    return {};
}

QList<ColdStartPhases::Span> ColdStartPhases::spans() const
{
    QList<Span> spans;
    if (!isKnown())
        return spans;
    int from = 0;
    for (int p = 0; p < Count; ++p) {
        if (!has(Phase(p)))
            continue;
        spans.append({ Phase(from), Phase(p), ms[p] });
        from = p + 1;
    }
    return spans;
}

QString ColdStartPhases::describe() const
{
    if (!isKnown())
        return {};
    static const char *const words[Count]
        = { "sandbox", "process", "interpreter", "bootstrap", "handler", "first /next" };
    QStringList parts;
    for (const Span &span : spans()) {
        QString name = QString::fromLatin1(words[span.to]);
        if (span.from != span.to)
            name = QString::fromLatin1(words[span.from]) + QStringLiteral("..") + name;
        parts << QStringLiteral("%1 %2").arg(name).arg(span.ms, 0, 'f', 1);
    }
    return QStringLiteral("%1 = %2 ms").arg(parts.join(QStringLiteral(" + "))).arg(totalMs, 0, 'f', 1);
}

QJsonObject ColdStartPhases::toJson() const
{
    QJsonObject object;
    if (!isKnown())
        return object;
    object.insert(QStringLiteral("totalMs"), totalMs);
    for (int p = 0; p < Count; ++p)
        object.insert(phaseName(Phase(p)) + QStringLiteral("Ms"), has(Phase(p)) ? QJsonValue(ms[p]) : QJsonValue());
    return object;
}

ColdStartPhases ColdStartPhases::fromJson(const QJsonObject &object)
{
    ColdStartPhases phases;
    phases.totalMs = object.value(QStringLiteral("totalMs")).toDouble(-1);
    if (!phases.isKnown())
        return {};
    for (int p = 0; p < Count; ++p) {
        const double value = object.value(phaseName(Phase(p)) + QStringLiteral("Ms")).toDouble(-1);
        phases.ms[p] = value >= 0 ? value : -1;
    }
    return phases;
}

} // namespace Bullpen
