// SPDX-License-Identifier: MIT
#include "widgets/serve/servercommands.h"

#include <QRegularExpression>
#include <QUrl>

namespace Bullpen::ServerCommands {

using namespace Qt::StringLiterals;

QString shellQuote(const QString &text)
{
    // Words sh takes as they are stay bare, so the common command reads plainly.
    static const QRegularExpression bare(u"^[A-Za-z0-9_@%+=:,./-]+$"_s);
    if (bare.match(text).hasMatch())
        return text;
    QString out = text;
    out.replace(u'\'', "'\\''"_L1);
    return u'\'' + out + u'\'';
}

QString invokePath(const QString &functionName)
{
    return "/2015-03-31/functions/"_L1 + QString::fromLatin1(QUrl::toPercentEncoding(functionName)) + "/invocations"_L1;
}

QString awsInvoke(const ServerCommandOptions &o)
{
    QString command
        = "aws lambda invoke --endpoint-url "_L1 + shellQuote(o.endpointUrl) + " --region "_L1 + shellQuote(o.region);
    // Without SigV4 the server takes any request, but the CLI still insists on
    // finding credentials unless told not to sign.
    command += o.profile.isEmpty() ? u" --no-sign-request"_s : " --profile "_L1 + shellQuote(o.profile);
    command += " --function-name "_L1 + shellQuote(o.functionName)
        + " --cli-binary-format raw-in-base64-out --payload "_L1 + shellQuote(QString::fromUtf8(o.payload))
        + " /dev/stdout"_L1;
    return command;
}

QString curlInvoke(const ServerCommandOptions &o)
{
    QString endpoint = o.endpointUrl;
    while (endpoint.endsWith(u'/'))
        endpoint.chop(1);
    QString command = "curl -sS -X POST "_L1 + shellQuote(endpoint + invokePath(o.functionName));
    if (!o.profile.isEmpty()) {
        // curl signs SigV4 itself; the keys come from the environment
        // (e.g. eval "$(aws configure export-credentials --profile P --format env)").
        command += " --aws-sigv4 "_L1 + shellQuote("aws:amz:"_L1 + o.region + ":lambda"_L1)
            + " --user \"$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY\""_L1;
    }
    command += " -H 'Content-Type: application/json' --data "_L1 + shellQuote(QString::fromUtf8(o.payload));
    return command;
}

} // namespace Bullpen::ServerCommands
