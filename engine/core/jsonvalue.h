// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>
#include <QString>

namespace Bullpen {

// Where and why a text is not one JSON value. The description names the fault
// as a reader sees it ("unexpected character 'x'", "unexpected end of input"),
// which QJsonParseError often does not: for a stray token inside an object it
// says "unterminated object".
struct JsonValueError
{
    qsizetype offset = -1; // byte offset of the fault in the text; -1: no error
    int line = 0; // 1-based
    int column = 0; // 1-based, in characters
    QString description;

    bool isError() const { return offset >= 0; }
    // "unexpected character 'x' at line 3, column 7"
    QString message() const;
};

// Parses one JSON value of any kind (object, array, string, number, true,
// false, null), as Lambda accepts them as events and responses. QJsonDocument
// takes only objects and arrays; this is the one place that works around it.
// Returns an undefined QJsonValue (and fills *error, when given) when the text
// is not exactly one JSON value.
QJsonValue parseJsonValue(QByteArrayView text, JsonValueError *error = nullptr);

// The compact JSON text of one value of any kind, the inverse of
// parseJsonValue(); an undefined value gives an empty text.
QByteArray serializeJsonValue(const QJsonValue &value);

} // namespace Bullpen
