// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QMetaType>

namespace Bullpen {

// One event handed to a runtime through GET /next. The fields map one to one onto
// the Lambda-Runtime-* headers of the Runtime API (2018-06-01); empty optional
// fields are left out of the answer, as RIE does, because the runtime interface
// clients JSON-parse some of them and choke on an empty value.
struct InvocationRequest
{
    QByteArray requestId; // UUID string
    QByteArray payload;
    qint64 deadlineEpochMs = 0; // absolute, Lambda-Runtime-Deadline-Ms
    QByteArray functionArn; // Lambda-Runtime-Invoked-Function-Arn
    QByteArray traceId; // Lambda-Runtime-Trace-Id (omitted if empty)
    QByteArray clientContext; // raw JSON, omitted if empty
    QByteArray cognitoIdentity; // raw JSON, omitted if empty
    QByteArray tenantId; // omitted if empty
    QByteArray contentType = "application/json";
};

} // namespace Bullpen

Q_DECLARE_METATYPE(Bullpen::InvocationRequest)
