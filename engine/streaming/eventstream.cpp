// SPDX-License-Identifier: MIT
#include "engine/streaming/eventstream.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <array>

namespace Bullpen::EventStream {

namespace {

// Table-driven CRC-32: Qt offers only CRC-16 (qChecksum) and zlib's headers
// are not part of the development root, for twenty lines.
constexpr std::array<quint32, 256> makeTable()
{
    std::array<quint32, 256> table {};
    for (quint32 i = 0; i < 256; ++i) {
        quint32 c = i;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
    return table;
}

constexpr std::array<quint32, 256> CrcTable = makeTable();

void appendBigEndian32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

} // namespace

quint32 crc32(QByteArrayView data, quint32 crc)
{
    crc = ~crc;
    for (const char ch : data)
        crc = CrcTable[(crc ^ quint8(ch)) & 0xFF] ^ (crc >> 8);
    return ~crc;
}

QByteArray encodeMessage(const QList<Header> &headers, QByteArrayView payload)
{
    QByteArray headerBytes;
    for (const Header &header : headers) {
        Q_ASSERT(header.first.size() < 256 && header.second.size() < 65536);
        headerBytes.append(char(header.first.size())).append(header.first);
        headerBytes.append(char(7)); // string
        char length[2];
        qToBigEndian(quint16(header.second.size()), length);
        headerBytes.append(length, 2).append(header.second);
    }
    const quint32 total = quint32(12 + headerBytes.size() + payload.size() + 4);
    QByteArray message;
    message.reserve(qsizetype(total));
    appendBigEndian32(message, total);
    appendBigEndian32(message, quint32(headerBytes.size()));
    appendBigEndian32(message, crc32(message));
    message.append(headerBytes).append(payload);
    appendBigEndian32(message, crc32(message));
    return message;
}

QByteArray payloadChunk(QByteArrayView bytes)
{
    static const QList<Header> headers {
        { QByteArrayLiteral(":event-type"), QByteArrayLiteral("PayloadChunk") },
        { QByteArrayLiteral(":content-type"), QByteArrayLiteral("application/octet-stream") },
        { QByteArrayLiteral(":message-type"), QByteArrayLiteral("event") },
    };
    return encodeMessage(headers, bytes);
}

QByteArray invokeComplete(const QString &errorCode, const QString &errorDetails, const QByteArray &logResult)
{
    static const QList<Header> headers {
        { QByteArrayLiteral(":event-type"), QByteArrayLiteral("InvokeComplete") },
        { QByteArrayLiteral(":content-type"), QByteArrayLiteral("application/json") },
        { QByteArrayLiteral(":message-type"), QByteArrayLiteral("event") },
    };
    QJsonObject body;
    if (!errorCode.isEmpty())
        body.insert(QStringLiteral("ErrorCode"), errorCode);
    if (!errorDetails.isEmpty())
        body.insert(QStringLiteral("ErrorDetails"), errorDetails);
    if (!logResult.isEmpty())
        body.insert(QStringLiteral("LogResult"), QString::fromLatin1(logResult));
    return encodeMessage(headers, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

} // namespace Bullpen::EventStream
