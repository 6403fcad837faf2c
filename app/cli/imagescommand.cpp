// SPDX-License-Identifier: MIT
// bullpen images: the runtime images Bullpen builds offline from Debian's
// packages (engine/images): `build [RUNTIME...]` and `list`. The tarball and
// the unpacked root for runc; the Docker import joins them (issue 10).
#include "app/cli/command.h"

#include "engine/images/runtimeimagebuilder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <csignal>
#include <cstdio>

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
            printErr(QStringLiteral("bullpen images: no image for runtime '%1'; images exist for: %2")
                         .arg(runtime, RuntimeImage::families().join(QStringLiteral(", "))));
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
        out << "(none in " << builder.cacheDirectory() << "; build them with: bullpen images build)\n";
    return 0;
}

int runImages(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Bullpen's runtime images, built offline from Debian's packages with mmdebstrap and laid out "
                       "like Lambda's base images.\n\n"
                       "  build [RUNTIME...]  build the images (default: every runtime) unless cached\n"
                       "  list                the images in the cache"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("build or list"));
    parser.addPositionalArgument(QStringLiteral("RUNTIME"),
                                 QStringLiteral("python, nodejs, provided or an AWS runtime name (python3.12)."),
                                 QStringLiteral("[RUNTIME...]"));
    const QCommandLineOption cacheOption(
        QStringLiteral("cache-dir"),
        QStringLiteral("The image cache (default %1).").arg(RuntimeImageBuilder::defaultCacheDirectory()),
        QStringLiteral("DIR"));
    const QCommandLineOption quietOption({ QStringLiteral("q"), QStringLiteral("quiet") },
                                         QStringLiteral("Print only the start, the result and errors."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("list: print JSON."));
    parser.addOptions({ cacheOption, quietOption, jsonOption });
    if (!parser.parse(QStringList { QStringLiteral("bullpen images") } + arguments)) {
        printErr(QStringLiteral("bullpen images: ") + parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    QStringList positional = parser.positionalArguments();
    const QString action = positional.isEmpty() ? QString() : positional.takeFirst();
    if (action == u"build")
        return buildImages(parser.value(cacheOption), positional, parser.isSet(quietOption));
    if (action == u"list" && positional.isEmpty())
        return listImages(parser.value(cacheOption), parser.isSet(jsonOption));
    printErr(QStringLiteral("bullpen images: say build [RUNTIME...] or list (see bullpen images --help)"));
    return 2;
}

const Registration registration({ "images", "build and list the runtime images (offline, from Debian)", runImages });

} // namespace
} // namespace Bullpen::Cli
