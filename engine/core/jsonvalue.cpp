// SPDX-License-Identifier: MIT
#include "engine/core/jsonvalue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Bullpen {

namespace {

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The character at a byte offset as a reader would quote it (a whole UTF-8 sequence).
QString characterAt(QByteArrayView text, qsizetype offset)
{
    qsizetype end = offset + 1;
    while (end < text.size() && (quint8(text[end]) & 0xC0) == 0x80)
        ++end;
    const QString c = QString::fromUtf8(text.sliced(offset, end - offset));
    if (c == u"\t")
        return QStringLiteral("a tab");
    return u'\'' + c + u'\'';
}

QString expectation(QJsonParseError::ParseError error)
{
    switch (error) {
    case QJsonParseError::MissingNameSeparator:
        return QStringLiteral("expected ':' after a member name");
    case QJsonParseError::UnterminatedObject:
        return QStringLiteral("expected ',' or '}' after a member, or a member name in double quotes");
    case QJsonParseError::UnterminatedArray:
    case QJsonParseError::MissingValueSeparator:
        return QStringLiteral("expected ',' or ']' after an element");
    case QJsonParseError::IllegalValue:
    case QJsonParseError::MissingObject:
        return QStringLiteral("expected a value");
    case QJsonParseError::GarbageAtEnd:
        return QStringLiteral("expected nothing after the value");
    default:
        return {};
    }
}

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
    const qsizetype count = pe.error == QJsonParseError::NoError ? doc.array().size() : -1;
    if (count == 1)
        return doc.array().first();
    if (!error)
        return QJsonValue(QJsonValue::Undefined);

    // Where the fault is, in the caller's text: skip the whitespace before it,
    // since Qt reports the end of the last good token.
    qsizetype at = 0;
    QString description;
    if (count == 0) {
        at = text.size();
        description = QStringLiteral("no value (the text is empty)");
    } else if (count > 1) {
        // "1, 2": a second value where the text should have ended. Find the comma.
        qsizetype depth = 0;
        bool inString = false;
        for (at = 0; at < text.size(); ++at) {
            const char c = text[at];
            if (inString) {
                if (c == '\\')
                    ++at;
                else if (c == '"')
                    inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                --depth;
            } else if (c == ',' && depth == 0) {
                break;
            }
        }
        description = QStringLiteral("unexpected character ',' (expected nothing after the value)");
    } else {
        at = std::clamp<qsizetype>(pe.offset - 1, 0, text.size());
        // Qt's offset is at or just past the offending token: step back onto it
        // when it points past the end of the caller's text or at whitespace.
        if (at > 0 && at >= text.size())
            at = text.size();
        while (at < text.size() && isJsonSpace(text[at]))
            ++at;
        if (pe.error == QJsonParseError::UnterminatedString) {
            description = QStringLiteral("unterminated string");
        } else if (pe.error == QJsonParseError::IllegalEscapeSequence || pe.error == QJsonParseError::IllegalUTF8String
                   || pe.error == QJsonParseError::IllegalNumber || pe.error == QJsonParseError::DeepNesting
                   || pe.error == QJsonParseError::DocumentTooLarge) {
            description = pe.errorString();
        } else if (at >= text.size()) {
            description = QStringLiteral("unexpected end of input");
            const QString expected = expectation(pe.error);
            if (!expected.isEmpty())
                description += QStringLiteral(" (%1)").arg(expected);
        } else {
            description = QStringLiteral("unexpected character %1").arg(characterAt(text, at));
            const QString expected = expectation(pe.error);
            if (!expected.isEmpty())
                description += QStringLiteral(" (%1)").arg(expected);
        }
    }

    error->offset = at;
    error->line = 1;
    error->column = 1;
    for (qsizetype i = 0; i < at && i < text.size(); ++i) {
        const auto byte = quint8(text[i]);
        if (byte == '\n') {
            ++error->line;
            error->column = 1;
        } else if ((byte & 0xC0) != 0x80) {  // characters, not UTF-8 continuation bytes
            ++error->column;
        }
    }
    error->description = description;
    return QJsonValue(QJsonValue::Undefined);
}

} // namespace Bullpen
