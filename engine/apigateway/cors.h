// SPDX-License-Identifier: MIT
#pragma once

#include "engine/apigateway/apievents.h"

#include <optional>

namespace Bullpen::Cors {

// A browser's preflight: OPTIONS with Origin and Access-Control-Request-Method.
bool isPreflight(const GatewayRequest &request);

// HTTP APIs and function URLs answer every preflight themselves when CORS is
// configured: 204, with the CORS headers when the origin is allowed (none when
// it is not, so the browser refuses).
GatewayResponse httpPreflight(const GatewayRequest &request, const CorsConfig &cors);
// The CORS headers an HTTP API or function URL adds to an answer for an allowed
// origin (allow-origin, expose-headers, allow-credentials).
void addResponseHeaders(const GatewayRequest &request, const CorsConfig &cors, GatewayResponse &response);

// The OPTIONS method SAM adds to each resource of a REST API with Cors: a mock
// integration answering 200 with the configured headers; Allow-Methods defaults
// to the resource's methods.
GatewayResponse restPreflight(const CorsConfig &cors, const QStringList &resourceMethods);

} // namespace Bullpen::Cors
