// SPDX-License-Identifier: MIT
// The Invoke API server's request parsing (engine/serve): any bytes as what an
// SDK sends on one connection, through the real path: an InvokeApiServer on
// loopback (its ConnectionGuard policy, QtHttpServer's parser, the routing,
// the Invoke headers and qualifiers, the client context) for a directory of
// two functions. No engine behind it: an invocation that gets that far is
// answered "the engine has stopped", as when the window closes under it.
// Every request also goes through `serve --credentials`' SigV4 check (the
// request as SigV4 sees it, then the verifier), whose verdict is ignored so
// that the routing behind it is reached too.
#include "tests/fuzz/fuzzsupport.h"

#include "engine/aws/sigv4authenticator.h"
#include "engine/serve/invokeapiserver.h"

using namespace Bullpen;

namespace {

FunctionDirectory directory()
{
    FunctionConfig hello;
    hello.logicalId = QStringLiteral("HelloFunction");
    hello.functionName = QStringLiteral("HelloFunction");
    hello.handler = QStringLiteral("app.lambda_handler");
    hello.runtime = QStringLiteral("python3.12");
    hello.autoPublishAlias = QStringLiteral("live");
    FunctionConfig stream = hello;
    stream.logicalId = QStringLiteral("StreamFunction");
    stream.functionName = QStringLiteral("stream-function");
    stream.runtime = QStringLiteral("nodejs20.x");
    stream.handler = QStringLiteral("index.handler");
    stream.autoPublishAlias.clear();
    return FunctionDirectory({ hello, stream });
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    InvokeApiServer server(nullptr, directory());
    static const InvokeApiServer::Authenticator sigV4 = [] {
        SigV4Verifier verifier;
        verifier.addCredentials(
            { QStringLiteral("AKIDEXAMPLE"), QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"), QString() });
        verifier.setService(QStringLiteral("lambda"));
        return SigV4Auth::authenticator(verifier);
    }();
    server.setAuthenticator([](const QHttpServerRequest &request) -> std::optional<ApiError> {
        (void)sigV4(request);
        return std::nullopt;
    });
    if (!server.listen())
        qFatal("fuzz_invokeapi: cannot listen: %s", qPrintable(server.errorString()));
    Fuzz::exchange(server.port(), QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
