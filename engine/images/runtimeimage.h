// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Bullpen {

// One runtime image as Bullpen builds it offline from Debian's packages, laid
// out like Lambda's public base images (/var/task, /var/runtime, /var/lang,
// /lambda-entrypoint.sh, the Runtime Interface Emulator): a tarball for an
// image import (Docker, Podman) and the same tree unpacked for runc and crun.
// Found in the cache only when complete (RuntimeImageBuilder).
struct RuntimeImage
{
    QString runtime; // the family: "python", "nodejs" or "provided" (or a build family: "python-build")
    QString tarballPath; // plain (uncompressed) tar, root-owned entries, as mmdebstrap writes it
    QString rootfsDir; // the tarball unpacked (without /dev, which runc makes)
    QString inputsHash; // sha256 (hex) of everything that went into it
    // What is inside: "debian" (13.x), "python"/"nodejs" (the interpreter's
    // upstream version), "<package>-package" (Debian's version), "glibc".
    QMap<QString, QString> versions;
    // The image's configuration, for an import: "NAME=value" pairs, the
    // entrypoint and the working folder. The command (CMD) is the handler.
    QStringList environment;
    QStringList entrypoint;
    QString workingDirectory;
    QString builtAt; // ISO 8601, UTC
    qint64 buildMs = 0; // how long the build took
    qint64 tarballBytes = 0;

    bool isValid() const { return !runtime.isEmpty() && !rootfsDir.isEmpty(); }
    // The one line shown in the window, the command line and INIT_START:
    // "python 3.13.5 (Debian 13.2)".
    QString describe() const;

    QJsonObject toJson() const;
    static RuntimeImage fromJson(const QJsonObject &json);

    // The image family of an AWS runtime name (python3.12 -> python,
    // nodejs20.x -> nodejs, provided.al2023 -> provided); a family name maps
    // to itself, a build family too ("python-build"); empty when the runtime
    // is not one Bullpen has an image for.
    static QString familyFor(const QString &runtime);
    // The runtime families, the images functions run on.
    static QStringList families();

    // A runtime's build image (python3.12 -> python-build), as SAM has
    // build images beside Lambda's runtime images: the runtime image's
    // packages and files with the build tools added (pip, setuptools, npm,
    // make: resources/images/<family>/build-packages.txt). Builds run on it
    // (engine/build), so that the runtime image a function runs on carries
    // nothing Lambda's does not: Debian's npm alone brings hundreds of node-*
    // modules a handler could require there and not on Lambda. Empty when the
    // runtime has no image.
    static QString buildFamilyFor(const QString &runtime);
    static bool isBuildFamily(const QString &family);
    // The runtime family a build family adds its tools to (python-build -> python).
    static QString baseFamily(const QString &family);
    static QStringList buildFamilies();

    // Where a Node.js image keeps the V8 start-up snapshot of Bullpen's
    // runtime (resources/runtimes/nodejs/bootstrap.cjs), made with the
    // image's own node when the image is built (RuntimeImageBuilder).
    static QString nodeSnapshotPath();
    // The runtime's command as a sandbox on the root rootfs runs it: `node
    // /var/runtime/bootstrap.cjs` starts from the image's snapshot
    // (`node --snapshot-blob <nodeSnapshotPath()> /var/runtime/bootstrap.cjs`)
    // when the root has one; any other command, or a root without one, is
    // returned as it is. So is the command of a function whose environment
    // sets NODE_OPTIONS: node refuses a snapshot made with other V8 flags
    // (--max-old-space-size, --stack-trace-limit, ...) and would not start.
    // BULLPEN_NODE_SNAPSHOT=0 in the engine's environment turns it off.
    static QStringList withStartupSnapshot(const QStringList &command, const QString &rootfs,
                                           const QMap<QString, QString> &environment);
};

} // namespace Bullpen

Q_DECLARE_METATYPE(Bullpen::RuntimeImage)
