// SPDX-License-Identifier: MIT
#include "engine/core/jsondiff.h"

#include "engine/core/jsonvalue.h"
#include "engine/core/volatiletext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Bullpen {

namespace {

bool isPlainName(const QString &key)
{
    if (key.isEmpty() || !(key.front().isLetter() || key.front() == u'_'))
        return false;
    for (const QChar c : key)
        if (!(c.isLetterOrNumber() || c == u'_' || c == u'-'))
            return false;
    return true;
}

// A string that holds a JSON object or array (API Gateway's "body"), parsed;
// undefined for any other value (QJsonValue() is null, not undefined).
QJsonValue embeddedJson(const QJsonValue &value)
{
    const QJsonValue none(QJsonValue::Undefined);
    if (!value.isString())
        return none;
    const QString text = value.toString().trimmed();
    if (!(text.startsWith(u'{') || text.startsWith(u'[')))
        return none;
    const QJsonValue parsed = parseJsonValue(text.toUtf8());
    return parsed.isObject() || parsed.isArray() ? parsed : none;
}

class Differ
{
public:
    explicit Differ(const JsonDiffOptions &options)
        : m_volatile(options.recogniseVolatile)
    {
        for (const QString &p : options.ignore)
            m_ignore.append(JsonPathPattern(p));
    }

    QList<JsonDifference> out;

    void diff(const QJsonValue &l, const QJsonValue &r, const QString &path, const QString &key)
    {
        if (l.isObject() && r.isObject()) {
            const QJsonObject lo = l.toObject();
            const QJsonObject ro = r.toObject();
            for (auto it = lo.begin(); it != lo.end(); ++it) {
                const QString child = jsonChildPath(path, it.key());
                if (ro.contains(it.key()))
                    diff(it.value(), ro.value(it.key()), child, it.key());
                else
                    add(JsonDifference::Kind::OnlyLeft, child, it.value(), QJsonValue::Undefined, it.key());
            }
            for (auto it = ro.begin(); it != ro.end(); ++it)
                if (!lo.contains(it.key()))
                    add(JsonDifference::Kind::OnlyRight, jsonChildPath(path, it.key()), QJsonValue::Undefined,
                        it.value(), it.key());
            return;
        }
        if (l.isArray() && r.isArray()) {
            const QJsonArray la = l.toArray();
            const QJsonArray ra = r.toArray();
            const qsizetype common = std::min(la.size(), ra.size());
            for (qsizetype i = 0; i < common; ++i)
                diff(la.at(i), ra.at(i), jsonIndexPath(path, i), key);
            for (qsizetype i = common; i < la.size(); ++i)
                add(JsonDifference::Kind::OnlyLeft, jsonIndexPath(path, i), la.at(i), QJsonValue::Undefined, key);
            for (qsizetype i = common; i < ra.size(); ++i)
                add(JsonDifference::Kind::OnlyRight, jsonIndexPath(path, i), QJsonValue::Undefined, ra.at(i), key);
            return;
        }
        if (l == r)
            return;
        if (l.isString() && r.isString()) {
            const QJsonValue le = embeddedJson(l);
            const QJsonValue re = embeddedJson(r);
            if (!le.isUndefined() && !re.isUndefined()) {
                diff(le, re, path, key);
                return;
            }
        }
        add(l.type() == r.type() ? JsonDifference::Kind::Value : JsonDifference::Kind::Type, path, l, r, key);
    }

private:
    void add(JsonDifference::Kind kind, const QString &path, const QJsonValue &l, const QJsonValue &r,
             const QString &key)
    {
        JsonDifference d;
        d.kind = kind;
        d.path = path;
        d.left = l;
        d.right = r;
        for (const JsonPathPattern &p : m_ignore) {
            if (p.isValid() && p.matches(path)) {
                d.ignoredBecause = QStringLiteral("ignored: ") + p.pattern();
                break;
            }
        }
        if (d.ignoredBecause.isEmpty() && m_volatile && kind == JsonDifference::Kind::Value)
            d.ignoredBecause = VolatileText::describe(volatileKinds(l, r, key));
        out.append(d);
    }

