// SPDX-License-Identifier: MIT
#include "engine/serve/functiondirectory.h"

#include "engine/pool/snapstartuse.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Bullpen {

QString ResolvedFunction::executedVersion() const
{
    return qualifier == u"$LATEST" ? u"$LATEST"_s : u"1"_s;
}

QString ResolvedFunction::invokeQualifier() const
{
    return qualifier == u"$LATEST" ? QString() : qualifier;
}

FunctionDirectory::FunctionDirectory()
    : FunctionDirectory(QList<FunctionConfig>())
{ }

FunctionDirectory::FunctionDirectory(QList<FunctionConfig> functions)
    : m_functions(std::move(functions))
    , m_lastModified(QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-ddTHH:mm:ss.zzz+0000"_s))
{
    for (qsizetype i = 0; i < m_functions.size(); ++i) {
        m_byName.insert(m_functions.at(i).functionName, i);
        // A FunctionName property wins over another function's logical id.
        if (!m_byName.contains(m_functions.at(i).logicalId))
            m_byName.insert(m_functions.at(i).logicalId, i);
    }
}

QString FunctionDirectory::arn(const FunctionConfig &function, const QString &qualifier) const
{
    return m_account.functionArn(function.functionName, qualifier);
}

std::variant<ResolvedFunction, ApiError> FunctionDirectory::resolve(QStringView nameOrArn, QStringView qualifier) const
{
    // Lambda's forms: NAME[:Q], ACCOUNT:function:NAME[:Q], arn:PARTITION:lambda:REGION:ACCOUNT:function:NAME[:Q].
    const QList<QStringView> parts = nameOrArn.split(u':');
    QStringView name;
    QStringView nameQualifier;
    QStringView account;
    bool wellFormed = true;
    if (parts.first() == u"arn") {
        wellFormed = (parts.size() == 7 || parts.size() == 8) && parts.at(2) == u"lambda" && parts.at(5) == u"function";
        if (wellFormed) {
            account = parts.at(4);
            name = parts.at(6);
            if (parts.size() == 8)
                nameQualifier = parts.at(7);
        }
    } else if (parts.size() <= 2) {
        name = parts.at(0);
        if (parts.size() == 2)
            nameQualifier = parts.at(1);
    } else {
        wellFormed = (parts.size() == 3 || parts.size() == 4) && parts.at(1) == u"function";
        if (wellFormed) {
            account = parts.at(0);
            name = parts.at(2);
            if (parts.size() == 4)
                nameQualifier = parts.at(3);
        }
    }
    if (!wellFormed || name.isEmpty() || (nameOrArn.endsWith(u':'))) {
        return ApiError::invalidParameter(
            u"1 validation error detected: Value '%1' at 'functionName' failed to satisfy constraint: it must be a "
            "function name, a partial ARN (%2:function:NAME) or a full ARN, each with an optional "
            ":QUALIFIER"_s.arg(nameOrArn, m_account.accountId));
    }
    if (!nameQualifier.isEmpty() && !qualifier.isEmpty() && nameQualifier != qualifier) {
        return ApiError::invalidParameter(
            u"The derived qualifier from the function name does not match the specified qualifier."_s);
    }
    const QStringView wanted = nameQualifier.isEmpty() ? qualifier : nameQualifier;
    const auto index = m_byName.constFind(name.toString());
    if ((!account.isEmpty() && account != accountId()) || index == m_byName.cend()) {
        AwsAccount named = m_account;
        if (!account.isEmpty())
            named.accountId = account.toString();
        return ApiError::notFound(named.functionArn(name.toString(), wanted.toString()));
    }
    const FunctionConfig &function = m_functions.at(*index);
    ResolvedFunction resolved;
    resolved.function = &function;
    if (wanted.isEmpty() || wanted == u"$LATEST") {
        resolved.qualifier = u"$LATEST"_s;
    } else if (isPublishedVersion(function, wanted)) { // the alias, or version 1 that it runs
        resolved.qualifier = wanted.toString();
        resolved.alias = wanted == function.autoPublishAlias;
    } else {
        return ApiError::notFound(arn(function, wanted.toString()));
    }
    return resolved;
}

QJsonObject FunctionDirectory::configuration(const ResolvedFunction &resolved) const
{
    const FunctionConfig &f = *resolved.function;
    QJsonObject variables;
    for (auto it = f.environment.cbegin(); it != f.environment.cend(); ++it)
        variables.insert(it.key(), it.value());
    QJsonArray layers;
    for (const LayerConfig &layer : f.layerVersions) {
        const QString layerArn = m_account.arn(u"lambda"_s, u"layer:"_s + layer.logicalId + u":1"_s);
        layers.append(QJsonObject { { u"Arn"_s, layerArn } });
    }
    QJsonObject o {
        { u"FunctionName"_s, f.functionName },
        { u"FunctionArn"_s, arn(f, resolved.invokeQualifier()) },
        { u"Runtime"_s, f.runtime },
        { u"Handler"_s, f.handler },
        { u"Timeout"_s, f.timeoutSeconds },
        { u"MemorySize"_s, f.memorySizeMb },
        { u"LastModified"_s, m_lastModified },
        { u"Version"_s, resolved.executedVersion() },
        { u"PackageType"_s, u"Zip"_s },
        { u"State"_s, u"Active"_s },
        { u"LastUpdateStatus"_s, u"Successful"_s },
        { u"Architectures"_s, QJsonArray::fromStringList(f.architectures) },
        { u"EphemeralStorage"_s, QJsonObject { { u"Size"_s, f.ephemeralStorageMb } } },
        { u"TracingConfig"_s, QJsonObject { { u"Mode"_s, u"PassThrough"_s } } },
    };
    if (!variables.isEmpty())
        o.insert(u"Environment"_s, QJsonObject { { u"Variables"_s, variables } });
    if (!layers.isEmpty())
        o.insert(u"Layers"_s, layers);
    return o;
}

QJsonObject FunctionDirectory::getFunction(const ResolvedFunction &resolved) const
{
    const FunctionConfig &f = *resolved.function;
    // The code is not in S3 but in the project: Location says where.
    QJsonObject o { { u"Configuration"_s, configuration(resolved) },
                    { u"Code"_s,
                      QJsonObject {
                          { u"RepositoryType"_s, u"Local"_s },
                          { u"Location"_s, QUrl::fromLocalFile(f.codeDirectory).toString(QUrl::FullyEncoded) } } } };
    if (f.reservedConcurrentExecutions >= 0) {
        o.insert(u"Concurrency"_s,
                 QJsonObject { { u"ReservedConcurrentExecutions"_s, f.reservedConcurrentExecutions } });
    }
    return o;
}

QJsonObject FunctionDirectory::listFunctions() const
{
    // Every function at $LATEST, in the template's order, in one page: no NextMarker.
    QJsonArray list;
    for (const FunctionConfig &f : m_functions) {
        ResolvedFunction r;
        r.function = &f;
        r.qualifier = u"$LATEST"_s;
        list.append(configuration(r));
    }
    return QJsonObject { { u"Functions"_s, list } };
}

} // namespace Bullpen
