// SPDX-License-Identifier: MIT
#include "engine/streaming/functionurlstreamwriter.h"

#include "engine/invocation/invocation.h"
#include "engine/invoke/invoker.h"

#include <QHttpHeaders>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

namespace Bullpen {

Q_LOGGING_CATEGORY(lcUrlStream, "bullpen.streaming.url")

namespace {

constexpr QByteArrayView PreludeDelimiter("\0\0\0\0\0\0\0\0", 8);

} // namespace

const QByteArray &FunctionUrlStreamWriter::httpIntegrationType()
{
    static const QByteArray type = QByteArrayLiteral("application/vnd.awslambda.http-integration-response");
    return type;
}

FunctionUrlStreamWriter::FunctionUrlStreamWriter(QHttpServerResponder &&responder, Invocation *invocation,
                                                 QObject *parent)
    : QObject(parent)
    , m_responder(std::move(responder))
    , m_invocation(invocation)
{
    connect(invocation, &Invocation::responseStreamStarted, this, &FunctionUrlStreamWriter::onStarted);
    connect(invocation, &Invocation::responseChunk, this, &FunctionUrlStreamWriter::onChunk);
    connect(invocation, &Invocation::finished, this, &FunctionUrlStreamWriter::onFinished);
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

FunctionUrlStreamWriter::~FunctionUrlStreamWriter() = default;

void FunctionUrlStreamWriter::onStarted(const QByteArray &contentType)
{
    m_contentType = contentType;
    m_withPrelude = contentType.startsWith(httpIntegrationType());
}

void FunctionUrlStreamWriter::onChunk(const QByteArray &chunk)
{
    if (!m_responder || m_failed || chunk.isEmpty())
        return;
    if (m_begun)
        return writeBody(chunk);
    if (!m_withPrelude) {
        beginBody({});
        return writeBody(chunk);
    }
    m_pending.append(chunk);
    const qsizetype end = m_pending.indexOf(PreludeDelimiter);
    if (end < 0) {
        if (m_pending.size() > MaxPreludeBytes) {
            qCWarning(lcUrlStream) << "no end of the response prelude in its first" << MaxPreludeBytes << "bytes";
            m_failed = true;
            writeBadGateway();
        }
        return;
    }
    const QByteArray prelude = m_pending.first(end);
    const QByteArray rest = m_pending.sliced(end + PreludeDelimiter.size());
    m_pending.clear();
    beginBody(prelude);
    if (m_begun && !rest.isEmpty())
        writeBody(rest);
}

void FunctionUrlStreamWriter::beginBody(const QByteArray &prelude)
{
    QHttpHeaders headers;
    int status = 200;
    if (m_withPrelude) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(prelude, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            qCWarning(lcUrlStream) << "the response prelude is not a JSON object:" << error.errorString();
            m_failed = true;
            writeBadGateway();
            return;
        }
        const QJsonObject object = document.object();
        status = object.value(QStringLiteral("statusCode")).toInt(200);
        const QJsonObject fields = object.value(QStringLiteral("headers")).toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            const QJsonValue value = it.value();
            headers.append(it.key().toLatin1(),
                           value.isString() ? value.toString().toUtf8() : QByteArray::number(value.toDouble()));
        }
        for (const QJsonValue cookie : object.value(QStringLiteral("cookies")).toArray())
            headers.append(QHttpHeaders::WellKnownHeader::SetCookie, cookie.toString().toUtf8());
        // Lambda's default when the function names no type.
        if (!headers.contains(QHttpHeaders::WellKnownHeader::ContentType))
            headers.append(QHttpHeaders::WellKnownHeader::ContentType, "application/octet-stream");
    } else {
        headers.append(QHttpHeaders::WellKnownHeader::ContentType,
                       m_contentType.isEmpty() ? QByteArrayLiteral("application/octet-stream") : m_contentType);
    }
    if (m_invocation)
        headers.append("x-amzn-RequestId", m_invocation->requestId());
    m_begun = true;
    m_status = status;
    m_responder->writeBeginChunked(headers, QHttpServerResponder::StatusCode(status));
}

void FunctionUrlStreamWriter::writeBody(const QByteArray &bytes)
{
    if (!bytes.isEmpty()) // an empty chunk would end the body
        m_responder->writeChunk(bytes);
}

void FunctionUrlStreamWriter::writeBadGateway()
{
    if (!m_responder || m_begun)
        return;
    QHttpHeaders headers;
    headers.append(QHttpHeaders::WellKnownHeader::ContentType, "application/json");
    if (m_invocation)
        headers.append("x-amzn-RequestId", m_invocation->requestId());
    m_responder->write(QByteArrayLiteral("{\"message\":\"Internal Server Error\"}"), headers,
                       QHttpServerResponder::StatusCode::BadGateway);
    m_begun = true;
    m_status = 502;
    complete();
}

void FunctionUrlStreamWriter::onFinished(const InvocationResult &result)
{
    if (!m_responder)
        return;
    if (!m_begun && result.succeeded() && result.streamed) {
        // Streamed less than a whole prelude: nothing at all is an empty 200;
        // bytes without the eight NULs are not a response a URL can give.
        if (m_withPrelude && !m_pending.isEmpty())
            return writeBadGateway();
        beginBody(m_withPrelude ? QByteArrayLiteral("{}") : QByteArray());
    }
    if (!m_responder)
        return;
    if (!m_begun) {
        if (!result.succeeded())
            return writeBadGateway();
        // A function that does not stream: its payload is the body.
        QHttpHeaders headers;
        headers.append(QHttpHeaders::WellKnownHeader::ContentType,
                       result.contentType.isEmpty() ? QByteArrayLiteral("application/json") : result.contentType);
        headers.append("x-amzn-RequestId", result.requestId);
        m_responder->write(result.payload, headers, QHttpServerResponder::StatusCode::Ok);
        m_status = 200;
        return complete();
    }
    if (result.succeeded()) {
        m_responder->writeEndChunked({});
    } else {
        QHttpHeaders trailers;
        trailers.append("X-Amz-Function-Error", "Unhandled");
        trailers.append("Lambda-Runtime-Function-Error-Type",
                        result.errorType.isEmpty() ? QByteArrayLiteral("Unhandled") : result.errorType.toUtf8());
        m_responder->writeEndChunked({}, trailers);
    }
    complete();
}

void FunctionUrlStreamWriter::complete()
{
    m_responder.reset();
    Q_EMIT done();
    deleteLater();
}

FunctionUrlStreamingHandler functionUrlStreamingHandler(Invoker *invoker)
{
    QPointer<Invoker> engine(invoker);
    return [engine](const FunctionConfig &function, const QByteArray &event, QHttpServerResponder &&responder,
                    std::function<void(int)> done) {
        if (!engine) {
            QHttpServerResponder gone = std::move(responder);
            gone.write(QByteArrayLiteral("{\"message\":\"Service Unavailable\"}"),
                       QByteArrayLiteral("application/json"), QHttpServerResponder::StatusCode::ServiceUnavailable);
            if (done)
                done(503);
            return;
        }
        InvokeOptions options;
        options.responseStream = true;
        options.source = InvocationSource::Api;
        // SAM attaches the URL of a function with AutoPublishAlias to the alias, as the buffered one is.
        options.qualifier = function.autoPublishAlias;
        Invocation *invocation = engine->invoke(function, event, options);
        auto *writer = new FunctionUrlStreamWriter(std::move(responder), invocation, engine);
        if (done) {
            QObject::connect(writer, &FunctionUrlStreamWriter::done, writer,
                             [writer, done = std::move(done)] { done(writer->status()); });
        }
    };
}

} // namespace Bullpen
