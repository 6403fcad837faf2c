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
    // The registry of Lambda's official base images: $BULLPEN_RUNTIME_REGISTRY,
    // else public.ecr.aws/lambda.
    static QString defaultRegistry();
    // The official image of an AWS runtime name in a registry, as name and tag:
    // python3.12 -> <registry>/python, 3.12; nodejs20.x -> nodejs, 20;
    // provided.al2023 -> provided, al2023. A family alone takes its newest.
    static std::pair<QString, QString> officialImage(const QString &runtime, const QString &registry);
    // Pulls the runtime's official image (what the user asks for where a
    // registry is reachable), with the daemon's progress, then makes it the
    // runtime's image: committed with Bullpen's labels (so that list, prune
    // and remove know it) and tagged `<repository>:<family>`. progress() and
    // finished() as for importRuntime().
    void pullOfficial(const QString &runtime, const QString &registry = defaultRegistry());
    void list(std::function<void(const QList<DockerImageInfo> &, const QString &error)> done);
    // Removes the runtime images of these families (all when empty); done(removed, error).
    void removeRuntimes(const QStringList &families, std::function<void(int, const QString &)> done);

    // Removes the stale runtime images of this repository: those that no
    // longer carry a family's current tag (`<repository>:<family>`), i.e. the
    // imports of earlier inputs. Images a container still uses stay (the
    // daemon refuses; said in the error). done(removed, error).
    void pruneRuntimes(std::function<void(const QStringList &removed, const QString &error)> done);

    static QString fileSha256(const QString &path, QString *error);

Q_SIGNALS:
    void progress(const QString &message, int percent);
    void finished(bool ok, const QString &message);

private:
    void labelPulled(const QString &reference, const QString &family, const QString &version);
    void tagCurrent(const QString &source, const QString &family, const QString &doneMessage);

    DockerClient *m_client;
};

} // namespace Bullpen
