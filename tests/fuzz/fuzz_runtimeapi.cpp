// SPDX-License-Identifier: MIT
// The Runtime API's request handling (engine/runtimeapi): any bytes as what a
// runtime sends on one connection, through the real path: a RuntimeApiServer
// on loopback with one invocation delivered, its ConnectionGuard (head
// sniffing, body limits, the streamed-response decoder), QtHttpServer's parser
// and the server's routing and state machine (/next, /response, /error,
// /init/error, the Extensions API).
#include "tests/fuzz/fuzzsupport.h"

#include "engine/runtimeapi/runtimeapiserver.h"

using namespace Bullpen;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    // A fresh server each time: what an input does must not depend on the one before.
    RuntimeApiServer server;
    if (!server.listen())
        qFatal("fuzz_runtimeapi: cannot listen: %s", qPrintable(server.errorString()));
    InvocationRequest request;
    request.requestId = "8476a536-e9f4-11e8-9739-2dfe598c3fcd";
    request.payload = R"({"key":"value"})";
    request.deadlineEpochMs = 1700000000000;
    request.functionArn = "arn:aws:lambda:us-east-1:123456789012:function:fuzz";
    request.traceId = "Root=1-5bef4de7-ad49b0e87f6ef6c87fc2e700;Parent=9a9197af755a6419;Sampled=1";
    server.deliver(request);
    Fuzz::exchange(server.port(), QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
