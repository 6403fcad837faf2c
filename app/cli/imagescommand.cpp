// SPDX-License-Identifier: MIT
// bullpen images list|remove|build: the runtime images the Docker backend runs,
// in the Docker (or Podman) daemon.
#include "app/cli/command.h"

#include "engine/sandbox/docker/dockerbackend.h"
#include "engine/sandbox/docker/dockerclient.h"
#include "engine/sandbox/docker/dockerimages.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>

#include <cstdio>

namespace Bullpen::Cli {
namespace {

void printErr(const QString &text)
{
    std::fputs(qPrintable(text), stderr);
    std::fputc('\n', stderr);
}

const QStringList families { QStringLiteral("python"), QStringLiteral("nodejs"), QStringLiteral("provided") };

int runImages(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("The runtime images of the Docker backend.\n\n"
                       "  list                     the images Bullpen made (by label)\n"
                       "  remove [RUNTIME...]      remove runtime images (all when none is named)\n"
                       "  build [RUNTIME...]       build and import runtime images (python, nodejs, provided;\n"
                       "                           or AWS names such as python3.12), rebuilt only when their\n"
                       "                           inputs change"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("list, remove or build"));
    parser.addPositionalArgument(QStringLiteral("RUNTIME"), QStringLiteral("Runtimes (default: all)."),
                                 QStringLiteral("[RUNTIME...]"));
    const QCommandLineOption tarballOption(
        QStringLiteral("rootfs-tarball"),
        QStringLiteral("Import this root file system tarball instead of building one (it must hold /bin/sh and the "
                       "runtime's interpreter)."),
        QStringLiteral("FILE"));
    const QCommandLineOption hostOption(QStringLiteral("docker-host"),
                                        QStringLiteral("The daemon's socket (default: DOCKER_HOST, then the usual "
                                                       "Docker and Podman sockets)."),
                                        QStringLiteral("SOCKET"));
    parser.addOptions({ tarballOption, hostOption });
    if (!parser.parse(QStringList { QStringLiteral("bullpen images") } + arguments)) {
        printErr(QStringLiteral("bullpen images: ") + parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    QStringList positional = parser.positionalArguments();
    const QString action = positional.isEmpty() ? QStringLiteral("list") : positional.takeFirst();
    if (action != u"list" && action != u"remove" && action != u"build") {
        printErr(QStringLiteral("bullpen images: unknown action \"%1\" (list, remove or build)").arg(action));
        return 2;
    }
    QStringList runtimes;
    for (const QString &name : std::as_const(positional)) {
        const QString family = DockerBackend::runtimeFamily(name);
        if (!families.contains(family)) {
            printErr(
                QStringLiteral("bullpen images: unknown runtime \"%1\" (python3.x, nodejs*.x, provided*)").arg(name));
            return 2;
        }
        if (!runtimes.contains(family))
            runtimes << family;
    }

    QString error;
    DockerErrorKind kind = DockerErrorKind::None;
    const DockerEndpoint endpoint = parser.isSet(hostOption)
        ? DockerClient::probeSocket(parser.value(hostOption), QStringLiteral("--docker-host"), &error, &kind)
        : DockerClient::probe(&error, &kind);
    if (endpoint.socketPath.isEmpty()) {
        printErr(QStringLiteral("bullpen images: ") + error);
        return 1;
    }
    DockerClient client(endpoint);
    DockerImages images(&client);
    int status = 0;

    if (action == u"list") {
        images.list([&](const QList<DockerImageInfo> &list, const QString &failure) {
            if (!failure.isEmpty()) {
                printErr(QStringLiteral("bullpen images: ") + failure);
                status = 1;
            } else {
                std::printf("%-40s %-10s %-14s %-12s %8s  %s\n", "IMAGE", "RUNTIME", "KIND", "INPUTS", "SIZE",
                            "CREATED");
                for (const DockerImageInfo &image : list) {
                    const QString name = image.tags.isEmpty() ? image.id.left(19) : image.tags.join(u' ');
                    std::printf("%-40s %-10s %-14s %-12s %6lldMB  %s\n", qPrintable(name), qPrintable(image.runtime),
                                qPrintable(image.kind), qPrintable(image.inputs.left(12)),
                                image.sizeBytes / (1000 * 1000),
                                qPrintable(QDateTime::fromSecsSinceEpoch(image.createdSecs).toString(Qt::ISODate)));
                }
            }
            QCoreApplication::exit(status);
        });
        QCoreApplication::exec();
        return status;
    }
    if (action == u"remove") {
        images.removeRuntimes(runtimes, [&](int removed, const QString &failure) {
            std::printf("removed %d image(s)\n", removed);
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
    if (runtimes.isEmpty())
        runtimes = families;
    if (!parser.isSet(tarballOption)) {
        // The offline builder (engine/images, RuntimeImageBuilder: mmdebstrap
        // from Debian's packages) produces the tarball; until it is part of
        // this build, a tarball must be named.
        printErr(QStringLiteral("bullpen images: this build has no offline image builder yet; name a root file "
                                "system tarball with --rootfs-tarball FILE"));
        return 2;
    }
    QStringList queue = runtimes;
    std::function<void()> next = [&] {
        if (queue.isEmpty()) {
            QCoreApplication::exit(status);
            return;
        }
        RuntimeImageInput input;
        input.runtime = queue.takeFirst();
        input.tarballPath = parser.value(tarballOption);
        images.importRuntime(input);
    };
    QObject::connect(&images, &DockerImages::progress, &images, [](const QString &message, int percent) {
        if (percent < 0 || percent % 10 == 0)
            printErr(percent >= 0 ? QStringLiteral("[%1%] %2").arg(percent).arg(message) : message);
    });
    QObject::connect(&images, &DockerImages::finished, &images, [&](bool ok, const QString &message) {
        if (ok) {
            std::printf("%s\n", qPrintable(message));
        } else {
            printErr(QStringLiteral("bullpen images: ") + message);
            status = 1;
        }
        QMetaObject::invokeMethod(&images, next, Qt::QueuedConnection);
    });
    next();
    QCoreApplication::exec();
    return status;
}

const Registration registration({ "images", "List, remove or build the Docker backend's runtime images", &runImages });

} // namespace
} // namespace Bullpen::Cli
