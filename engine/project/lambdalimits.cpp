// SPDX-License-Identifier: MIT
#include "engine/project/lambdalimits.h"
#include "engine/project/templatetext.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Bullpen {

namespace {

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}
} // namespace

QStringList LambdaLimits::supportedRuntimes()
{
    return { QStringLiteral("python3.9"),    QStringLiteral("python3.10"),     QStringLiteral("python3.11"),
             QStringLiteral("python3.12"),   QStringLiteral("python3.13"),     QStringLiteral("nodejs18.x"),
             QStringLiteral("nodejs20.x"),   QStringLiteral("nodejs22.x"),     QStringLiteral("provided"),
             QStringLiteral("provided.al2"), QStringLiteral("provided.al2023") };
}

bool LambdaLimits::isSupportedRuntime(const QString &runtime)
{
    return supportedRuntimes().contains(runtime);
}

bool LambdaLimits::validateMemorySize(int megabytes, QString *error)
{
    if (megabytes >= MinMemoryMb && megabytes <= MaxMemoryMb)
        return true;
    setError(error,
             TemplateText::tr("MemorySize %1 MB is outside Lambda's range of %2 to %3 MB")
                 .arg(megabytes)
                 .arg(MinMemoryMb)
                 .arg(MaxMemoryMb));
    return false;
}

bool LambdaLimits::validateTimeout(int seconds, QString *error)
{
    if (seconds >= MinTimeoutSeconds && seconds <= MaxTimeoutSeconds)
        return true;
    setError(error,
             TemplateText::tr("Timeout %1 s is outside Lambda's range of %2 to %3 seconds")
                 .arg(seconds)
                 .arg(MinTimeoutSeconds)
                 .arg(MaxTimeoutSeconds));
    return false;
}

bool LambdaLimits::validateEphemeralStorage(int megabytes, QString *error)
{
    if (megabytes >= MinEphemeralStorageMb && megabytes <= MaxEphemeralStorageMb)
        return true;
    setError(error,
             TemplateText::tr("EphemeralStorage %1 MB is outside Lambda's range of %2 to %3 MB")
                 .arg(megabytes)
                 .arg(MinEphemeralStorageMb)
                 .arg(MaxEphemeralStorageMb));
    return false;
}

bool LambdaLimits::validateArchitecture(const QString &architecture, QString *error)
{
    if (architecture == u"x86_64" || architecture == u"arm64")
        return true;
    setError(error,
             TemplateText::tr("architecture \"%1\" is not one Lambda knows: use x86_64 or arm64").arg(architecture));
    return false;
}

bool LambdaLimits::validateHandler(const QString &handler, QString *error)
{
    // Lambda's own pattern for Handler: up to 128 characters of [^\s]+.
    static const QRegularExpression pattern(QStringLiteral("^[^\\s]{1,128}$"));
    if (pattern.match(handler).hasMatch())
        return true;
    setError(error,
             handler.isEmpty()
                 ? TemplateText::tr("the handler is empty")
                 : TemplateText::tr("handler \"%1\" must be 1 to 128 characters without spaces").arg(handler));
    return false;
}

QStringList LambdaLimits::reservedEnvironmentNames()
{
    return { QStringLiteral("_HANDLER"),
             QStringLiteral("_X_AMZN_TRACE_ID"),
             QStringLiteral("AWS_REGION"),
             QStringLiteral("AWS_DEFAULT_REGION"),
             QStringLiteral("AWS_EXECUTION_ENV"),
             QStringLiteral("AWS_LAMBDA_FUNCTION_NAME"),
             QStringLiteral("AWS_LAMBDA_FUNCTION_VERSION"),
             QStringLiteral("AWS_LAMBDA_FUNCTION_MEMORY_SIZE"),
             QStringLiteral("AWS_LAMBDA_INITIALIZATION_TYPE"),
             QStringLiteral("AWS_LAMBDA_LOG_GROUP_NAME"),
             QStringLiteral("AWS_LAMBDA_LOG_STREAM_NAME"),
             QStringLiteral("AWS_LAMBDA_RUNTIME_API"),
             QStringLiteral("AWS_ACCESS_KEY_ID"),
             QStringLiteral("AWS_SECRET_ACCESS_KEY"),
             QStringLiteral("AWS_SESSION_TOKEN"),
             QStringLiteral("AWS_ACCESS_KEY"),
             QStringLiteral("LAMBDA_TASK_ROOT"),
             QStringLiteral("LAMBDA_RUNTIME_DIR"),
             QStringLiteral("TZ") };
}

bool LambdaLimits::isReservedEnvironmentName(const QString &name)
{
    return reservedEnvironmentNames().contains(name);
}

bool LambdaLimits::validateEnvironmentName(const QString &name, QString *error)
{
    // Reserved first: "_HANDLER" deserves "reserved", not "must start with a letter".
    if (isReservedEnvironmentName(name)) {
        setError(error, TemplateText::tr("environment variable %1 is reserved by Lambda and cannot be set").arg(name));
        return false;
    }
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z][A-Za-z0-9_]+$"));
    if (!pattern.match(name).hasMatch()) {
        setError(error,
                 TemplateText::tr("environment variable name \"%1\" must start with a letter and contain only "
                                  "letters, digits and underscores (at least 2 characters)")
                     .arg(name));
        return false;
    }
    return true;
}

bool LambdaLimits::validateEnvironment(const QMap<QString, QString> &variables, QString *error)
{
    qsizetype bytes = 0;
    for (auto it = variables.cbegin(); it != variables.cend(); ++it) {
        if (!validateEnvironmentName(it.key(), error))
            return false;
        bytes += it.key().toUtf8().size() + it.value().toUtf8().size();
    }
    if (bytes > MaxEnvironmentBytes) {
        setError(error,
                 TemplateText::tr("the environment variables take %1 bytes; Lambda allows at most %2 bytes in total")
                     .arg(bytes)
                     .arg(MaxEnvironmentBytes));
        return false;
    }
    return true;
}

} // namespace Bullpen
