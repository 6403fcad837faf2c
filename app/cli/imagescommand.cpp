// SPDX-License-Identifier: MIT
// bullpen images build|list|remove: the runtime images. `build` has the offline
// builder (engine/images: mmdebstrap from Debian's packages) make each runtime's
// root tarball and the unpacked root runc runs on, then imports the tarball into
// the Docker (or Podman) daemon when one answers, for the Docker backend;
// `--rootfs-tarball` imports a tarball of the user's instead. `list` shows the
// builder's cache and the daemon's images; `remove` removes the daemon's.
#include "app/cli/command.h"

#include "engine/images/runtimeimagebuilder.h"
#include "engine/sandbox/docker/dockerbackend.h"
#include "engine/sandbox/docker/dockerclient.h"
#include "engine/sandbox/docker/dockerimages.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <functional>

namespace Bullpen::Cli {
namespace {

void printErr(const QString &text)
{
    std::fputs(qPrintable(text), stderr);
    std::fputc('\n', stderr);
}

RuntimeImageBuilder *g_builder = nullptr;

void onSignal(int)
{
    // Ctrl+C: the build stops (mmdebstrap cleans up) and the command says so.
    if (g_builder)
        QMetaObject::invokeMethod(g_builder, &RuntimeImageBuilder::cancel, Qt::QueuedConnection);
}

int buildImages(const QString &cache, QStringList runtimes, bool quiet)
{
    if (runtimes.isEmpty())
        runtimes = RuntimeImage::families();
    QStringList families;
    for (const QString &runtime : std::as_const(runtimes)) {
        const QString family = RuntimeImage::familyFor(runtime);
        if (family.isEmpty()) {
            printErr(QStringLiteral("bullpen images: ")
                     + Text::tr("no image for runtime '%1'; images exist for: %2")
                           .arg(runtime,
                                (RuntimeImage::families() + RuntimeImage::buildFamilies()).join(QStringLiteral(", "))));
            return 2;
        }
        if (!families.contains(family))
            families << family;
    }
    RuntimeImageBuilder builder(cache.isEmpty() ? RuntimeImageBuilder::defaultCacheDirectory() : cache, nullptr);
    g_builder = &builder;
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    int status = 0;
    qsizetype next = 0;
    auto buildNext = [&] {
        if (next >= families.size()) {
            QCoreApplication::exit(status);
            return;
        }
        builder.build(families.at(next++));
    };
    QObject::connect(&builder, &RuntimeImageBuilder::progress, &builder, [quiet](const QString &message, int percent) {
        if (!quiet || percent == 0 || percent == 100)
            printErr(percent >= 0 ? QStringLiteral("[%1%] %2").arg(percent, 3).arg(message) : message);
    });
    QObject::connect(&builder, &RuntimeImageBuilder::finished, &builder, [&](const RuntimeImage &image) {
        std::printf("%s\t%s\t%s\n", qPrintable(image.runtime), qPrintable(image.describe()),
                    qPrintable(image.rootfsDir));
        std::fflush(stdout);
        buildNext();
    });
    QObject::connect(&builder, &RuntimeImageBuilder::failed, &builder, [&](const QString &message) {
        printErr(QStringLiteral("bullpen images: %1").arg(message));
        status = 1;
        if (message == u"cancelled")
            next = families.size();
        buildNext();
    });
    QMetaObject::invokeMethod(&builder, buildNext, Qt::QueuedConnection);
    const int result = QCoreApplication::exec();
    g_builder = nullptr;
    return result;
}

int listImages(const QString &cache, bool json)
{
    RuntimeImageBuilder builder(cache.isEmpty() ? RuntimeImageBuilder::defaultCacheDirectory() : cache, nullptr);
    const QList<RuntimeImage> images = builder.list();
    QTextStream out(stdout);
    if (json) {
        QJsonArray array;
        for (const RuntimeImage &image : images) {
            QJsonObject object = image.toJson();
            const auto current = builder.cached(image.runtime);
            object.insert(QStringLiteral("current"), current && current->inputsHash == image.inputsHash);
            array.append(object);
        }
        out << QJsonDocument(array).toJson();
        return 0;
    }
    out << "RUNTIME   STATE    INPUTS        SIZE      BUILT                 CONTENTS\n";
    for (const RuntimeImage &image : images) {
        const auto current = builder.cached(image.runtime);
        out << image.runtime.leftJustified(10)
            << (current && current->inputsHash == image.inputsHash ? QStringLiteral("current")
                                                                   : QStringLiteral("stale"))
                   .leftJustified(9)
            << image.inputsHash.left(12).leftJustified(14)
            << QStringLiteral("%1 MB").arg(image.tarballBytes / 1000000).leftJustified(10)
            << image.builtAt.leftJustified(22) << image.describe() << '\n';
    }
    if (images.isEmpty())
        out << Text::tr("(none in %1; build them with: bullpen images build)").arg(builder.cacheDirectory()) << '\n';
    return 0;
}

// The daemon's endpoint, or an empty one with the reason in *error. Without
// --docker-host a missing daemon is not an error for `build` (runc uses the
// root it built); with it, or for list/remove of the daemon's images, it is.
DockerEndpoint daemonEndpoint(const QString &host, QString *error)
{
    DockerErrorKind kind = DockerErrorKind::None;
    return host.isEmpty() ? DockerClient::probe(error, &kind)
                          : DockerClient::probeSocket(host, QStringLiteral("--docker-host"), error, &kind);
}

// Imports the images of these runtimes into the daemon, one after another:
// from the builder's cache, or from the tarball the user named.
int importImages(const DockerEndpoint &endpoint, const QStringList &families, const QString &cache,
                 const QString &tarball, bool quiet)
{
    DockerClient client(endpoint);
    DockerImages images(&client);
    RuntimeImageBuilder builder(cache.isEmpty() ? RuntimeImageBuilder::defaultCacheDirectory() : cache, nullptr);
    int status = 0;
    QStringList queue = families;
    std::function<void()> next = [&] {
        if (queue.isEmpty()) {
            QCoreApplication::exit(status);
            return;
        }
        RuntimeImageInput input;
        input.runtime = queue.takeFirst();
        if (!tarball.isEmpty()) {
            input.tarballPath = tarball;
        } else {
            const std::optional<RuntimeImage> image = builder.cached(input.runtime);
            if (!image) {
                printErr(QStringLiteral("bullpen images: ")
                         + Text::tr("no %1 image in %2 to import (bullpen images build %1)")
                               .arg(input.runtime, builder.cacheDirectory()));
                status = 1;
                QMetaObject::invokeMethod(&images, next, Qt::QueuedConnection);
                return;
            }
            input.tarballPath = image->tarballPath;
            input.inputsHash = image->inputsHash;
            input.environment = image->environment;
            input.entrypoint = image->entrypoint;
            input.workingDirectory = image->workingDirectory;
            input.versions = image->versions;
        }
        images.importRuntime(input);
    };
    QObject::connect(&images, &DockerImages::progress, &images, [quiet](const QString &message, int percent) {
        if (!quiet && (percent < 0 || percent % 10 == 0))
            printErr(percent >= 0 ? QStringLiteral("[%1%] %2").arg(percent).arg(message) : message);
    });
    QObject::connect(&images, &DockerImages::finished, &images, [&](bool ok, const QString &message) {
        if (ok) {
            if (!quiet)
                std::printf("%s\n", qPrintable(message));
        } else {
            printErr(QStringLiteral("bullpen images: ") + message);
            status = 1;
        }
        QMetaObject::invokeMethod(&images, next, Qt::QueuedConnection);
    });
    QMetaObject::invokeMethod(&images, next, Qt::QueuedConnection);
    QCoreApplication::exec();
    return status;
}

int listDaemonImages(const DockerEndpoint &endpoint)
{
    DockerClient client(endpoint);
    DockerImages images(&client);
    int status = 0;
    images.list([&](const QList<DockerImageInfo> &list, const QString &failure) {
        if (!failure.isEmpty()) {
            printErr(QStringLiteral("bullpen images: ") + failure);
            status = 1;
        } else {
            std::printf("%-40s %-10s %-14s %-12s %8s  %s\n", "IMAGE", "RUNTIME", "KIND", "INPUTS", "SIZE", "CREATED");
            for (const DockerImageInfo &image : list) {
                const QString name = image.tags.isEmpty() ? image.id.left(19) : image.tags.join(u' ');
                std::printf("%-40s %-10s %-14s %-12s %6lldMB  %s\n", qPrintable(name), qPrintable(image.runtime),
                            qPrintable(image.kind), qPrintable(image.inputs.left(12)), image.sizeBytes / (1000 * 1000),
                            qPrintable(QDateTime::fromSecsSinceEpoch(image.createdSecs).toString(Qt::ISODate)));
            }
        }
        QCoreApplication::exit(status);
    });
    QCoreApplication::exec();
    return status;
}

// The stale images: the cache's (folders of earlier inputs) and the daemon's
// (runtime images no longer tagged as their family's current one).
int pruneImages(const QString &cache, const QString &host)
{
    RuntimeImageBuilder builder(cache.isEmpty() ? RuntimeImageBuilder::defaultCacheDirectory() : cache, nullptr);
    QString error;
    const QStringList folders = builder.prune(&error);
    for (const QString &folder : folders)
        std::printf("%s\n", qPrintable(Text::tr("removed %1").arg(folder)));
    int status = 0;
    if (!error.isEmpty()) {
        printErr(QStringLiteral("bullpen images: ") + error);
        status = 1;
    }
    QString daemonError;
    const DockerEndpoint endpoint = daemonEndpoint(host, &daemonError);
    if (endpoint.socketPath.isEmpty()) {
        std::printf("%s\n", qPrintable(Text::tr("(Docker daemon: %1)").arg(daemonError)));
        return host.isEmpty() ? status : 1;
    }
    DockerClient client(endpoint);
    DockerImages images(&client);
    qsizetype count = folders.size();
    images.pruneRuntimes([&](const QStringList &removed, const QString &failure) {
        count += removed.size();
        for (const QString &name : removed)
            std::printf("%s\n", qPrintable(Text::tr("removed %1").arg(name)));
        if (!failure.isEmpty()) {
            printErr(QStringLiteral("bullpen images: ") + failure);
            status = 1;
        }
        QCoreApplication::exit(status);
    });
    QCoreApplication::exec();
    std::printf("%s\n", qPrintable(Text::tr("%n stale image(s) removed", nullptr, int(count))));
    return status;
}

// Lambda's official images, one runtime after the other, with the daemon's progress.
int pullImages(const DockerEndpoint &endpoint, const QStringList &runtimes, const QString &registry, bool quiet)
{
    DockerClient client(endpoint);
    DockerImages images(&client);
    int status = 0;
    qsizetype next = 0;
    auto pullNext = [&] {
        if (next >= runtimes.size()) {
            QCoreApplication::exit(status);
            return;
        }
        images.pullOfficial(runtimes.at(next++), registry);
    };
    QObject::connect(&images, &DockerImages::progress, &images, [quiet](const QString &message, int percent) {
        if (!quiet || percent == 0 || percent == 100)
            printErr(percent >= 0 ? QStringLiteral("[%1%] %2").arg(percent, 3).arg(message) : message);
    });
    QObject::connect(&images, &DockerImages::finished, &images, [&](bool ok, const QString &message) {
        if (ok) {
            std::printf("%s\n", qPrintable(message));
            std::fflush(stdout);
        } else {
            printErr(QStringLiteral("bullpen images: ") + message);
            status = 1;
        }
        pullNext();
    });
    QMetaObject::invokeMethod(&images, pullNext, Qt::QueuedConnection);
    return QCoreApplication::exec();
}

int runImages(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Bullpen's runtime images, built offline from Debian's packages with mmdebstrap and laid out "
                 "like Lambda's base images: runc runs on their unpacked root, the Docker backend on the "
                 "image imported into the daemon.\n\n"
                 "  build [RUNTIME...]   build the images (default: every runtime) unless cached, then import\n"
                 "                       them into the Docker/Podman daemon when one answers; python-build,\n"
                 "                       nodejs-build and provided-build are the images builds run on (pip,\n"
                 "                       npm, make), made by `bullpen build` when it first needs one\n"
                 "  list                 the images in the cache and in the daemon\n"
                 "  remove [RUNTIME...]  remove the daemon's runtime images (all when none is named)\n"
                 "  prune                remove the stale images (earlier inputs) from the cache and the daemon\n"
                 "  pull [RUNTIME...]    use Lambda's official base images instead: pull them from the registry\n"
                 "                       (--registry, default $BULLPEN_RUNTIME_REGISTRY or public.ecr.aws/lambda)\n"
                 "                       with progress, and make them the Docker backend's runtime images"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("ACTION"), Text::tr("build, list, remove, prune or pull"));
    parser.addPositionalArgument(QStringLiteral("RUNTIME"),
                                 Text::tr("python, nodejs, provided, an AWS runtime name (python3.12) or a "
                                          "build image (python-build, nodejs-build, provided-build)."),
                                 QStringLiteral("[RUNTIME...]"));
    const QCommandLineOption cacheOption(
        QStringLiteral("cache-dir"),
        Text::tr("The image cache (default: $BULLPEN_IMAGE_CACHE, else /var/cache/bullpen/images where "
                 "writable, else ~/.cache/bullpen/images)."),
        QStringLiteral("DIR"));
    const QCommandLineOption quietOption({ QStringLiteral("q"), QStringLiteral("quiet") },
                                         Text::tr("Print only the start, the result and errors."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Text::tr("list: the cache's images as JSON."));
    const QCommandLineOption noImportOption(QStringLiteral("no-import"),
                                            Text::tr("build: do not import into the Docker daemon."));
    const QCommandLineOption tarballOption(
        QStringLiteral("rootfs-tarball"),
        Text::tr("build: import this root file system tarball instead of building one (it must hold /bin/sh "
                 "and the runtime's interpreter)."),
        QStringLiteral("FILE"));
    const QCommandLineOption hostOption(QStringLiteral("docker-host"),
                                        Text::tr("The daemon's socket (default: DOCKER_HOST, then the usual "
                                                 "Docker and Podman sockets)."),
                                        QStringLiteral("SOCKET"));
    const QCommandLineOption registryOption(
        QStringLiteral("registry"),
        Text::tr("pull: the registry of the official images (default %1).").arg(DockerImages::defaultRegistry()),
        QStringLiteral("REGISTRY"));
    parser.addOptions(
        { cacheOption, quietOption, jsonOption, noImportOption, tarballOption, hostOption, registryOption });
    if (!parser.parse(QStringList { QStringLiteral("bullpen images") } + arguments)) {
        printErr(QStringLiteral("bullpen images: ") + parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printHelp(parser);
        return 0;
    }
    QStringList positional = parser.positionalArguments();
    const QString action = positional.isEmpty() ? QStringLiteral("list") : positional.takeFirst();
    if (action != u"list" && action != u"remove" && action != u"build" && action != u"prune" && action != u"pull") {
        printErr(QStringLiteral("bullpen images: ")
                 + Text::tr("unknown action \"%1\" (build, list, remove, prune or pull)").arg(action));
        return 2;
    }
    if ((action == u"list" || action == u"prune") && !positional.isEmpty()) {
        printErr(QStringLiteral("bullpen images: ") + Text::tr("%1 takes no runtime").arg(action));
        return 2;
    }
    QStringList families;
    for (const QString &runtime : std::as_const(positional)) {
        const QString family = RuntimeImage::familyFor(runtime);
        if (family.isEmpty()) {
            printErr(QStringLiteral("bullpen images: ")
                     + Text::tr("no image for runtime '%1'; images exist for: %2")
                           .arg(runtime,
                                (RuntimeImage::families() + RuntimeImage::buildFamilies()).join(QStringLiteral(", "))));
            return 2;
        }
        if (!families.contains(family))
            families << family;
    }
    const QString cache = parser.value(cacheOption);
    const QString host = parser.value(hostOption);
    const bool quiet = parser.isSet(quietOption);
    QString daemonError;

    if (action == u"list") {
        const int status = listImages(cache, parser.isSet(jsonOption));
        if (parser.isSet(jsonOption))
            return status;
        const DockerEndpoint endpoint = daemonEndpoint(host, &daemonError);
        std::printf("\n");
        std::fflush(stdout);
        if (endpoint.socketPath.isEmpty()) {
            std::printf("%s\n", qPrintable(Text::tr("(Docker daemon: %1)").arg(daemonError)));
            return host.isEmpty() ? status : 1;
        }
        return std::max(status, listDaemonImages(endpoint));
    }
    if (action == u"prune")
        return pruneImages(cache, host);
    if (action == u"pull") {
        for (const QString &family : std::as_const(families)) {
            if (RuntimeImage::isBuildFamily(family)) {
                printErr(QStringLiteral("bullpen images: ")
                         + Text::tr("%1 is a build image: Lambda publishes none to pull (SAM's "
                                    "build images are not Lambda's); build it with `bullpen images build %1`")
                               .arg(family));
                return 2;
            }
        }
        const DockerEndpoint endpoint = daemonEndpoint(host, &daemonError);
        if (endpoint.socketPath.isEmpty()) {
            printErr(QStringLiteral("bullpen images: ") + daemonError);
            return 1;
        }
        return pullImages(endpoint, positional.isEmpty() ? RuntimeImage::families() : positional,
                          parser.isSet(registryOption) ? parser.value(registryOption) : DockerImages::defaultRegistry(),
                          quiet);
    }
    if (action == u"remove") {
        const DockerEndpoint endpoint = daemonEndpoint(host, &daemonError);
        if (endpoint.socketPath.isEmpty()) {
            printErr(QStringLiteral("bullpen images: ") + daemonError);
            return 1;
        }
        DockerClient client(endpoint);
        DockerImages images(&client);
        int status = 0;
        images.removeRuntimes(families, [&](int removed, const QString &failure) {
            std::printf("%s\n", qPrintable(Text::tr("removed %n image(s)", nullptr, removed)));
            if (!failure.isEmpty()) {
                printErr(QStringLiteral("bullpen images: ") + failure);
                status = 1;
            }
            QCoreApplication::exit(status);
        });
        QCoreApplication::exec();
        return status;
    }

    // build
    if (families.isEmpty())
        families = RuntimeImage::families();
    const QString tarball = parser.value(tarballOption);
    if (tarball.isEmpty()) {
        const int status = buildImages(cache, families, quiet);
        if (status != 0 || parser.isSet(noImportOption))
            return status;
    }
    const DockerEndpoint endpoint = daemonEndpoint(host, &daemonError);
    if (endpoint.socketPath.isEmpty()) {
        if (!tarball.isEmpty() || !host.isEmpty()) {
            printErr(QStringLiteral("bullpen images: ") + daemonError);
            return 1;
        }
        if (!quiet)
            printErr(QStringLiteral("bullpen images: ")
                     + Text::tr("built for runc; not imported into Docker (%1)").arg(daemonError));
        return 0;
    }
    return importImages(endpoint, families, cache, tarball, quiet);
}

const Registration registration(
    { "images", QT_TRANSLATE_NOOP("Bullpen::Cli", "build, list and remove the runtime images (offline, from Debian)"),
      runImages });

} // namespace
} // namespace Bullpen::Cli
