// SPDX-License-Identifier: MIT
#include "engine/pool/lambdaenvironment.h"

#include "engine/pool/runtimecatalog.h"
#include "engine/project/samtemplate.h"

#include <QDateTime>
#include <QProcessEnvironment>
#include <QRandomGenerator>

namespace Bullpen {

QString newLogStreamName(const QString &version)
{
    QByteArray random(16, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(random.data()), 4);
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy/MM/dd")) + QStringLiteral("/[") + version
        + u']' + QString::fromLatin1(random.toHex());
}

QString functionArn(const FunctionConfig &function, const EnvironmentContext &context)
{
    return context.account.functionArn(function.functionName);
}

QMap<QString, QString> lambdaEnvironment(const FunctionConfig &function, const RuntimeLaunch &launch,
                                         const EnvironmentContext &context)
{
    QMap<QString, QString> env;
    env.insert(QStringLiteral("_HANDLER"), function.handler);
    env.insert(QStringLiteral("AWS_REGION"), context.account.region);
    env.insert(QStringLiteral("AWS_DEFAULT_REGION"), context.account.region);
    if (!launch.executionEnv.isEmpty())
        env.insert(QStringLiteral("AWS_EXECUTION_ENV"), launch.executionEnv);
    env.insert(QStringLiteral("AWS_LAMBDA_FUNCTION_NAME"), function.functionName);
    env.insert(QStringLiteral("AWS_LAMBDA_FUNCTION_VERSION"), context.version);
    env.insert(QStringLiteral("AWS_LAMBDA_FUNCTION_MEMORY_SIZE"), QString::number(function.memorySizeMb));
    env.insert(QStringLiteral("AWS_LAMBDA_INITIALIZATION_TYPE"),
               context.provisioned ? QStringLiteral("provisioned-concurrency") : QStringLiteral("on-demand"));
    env.insert(QStringLiteral("AWS_LAMBDA_LOG_GROUP_NAME"), QStringLiteral("/aws/lambda/") + function.functionName);
    env.insert(QStringLiteral("AWS_LAMBDA_LOG_STREAM_NAME"),
               context.logStreamName.isEmpty() ? newLogStreamName(context.version) : context.logStreamName);
    env.insert(QStringLiteral("AWS_LAMBDA_RUNTIME_API"), context.runtimeApi);
    env.insert(QStringLiteral("LAMBDA_TASK_ROOT"), QStringLiteral("/var/task"));
    env.insert(QStringLiteral("LAMBDA_RUNTIME_DIR"), QStringLiteral("/var/runtime"));
    env.insert(QStringLiteral("TZ"), QStringLiteral(":UTC"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
    env.insert(QStringLiteral("PATH"), QStringLiteral("/var/lang/bin:/usr/local/bin:/usr/bin/:/bin:/opt/bin"));
    env.insert(QStringLiteral("LD_LIBRARY_PATH"),
               QStringLiteral(
                   "/var/lang/lib:/lib64:/usr/lib64:/var/runtime:/var/runtime/lib:/var/task:/var/task/lib:/opt/lib"));
    env.insert(QStringLiteral("AWS_XRAY_CONTEXT_MISSING"), QStringLiteral("LOG_ERROR"));
    env.insert(QStringLiteral("AWS_XRAY_DAEMON_ADDRESS"), QStringLiteral("169.254.79.129:2000"));
    env.insert(QStringLiteral("_AWS_XRAY_DAEMON_ADDRESS"), QStringLiteral("169.254.79.129"));
    env.insert(QStringLiteral("_AWS_XRAY_DAEMON_PORT"), QStringLiteral("2000"));
    // Local-tool conventions (SAM sets the same), so code can tell it runs locally.
    env.insert(QStringLiteral("AWS_SAM_LOCAL"), QStringLiteral("true"));
    env.insert(QStringLiteral("AWS_ACCOUNT_ID"), context.account.accountId);
    // The execution role's credentials: locally, the developer's own, when set.
    const QProcessEnvironment host = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN" }) {
        const QString key = QString::fromLatin1(name);
        if (host.contains(key))
            env.insert(key, host.value(key));
    }
    for (auto it = launch.environment.cbegin(); it != launch.environment.cend(); ++it)
        env.insert(it.key(), it.value());
    for (auto it = function.environment.cbegin(); it != function.environment.cend(); ++it)
        env.insert(it.key(), it.value());
    return env;
}

} // namespace Bullpen
