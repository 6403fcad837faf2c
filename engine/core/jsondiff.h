// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace Bullpen {

// One difference between two JSON values, at a path written as jq and
// JSONPath readers know it: "$", "$.body.region", "$.items[2]",
// "$[\"a.b\"]". A string that holds JSON on both sides (API Gateway's "body")
// is compared as the JSON it holds, its members under the string's path.
struct JsonDifference
{
    enum class Kind {
        OnlyLeft, // the key or element is missing on the right
        OnlyRight, // the key or element is missing on the left
        Value, // same type, other value
        Type, // other type (string against number, object against array...)
    };

    Kind kind = Kind::Value;
    QString path;
    QJsonValue left; // undefined for OnlyRight
    QJsonValue right; // undefined for OnlyLeft
    // Not counted as a difference, and why: "request id", "timestamp",
    // "duration" (recognised), or "ignored: PATTERN" (the caller's list).
    QString ignoredBecause;

    bool counted() const { return ignoredBecause.isEmpty(); }
    static QString kindName(Kind kind); // "only left", "only right", "value", "type"
    // "(missing)" for undefined, the compact JSON text otherwise (long texts cut).
    static QString show(const QJsonValue &value);
    static QString typeName(const QJsonValue &value); // "string", "number", "object", ...
};

// Which differences count. By default request ids, timestamps and durations
// are recognised (VolatileText) and reported as not counted.
struct JsonDiffOptions
{
    // Path patterns whose differences do not count: "$.headers.Date",
    // "body.requestTime" ("$." is implied), "*" within one name, "[*]" any
    // index, "**" any run of names; a pattern also covers what is under it.
    QStringList ignore;
    bool recogniseVolatile = true;
};

// One pattern of JsonDiffOptions::ignore, compiled.
class JsonPathPattern final
{
public:
    explicit JsonPathPattern(const QString &pattern);
    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; } // why the text is not a pattern
    QString pattern() const { return m_pattern; }
    bool matches(const QString &path) const; // the path, or one under it

private:
    QString m_pattern;
    QString m_error;
    QRegularExpression m_regex;
};

// Every difference between left and right, depth first in the left's key
// order (then the right's new keys). Equal values give an empty list.
QList<JsonDifference> diffJson(const QJsonValue &left, const QJsonValue &right, const JsonDiffOptions &options = {});

// The differences of two payloads as bytes: parsed when both are JSON values,
// else compared as text (after the same volatile masking) at path "$".
QList<JsonDifference> diffPayloads(const QByteArray &left, const QByteArray &right,
                                   const JsonDiffOptions &options = {});

// "$.a.b" + key, with brackets for keys that are not plain names.
QString jsonChildPath(const QString &path, const QString &key);
QString jsonIndexPath(const QString &path, qsizetype index);

} // namespace Bullpen
