// SPDX-License-Identifier: MIT
#include "engine/core/jsonvalue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>
#include <cctype>

namespace Bullpen {

namespace {

// Finds the first fault in a text that Qt refused, as a reader would name it.
// Qt's parser reports where it gave up and a category ("unterminated object"
// for a stray token inside an object); this walks the grammar once more and
// stops at the offending character instead. Only run on failure, so it costs
// nothing on the usual path.
class FaultFinder
{
public:
    explicit FaultFinder(QByteArrayView text)
        : m_text(text)
    { }

    // False with at() and description() set when the text is not one JSON value.
    bool check()
    {
        skipSpace();
        if (m_at >= m_text.size())
            return fail(QStringLiteral("no value (the text is empty)"));
        if (!value(0))
            return false;
        skipSpace();
        if (m_at < m_text.size())
            return unexpected(QStringLiteral("expected nothing after the value"));
        return true;
    }

    qsizetype at() const { return m_at; }
    const QString &description() const { return m_description; }

private:
    static constexpr int MaxDepth = 1024; // Qt refuses deeper documents too

    bool fail(const QString &description)
    {
        m_description = description;
        return false;
    }

    bool unexpected(const QString &expected)
    {
        if (m_at >= m_text.size())
            return fail(QStringLiteral("unexpected end of input (%1)").arg(expected));
        // The whole character, not one byte of its UTF-8 sequence.
        qsizetype end = m_at + 1;
        while (end < m_text.size() && (quint8(m_text[end]) & 0xC0) == 0x80)
            ++end;
        const QString c = QString::fromUtf8(m_text.sliced(m_at, end - m_at));
        return fail(QStringLiteral("unexpected character '%1' (%2)").arg(c, expected));
    }

    void skipSpace()
    {
        while (m_at < m_text.size()
               && (m_text[m_at] == ' ' || m_text[m_at] == '\t' || m_text[m_at] == '\n' || m_text[m_at] == '\r'))
            ++m_at;
    }

    bool peekIs(char c) const { return m_at < m_text.size() && m_text[m_at] == c; }

    bool value(int depth)
    {
        if (depth > MaxDepth)
            return fail(QStringLiteral("too deeply nested"));
        if (m_at >= m_text.size())
            return unexpected(QStringLiteral("expected a value"));
        switch (m_text[m_at]) {
        case '{':
            return object(depth);
        case '[':
            return array(depth);
        case '"':
            return string();
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            if (m_text[m_at] == '-' || (m_text[m_at] >= '0' && m_text[m_at] <= '9'))
                return number();
            return unexpected(QStringLiteral("expected a value"));
        }
    }

    bool object(int depth)
    {
        ++m_at; // {
        skipSpace();
        if (peekIs('}')) {
            ++m_at;
            return true;
        }
        for (;;) {
            skipSpace();
            if (!peekIs('"'))
                return unexpected(QStringLiteral("expected a member name in double quotes"));
            if (!string())
                return false;
            skipSpace();
            if (!peekIs(':'))
                return unexpected(QStringLiteral("expected ':' after the member name"));
            ++m_at;
            skipSpace();
            if (!value(depth + 1))
                return false;
            skipSpace();
            if (peekIs('}')) {
                ++m_at;
                return true;
            }
            if (!peekIs(','))
                return unexpected(QStringLiteral("expected ',' or '}'"));
            ++m_at;
        }
    }

    bool array(int depth)
    {
        ++m_at; // [
        skipSpace();
        if (peekIs(']')) {
            ++m_at;
            return true;
        }
        for (;;) {
            skipSpace();
            if (!value(depth + 1))
                return false;
            skipSpace();
            if (peekIs(']')) {
                ++m_at;
                return true;
            }
            if (!peekIs(','))
                return unexpected(QStringLiteral("expected ',' or ']'"));
            ++m_at;
        }
    }

