// SPDX-License-Identifier: MIT
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace Bullpen {

// The limits Lambda enforces on a function's configuration, in one place so the
// template reader, the template editor and the settings panel refuse the same
// things with the same words. Each check returns false and fills *error (when
// given) with a sentence that says what is wrong and what is allowed.
class LambdaLimits final
{
public:
    static constexpr int MinMemoryMb = 128;
    static constexpr int MaxMemoryMb = 10240;
    static constexpr int MinTimeoutSeconds = 1;
    static constexpr int MaxTimeoutSeconds = 900;
    static constexpr int MinEphemeralStorageMb = 512;
    static constexpr int MaxEphemeralStorageMb = 10240;
    static constexpr int MaxEnvironmentBytes = 4096;
    static constexpr int MaxLayers = 5; // layers per function

    // Payload limits (lambda-reference §3.4), in bytes: the only place they are spelled.
    static constexpr qsizetype MaxRequestBytes = 6291456; // a synchronous invocation's event (6 MB)
    static constexpr qsizetype MaxResponseBytes = 6291556; // a response through the Runtime API (6 MB + 100)
    static constexpr qsizetype MaxAsyncRequestBytes = 1048576; // an asynchronous (Event) invocation, since October 2025
    static constexpr qsizetype MaxAsyncRequestBytesBefore2025 = 262144; // the asynchronous limit before October 2025
    static constexpr qsizetype MaxClientContextBytes = 3583; // the client context of an invocation
    // A streamed response (lambda-reference §1.4): 200 MB in Lambda's current documentation (20 MB in older material).
    static constexpr qsizetype MaxStreamedResponseBytes = 200 * 1024 * 1024;

    // The runtimes the engine can start: python3.9-3.13, nodejs18.x-22.x, provided*.
    static QStringList supportedRuntimes();
    static bool isSupportedRuntime(const QString &runtime);

    static bool validateMemorySize(int megabytes, QString *error = nullptr);
    static bool validateTimeout(int seconds, QString *error = nullptr);
    static bool validateEphemeralStorage(int megabytes, QString *error = nullptr);
    static bool validateArchitecture(const QString &architecture, QString *error = nullptr);
    static bool validateHandler(const QString &handler, QString *error = nullptr);
    // Names are [A-Za-z][A-Za-z0-9_]+, none reserved by Lambda, total size <= 4 KB.
    static bool validateEnvironmentName(const QString &name, QString *error = nullptr);
    static bool validateEnvironment(const QMap<QString, QString> &variables, QString *error = nullptr);
    // Reserved by the Lambda execution environment (lambda-reference.md §2.1).
    static bool isReservedEnvironmentName(const QString &name);
    static QStringList reservedEnvironmentNames();
};

} // namespace Bullpen