    // What makes two values of the same type differ without meaning anything.
    static unsigned volatileKinds(const QJsonValue &l, const QJsonValue &r, const QString &key)
    {
        const VolatileText::Kind byKey = VolatileText::kindOfKey(key);
        if (l.isString()) {
            unsigned foundL = 0;
            unsigned foundR = 0;
            if (VolatileText::mask(l.toString(), VolatileText::All, &foundL)
                == VolatileText::mask(r.toString(), VolatileText::All, &foundR))
                return foundL | foundR;
            // A request id need not be a UUID; the key says what it is.
            return byKey == VolatileText::RequestId ? byKey : VolatileText::None;
        }
        // A number is a time or a duration when its key says so.
        if (l.isDouble() && byKey != VolatileText::None)
            return byKey;
        return VolatileText::None;
    }

    bool m_volatile;
    QList<JsonPathPattern> m_ignore;
};

} // namespace

QString JsonDifference::kindName(Kind kind)
{
    switch (kind) {
    case Kind::OnlyLeft:
        return QStringLiteral("only left");
    case Kind::OnlyRight:
        return QStringLiteral("only right");
    case Kind::Value:
        return QStringLiteral("value");
    case Kind::Type:
        return QStringLiteral("type");
    }
    return {};
}

QString JsonDifference::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("missing");
}

QString JsonDifference::show(const QJsonValue &value)
{
    if (value.isUndefined())
        return QStringLiteral("(missing)");
    QString text = QString::fromUtf8(serializeJsonValue(value));
    if (text.size() > 200)
        text = text.left(197) + QStringLiteral("...");
    return text;
}

JsonPathPattern::JsonPathPattern(const QString &pattern)
    : m_pattern(pattern.trimmed())
{
    QString p = m_pattern;
    if (p.isEmpty()) {
        m_error = QStringLiteral("an empty path");
        return;
    }
    // "body.x" and ".body.x" mean "$.body.x"; "[0]" means "$[0]".
    if (!p.startsWith(u'$'))
        p = (p.startsWith(u'.') || p.startsWith(u'[') ? QStringLiteral("$") : QStringLiteral("$.")) + p;
    QString rx = QStringLiteral("^");
    for (qsizetype i = 0; i < p.size(); ++i) {
        const QChar c = p.at(i);
        if (c == u'*' && i + 1 < p.size() && p.at(i + 1) == u'*') {
            rx += QStringLiteral(".*");
            ++i;
        } else if (c == u'*') {
            // One name or one index: no dot, no bracket.
            rx += QStringLiteral("[^.\\[\\]]*");
        } else {
            rx += QRegularExpression::escape(QString(c));
        }
    }
    if (p.count(u'[') != p.count(u']')) {
        m_error = QStringLiteral("unbalanced brackets in '%1'").arg(m_pattern);
        return;
    }
    rx += QStringLiteral("(?:[.\\[].*)?$");
    m_regex.setPattern(rx);
    if (!m_regex.isValid())
        m_error = QStringLiteral("'%1' is not a path pattern: %2").arg(m_pattern, m_regex.errorString());
}

bool JsonPathPattern::matches(const QString &path) const
{
    return isValid() && m_regex.match(path).hasMatch();
}

QString jsonChildPath(const QString &path, const QString &key)
{
    if (isPlainName(key))
        return path + u'.' + key;
    QString quoted = key;
    quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return path + QStringLiteral("[\"") + quoted + QStringLiteral("\"]");
}

QString jsonIndexPath(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

QList<JsonDifference> diffJson(const QJsonValue &left, const QJsonValue &right, const JsonDiffOptions &options)
{
    Differ differ(options);
    differ.diff(left, right, QStringLiteral("$"), QString());
    return differ.out;
}

QList<JsonDifference> diffPayloads(const QByteArray &left, const QByteArray &right, const JsonDiffOptions &options)
{
    const QJsonValue l = parseJsonValue(left);
    const QJsonValue r = parseJsonValue(right);
    if (!l.isUndefined() && !r.isUndefined())
        return diffJson(l, r, options);
    // Not JSON on one side at least: the texts as strings (a text against JSON
    // is a type difference: the caller gets something else to parse).
    const QJsonValue lv = l.isUndefined() ? QJsonValue(QString::fromUtf8(left)) : l;
    const QJsonValue rv = r.isUndefined() ? QJsonValue(QString::fromUtf8(right)) : r;
    if (l.isUndefined() != r.isUndefined()) {
        JsonDifference d;
        d.kind = JsonDifference::Kind::Type;
        d.path = QStringLiteral("$");
        d.left = lv;
        d.right = rv;
        return { d };
    }
    return diffJson(lv, rv, options);
}

} // namespace Bullpen
