// SPDX-License-Identifier: MIT
#include "engine/events/jsonlocator.h"
#include "engine/core/jsonvalue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Bullpen {

JsonLocator::JsonLocator(const QByteArray &text)
    : m_text(text)
{
    skipSpace();
    value(QString());
}

void JsonLocator::skipSpace()
{
    while (m_at < m_text.size()
           && (m_text[m_at] == ' ' || m_text[m_at] == '\n' || m_text[m_at] == '\r' || m_text[m_at] == '\t'))
        ++m_at;
}

QString JsonLocator::string()
{
    const qsizetype start = m_at;
    ++m_at; // opening quote
    while (m_at < m_text.size() && m_text[m_at] != '"') {
        if (m_text[m_at] == '\\')
            ++m_at;
        ++m_at;
    }
    ++m_at; // closing quote
    // Let Qt decode the escapes of this one string.
    return parseJsonValue(QByteArrayView(m_text).sliced(start, qMin(m_at, m_text.size()) - start)).toString();
}

void JsonLocator::value(const QString &path)
{
    if (m_at >= m_text.size())
        return;
    m_offsets.insert(path, m_at);
    const char c = m_text[m_at];
    if (c == '{') {
        ++m_at;
        skipSpace();
        while (m_at < m_text.size() && m_text[m_at] != '}') {
            if (m_text[m_at] != '"')
                return; // not valid JSON: stop quietly, offsets so far stay
            const QString key = string();
            m_keys[path].append(key);
            skipSpace();
            ++m_at; // ':'
            skipSpace();
            value(path.isEmpty() ? key : path + u'.' + key);
            skipSpace();
            if (m_at < m_text.size() && m_text[m_at] == ',') {
                ++m_at;
                skipSpace();
            }
        }
        ++m_at;
    } else if (c == '[') {
        ++m_at;
        skipSpace();
        int index = 0;
        while (m_at < m_text.size() && m_text[m_at] != ']') {
            const qsizetype before = m_at;
            value(path + u'[' + QString::number(index++) + u']');
            skipSpace();
            if (m_at < m_text.size() && m_text[m_at] == ',') {
                ++m_at;
                skipSpace();
            }
            if (m_at == before)
                return;
        }
        ++m_at;
    } else if (c == '"') {
        string();
    } else {
        while (m_at < m_text.size() && !QByteArrayView(",]} \n\r\t").contains(m_text[m_at]))
            ++m_at;
    }
}

qsizetype JsonLocator::offsetOf(const QString &path) const
{
    QString p = path;
    while (!p.isEmpty()) {
        if (const auto it = m_offsets.constFind(p); it != m_offsets.cend())
            return *it;
        const qsizetype cut = std::max(p.lastIndexOf(u'.'), p.lastIndexOf(u'['));
        p = cut > 0 ? p.left(cut) : QString();
    }
    return m_offsets.value(QString(), 0);
}

JsonLocator::Position JsonLocator::lineColumn(const QByteArray &text, qsizetype offset)
{
    Position pos;
    const qsizetype end = std::min(offset, text.size());
    for (qsizetype i = 0; i < end; ++i) {
        const auto byte = quint8(text[i]);
        if (byte == '\n') {
            ++pos.line;
            pos.column = 1;
        } else if ((byte & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
            ++pos.column;
        }
    }
    return pos;
}

} // namespace Bullpen
