// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace Bullpen {

// What the Server panel offers to copy for one function: commands a user pastes
// into a shell, written so that they run as they are (quoted for a POSIX
// shell, the secret never written out: curl reads it from the environment).
struct ServerCommandOptions
{
    QString endpointUrl; // http://127.0.0.1:3001
    QString functionName;
    QByteArray payload = "{}";
    QString profile; // SigV4 on with this profile; empty: the server takes anything
    QString region = QStringLiteral("us-east-1");
};

namespace ServerCommands {

// Single-quoted for sh (embedded quotes closed and escaped) unless sh takes it bare.
QString shellQuote(const QString &text);
// aws lambda invoke --endpoint-url ... (--no-sign-request when SigV4 is off).
QString awsInvoke(const ServerCommandOptions &options);
// curl -X POST .../invocations (with --aws-sigv4 when SigV4 is on).
QString curlInvoke(const ServerCommandOptions &options);
// POST /2015-03-31/functions/NAME/invocations, with the name percent-encoded.
QString invokePath(const QString &functionName);

} // namespace ServerCommands
} // namespace Bullpen
