// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Bullpen {

// What a runtime POSTed to .../{id}/error or /runtime/init/error. The raw body is
// kept untouched (Lambda passes it through to the caller); the parsed fields are a
// convenience for logs and views, tolerant of the variants seen in the wild: the
// Node RIC's "trace" instead of "stackTrace", aws-lambda-cpp's missing error-type
// header, and bodies that are not JSON at all.
struct RuntimeError
{
    QByteArray errorType; // header, else the body's errorType, else "Runtime.Unknown"
    QString errorMessage;
    QStringList stackTrace; // body "stackTrace", or the Node RIC's "trace"
    QByteArray body; // the raw body exactly as posted

    // headerErrorType is Lambda-Runtime-Function-Error-Type (may be empty).
    static RuntimeError fromPost(QByteArrayView headerErrorType, const QByteArray &body);
};

} // namespace Bullpen

Q_DECLARE_METATYPE(Bullpen::RuntimeError)
