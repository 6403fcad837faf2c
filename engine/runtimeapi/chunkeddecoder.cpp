// SPDX-License-Identifier: MIT
#include "engine/runtimeapi/chunkeddecoder.h"

namespace Bullpen {

namespace {

// Takes one CRLF-terminated line from data into *line (without the CRLF); a
// bare LF ends a line too, as lenient parsers accept. Returns the bytes used
// and sets *complete when the line ended.
qsizetype takeLine(QByteArrayView data, QByteArray *line, bool *complete)
{
    const qsizetype eol = data.indexOf('\n');
    if (eol < 0) {
        line->append(data);
        *complete = false;
        return data.size();
    }
    line->append(data.first(eol));
    if (line->endsWith('\r'))
        line->chop(1);
    *complete = true;
    return eol + 1;
}

} // namespace

qsizetype ChunkedDecoder::fail(const QString &message)
{
    m_state = State::Error;
    m_error = message;
    return 0;
}

qsizetype ChunkedDecoder::feed(QByteArrayView data, QList<QByteArray> *chunks)
{
    qsizetype used = 0;
    while (used < data.size()) {
        const QByteArrayView rest = data.sliced(used);
        switch (m_state) {
        case State::Done:
        case State::Error:
            return used;
        case State::Size:
        case State::DataEnd:
        case State::Trailers: {
            bool complete = false;
            used += takeLine(rest, &m_line, &complete);
            if (m_line.size() > MaxLineBytes)
                return used
                    + fail(QStringLiteral("a chunk-size or trailer line is longer than %1 bytes").arg(MaxLineBytes));
            if (!complete)
                return used;
            const QByteArray line = std::exchange(m_line, {});
            if (m_state == State::DataEnd) {
                if (!line.isEmpty())
                    return used + fail(QStringLiteral("a chunk's data is longer than its size says"));
                m_state = State::Size;
            } else if (m_state == State::Size) {
                // chunk-size [; extensions]: extensions are allowed and ignored.
                QByteArrayView size = QByteArrayView(line);
                if (const qsizetype semicolon = size.indexOf(';'); semicolon >= 0)
                    size = size.first(semicolon);
                size = size.trimmed();
                bool ok = false;
                const qint64 n = size.isEmpty() || size.size() > 15 ? -1 : size.toLongLong(&ok, 16);
                if (!ok || n < 0)
                    return used
                        + fail(QStringLiteral("'%1' is not a chunk size").arg(QString::fromLatin1(line.left(40))));
                if (n == 0) {
                    m_state = State::Trailers;
                } else {
                    m_chunkLeft = n;
                    m_state = State::Data;
                }
            } else { // Trailers
                if (line.isEmpty()) {
                    m_state = State::Done;
                    return used;
                }
                m_trailerBytes += line.size() + 2;
                if (m_trailerBytes > MaxTrailerBytes)
                    return used
                        + fail(QStringLiteral("the trailer section is longer than %1 bytes").arg(MaxTrailerBytes));
                const qsizetype colon = line.indexOf(':');
                if (colon <= 0)
                    return used
                        + fail(QStringLiteral("'%1' is not a trailer field").arg(QString::fromLatin1(line.left(40))));
                m_trailers.append({ line.first(colon).trimmed(), line.sliced(colon + 1).trimmed() });
            }
            break;
        }
        case State::Data: {
            const qsizetype n = qsizetype(qMin<qint64>(m_chunkLeft, rest.size()));
            chunks->append(rest.first(n).toByteArray());
            m_chunkLeft -= n;
            m_bodyBytes += n;
            used += n;
            if (m_chunkLeft == 0)
                m_state = State::DataEnd;
            break;
        }
        }
    }
    return used;
}

QByteArray ChunkedDecoder::trailer(QByteArrayView name) const
{
    for (const Field &field : m_trailers) {
        if (QByteArrayView(field.first).compare(name, Qt::CaseInsensitive) == 0)
            return field.second;
    }
    return {};
}

} // namespace Bullpen
