// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace Bullpen {

// An error of one of Lambda's APIs as AWS sends it (rest-json): an HTTP status,
// the exception's name in the x-amzn-ErrorType header, and a JSON body with
// "Type" (User or Service), "message" and, for throttles, "Reason". The SDKs
// read the exception's name from the header and its fields from the body, so
// both must be there for `aws` and boto3 to raise the right exception.
struct ApiError
{
    int status = 500;
    QByteArray type; // "ResourceNotFoundException", ...
    QString message;
    QString reason; // TooManyRequestsException's Reason; empty otherwise

    QByteArray body() const;
    bool isServiceFault() const { return status >= 500; }

    static ApiError notFound(const QString &arn);
    static ApiError invalidParameter(const QString &message);
    static ApiError invalidContent(const QString &message);
    static ApiError tooLarge(qint64 limit, bool async);
    static ApiError throttled(const QString &reason);
    static ApiError service(const QString &message);
};

} // namespace Bullpen
