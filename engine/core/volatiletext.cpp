// SPDX-License-Identifier: MIT
#include "engine/core/volatiletext.h"

#include <QRegularExpression>

namespace Bullpen::VolatileText {

namespace {

struct Rule
{
    Kind kind;
    QRegularExpression pattern;
    QString replacement;
};

const QList<Rule> &rules()
{
    // Order matters: timestamps before durations (an ISO time's fraction is no
    // "ms"), memory before the generic number rules.
    static const QList<Rule> all {
        { RequestId,
          QRegularExpression(
              QStringLiteral("\\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\b")),
          QStringLiteral("<id>") },
        // X-Ray: Root=1-5759e988-bd862e3fe1be46a994272793
        { RequestId, QRegularExpression(QStringLiteral("\\b1-[0-9a-f]{8}-[0-9a-f]{24}\\b")), QStringLiteral("<id>") },
        { Timestamp,
          QRegularExpression(QStringLiteral(
              "\\b\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?")),
          QStringLiteral("<time>") },
        // HTTP dates: Mon, 30 Nov 2026 19:00:00 GMT
        { Timestamp,
          QRegularExpression(QStringLiteral("\\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{1,2} [A-Z][a-z]{2} \\d{4} "
                                            "\\d{2}:\\d{2}:\\d{2}(?: GMT| [+-]\\d{4})?")),
          QStringLiteral("<time>") },
        // The emulator's log lines: 30 Nov 2026 19:00:00,123
        { Timestamp,
          QRegularExpression(QStringLiteral("\\b\\d{1,2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2}(?:,\\d+)?")),
          QStringLiteral("<time>") },
        { Memory, QRegularExpression(QStringLiteral("(Max Memory Used: )\\d+( MB)")), QStringLiteral("\\1<MB>\\2") },
        { Duration, QRegularExpression(QStringLiteral("\\b\\d+(?:\\.\\d+)?(?=\\s?ms\\b)")), QStringLiteral("<ms>") },
    };
    return all;
}

QString squash(const QString &key)
{
    QString s;
    s.reserve(key.size());
    for (const QChar c : key)
        if (c != u'_' && c != u'-' && c != u' ')
            s.append(c.toLower());
    return s;
}

} // namespace

QString mask(const QString &text, unsigned kinds, unsigned *found)
{
    QString out = text;
    unsigned seen = None;
    for (const Rule &rule : rules()) {
        if (!(kinds & rule.kind))
            continue;
        const QString before = out;
        out.replace(rule.pattern, rule.replacement);
        if (out != before)
            seen |= rule.kind;
    }
    if (found)
        *found = seen;
    return out;
}

QStringList mask(const QStringList &lines, unsigned kinds)
{
    QStringList out;
    out.reserve(lines.size());
    for (const QString &line : lines)
        out.append(mask(line, kinds));
    return out;
}

Kind kindOfKey(const QString &key)
{
    const QString k = squash(key);
    if (k == u"requestid" || k == u"awsrequestid" || k == u"xamznrequestid" || k == u"traceid" || k == u"xamzntraceid"
        || k == u"invocationid")
        return RequestId;
    if (k.contains(u"duration") || k.contains(u"elapsed") || k.contains(u"latency") || k == u"took"
        || k.endsWith(u"millis") || k == u"uptime" || k.startsWith(u"remainingtime"))
        return Duration;
    // camelCase "createdAt", snake "created_at", and the plain names.
    static const QRegularExpression camelAt(QStringLiteral("[a-z]At$"));
    if ((k.endsWith(u"time") && k != u"runtime") || k.endsWith(u"timestamp") || k.endsWith(u"date") || k == u"ts"
        || k == u"epoch" || k == u"now" || camelAt.match(key).hasMatch() || key.endsWith(QLatin1StringView("_at")))
        return Timestamp;
    // "durationMs" is caught above; other "...Ms"/"..._ms" numbers are times spent.
    static const QRegularExpression msSuffix(QStringLiteral("(?:[a-z]Ms|_ms)$"));
    if (msSuffix.match(key).hasMatch())
        return Duration;
    return None;
}

QString describe(unsigned kinds)
{
    QStringList names;
    if (kinds & RequestId)
        names << QStringLiteral("request id");
    if (kinds & Timestamp)
        names << QStringLiteral("timestamp");
    if (kinds & Duration)
        names << QStringLiteral("duration");
    if (kinds & Memory)
        names << QStringLiteral("memory used");
    return names.join(QStringLiteral(", "));
}

} // namespace Bullpen::VolatileText
