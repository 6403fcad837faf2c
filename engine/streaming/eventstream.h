// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

namespace Bullpen::EventStream {

// AWS's event-stream framing (application/vnd.amazon.eventstream), as
// InvokeWithResponseStream answers in: each message is a prelude (total length,
// headers length, CRC-32 of those eight bytes), the headers, the payload and a
// CRC-32 of everything before it, all integers big-endian. Only string headers
// (value type 7) are written: Lambda's events need no other.

using Header = QPair<QByteArray, QByteArray>; // name, string value

// CRC-32 (IEEE 802.3, the polynomial zlib and the AWS SDKs use).
quint32 crc32(QByteArrayView data, quint32 crc = 0);

QByteArray encodeMessage(const QList<Header> &headers, QByteArrayView payload);

// One "PayloadChunk" event: the bytes as the function streamed them.
QByteArray payloadChunk(QByteArrayView bytes);
// The closing "InvokeComplete" event; empty fields are left out of its JSON.
QByteArray invokeComplete(const QString &errorCode, const QString &errorDetails, const QByteArray &logResult);

} // namespace Bullpen::EventStream
