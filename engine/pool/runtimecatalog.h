// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Bullpen {

struct FunctionConfig;

// How to start one Lambda runtime inside an instance.
struct RuntimeLaunch
{
    QString family; // "python", "nodejs", "provided"
    QStringList command; // argv inside the container
    QString runtimeDirectory; // host folder bound at /var/runtime; empty for provided runtimes
    QString executionEnv; // AWS_EXECUTION_ENV, empty for provided runtimes
    QMap<QString, QString> environment; // language search paths
};

// Maps AWS runtime names (python3.12, nodejs20.x, provided.al2023) to the
// bootstraps Bullpen ships in resources/runtimes/, and unpacks those from the
// Qt resources into a cache folder once per content, where a container can
// bind them read-only.
class RuntimeCatalog
{
public:
    explicit RuntimeCatalog(QString cacheDirectory);

    std::optional<RuntimeLaunch> launchFor(const FunctionConfig &function, QString *error);
    static QStringList supportedRuntimes();

private:
    QString unpack(const QString &family, QString *error);

    QString m_cacheDirectory;
    QHash<QString, QString> m_unpacked;
};

} // namespace Bullpen
