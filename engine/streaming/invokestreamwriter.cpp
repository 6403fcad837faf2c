// SPDX-License-Identifier: MIT
#include "engine/streaming/invokestreamwriter.h"

#include "engine/invocation/invocation.h"
#include "engine/streaming/eventstream.h"

#include <QHttpHeaders>
#include <QJsonDocument>
#include <QJsonObject>

namespace Bullpen {

InvokeStreamWriter::InvokeStreamWriter(QHttpServerResponder &&responder, Invocation *invocation, Options options,
                                       QObject *parent)
    : QObject(parent)
    , m_responder(std::move(responder))
    , m_invocation(invocation)
    , m_options(std::move(options))
{
    connect(invocation, &Invocation::responseStreamStarted, this, &InvokeStreamWriter::begin);
    connect(invocation, &Invocation::responseChunk, this, &InvokeStreamWriter::onChunk);
    connect(invocation, &Invocation::finished, this, &InvokeStreamWriter::onFinished);
    // Gone without a result (its owner deleted it): the client must not hang.
    connect(invocation, &QObject::destroyed, this, [this] {
        if (m_responder) {
            InvocationResult gone;
            gone.outcome = InvocationOutcome::EngineError;
            gone.engineError = QStringLiteral("the invocation was deleted before its result");
            onFinished(gone);
        }
    });
    if (invocation->isFinished())
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_invocation)
                    onFinished(m_invocation->result());
            },
            Qt::QueuedConnection);
}

InvokeStreamWriter::~InvokeStreamWriter() = default;

void InvokeStreamWriter::begin()
{
    if (m_begun || !m_responder)
        return;
    m_begun = true;
    QHttpHeaders headers;
    headers.append(QHttpHeaders::WellKnownHeader::ContentType, "application/vnd.amazon.eventstream");
    headers.append("X-Amz-Executed-Version", m_options.executedVersion);
    if (m_invocation)
        headers.append("x-amzn-RequestId", m_invocation->requestId());
    m_responder->writeBeginChunked(headers);
}

void InvokeStreamWriter::onChunk(const QByteArray &chunk)
{
    if (!m_responder || chunk.isEmpty())
        return;
    begin();
    m_responder->writeChunk(EventStream::payloadChunk(chunk));
}

void InvokeStreamWriter::onFinished(const InvocationResult &result)
{
    if (!m_responder)
        return;
    if (!m_begun && !result.ran()) {
        if (m_options.errorAnswer)
            m_options.errorAnswer(*m_responder, result);
        else
            writeAwsError(*m_responder, result);
    } else {
        begin();
        // A function that did not stream answers in one chunk; a failed one
        // sends its error in InvokeComplete, not as payload.
        if (!result.streamed && result.succeeded() && !result.payload.isEmpty())
            m_responder->writeChunk(EventStream::payloadChunk(result.payload));
        QString errorDetails;
        if (!result.succeeded())
            errorDetails = result.errorMessage.isEmpty() ? QString::fromUtf8(result.payload) : result.errorMessage;
        m_responder->writeEndChunked(EventStream::invokeComplete(result.succeeded() ? QString() : result.errorType,
                                                                 errorDetails,
                                                                 m_options.tailLogs ? logTail(result) : QByteArray()));
    }
    m_responder.reset();
    Q_EMIT done();
    deleteLater();
}

QByteArray InvokeStreamWriter::logTail(const InvocationResult &result)
{
    QByteArray text = result.logs.join(QLatin1Char('\n')).toUtf8();
    if (!text.isEmpty())
        text.append('\n');
    return text.right(4096).toBase64();
}

void InvokeStreamWriter::writeAwsError(QHttpServerResponder &responder, const InvocationResult &result)
{
    using Status = QHttpServerResponder::StatusCode;
    QString code = result.errorType;
    Status status = Status::BadRequest;
    if (result.outcome == InvocationOutcome::EngineError || code.isEmpty()) {
        code = QStringLiteral("ServiceException");
        status = Status::InternalServerError;
    } else if (code == u"TooManyRequestsException") {
        status = Status::TooManyRequests;
    } else if (code.startsWith(u"RequestEntityTooLarge") || code.startsWith(u"RequestTooLarge")) {
        status = Status::PayloadTooLarge;
    } else if (code == u"InvalidRuntimeException") {
        status = Status::BadGateway; // Lambda's status for it
    }
    const QString message = result.engineError.isEmpty() ? result.errorMessage : result.engineError;
    const QJsonObject body { { QStringLiteral("Type"),
                               status == Status::InternalServerError ? QStringLiteral("Service")
                                                                     : QStringLiteral("User") },
                             { QStringLiteral("message"), message } };
    QHttpHeaders headers;
    headers.append(QHttpHeaders::WellKnownHeader::ContentType, "application/json");
    headers.append("x-amzn-ErrorType", code.toUtf8());
    headers.append("x-amzn-RequestId", result.requestId);
    responder.write(QJsonDocument(body).toJson(QJsonDocument::Compact), headers, status);
}

} // namespace Bullpen
