// SPDX-License-Identifier: MIT
#pragma once

#include "engine/invocation/invocationresult.h"

#include <QHttpServerResponder>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace Bullpen {

class Invocation;

// Answers one InvokeWithResponseStream request (POST
// /2021-11-15/functions/{name}/response-streaming-invocations) from an
// Invocation as it runs: a chunked 200 of application/vnd.amazon.eventstream
// whose PayloadChunk events carry the function's chunks the moment the
// runtime writes them, closed by an InvokeComplete event (ErrorCode and
// ErrorDetails when the function failed, LogResult with Tail). A function that
// does not stream answers in one PayloadChunk, as Lambda does. An invocation
// that never ran (refused, engine error) gets an AWS JSON error instead, from
// the caller's errorAnswer when it gives one. It owns the responder it is
// given and deletes itself once the answer is complete.
class InvokeStreamWriter final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QByteArray executedVersion = QByteArrayLiteral("$LATEST"); // X-Amz-Executed-Version
        bool tailLogs = false; // X-Amz-Log-Type: Tail: LogResult in InvokeComplete
        // Answers an invocation that never ran (refused, throttled, engine error).
        std::function<void(QHttpServerResponder &, const InvocationResult &)> errorAnswer;
    };

    InvokeStreamWriter(QHttpServerResponder &&responder, Invocation *invocation, Options options,
                       QObject *parent = nullptr);
    ~InvokeStreamWriter() override;

    // The last 4 KB of an invocation's logs in base64, as X-Amz-Log-Result and LogResult carry them.
    static QByteArray logTail(const InvocationResult &result);
    // The status and AWS error code Lambda answers an invocation that never ran with.
    static void writeAwsError(QHttpServerResponder &responder, const InvocationResult &result);

Q_SIGNALS:
    void done(); // the answer is complete (just before the writer deletes itself)

private:
    void begin();
    void onChunk(const QByteArray &chunk);
    void onFinished(const InvocationResult &result);

    std::optional<QHttpServerResponder> m_responder;
    QPointer<Invocation> m_invocation;
    Options m_options;
    bool m_begun = false;
};

} // namespace Bullpen
