// SPDX-License-Identifier: MIT
#pragma once

#include "engine/aws/sigv4.h"

class QHttpServerRequest;

namespace Bullpen {

// A request that arrived at one of Bullpen's QtHttpServer listeners, as SigV4
// sees it: the path and query as they were on the wire (percent-encoded as
// the client sent them, which is what it signed), every header, the body.
SigV4Request sigV4Request(const QHttpServerRequest &request);

} // namespace Bullpen
