// SPDX-License-Identifier: MIT
#include "engine/aws/sigv4http.h"

#include <QHttpHeaders>
#include <QHttpServerRequest>

namespace Bullpen {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    using M = QHttpServerRequest::Method;
    switch (method) {
    case M::Get:
        return "GET";
    case M::Put:
        return "PUT";
    case M::Delete:
        return "DELETE";
    case M::Post:
        return "POST";
    case M::Head:
        return "HEAD";
    case M::Options:
        return "OPTIONS";
    case M::Patch:
        return "PATCH";
    case M::Connect:
        return "CONNECT";
    case M::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

} // namespace

SigV4Request sigV4Request(const QHttpServerRequest &request)
{
    SigV4Request out;
    out.method = methodName(request.method());
    const QUrl url = request.url();
    out.path = url.path(QUrl::FullyEncoded).toUtf8();
    if (out.path.isEmpty())
        out.path = "/";
    out.query = url.query(QUrl::FullyEncoded).toUtf8();
    const QHttpHeaders &headers = request.headers();
    out.headers.reserve(headers.size());
    for (qsizetype i = 0; i < headers.size(); ++i)
        out.headers.append(
            { QByteArray(headers.nameAt(i).data(), headers.nameAt(i).size()), headers.valueAt(i).toByteArray() });
    out.body = request.body();
    return out;
}

} // namespace Bullpen
