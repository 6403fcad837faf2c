// SPDX-License-Identifier: MIT
#include "engine/exports/dockerexport.h"

#include "engine/sandbox/docker/dockerbackend.h"
#include "engine/sandbox/docker/dockerimages.h"
#include "engine/targets/targetimages.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>

namespace Bullpen {

QString DockerExport::baseImage(const FunctionConfig &function, ExportBase base, const QString &registry)
{
    if (base == ExportBase::Offline)
        return DockerBackend::runtimeImage(function.runtime);
    const auto [name, tag] = DockerImages::officialImage(
        function.runtime, registry.isEmpty() ? DockerImages::defaultRegistry() : registry);
    return name + u':' + tag;
}

std::optional<ExportBase> DockerExport::baseFromName(const QString &name)
{
    if (name == u"official")
        return ExportBase::Official;
    if (name == u"offline")
        return ExportBase::Offline;
    return std::nullopt;
}

void DockerExport::write(const FunctionConfig &function, ExportBase base, const QString &registry,
                         const QString &directory, QObject *context, std::function<void(const QString &error)> done)
{
    auto later = [context, done](const QString &error) {
        QTimer::singleShot(0, context ? context : QCoreApplication::instance(), [done, error] { done(error); });
    };
    if (function.image.isImage()) {
        later(QStringLiteral("%1 is a container image function: its Dockerfile is %2 in %3")
                  .arg(function.logicalId, function.image.dockerfile, function.image.contextDirectory));
        return;
    }
    if (function.runtime.isEmpty() || DockerBackend::runtimeFamily(function.runtime).isEmpty()) {
        later(QStringLiteral("%1 has no runtime Bullpen has an image for (%2)")
                  .arg(function.logicalId, function.runtime));
        return;
    }
    const QFileInfo info(directory);
    if (info.exists()
        && (!info.isDir() || !QDir(directory).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))) {
        later(QStringLiteral("%1 is %2: the export writes a new folder, or into an empty one, so that nothing there "
                             "is overwritten")
                  .arg(directory, info.isDir() ? QStringLiteral("not empty") : QStringLiteral("a file")));
        return;
    }
    if (!QDir().mkpath(directory)) {
        later(QStringLiteral("cannot create %1").arg(directory));
        return;
    }
    // Layers are merged where the engine keeps them (the same cache the targets use).
    TargetImages::writeContext(function, baseImage(function, base, registry), {}, directory,
                               QStandardPaths::writableLocation(QStandardPaths::CacheLocation), context, done);
}

} // namespace Bullpen
