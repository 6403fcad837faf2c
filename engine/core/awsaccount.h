// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Bullpen {

// Where the local "deployment" lives, as Lambda's ARNs name it: the region and
// the account of `arn:aws:lambda:REGION:ACCOUNT:function:NAME`. One value per
// engine (EngineSettings::account), so the runtime's invoked_function_arn, the
// Invoke API's ListFunctions/GetFunction, the asynchronous destinations'
// records and the scheduled events all agree. The defaults are what
// `sam local` uses: us-east-1 (unless the AWS configuration names a region)
// and the documentation's account 123456789012.
struct AwsAccount
{
    QString region = defaultRegion();
    QString accountId = defaultAccountId();

    static QString defaultRegion() { return QStringLiteral("us-east-1"); }
    static QString defaultAccountId() { return QStringLiteral("123456789012"); }

    // arn:aws:lambda:REGION:ACCOUNT:function:NAME[:QUALIFIER]
    QString functionArn(const QString &functionName, const QString &qualifier = {}) const;
    // arn:aws:SERVICE:REGION:ACCOUNT:RESOURCE
    QString arn(const QString &service, const QString &resource) const;

    // A region name as AWS spells them (us-east-1, eu-central-2, us-gov-west-1,
    // cn-north-1, ap-southeast-7): lower-case letter groups and a number.
    static bool isValidRegion(const QString &region);
    // Twelve digits.
    static bool isValidAccountId(const QString &accountId);

    bool operator==(const AwsAccount &) const = default;
};

} // namespace Bullpen
