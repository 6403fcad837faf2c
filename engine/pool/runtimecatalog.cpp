// SPDX-License-Identifier: MIT
#include "engine/pool/runtimecatalog.h"

#include "engine/project/samtemplate.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Bullpen {

// rwxr-xr-x: the container's unprivileged user reads (and runs) the bootstraps.
static constexpr QFileDevice::Permissions ReadableByAll = QFileDevice::ReadOwner | QFileDevice::WriteOwner
    | QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
    | QFileDevice::ExeOther;

RuntimeCatalog::RuntimeCatalog(QString cacheDirectory)
    : m_cacheDirectory(std::move(cacheDirectory))
{ }

QStringList RuntimeCatalog::supportedRuntimes()
{
    return { QStringLiteral("python3.9"),    QStringLiteral("python3.10"),     QStringLiteral("python3.11"),
             QStringLiteral("python3.12"),   QStringLiteral("python3.13"),     QStringLiteral("nodejs18.x"),
             QStringLiteral("nodejs20.x"),   QStringLiteral("nodejs22.x"),     QStringLiteral("provided"),
             QStringLiteral("provided.al2"), QStringLiteral("provided.al2023") };
}

std::optional<RuntimeLaunch> RuntimeCatalog::launchFor(const FunctionConfig &function, QString *error)
{
    const QString &runtime = function.runtime;
    RuntimeLaunch launch;
    if (function.image.isImage()) {
        // The image brings its runtime: the backend runs its ENTRYPOINT and CMD.
        launch.family = QStringLiteral("image");
        return launch;
    }
    if (runtime.startsWith(u"python3.")) {
        launch.family = QStringLiteral("python");
        // The AWS names all map to the container's own Python; the bootstrap
        // runs unbuffered so that log lines reach the engine as they are written.
        launch.command
            = { QStringLiteral("python3"), QStringLiteral("-u"), QStringLiteral("/var/runtime/bootstrap.py") };
        // Layers' paths as Lambda names them (the runtime's version, not the container's Python's).
        const QString version = runtime.mid(6);
        launch.environment.insert(
            QStringLiteral("PYTHONPATH"),
            QStringLiteral("/var/runtime:/opt/python/lib/python%1/site-packages:/opt/python").arg(version));
        launch.environment.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    } else if (runtime.startsWith(u"nodejs")) {
        launch.family = QStringLiteral("nodejs");
        launch.command = { QStringLiteral("node"), QStringLiteral("/var/runtime/bootstrap.cjs") };
        const QString major = runtime.mid(6).section(u'.', 0, 0); // nodejs20.x: 20
        launch.environment.insert(
            QStringLiteral("NODE_PATH"),
            QStringLiteral("/opt/nodejs/node%1/node_modules:/opt/nodejs/node_modules:/var/runtime/node_modules:"
                           "/var/runtime:/var/task")
                .arg(major));
    } else if (runtime == u"provided" || runtime.startsWith(u"provided.")) {
        launch.family = QStringLiteral("provided");
        launch.command = { QStringLiteral("/var/task/bootstrap") };
        if (!QFileInfo(function.codeDirectory + QStringLiteral("/bootstrap")).isExecutable()) {
            *error = QStringLiteral("runtime %1 needs an executable file named 'bootstrap' in %2; "
                                    "build it there and make it executable (chmod +x bootstrap)")
                         .arg(runtime, function.codeDirectory);
            return std::nullopt;
        }
        return launch;
    }
    if (launch.family.isEmpty() || !supportedRuntimes().contains(runtime)) {
        *error = QStringLiteral("runtime '%1' is not supported; use one of: %2")
                     .arg(runtime, supportedRuntimes().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    launch.executionEnv = QStringLiteral("AWS_Lambda_") + runtime;
    launch.runtimeDirectory = unpack(launch.family, error);
    if (launch.runtimeDirectory.isEmpty())
        return std::nullopt;
    return launch;
}

QString RuntimeCatalog::unpack(const QString &family, QString *error)
{
    if (auto it = m_unpacked.constFind(family); it != m_unpacked.cend())
        return *it;

    const QString source = QStringLiteral(":/runtimes/") + family;
    struct Entry
    {
        QString relative;
        QByteArray content;
    };
    QList<Entry> entries;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QDirIterator it(source, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        Entry e { path.mid(source.size() + 1), f.readAll() };
        hash.addData(e.relative.toUtf8());
        hash.addData(e.content);
        entries.append(std::move(e));
    }
    if (entries.isEmpty()) {
        *error
            = QStringLiteral("this build of Bullpen ships no %1 runtime (resources/runtimes/%1 is empty)").arg(family);
        return {};
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.relative < b.relative; });
    const QString target
        = m_cacheDirectory + u'/' + family + u'-' + QString::fromLatin1(hash.result().toHex().left(16));
    if (!QFileInfo::exists(target + QStringLiteral("/.complete"))) {
        // Unpack beside the target and rename, so that a half-written runtime is never used.
        const QString partial
            = target + QStringLiteral(".partial-") + QString::number(QCoreApplication::applicationPid());
        QDir(partial).removeRecursively();
        for (const Entry &e : std::as_const(entries)) {
            const QString file = partial + u'/' + e.relative;
            if (!QDir().mkpath(QFileInfo(file).path())) {
                *error
                    = QStringLiteral("cannot create %1 to unpack the %2 runtime").arg(QFileInfo(file).path(), family);
                return {};
            }
            QSaveFile out(file);
            if (!out.open(QIODevice::WriteOnly) || out.write(e.content) != e.content.size() || !out.commit()) {
                *error = QStringLiteral("cannot write %1: %2").arg(file, out.errorString());
                QDir(partial).removeRecursively();
                return {};
            }
            // Readable (and the bootstraps executable) by the container's unprivileged user.
            QFile::setPermissions(file, ReadableByAll);
        }
        QFile marker(partial + QStringLiteral("/.complete"));
        if (!marker.open(QIODevice::WriteOnly)) {
            *error = QStringLiteral("cannot write %1: %2").arg(marker.fileName(), marker.errorString());
            return {};
        }
        marker.close();
        QDirIterator dirs(partial, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        QFile::setPermissions(partial, ReadableByAll);
        while (dirs.hasNext())
            QFile::setPermissions(dirs.next(), ReadableByAll);
        if (!QDir().rename(partial, target)) {
            // Another engine unpacked the same content first: use theirs.
            QDir(partial).removeRecursively();
            if (!QFileInfo::exists(target + QStringLiteral("/.complete"))) {
                *error = QStringLiteral("cannot move the unpacked %1 runtime into %2").arg(family, target);
                return {};
            }
        }
    }
    m_unpacked.insert(family, target);
    return target;
}

} // namespace Bullpen
