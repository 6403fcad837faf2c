// SPDX-License-Identifier: MIT
#pragma once

#include "engine/invocation/invocationresult.h"

#include <QHttpServerResponder>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace Bullpen {

class Invocation;
class Invoker;
struct FunctionConfig;

// Answers one request to a function URL in RESPONSE_STREAM mode from an
// Invocation as it runs: chunked HTTP to the client, each chunk the moment
// the runtime writes it. A stream of type
// application/vnd.awslambda.http-integration-response (HttpResponseStream.from)
// starts with a JSON prelude (statusCode, headers, cookies) and eight NUL
// bytes: the prelude becomes the status line and headers, the rest the body.
// Any other stream is the body of a 200 of its content type. A function that
// does not stream answers with its payload as the body. Failures: before the
// first byte, 502 {"message":"Internal Server Error"} as function URLs answer;
// after it, the chunked body ends with trailers X-Amz-Function-Error: Unhandled
// and Lambda-Runtime-Function-Error-Type (Bullpen's way of telling a client
// that can read trailers; the body is what had been streamed). It owns the
// responder it is given and deletes itself once the answer is complete.
class FunctionUrlStreamWriter final : public QObject
{
    Q_OBJECT
public:
    FunctionUrlStreamWriter(QHttpServerResponder &&responder, Invocation *invocation, QObject *parent = nullptr);
    ~FunctionUrlStreamWriter() override;

    // The status sent to the client (0 until the answer has begun).
    int status() const { return m_status; }

    static constexpr qsizetype MaxPreludeBytes = 64 * 1024;
    static const QByteArray &httpIntegrationType();

Q_SIGNALS:
    void done();

private:
    void onStarted(const QByteArray &contentType);
    void onChunk(const QByteArray &chunk);
    void onFinished(const InvocationResult &result);
    void beginBody(const QByteArray &prelude);
    void writeBody(const QByteArray &bytes);
    void writeBadGateway();
    void complete();

    std::optional<QHttpServerResponder> m_responder;
    QPointer<Invocation> m_invocation;
    QByteArray m_contentType;
    QByteArray m_pending; // prelude bytes until the eight NULs
    bool m_withPrelude = false;
    bool m_begun = false;
    bool m_failed = false; // the prelude was unusable: the stream is refused
    int m_status = 0;
};

// What a function URL server in RESPONSE_STREAM mode hands a request to
// (FunctionUrlServer::setStreamingHandler in engine/apigateway): the function,
// its payload 2.0 event, the responder, and a callback told the status sent
// once the answer is complete.
using FunctionUrlStreamingHandler
    = std::function<void(const FunctionConfig &function, const QByteArray &event, QHttpServerResponder &&responder,
                         std::function<void(int)> done)>;
// Runs the function through the invoker as a streaming invocation and answers
// through a FunctionUrlStreamWriter.
FunctionUrlStreamingHandler functionUrlStreamingHandler(Invoker *invoker);

} // namespace Bullpen
