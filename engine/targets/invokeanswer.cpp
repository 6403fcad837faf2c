// SPDX-License-Identifier: MIT
#include "engine/targets/invokeanswer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Bullpen {

using namespace Qt::StringLiterals;

bool isErrorDocument(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return false;
    const QJsonObject object = doc.object();
    if (!object.value(u"errorMessage"_s).isString() || !object.value(u"errorType"_s).isString())
        return false;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() != u"errorMessage" && it.key() != u"errorType" && it.key() != u"stackTrace"
            && it.key() != u"requestId" && it.key() != u"cause")
            return false;
    }
    return true;
}

int callTimeoutMs(const TargetSpec &spec, const FunctionConfig &function)
{
    return spec.timeoutMs > 0 ? spec.timeoutMs : function.timeoutSeconds * 1000 + 30000;
}

void readInvokeAnswer(const LambdaInvokeResult &answer, InvokeDialect dialect, TargetCallResult &result)
{
    result.roundTripNs = answer.roundTripNs;
    result.httpStatus = answer.status;
    if (answer.status == 0) {
        result.status = TargetCallStatus::NetworkError;
        result.networkError = answer.networkError;
        result.message = answer.networkError;
        return;
    }
    result.payload = answer.body;
    result.contentType = answer.header("Content-Type");
    const QByteArray requestId = answer.header("x-amzn-RequestId");
    if (!requestId.isEmpty())
        result.requestId = requestId;
    const QByteArray tail = answer.logTail();
    if (!tail.isEmpty()) {
        result.logs = QString::fromUtf8(tail).split(u'\n', Qt::SkipEmptyParts);
        // AWS gives the last 4 KB: the first line may be cut.
        result.logsNote = u"the log tail the target returned (at most its last 4 KB)"_s;
        for (const QString &line : std::as_const(result.logs))
            result.readReportLine(line);
    }

    auto readErrorDocument = [&result] {
        const QJsonObject error = QJsonDocument::fromJson(result.payload).object();
        result.errorType = error.value(u"errorType"_s).toString();
        result.errorMessage = error.value(u"errorMessage"_s).toString();
    };
    const bool success = answer.status >= 200 && answer.status < 300;
    const QByteArray functionError = answer.functionError();
    if (success && !functionError.isEmpty()) {
        result.status = TargetCallStatus::FunctionError;
        result.functionError = QString::fromLatin1(functionError);
        readErrorDocument();
        return;
    }
    if (dialect == InvokeDialect::Emulator) {
        // The emulator's timeout: 200 and a plain text (docs/fidelity.md).
        static const QRegularExpression timedOut(u"^Task timed out after [0-9.]+ seconds$"_s);
        const bool fatal = answer.status == 502 || answer.status == 500;
        if ((success || fatal) && isErrorDocument(answer.body)) {
            result.status = TargetCallStatus::FunctionError;
            result.functionError = u"Unhandled"_s;
            result.functionErrorInferred = true;
            readErrorDocument();
            return;
        }
        if (success && timedOut.match(QString::fromUtf8(answer.body).trimmed()).hasMatch()) {
            result.status = TargetCallStatus::FunctionError;
            result.functionError = u"Unhandled"_s;
            result.functionErrorInferred = true;
            result.errorType = u"Sandbox.Timedout"_s;
            result.errorMessage = QString::fromUtf8(answer.body).trimmed();
            return;
        }
        if (fatal && answer.body.isEmpty()) {
            // The emulator's answer to a runtime that exits during its init.
            result.status = TargetCallStatus::FunctionError;
            result.functionError = u"Unhandled"_s;
            result.functionErrorInferred = true;
            result.errorMessage = u"the emulator answered %1 with no body (the runtime exited)"_s.arg(answer.status);
            return;
        }
    }
    if (success) {
        result.status = TargetCallStatus::Succeeded;
        return;
    }
    // Refused by the API: Lambda's error shape (x-amzn-ErrorType, message or Message).
    result.status = TargetCallStatus::Refused;
    const QJsonObject body = QJsonDocument::fromJson(answer.body).object();
    QString type = QString::fromLatin1(answer.errorType());
    if (type.isEmpty())
        type = body.value(u"__type"_s).toString(body.value(u"code"_s).toString());
    result.errorType = type;
    result.errorMessage = body.value(u"message"_s).toString(body.value(u"Message"_s).toString());
    if (result.errorMessage.isEmpty() && !answer.body.isEmpty() && body.isEmpty())
        result.errorMessage = QString::fromUtf8(answer.body.left(500)).trimmed();
    result.message = u"HTTP %1%2%3"_s.arg(answer.status)
                         .arg(type.isEmpty() ? QString() : u" "_s + type)
                         .arg(result.errorMessage.isEmpty() ? QString() : u": "_s + result.errorMessage);
}

} // namespace Bullpen
