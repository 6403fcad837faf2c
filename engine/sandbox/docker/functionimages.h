// SPDX-License-Identifier: MIT
#pragma once

#include "engine/project/functionconfig.h"
#include "engine/sandbox/docker/dockerclient.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace Bullpen {

// A function's image as the daemon built it: what it runs and with what.
struct FunctionImage
{
    QString reference; // name:tag
    QString id; // sha256:...
    QString inputs; // the inputs hash it was built from (label io.bullpen.inputs)
    QStringList entrypoint; // the image's ENTRYPOINT
    QStringList cmd; // the image's CMD
    QStringList environment; // the image's ENV, NAME=value
    QString workingDirectory; // the image's WORKDIR

    // What Lambda runs: ImageConfig's EntryPoint and Command where set, else the image's.
    QStringList argv(const ImagePackage &package) const;
    QString workingDirectoryFor(const ImagePackage &package) const;
};

// Builds the images of PackageType: Image functions through the Engine API's
// build endpoint (POST /build) from SAM's Metadata, tagged as SAM tags them
// (<logical id in lower case>:<DockerTag>) and labelled as Bullpen's, with the
// hash of the build context so that an unchanged function is not rebuilt.
// The build log streams through the caller's log function as it comes. One
// build per reference at a time: callers asking meanwhile wait for it.
//
// For the OCI backends (runc, crun), which take a folder as the root, the
// built image's file system is exported through the Engine API (a container
// created from it, GET /containers/{id}/export) and unpacked once per image id.
class FunctionImages final : public QObject
{
    Q_OBJECT
public:
    explicit FunctionImages(DockerClient *client, QObject *parent = nullptr);

    using Log = std::function<void(const QString &line)>;
    using Done = std::function<void(const FunctionImage &image, const QString &error)>;

    // The hash of everything the build depends on: every file under the
    // context (names, modes, contents), the Dockerfile's name, the build args.
    static QString inputsHash(const ImagePackage &package, QString *error);

    // Builds the function's image unless the daemon has it with the same
    // inputs; done() follows from the event loop, never inside this call.
    void ensure(const ImagePackage &package, QObject *context, Log log, Done done);
    // The image's root file system unpacked under cacheDirectory/<image id>/rootfs
    // (made once per image id): done(rootfs folder, error).
    void exportRootfs(const FunctionImage &image, const QString &cacheDirectory, QObject *context, Log log,
                      std::function<void(const QString &rootfs, const QString &error)> done);

    // How many builds ran (not found up to date), for tests.
    int buildCount() const { return m_builds; }

private:
    struct Waiter
    {
        QPointer<QObject> context;
        bool hasContext = false;
        Log log;
        Done done;
    };
    void inspect(const QString &reference, const QString &inputs,
                 std::function<void(const FunctionImage &, bool found)> done);
    void build(const ImagePackage &package, const QString &inputs);
    void finish(const QString &reference, const FunctionImage &image, const QString &error);
    void logTo(const QString &reference, const QString &line);

    DockerClient *m_client;
    QHash<QString, QList<Waiter>> m_waiting; // reference -> callers of a build or check on its way
    QHash<QString, QList<std::function<void(const QString &, const QString &)>>> m_exports; // image id -> waiters
    int m_builds = 0;
};

} // namespace Bullpen