    bool string()
    {
        ++m_at; // "
        while (m_at < m_text.size()) {
            const char c = m_text[m_at];
            if (c == '"') {
                ++m_at;
                return true;
            }
            if (quint8(c) < 0x20)
                return fail(QStringLiteral("control character in a string (write it as an escape such as \\n)"));
            if (c == '\\') {
                ++m_at;
                if (m_at >= m_text.size())
                    break;
                const char e = m_text[m_at];
                if (e == 'u') {
                    for (int i = 1; i <= 4; ++i) {
                        if (m_at + i >= m_text.size() || !std::isxdigit(quint8(m_text[m_at + i]))) {
                            --m_at;
                            return fail(QStringLiteral("illegal escape sequence (\\u takes four hex digits)"));
                        }
                    }
                    m_at += 4;
                } else if (!QByteArrayView("\"\\/bfnrt").contains(e)) {
                    --m_at;
                    return fail(QStringLiteral("illegal escape sequence"));
                }
            }
            ++m_at;
        }
        // Where the text ran out, as the reader scans for the missing quote.
        return fail(QStringLiteral("unterminated string (a closing double quote is missing)"));
    }

    bool number()
    {
        const qsizetype start = m_at;
        auto digits = [this] {
            const qsizetype from = m_at;
            while (m_at < m_text.size() && m_text[m_at] >= '0' && m_text[m_at] <= '9')
                ++m_at;
            return m_at > from;
        };
        if (peekIs('-'))
            ++m_at;
        if (!digits()) {
            m_at = start;
            return fail(QStringLiteral("illegal number"));
        }
        if (peekIs('.')) {
            ++m_at;
            if (!digits()) {
                m_at = start;
                return fail(QStringLiteral("illegal number"));
            }
        }
        if (peekIs('e') || peekIs('E')) {
            ++m_at;
            if (peekIs('+') || peekIs('-'))
                ++m_at;
            if (!digits()) {
                m_at = start;
                return fail(QStringLiteral("illegal number"));
            }
        }
        return true;
    }

    bool literal(QByteArrayView word)
    {
        if (m_text.sliced(m_at).startsWith(word)) {
            m_at += word.size();
            return true;
        }
        return unexpected(QStringLiteral("expected a value"));
    }

    QByteArrayView m_text;
    qsizetype m_at = 0;
    QString m_description;
};

} // namespace

QString JsonValueError::message() const
{
    return QStringLiteral("%1 at line %2, column %3").arg(description).arg(line).arg(column);
}

QJsonValue parseJsonValue(QByteArrayView text, JsonValueError *error)
{
    // Wrapped in an array, so that any value is a document; the newline keeps a
    // value that ends the text from running into the closing bracket.
    QByteArray wrapped;
    wrapped.reserve(text.size() + 3);
    wrapped.append('[').append(text).append("\n]");
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &pe);
    if (pe.error == QJsonParseError::NoError && doc.array().size() == 1)
        return doc.array().first();
    if (!error)
        return QJsonValue(QJsonValue::Undefined);

    FaultFinder finder(text);
    qsizetype at = 0;
    if (!finder.check()) {
        at = finder.at();
        error->description = finder.description();
    } else {
        // The grammar holds but Qt refused it (invalid UTF-8, say): Qt's word for it.
        at = std::clamp<qsizetype>(pe.offset - 1, 0, text.size());
        error->description = pe.errorString();
    }
    error->offset = at;
    error->line = 1;
    error->column = 1;
    for (qsizetype i = 0; i < at && i < text.size(); ++i) {
        const auto byte = quint8(text[i]);
        if (byte == '\n') {
            ++error->line;
            error->column = 1;
        } else if ((byte & 0xC0) != 0x80) { // characters, not UTF-8 continuation bytes
            ++error->column;
        }
    }
    return QJsonValue(QJsonValue::Undefined);
}

QByteArray serializeJsonValue(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    if (value.isUndefined())
        return {};
    // A scalar: written inside an array, whose brackets are then dropped.
    const QByteArray wrapped = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

} // namespace Bullpen
