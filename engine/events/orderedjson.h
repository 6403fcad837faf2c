// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace Bullpen {

// JSON written in the order its author chose. QJsonObject keeps its keys
// sorted, so a payload that went through it comes out alphabetised, which is
// not what a function wrote nor what a template shows. Two tools:
// - reindent() pretty-prints JSON text straight from its bytes, every key,
//   string and number exactly as written;
// - write() writes a QJsonValue in QJsonDocument's own formats, but with each
//   object's keys in a recorded order (KeyOrder, by object path), keys the
//   order does not know last in Qt's order.
namespace OrderedJson {

// Object path ("" for the root, "Records[].s3", array indexes as []) -> keys.
using KeyOrder = QHash<QString, QStringList>;

// Indented with indent spaces a level; empty objects and arrays stay "{}" and
// "[]". Returns an empty array and sets *ok to false when json is not JSON (a
// bare string, number, true, false or null is JSON too).
QByteArray reindent(const QByteArray &json, bool *ok = nullptr, int indent = 4);

// Adds the keys of path's object to order, after the ones it has.
void addKeys(KeyOrder &order, const QString &path, const QStringList &keys);

// As QJsonDocument::toJson would write value (Indented with a final newline,
// or Compact), keys in order.
QByteArray write(const QJsonValue &value, const KeyOrder &order, bool compact = false, const QString &path = {});

} // namespace OrderedJson

} // namespace Bullpen
