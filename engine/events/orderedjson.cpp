// SPDX-License-Identifier: MIT
#include "engine/events/orderedjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>

namespace Bullpen::OrderedJson {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// A scalar as Qt writes it: strings escaped, numbers in Qt's notation.
QByteArray scalar(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

void writeValue(const QJsonValue &value, const KeyOrder &order, bool compact, const QString &path, int level,
                QByteArray &out);

void writeObject(const QJsonObject &object, const KeyOrder &order, bool compact, const QString &path, int level,
                 QByteArray &out)
{
    QStringList keys = object.keys(); // Qt's order
    const QStringList known = order.value(path);
    std::ranges::stable_sort(keys, [&known](const QString &a, const QString &b) {
        const qsizetype ia = known.indexOf(a);
        const qsizetype ib = known.indexOf(b);
        return (ia < 0 ? known.size() : ia) < (ib < 0 ? known.size() : ib);
    });
    out += compact ? "{" : "{\n";
    const QByteArray indent(4 * (level + 1), ' ');
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (!compact)
            out += indent;
        out += scalar(keys.at(i));
        out += compact ? ":" : ": ";
        writeValue(object.value(keys.at(i)), order, compact, path.isEmpty() ? keys.at(i) : path + u'.' + keys.at(i),
                   level + 1, out);
        if (i + 1 < keys.size())
            out += ',';
        if (!compact)
            out += '\n';
    }
    if (!compact)
        out += QByteArray(4 * level, ' ');
    out += '}';
}

void writeValue(const QJsonValue &value, const KeyOrder &order, bool compact, const QString &path, int level,
                QByteArray &out)
{
    if (value.isObject()) {
        writeObject(value.toObject(), order, compact, path, level, out);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        out += compact ? "[" : "[\n";
        const QByteArray indent(4 * (level + 1), ' ');
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!compact)
                out += indent;
            writeValue(array.at(i), order, compact, path + QStringLiteral("[]"), level + 1, out);
            if (i + 1 < array.size())
                out += ',';
            if (!compact)
                out += '\n';
        }
        if (!compact)
            out += QByteArray(4 * level, ' ');
        out += ']';
    } else {
        out += scalar(value);
    }
}

} // namespace

QByteArray reindent(const QByteArray &json, bool *ok, int indent)
{
    QJsonParseError error;
    // Wrapped, so that a bare scalar is JSON too.
    const QJsonDocument doc = QJsonDocument::fromJson('[' + json + ']', &error);
    const bool valid = error.error == QJsonParseError::NoError && doc.array().size() == 1;
    if (ok)
        *ok = valid;
    if (!valid)
        return {};

    QByteArray out;
    out.reserve(json.size() * 2);
    int level = 0;
    auto newline = [&out, &level, indent] {
        out += '\n';
        out += QByteArray(indent * level, ' ');
    };
    const qsizetype size = json.size();
    for (qsizetype at = 0; at < size; ++at) {
        const char c = json.at(at);
        if (isSpace(c))
            continue;
        if (c == '"') {
            // A string, escapes and all, as written.
            const qsizetype start = at++;
            while (at < size && json.at(at) != '"') {
                if (json.at(at) == '\\')
                    ++at;
                ++at;
            }
            out += json.mid(start, at - start + 1);
            continue;
        }
        if (c == '{' || c == '[') {
            qsizetype next = at + 1;
            while (next < size && isSpace(json.at(next)))
                ++next;
            if (next < size && json.at(next) == (c == '{' ? '}' : ']')) {
                out += c;
                out += json.at(next);
                at = next;
                continue;
            }
            out += c;
            ++level;
            newline();
        } else if (c == '}' || c == ']') {
            --level;
            newline();
            out += c;
        } else if (c == ',') {
            out += c;
            newline();
        } else if (c == ':') {
            out += ": ";
        } else {
            out += c; // numbers, true, false, null
        }
    }
    out += '\n';
    return out;
}

void addKeys(KeyOrder &order, const QString &path, const QStringList &keys)
{
    QStringList &known = order[path];
    for (const QString &key : keys) {
        if (!known.contains(key))
            known.append(key);
    }
}

QByteArray write(const QJsonValue &value, const KeyOrder &order, bool compact, const QString &path)
{
    QByteArray out;
    writeValue(value, order, compact, path, 0, out);
    // QJsonDocument ends an indented document with a newline, and only then.
    if (!compact && (value.isObject() || value.isArray()))
        out += '\n';
    return out;
}

} // namespace Bullpen::OrderedJson
