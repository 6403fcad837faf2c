// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

namespace Bullpen {

// Decodes an HTTP/1.1 chunked body (RFC 9112 §7.1) as its bytes arrive, so
// that each chunk can be handed on the moment it is complete, and keeps the
// trailer fields that follow the last chunk (where a streaming runtime reports
// a mid-stream error). Incremental: feed() takes whatever the socket has and
// says how much of it belonged to the body, so bytes after the body's end stay
// with the caller. Bounded: a chunk-size line or the trailer section past its
// limit is a framing error, never a growing buffer.
class ChunkedDecoder
{
public:
    enum class State { Size, Data, DataEnd, Trailers, Done, Error };
    using Field = QPair<QByteArray, QByteArray>; // name as sent, value trimmed

    static constexpr qsizetype MaxLineBytes = 4096;
    static constexpr qsizetype MaxTrailerBytes = 16 * 1024;

    // Decodes from data; appends each chunk's bytes (a chunk that arrives in
    // pieces comes out in the same pieces) to *chunks and returns how many bytes
    // of data were consumed: all of them, or fewer when the body ended (Done) or
    // was malformed (Error).
    qsizetype feed(QByteArrayView data, QList<QByteArray> *chunks);

    State state() const { return m_state; }
    bool isDone() const { return m_state == State::Done; }
    bool hasError() const { return m_state == State::Error; }
    QString errorString() const { return m_error; }
    const QList<Field> &trailers() const { return m_trailers; }
    // The value of a trailer field (names compared case-insensitively); empty if absent.
    QByteArray trailer(QByteArrayView name) const;
    qint64 bodyBytes() const { return m_bodyBytes; }

private:
    qsizetype fail(const QString &message);

    State m_state = State::Size;
    QByteArray m_line; // a size or trailer line not complete yet
    qint64 m_chunkLeft = 0;
    qint64 m_bodyBytes = 0;
    qsizetype m_trailerBytes = 0;
    QList<Field> m_trailers;
    QString m_error;
};

} // namespace Bullpen
