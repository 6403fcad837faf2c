// SPDX-License-Identifier: MIT
#pragma once

#include "engine/project/functionconfig.h"
#include "engine/sandbox/docker/functionimages.h"

#include <QObject>

#include <functional>

namespace Bullpen {

class DockerClient;

// The image the docker and swarm targets run for a function: the function as
// a plain Docker host runs it, its code IN the image (decisions §4, "10
// targets"). An Image function's own image (built by FunctionImages from SAM's
// Metadata); for a zip function, an image built first from a generated
// Dockerfile FROM Bullpen's offline runtime image (`bullpen-runtime:<family>`)
// that copies the code to /var/task and the merged layers to /opt, sets the
// function's environment and Lambda's sizing variables, and makes the handler
// the CMD: the image's /lambda-entrypoint.sh then starts the Runtime Interface
// Emulator on port 8080 in front of the runtime, as Lambda's base images do.
//
// The build context is assembled under the cache folder and built through
// FunctionImages, so an unchanged function (code, layers, settings, base
// image) is not rebuilt while it is deployed. A target's tear-down removes
// these images (DockerTargetBase::removeTargetImages) unless a container still
// uses one; an Image function's own image stays.
class TargetImages final : public QObject
{
    Q_OBJECT
public:
    TargetImages(DockerClient *client, const QString &cacheDirectory, QObject *parent = nullptr);

    using Log = std::function<void(const QString &line)>;
    using Done = std::function<void(const FunctionImage &image, const QString &error)>;

    // The function's image (built when missing or out of date); done() from the event loop.
    void ensure(const FunctionConfig &function, const QString &projectKey, QObject *context, Log log, Done done);

    // The repository of a zip function's target image: bullpen-target-<project key>-<logical id in lower case>.
    static QString repositoryFor(const FunctionConfig &function, const QString &projectKey);
    // The generated Dockerfile of a zip function: FROM baseImage (baseId, when
    // known, is written into a comment so that a new base makes a new image).
    static QByteArray dockerfile(const FunctionConfig &function, const QString &baseImage, const QString &baseId,
                                 bool withLayers);
    // Writes a zip function's build context into contextDir (made when missing):
    // the Dockerfile FROM baseImage, code/ (a copy of its code folder) and opt/
    // (its layers merged by LayerStore under cacheDirectory). ensure() builds
    // from it; `bullpen export --dockerfile` hands it to the user. done(error,
    // empty on success) from the event loop, dropped when context is gone.
    static void writeContext(const FunctionConfig &function, const QString &baseImage, const QString &baseId,
                             const QString &contextDir, const QString &cacheDirectory, QObject *context,
                             std::function<void(const QString &error)> done);

private:
    DockerClient *m_client;
    FunctionImages *m_images;
    QString m_cacheDirectory;
};

} // namespace Bullpen
