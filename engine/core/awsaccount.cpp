// SPDX-License-Identifier: MIT
#include "engine/core/awsaccount.h"

#include <QRegularExpression>

namespace Bullpen {

QString AwsAccount::functionArn(const QString &functionName, const QString &qualifier) const
{
    QString arn = QStringLiteral("arn:aws:lambda:%1:%2:function:%3").arg(region, accountId, functionName);
    if (!qualifier.isEmpty())
        arn += u':' + qualifier;
    return arn;
}

QString AwsAccount::arn(const QString &service, const QString &resource) const
{
    return QStringLiteral("arn:aws:%1:%2:%3:%4").arg(service, region, accountId, resource);
}

bool AwsAccount::isValidRegion(const QString &region)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2}(-[a-z]+)+-[0-9]{1,2}$"));
    return pattern.match(region).hasMatch();
}

bool AwsAccount::isValidAccountId(const QString &accountId)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{12}$"));
    return pattern.match(accountId).hasMatch();
}

} // namespace Bullpen
