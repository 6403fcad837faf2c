// SPDX-License-Identifier: MIT
#pragma once

#include "engine/core/awsaccount.h"
#include "engine/project/functionconfig.h"
#include "engine/serve/apierror.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

#include <variant>

namespace Bullpen {

// A function as one request named it: the configuration, the qualifier it
// runs under ($LATEST or the template's alias) and what Lambda reports for it.
struct ResolvedFunction
{
    const FunctionConfig *function = nullptr; // owned by the directory
    // "$LATEST", the function's AutoPublishAlias, or "1", the version the alias runs
    QString qualifier;
    bool alias = false;

    QString executedVersion() const; // X-Amz-Executed-Version: "$LATEST" or "1"
    // The qualifier the pool runs it under (InvokeOptions::qualifier): empty for $LATEST.
    QString invokeQualifier() const;
};

// The functions `bullpen serve` offers, as Lambda's API names them: by name
// (the template's FunctionName, else its logical id; the logical id is also
// accepted, as `sam local start-lambda` does), by partial ARN
// (123456789012:function:NAME) or by full ARN, each with an optional
// ":QUALIFIER" or the Qualifier parameter. The qualifiers that exist are
// $LATEST and, for a function with an AutoPublishAlias, the alias and version
// 1, which it runs (the one version SAM would have published; provisioned
// concurrency serves the alias, SnapStart both); any other version is not found. It
// also writes the configuration documents of GetFunction and ListFunctions.
class FunctionDirectory final
{
public:
    FunctionDirectory();
    explicit FunctionDirectory(QList<FunctionConfig> functions);

    const QList<FunctionConfig> &functions() const { return m_functions; }
    // nameOrArn is the path's {FunctionName} (decoded), qualifier the Qualifier parameter (may be empty).
    std::variant<ResolvedFunction, ApiError> resolve(QStringView nameOrArn, QStringView qualifier) const;

    // The region and account its ARNs name (default us-east-1 and
    // 123456789012, as `sam local`); a partial or full ARN of another account
    // is not found.
    void setAccount(const AwsAccount &account) { m_account = account; }
    const AwsAccount &account() const { return m_account; }
    QString region() const { return m_account.region; }
    QString accountId() const { return m_account.accountId; }
    QString arn(const FunctionConfig &function, const QString &qualifier = {}) const;

    // FunctionConfiguration as GetFunction and ListFunctions return it.
    QJsonObject configuration(const ResolvedFunction &resolved) const;
    // GetFunction's whole answer: Configuration, Code and Concurrency.
    QJsonObject getFunction(const ResolvedFunction &resolved) const;
    QJsonObject listFunctions() const;

private:
    QList<FunctionConfig> m_functions;
    QHash<QString, qsizetype> m_byName; // FunctionName and logical id -> index
    QString m_lastModified;
    AwsAccount m_account;
};

} // namespace Bullpen
