// SPDX-License-Identifier: MIT
#include "engine/aws/sigv4http.h"

#include <QHttpHeaders>
#include <QHttpServerRequest>
#include <QUrl>

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
    return sigV4Request(methodName(request.method()), request.url(), request.headers(), request.body());
}

SigV4Request sigV4Request(const QByteArray &method, const QUrl &url, const QHttpHeaders &headers,
                          const QByteArray &body)
{
    SigV4Request out;
    out.method = method;
    out.path = url.path(QUrl::FullyEncoded).toUtf8();
    if (out.path.isEmpty())
        out.path = "/";
    out.query = url.query(QUrl::FullyEncoded).toUtf8();
    out.headers.reserve(headers.size());
    for (qsizetype i = 0; i < headers.size(); ++i)
        out.headers.append(
            { QByteArray(headers.nameAt(i).data(), headers.nameAt(i).size()), headers.valueAt(i).toByteArray() });
    out.body = body;
    return out;
}

} // namespace Bullpen
