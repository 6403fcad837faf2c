// SPDX-License-Identifier: MIT
#include "engine/events/eventgenerator.h"
#include "engine/core/jsonvalue.h"

#include "engine/events/eventtext.h"
#include "engine/events/orderedjson.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>
#include <QUuid>

#include <array>
#include <variant>

namespace Bullpen {

namespace {

// One {{source|filter:arg|...}} in a template string.
struct Placeholder
{
    QString source;
    QString sourceArg;
    QList<std::pair<QString, QString>> filters;
    qsizetype start = 0;
    qsizetype end = 0; // one past the closing braces
};

const QStringList &knownFilters()
{
    static const QStringList names {
        QStringLiteral("base64"),    QStringLiteral("base64if"),    QStringLiteral("md5"),
        QStringLiteral("sha256"),    QStringLiteral("url"),         QStringLiteral("lower"),
        QStringLiteral("upper"),     QStringLiteral("json"),        QStringLiteral("multivalue"),
        QStringLiteral("lowerkeys"), QStringLiteral("query"),       QStringLiteral("multiquery"),
        QStringLiteral("query2"),    QStringLiteral("nullifempty"), QStringLiteral("int"),
        QStringLiteral("bool"),      QStringLiteral("str"),         QStringLiteral("iso"),
        QStringLiteral("isoms"),     QStringLiteral("isomsoffset"), QStringLiteral("epoch"),
        QStringLiteral("epochms"),   QStringLiteral("epochfrac"),   QStringLiteral("clf"),
        QStringLiteral("rfc2822"),   QStringLiteral("date"),        QStringLiteral("length"),
        QStringLiteral("gzip"),      QStringLiteral("slash")
    };
    return names;
}

const QStringList &knownGenerators()
{
    static const QStringList names { QStringLiteral("$now"), QStringLiteral("$uuid"),   QStringLiteral("$hex"),
                                     QStringLiteral("$HEX"), QStringLiteral("$digits"), QStringLiteral("$index"),
                                     QStringLiteral("$n") };
    return names;
}

std::pair<QString, QString> splitArg(const QString &part)
{
    const qsizetype colon = part.indexOf(u':');
    if (colon < 0)
        return { part.trimmed(), QString() };
    return { part.left(colon).trimmed(), part.mid(colon + 1).trimmed() };
}

QList<Placeholder> parsePlaceholders(const QString &s, QString *error)
{
    QList<Placeholder> result;
    qsizetype from = 0;
    while (true) {
        const qsizetype open = s.indexOf(QLatin1StringView("{{"), from);
        if (open < 0)
            break;
        const qsizetype close = s.indexOf(QLatin1StringView("}}"), open + 2);
        if (close < 0) {
            if (error)
                *error = QStringLiteral("unclosed placeholder in \"%1\"").arg(s);
            break;
        }
        const QStringList parts = s.mid(open + 2, close - open - 2).split(u'|');
        Placeholder p;
        std::tie(p.source, p.sourceArg) = splitArg(parts.first());
        for (qsizetype i = 1; i < parts.size(); ++i)
            p.filters.append(splitArg(parts.at(i)));
        p.start = open;
        p.end = close + 2;
        result.append(p);
        from = close + 2;
    }
    return result;
}

using Value = std::variant<QByteArray, QJsonValue, QDateTime>;

QByteArray jsonText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().toUtf8();
    if (v.isNull() || v.isUndefined())
        return {};
    if (v.isBool())
        return v.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    if (v.isObject())
        return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    if (v.isArray())
        return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
    // Numbers: the serialiser knows how to print integers and fractions.
    const QByteArray wrapped = QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

QByteArray isoMs(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")).toLatin1();
}

QByteArray toBytes(const Value &v)
{
    if (const auto *b = std::get_if<QByteArray>(&v))
        return *b;
    if (const auto *j = std::get_if<QJsonValue>(&v))
        return jsonText(*j);
    return isoMs(std::get<QDateTime>(v));
}

QJsonValue toJson(const Value &v)
{
    if (const auto *b = std::get_if<QByteArray>(&v))
        return QString::fromUtf8(*b);
    if (const auto *j = std::get_if<QJsonValue>(&v))
        return *j;
    return QString::fromLatin1(isoMs(std::get<QDateTime>(v)));
}

quint32 crc32(const QByteArray &data)
{
    static const auto table = [] {
        std::array<quint32, 256> t {};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (const char ch : data)
        crc = table[(crc ^ quint8(ch)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

// RFC 1952 gzip (what CloudWatch Logs subscriptions deliver) around the raw
// deflate stream inside qCompress's zlib output; mtime 0 keeps it reproducible.
QByteArray gzip(const QByteArray &data)
{
    const QByteArray z = qCompress(data, 9); // 4-byte length, zlib header, deflate, adler32
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff", 10);
    out += z.mid(6, z.size() - 6 - 4);
    const quint32 crc = crc32(data);
    const quint32 size = quint32(data.size());
    for (int i = 0; i < 4; ++i)
        out += char((crc >> (8 * i)) & 0xFF);
    for (int i = 0; i < 4; ++i)
        out += char((size >> (8 * i)) & 0xFF);
    return out;
}

// S3 notifications URL-encode object keys the way HTML forms do: '/' kept,
// space as '+'.
QByteArray urlEncode(const QByteArray &s)
{
    return QUrl::toPercentEncoding(QString::fromUtf8(s), "/").replace("%20", "+");
}

QByteArray urlDecode(QByteArray s)
{
    return QByteArray::fromPercentEncoding(s.replace('+', ' '));
}

QJsonValue parseQuery(const QByteArray &q, const QString &mode)
{
    if (q.isEmpty())
        return QJsonValue::Null;
    QJsonObject obj;
    for (const QByteArray &pair : q.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QString key = QString::fromUtf8(urlDecode(eq < 0 ? pair : pair.left(eq)));
        const QString value = QString::fromUtf8(urlDecode(eq < 0 ? QByteArray() : pair.mid(eq + 1)));
        if (mode == u"multiquery") {
            QJsonArray list = obj.value(key).toArray();
            list.append(value);
            obj.insert(key, list);
        } else if (mode == u"query2" && obj.contains(key)) {
            obj.insert(key, QString(obj.value(key).toString() + u',' + value));
        } else {
            obj.insert(key, value); // REST API single-value maps keep the last value
        }
    }
    return obj;
}

struct Context
{
    const EventTemplate &tmpl;
    QMap<QString, QString> values;
    QDateTime now;
    QRandomGenerator rng;
    int index = 0;
    QString error;

    void fail(const QString &message)
    {
        if (error.isEmpty())
            error = message;
    }
};

Value sourceValue(const Placeholder &p, Context &c)
{
    if (p.source == u"$now")
        return c.now;
    if (p.source == u"$uuid") {
        std::array<quint32, 4> words {};
        c.rng.fillRange(words.data(), int(words.size()));
        QByteArray raw(reinterpret_cast<const char *>(words.data()), 16);
        raw[6] = char((raw[6] & 0x0F) | 0x40); // version 4
        raw[8] = char((raw[8] & 0x3F) | 0x80); // RFC 4122 variant
        return QUuid::fromRfc4122(raw).toByteArray(QUuid::WithoutBraces);
    }
    if (p.source == u"$hex" || p.source == u"$HEX" || p.source == u"$digits") {
        const int n = qBound(1, p.sourceArg.toInt(), 256);
        const char *alphabet = p.source == u"$hex" ? "0123456789abcdef"
            : p.source == u"$HEX"                  ? "0123456789ABCDEF"
                                                   : "0123456789";
        const int base = p.source == u"$digits" ? 10 : 16;
        QByteArray out;
        for (int i = 0; i < n; ++i)
            out += alphabet[c.rng.bounded(base)];
        return out;
    }
    if (p.source == u"$index")
        return QJsonValue(c.index);
    if (p.source == u"$n")
        return QJsonValue(c.index + 1);
    const EventParameter *param = c.tmpl.parameter(p.source);
    if (!param) {
        c.fail(QStringLiteral("unknown parameter '%1'").arg(p.source));
        return QByteArray();
    }
    const QString value = c.values.value(p.source, param->defaultValue);
    switch (param->type) {
    case EventParameter::Type::Integer:
        return QJsonValue(double(value.trimmed().toLongLong()));
    case EventParameter::Type::Boolean:
        return QJsonValue(value == u"true");
    case EventParameter::Type::Json:
        return parseJsonValue(value.toUtf8());
    default:
        return value.toUtf8();
    }
}

QDateTime asDate(const Value &v, Context &c)
{
    if (const auto *d = std::get_if<QDateTime>(&v))
        return d->toUTC();
    const QDateTime parsed = QDateTime::fromString(QString::fromUtf8(toBytes(v)), Qt::ISODateWithMs);
    if (!parsed.isValid())
        c.fail(QStringLiteral("'%1' is not a date").arg(QString::fromUtf8(toBytes(v))));
    return parsed.toUTC();
}

Value applyFilter(Value v, const QString &name, const QString &arg, Context &c)
{
    if (name == u"base64")
        return toBytes(v).toBase64();
    if (name == u"base64if")
        return c.values.value(arg, c.tmpl.parameter(arg) ? c.tmpl.parameter(arg)->defaultValue : QString()) == u"true"
            ? Value(toBytes(v).toBase64())
            : v;
    if (name == u"md5")
        return QCryptographicHash::hash(toBytes(v), QCryptographicHash::Md5).toHex();
    if (name == u"sha256")
        return QCryptographicHash::hash(toBytes(v), QCryptographicHash::Sha256).toHex();
    if (name == u"url")
        return urlEncode(toBytes(v));
    if (name == u"lower")
        return toBytes(v).toLower();
    if (name == u"slash") {
        const QByteArray b = toBytes(v);
        return b.startsWith('/') ? b : '/' + b;
    }
    if (name == u"upper")
        return toBytes(v).toUpper();
    if (name == u"str")
        return toBytes(v);
    if (name == u"length")
        return QJsonValue(double(toBytes(v).size()));
    if (name == u"gzip")
        return gzip(toBytes(v));
    if (name == u"int")
        return QJsonValue(double(toBytes(v).trimmed().toLongLong()));
    if (name == u"bool")
        return QJsonValue(toBytes(v).trimmed() == "true");
    if (name == u"nullifempty")
        return toBytes(v).isEmpty() ? Value(QJsonValue(QJsonValue::Null)) : v;
    if (name == u"query" || name == u"multiquery" || name == u"query2")
        return parseQuery(toBytes(v), name);
    if (name == u"json" || name == u"multivalue" || name == u"lowerkeys") {
        QJsonValue j;
        if (const auto *b = std::get_if<QByteArray>(&v)) {
            j = parseJsonValue(*b);
            if (j.isUndefined())
                c.fail(QStringLiteral("not JSON: %1").arg(QString::fromUtf8(*b)));
        } else {
            j = toJson(v);
        }
        if (name == u"json" || !j.isObject())
            return j;
        QJsonObject out;
        const QJsonObject in = j.toObject();
        for (auto it = in.begin(); it != in.end(); ++it) {
            if (name == u"multivalue")
                out.insert(it.key(), it.value().isArray() ? it.value() : QJsonValue(QJsonArray { it.value() }));
            else
                out.insert(it.key().toLower(), it.value());
        }
        return out;
    }
    const QDateTime t = asDate(v, c);
    if (name == u"iso")
        return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")).toLatin1();
    if (name == u"isoms")
        return isoMs(t);
    if (name == u"isomsoffset") // CodeCommit's form, the only one aws-lambda-go's CodeCommitEventTime parses
        return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz+0000")).toLatin1();
    if (name == u"epoch")
        return QJsonValue(double(t.toSecsSinceEpoch()));
    if (name == u"epochms")
        return QJsonValue(double(t.toMSecsSinceEpoch()));
    if (name == u"epochfrac")
        return QJsonValue(double(t.toMSecsSinceEpoch()) / 1000.0);
    if (name == u"clf")
        return QLocale::c().toString(t, QStringLiteral("dd/MMM/yyyy:HH:mm:ss +0000")).toLatin1();
    if (name == u"rfc2822")
        return QLocale::c().toString(t, QStringLiteral("ddd, d MMM yyyy HH:mm:ss +0000")).toLatin1();
    if (name == u"date")
        return t.toString(QStringLiteral("yyyy-MM-dd")).toLatin1();
    c.fail(QStringLiteral("unknown filter '%1'").arg(name));
    return v;
}

Value evaluate(const Placeholder &p, Context &c)
{
    Value v = sourceValue(p, c);
    for (const auto &[name, arg] : p.filters)
        v = applyFilter(v, name, arg, c);
    return v;
}

QJsonValue renderString(const QString &s, Context &c)
{
    QString error;
    const QList<Placeholder> list = parsePlaceholders(s, &error);
    if (!error.isEmpty())
        c.fail(error);
    if (list.isEmpty())
        return s;
    if (list.size() == 1 && list.first().start == 0 && list.first().end == s.size())
        return toJson(evaluate(list.first(), c));
    QString out;
    qsizetype at = 0;
    for (const Placeholder &p : list) {
        out += QStringView(s).mid(at, p.start - at);
        out += QString::fromUtf8(toBytes(evaluate(p, c)));
        at = p.end;
    }
    out += QStringView(s).mid(at);
    return out;
}

int repeatCount(const QJsonObject &repeat, Context &c)
{
    const QJsonValue spec = repeat.value(QLatin1StringView("$repeat"));
    if (spec.isDouble())
        return spec.toInt();
    const QString name = spec.toString();
    if (const EventParameter *p = c.tmpl.parameter(name))
        return int(c.values.value(name, p->defaultValue).toLongLong());
    c.fail(QStringLiteral("$repeat names unknown parameter '%1'").arg(name));
    return 0;
}

// path is the node's object path in the template's key order (see EventTemplate::keyOrder).
QJsonValue render(const QJsonValue &node, Context &c, const QString &path = {})
{
    if (node.isString())
        return renderString(node.toString(), c);
    if (node.isArray()) {
        QJsonArray out;
        for (const QJsonValue &element : node.toArray()) {
            const QJsonObject obj = element.toObject();
            if (element.isObject() && obj.contains(QLatin1StringView("$repeat"))) {
                const int saved = c.index;
                const int n = repeatCount(obj, c);
                for (c.index = 0; c.index < n; ++c.index)
                    out.append(render(obj.value(QLatin1StringView("$item")), c, path + QStringLiteral("[]")));
                c.index = saved;
            } else {
                out.append(render(element, c, path + QStringLiteral("[]")));
            }
        }
        return out;
    }
    if (node.isObject()) {
        const QJsonObject obj = node.toObject();
        if (obj.contains(QLatin1StringView("$render"))) {
            // Rendered to text in the template's order, as the generated event is.
            const QString inner = path.isEmpty() ? QStringLiteral("$render") : path + QStringLiteral(".$render");
            const QJsonValue rendered = render(obj.value(QLatin1StringView("$render")), c, inner);
            Value v = rendered.isObject() || rendered.isArray()
                ? Value(OrderedJson::write(rendered, c.tmpl.keyOrder, true, inner))
                : Value(jsonText(rendered));
            const QStringList filters
                = obj.value(QLatin1StringView("$filters")).toString().split(u'|', Qt::SkipEmptyParts);
            for (const QString &f : filters) {
                const auto [name, arg] = splitArg(f);
                v = applyFilter(v, name, arg, c);
            }
            return toJson(v);
        }
        QJsonObject out;
        for (auto it = obj.begin(); it != obj.end(); ++it)
            out.insert(it.key(), render(it.value(), c, path.isEmpty() ? it.key() : path + u'.' + it.key()));
        return out;
    }
    return node;
}

// Every placeholder with the path of the string it sits in.
struct Site
{
    QString path; // concrete, first element of repeats ("Records[0].body")
    QString patternPath; // indexes as [] ("Records[].body")
    QString text;
    QList<Placeholder> placeholders;
};

struct Walk
{
    QList<Site> sites;
    QList<std::pair<QString, QString>> counts; // parameter, array path (concrete)
    QList<std::pair<QString, QString>> countPatterns;
    QStringList problems;
};

void walk(const QJsonValue &node, const QString &path, const QString &pattern, Walk &w, bool inRender)
{
    auto join = [](const QString &base, const QString &key) { return base.isEmpty() ? key : base + u'.' + key; };
    if (node.isString()) {
        QString error;
        Site site { inRender ? QString() : path, pattern, node.toString(), parsePlaceholders(node.toString(), &error) };
        if (!error.isEmpty())
            w.problems << QStringLiteral("%1: %2").arg(pattern, error);
        if (!site.placeholders.isEmpty())
            w.sites << site;
    } else if (node.isArray()) {
        const QJsonArray array = node.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonObject obj = array.at(i).toObject();
            const QString elementPath = path + u'[' + QString::number(i) + u']';
            if (array.at(i).isObject() && obj.contains(QLatin1StringView("$repeat"))) {
                if (array.size() != 1)
                    w.problems << QStringLiteral("%1: $repeat must be the only element of its array").arg(pattern);
                if (obj.value(QLatin1StringView("$repeat")).isString()) {
                    w.counts.append(
                        { obj.value(QLatin1StringView("$repeat")).toString(), inRender ? QString() : path });
                    w.countPatterns.append({ obj.value(QLatin1StringView("$repeat")).toString(), pattern });
                }
                if (!obj.contains(QLatin1StringView("$item")))
                    w.problems << QStringLiteral("%1: $repeat without $item").arg(pattern);
                walk(obj.value(QLatin1StringView("$item")), elementPath, pattern + QStringLiteral("[]"), w, inRender);
            } else {
                walk(array.at(i), elementPath, pattern + QStringLiteral("[]"), w, inRender);
            }
        }
    } else if (node.isObject()) {
        const QJsonObject obj = node.toObject();
        if (obj.contains(QLatin1StringView("$render"))) {
            const QStringList filters
                = obj.value(QLatin1StringView("$filters")).toString().split(u'|', Qt::SkipEmptyParts);
            for (const QString &f : filters) {
                if (!knownFilters().contains(splitArg(f).first))
                    w.problems << QStringLiteral("%1: unknown filter '%2'").arg(pattern, f);
            }
            const qsizetype before = w.sites.size();
            const qsizetype countsBefore = w.countPatterns.size();
            walk(obj.value(QLatin1StringView("$render")), path, pattern, w, true);
            // Everything inside a $render lands in this one string field.
            for (qsizetype i = before; i < w.sites.size(); ++i)
                w.sites[i].patternPath = pattern;
            for (qsizetype i = countsBefore; i < w.countPatterns.size(); ++i)
                w.countPatterns[i].second = pattern;
            return;
        }
        for (auto it = obj.begin(); it != obj.end(); ++it)
            walk(it.value(), join(path, it.key()), join(pattern, it.key()), w, inRender);
    }
}

const QJsonValue *noValue()
{
    static const QJsonValue undefined(QJsonValue::Undefined);
    return &undefined;
}

// Resolves "a.b[0].c" in a parsed document.
QJsonValue valueAt(const QJsonValue &root, const QString &path)
{
    static const QRegularExpression token(QStringLiteral(R"(([^.\[\]]+)|\[(\d+)\])"));
    QJsonValue v = root;
    auto it = token.globalMatch(path);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.hasCaptured(2)) {
            if (!v.isArray())
                return *noValue();
            v = v.toArray().at(m.captured(2).toInt());
        } else {
            if (!v.isObject())
                return *noValue();
            v = v.toObject().value(m.captured(1));
        }
    }
    return v;
}

// Reads a parameter back through the filters of a whole-string placeholder.
std::optional<QString> invert(const Placeholder &p, const QJsonValue &field, const QMap<QString, QString> &known,
                              const EventTemplate &tmpl)
{
    if (field.isUndefined())
        return std::nullopt;
    QJsonValue v = field;
    for (qsizetype i = p.filters.size() - 1; i >= 0; --i) {
        const auto &[name, arg] = p.filters.at(i);
        if (name == u"base64" || name == u"base64if") {
            if (name == u"base64if") {
                const EventParameter *flag = tmpl.parameter(arg);
                if (known.value(arg, flag ? flag->defaultValue : QString()) != u"true")
                    continue;
            }
            const auto decoded
                = QByteArray::fromBase64Encoding(v.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (!v.isString() || !decoded)
                return std::nullopt;
            v = QString::fromUtf8(*decoded);
        } else if (name == u"url") {
            v = QString::fromUtf8(urlDecode(v.toString().toUtf8()));
        } else if (name == u"nullifempty") {
            if (v.isNull())
                v = QString();
        } else if (name == u"slash" || name == u"json" || name == u"str" || name == u"int" || name == u"bool") {
            // the textual form below is the inverse
        } else {
            return std::nullopt;
        }
    }
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    if (v.isNull() || v.isUndefined())
        return std::nullopt;
    return QString::fromUtf8(jsonText(v));
}

} // namespace

QJsonValue EventGenerator::generateValue(const EventTemplate &tmpl, const QMap<QString, QString> &values,
                                         const EventGeneratorOptions &options, QString *error)
{
    for (auto it = values.begin(); it != values.end(); ++it) {
        const EventParameter *p = tmpl.parameter(it.key());
        QString why;
        if (!p)
            why = EventText::tr("unknown parameter '%1' (valid: %2)")
                      .arg(it.key(), tmpl.parameterNames().join(QStringLiteral(", ")));
        else if (const QString bad = p->checkValue(it.value()); !bad.isEmpty())
            why = EventText::tr("parameter '%1': %2").arg(it.key(), bad);
        if (!why.isEmpty()) {
            if (error)
                *error = why;
            return QJsonValue::Undefined;
        }
    }
    Context c { tmpl,
                values,
                options.now.isValid() ? options.now.toUTC() : QDateTime::currentDateTimeUtc(),
                options.seed ? QRandomGenerator(quint32(options.seed ^ (options.seed >> 32)))
                             : QRandomGenerator(QRandomGenerator::global()->generate()),
                0,
                QString() };
    const QJsonValue result = render(tmpl.body, c);
    if (!c.error.isEmpty()) {
        if (error)
            *error = c.error;
        return QJsonValue::Undefined;
    }
    return result;
}

QByteArray EventGenerator::generate(const EventTemplate &tmpl, const QMap<QString, QString> &values,
                                    const EventGeneratorOptions &options, QString *error)
{
    const QJsonValue v = generateValue(tmpl, values, options, error);
    // In the template's key order, not QJsonObject's alphabetical one.
    if (v.isObject() || v.isArray())
        return OrderedJson::write(v, tmpl.keyOrder);
    if (v.isUndefined())
        return {};
    return jsonText(v) + '\n';
}

QStringList EventGenerator::check(const EventTemplate &tmpl)
{
    Walk w;
    walk(tmpl.body, QString(), QString(), w, false);
    QStringList problems = w.problems;
    for (const Site &site : std::as_const(w.sites)) {
        for (const Placeholder &p : site.placeholders) {
            if (p.source.startsWith(u'$')) {
                if (!knownGenerators().contains(p.source))
                    problems << QStringLiteral("%1: unknown generator '%2'").arg(site.patternPath, p.source);
            } else if (!tmpl.parameter(p.source)) {
                problems << QStringLiteral("%1: placeholder names undeclared parameter '%2'")
                                .arg(site.patternPath, p.source);
            }
            for (const auto &[name, arg] : p.filters) {
                if (!knownFilters().contains(name))
                    problems << QStringLiteral("%1: unknown filter '%2'").arg(site.patternPath, name);
                if (name == u"base64if"
                    && (!tmpl.parameter(arg) || tmpl.parameter(arg)->type != EventParameter::Type::Boolean))
                    problems << QStringLiteral("%1: base64if needs a boolean parameter, not '%2'")
                                    .arg(site.patternPath, arg);
            }
        }
    }
    for (const auto &[name, path] : std::as_const(w.countPatterns)) {
        const EventParameter *p = tmpl.parameter(name);
        if (!p || p->type != EventParameter::Type::Integer)
            problems << QStringLiteral("%1: $repeat needs an integer parameter, not '%2'").arg(path, name);
    }
    if (problems.isEmpty()) {
        QString error;
        generateValue(tmpl, {}, {}, &error);
        if (!error.isEmpty())
            problems << QStringLiteral("defaults do not generate: %1").arg(error);
    }
    return problems;
}

QMap<QString, QString> EventGenerator::recognise(const EventTemplate &tmpl, const QByteArray &payload)
{
    QMap<QString, QString> found;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &pe);
    if (pe.error != QJsonParseError::NoError)
        return found;
    const QJsonValue root = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    Walk w;
    walk(tmpl.body, QString(), QString(), w, false);

    auto accept = [&](const QString &name, const QString &value) {
        const EventParameter *p = tmpl.parameter(name);
        if (p && !found.contains(name) && p->checkValue(value).isEmpty())
            found.insert(name, value);
    };
    for (const auto &[name, path] : std::as_const(w.counts)) {
        const QJsonValue array = valueAt(root, path);
        if (!path.isEmpty() && array.isArray())
            accept(name, QString::number(array.toArray().size()));
    }
    // Whole-string fields first, flags before what depends on them (base64if).
    for (int pass = 0; pass < 2; ++pass) {
        for (const Site &site : std::as_const(w.sites)) {
            if (site.path.isEmpty() || site.placeholders.size() != 1 || site.placeholders.first().start != 0
                || site.placeholders.first().end != site.text.size())
                continue;
            const Placeholder &p = site.placeholders.first();
            const bool dependent
                = std::any_of(p.filters.begin(), p.filters.end(), [](const auto &f) { return f.first == u"base64if"; });
            if (p.source.startsWith(u'$') || found.contains(p.source) || dependent != (pass == 1))
                continue;
            if (const auto value = invert(p, valueAt(root, site.path), found, tmpl))
                accept(p.source, *value);
        }
    }
    // Then parameters embedded in longer strings ("arn:aws:s3:::{{bucket}}"):
    // parameters already known stand in literally, and a string is read only
    // when exactly one unknown parameter is left in it, so that nothing is
    // guessed from where one value ends and the next begins.
    for (bool progress = true; progress;) {
        progress = false;
        for (const Site &site : std::as_const(w.sites)) {
            if (site.path.isEmpty())
                continue;
            const QJsonValue field = valueAt(root, site.path);
            if (!field.isString())
                continue;
            // An unknown parameter reads up to the literal character that follows
            // it (the ':' of an ARN); one followed by another placeholder or
            // repeated is ambiguous, and the string is left alone.
            QString pattern = QStringLiteral("^");
            QStringList unknowns;
            QList<bool> urls;
            bool ambiguous = false;
            qsizetype at = 0;
            for (qsizetype i = 0; i < site.placeholders.size(); ++i) {
                const Placeholder &p = site.placeholders.at(i);
                pattern += QRegularExpression::escape(site.text.mid(at, p.start - at));
                at = p.end;
                const bool url = p.filters.size() == 1 && p.filters.first().first == u"url";
                const bool plain = !p.source.startsWith(u'$') && (p.filters.isEmpty() || url);
                if (plain && found.contains(p.source)) {
                    const QByteArray text = found.value(p.source).toUtf8();
                    pattern += QRegularExpression::escape(QString::fromUtf8(url ? urlEncode(text) : text));
                } else if (plain && tmpl.parameter(p.source)) {
                    const bool last = i + 1 == site.placeholders.size();
                    const qsizetype next = last ? site.text.size() : site.placeholders.at(i + 1).start;
                    if (unknowns.contains(p.source) || (!last && next == p.end))
                        ambiguous = true;
                    pattern += next > p.end
                        ? QStringLiteral("([^%1]*)").arg(QRegularExpression::escape(site.text.at(p.end)))
                        : QStringLiteral("(.*)");
                    unknowns << p.source;
                    urls << url;
                } else {
                    pattern += QStringLiteral("(?:.*?)");
                }
            }
            pattern += QRegularExpression::escape(site.text.mid(at)) + u'$';
            if (unknowns.isEmpty() || ambiguous)
                continue;
            const auto m
                = QRegularExpression(pattern, QRegularExpression::DotMatchesEverythingOption).match(field.toString());
            if (!m.hasMatch())
                continue;
            const qsizetype before = found.size();
            for (qsizetype i = 0; i < unknowns.size(); ++i) {
                const QString text = m.captured(int(i) + 1);
                accept(unknowns.at(i), urls.at(i) ? QString::fromUtf8(urlDecode(text.toUtf8())) : text);
            }
            progress = progress || found.size() != before;
        }
    }
    return found;
}

QMap<QString, QStringList> EventGenerator::parameterPaths(const EventTemplate &tmpl)
{
    Walk w;
    walk(tmpl.body, QString(), QString(), w, false);
    QMap<QString, QStringList> paths;
    auto add = [&](const QString &name, const QString &path) {
        if (!paths[name].contains(path))
            paths[name].append(path);
    };
    for (const Site &site : std::as_const(w.sites)) {
        for (const Placeholder &p : site.placeholders) {
            if (!p.source.startsWith(u'$'))
                add(p.source, site.patternPath);
            for (const auto &[name, arg] : p.filters) {
                if (name == u"base64if")
                    add(arg, site.patternPath);
            }
        }
    }
    for (const auto &[name, path] : std::as_const(w.countPatterns))
        add(name, path);
    return paths;
}

} // namespace Bullpen
