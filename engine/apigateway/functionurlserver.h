// SPDX-License-Identifier: MIT
#pragma once

#include "engine/apigateway/gatewayserver.h"

#include <functional>

class QHttpServerRequest;

namespace Bullpen {

// A Lambda function URL (FunctionUrlConfig) on a port of its own: every path
// and method reaches the function with the payload 2.0 event (routeKey
// $default), its answer is mapped as an HTTP API maps a 2.0 response, CORS as
// its Cors says. Request bodies over Lambda's 6 MB are refused before they are
// buffered. The function's own timeout bounds a call (no gateway timeout).
//
// Two hooks for other parts of issue 11:
// - AuthType AWS_IAM: the SigV4 verifier (engine/sigv4) is set with
//   setAuthorizer(); until one is, every request is refused with 403, as an
//   unsigned request would be.
// - InvokeMode RESPONSE_STREAM: a streaming invoker is set with
//   setStreamingHandler(); until one is, the function runs buffered and its
//   whole answer goes out at once (the record's note says so).
class FunctionUrlServer final : public GatewayServer
{
    Q_OBJECT
public:
    FunctionUrlServer(Invoker *invoker, const FunctionConfig &function, const FunctionUrlDefinition &url,
                      QObject *parent = nullptr);

    const FunctionConfig &function() const { return m_function; }
    const FunctionUrlDefinition &definition() const { return m_url; }
    // The URL id in requestContext.apiId and domainName, stable per function name.
    QString urlId() const { return m_urlId; }

    // Checks a request of an AWS_IAM function URL: nullopt lets it through,
    // otherwise the answer to send (e.g. 403 with AWS's error body).
    using Authorizer = std::function<std::optional<GatewayResponse>(const GatewayRequest &request)>;
    void setAuthorizer(Authorizer authorizer) { m_authorizer = std::move(authorizer); }

    // Takes over a RESPONSE_STREAM request: the function, its 2.0 event, the
    // responder to stream into and a callback for when it is done (status for the record).
    using StreamingHandler
        = std::function<void(const FunctionConfig &function, const QByteArray &event, QHttpServerResponder &&responder,
                             std::function<void(int status)> done)>;
    void setStreamingHandler(StreamingHandler handler) { m_streaming = std::move(handler); }
    bool isStreaming() const { return m_url.invokeMode == u"RESPONSE_STREAM"; }

protected:
    void handle(Exchange &exchange) override;

private:
    FunctionConfig m_function;
    FunctionUrlDefinition m_url;
    QString m_urlId;
    Authorizer m_authorizer;
    StreamingHandler m_streaming;
};

} // namespace Bullpen
