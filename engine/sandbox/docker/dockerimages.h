// SPDX-License-Identifier: MIT
#pragma once

#include "engine/sandbox/docker/dockerclient.h"

#include <QMap>
#include <QObject>
#include <QStringList>

#include <functional>

namespace Bullpen {

// A root file system to import as a runtime's image: what the offline image
// builder (engine/images, RuntimeImageBuilder) produces, or a tarball the user
// names (`bullpen images build --rootfs-tarball`).
struct RuntimeImageInput
{
    QString runtime; // an AWS runtime name or a family: python3.12, python, nodejs, provided
    QString tarballPath;
    QString inputsHash; // empty: the tarball's SHA-256
    QStringList environment; // ENV of the image: "LAMBDA_TASK_ROOT=/var/task", ...
    QStringList entrypoint; // e.g. /lambda-entrypoint.sh; empty: none
    QString workingDirectory = QStringLiteral("/var/task");
    QMap<QString, QString> versions; // what the root carries: {"python": "3.13.5"}
};

// One image Bullpen made, as `bullpen images list` shows it.
struct DockerImageInfo
{
    QString id;
    QStringList tags;
    QString kind; // runtime-image, function-image
    QString runtime; // family
    QString inputs;
    QString version; // Bullpen's version that made it
    qint64 sizeBytes = 0;
    qint64 createdSecs = 0;
};

// The images Bullpen keeps in the daemon: runtime images imported from root
// file system tarballs (rebuilt only when their inputs hash changes), listed
// and removed by label, never touching an image without Bullpen's labels.
class DockerImages final : public QObject
{
    Q_OBJECT
public:
    explicit DockerImages(DockerClient *client, QObject *parent = nullptr);

    // Imports the tarball as `<repository>:<family>-<hash>` and tags it
    // `<repository>:<family>` (the tag DockerBackend runs), unless an image with
    // the same inputs is there already (then only the tag is set).
    // progress(message, percent or -1); done(ok, message).
    void importRuntime(const RuntimeImageInput &input);
    void list(std::function<void(const QList<DockerImageInfo> &, const QString &error)> done);
    // Removes the runtime images of these families (all when empty); done(removed, error).
    void removeRuntimes(const QStringList &families, std::function<void(int, const QString &)> done);

    static QString fileSha256(const QString &path, QString *error);

Q_SIGNALS:
    void progress(const QString &message, int percent);
    void finished(bool ok, const QString &message);

private:
    void tagCurrent(const QString &source, const QString &family, const QString &doneMessage);

    DockerClient *m_client;
};

} // namespace Bullpen
