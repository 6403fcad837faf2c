// SPDX-License-Identifier: MIT
#pragma once

#include "engine/aws/sigv4.h"

class QHttpHeaders;
class QHttpServerRequest;
class QUrl;

namespace Bullpen {

// A request that arrived at one of Bullpen's QtHttpServer listeners, as SigV4
// sees it: the path and query as they were on the wire (percent-encoded as
// the client sent them, which is what it signed), every header, the body.
SigV4Request sigV4Request(const QHttpServerRequest &request);
// The same from the parts QtHttpServer parsed (the method's name, the URL, the headers, the body).
SigV4Request sigV4Request(const QByteArray &method, const QUrl &url, const QHttpHeaders &headers,
                          const QByteArray &body);

} // namespace Bullpen
