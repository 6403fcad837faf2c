// SPDX-License-Identifier: MIT
#include "engine/serve/apierror.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Bullpen {

QByteArray ApiError::body() const
{
    QJsonObject o { { u"Type"_s, isServiceFault() ? u"Service"_s : u"User"_s }, { u"message"_s, message } };
    if (!reason.isEmpty())
        o.insert(u"Reason"_s, reason);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

ApiError ApiError::notFound(const QString &arn)
{
    return { 404, "ResourceNotFoundException", u"Function not found: "_s + arn, {} };
}

ApiError ApiError::invalidParameter(const QString &message)
{
    return { 400, "InvalidParameterValueException", message, {} };
}

ApiError ApiError::invalidContent(const QString &message)
{
    return { 400, "InvalidRequestContentException", message, {} };
}

ApiError ApiError::tooLarge(qint64 limit, bool async)
{
    // Lambda's own words; the asynchronous limit is named by its operation.
    return { 413,
             "RequestTooLargeException",
             u"Request must be smaller than %1 bytes for the %2 operation"_s.arg(limit).arg(
                 async ? u"InvokeAsync"_s : u"InvokeFunction"_s),
             {} };
}

ApiError ApiError::throttled(const QString &reason)
{
    return { 429, "TooManyRequestsException", u"Rate Exceeded."_s, reason };
}

ApiError ApiError::service(const QString &message)
{
    return { 500, "ServiceException", message, {} };
}

} // namespace Bullpen
