// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace Bullpen {

// Where things are in a JSON text: the byte offset of every value by its path
// ("Records[0].s3.bucket.name"), and line/column from an offset. QJsonDocument
// forgets positions, but a validation message is only useful when it can say
// "line 12, column 7".
class JsonLocator final
{
public:
    struct Position
    {
        int line = 1; // 1-based
        int column = 1; // 1-based, in characters
    };

    // Scans text (assumed to be valid JSON) and records every value's offset.
    explicit JsonLocator(const QByteArray &text);

    bool contains(const QString &path) const { return m_offsets.contains(path); }
    // Offset of the value at path; for a missing path, the nearest existing parent's.
    qsizetype offsetOf(const QString &path) const;
    Position positionOf(const QString &path) const { return lineColumn(m_text, offsetOf(path)); }

    static Position lineColumn(const QByteArray &text, qsizetype offset);

    // Every object's keys in the order of the text, by the object's path.
    const QHash<QString, QStringList> &keyOrders() const { return m_keys; }

private:
    void value(const QString &path);
    void skipSpace();
    QString string();

    QByteArray m_text;
    qsizetype m_at = 0;
    QHash<QString, qsizetype> m_offsets;
    QHash<QString, QStringList> m_keys;
};

} // namespace Bullpen
