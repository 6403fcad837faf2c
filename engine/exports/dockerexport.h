// SPDX-License-Identifier: MIT
#pragma once

#include "engine/project/functionconfig.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace Bullpen {

// Which image an exported Dockerfile starts FROM.
enum class ExportBase {
    Official, // Lambda's public base image (public.ecr.aws/lambda/<family>:<version>): generated, built elsewhere
    Offline, // Bullpen's offline runtime image (bullpen-runtime:<family>), built here from Debian's packages
};

// A zip function as a Docker build context a user can take away: the folder
// holds a Dockerfile, code/ (the function's code as built) and opt/ (its
// layers, merged as Lambda merges them), made by the deployment targets'
// own generator (TargetImages), so that the exported image and the one the
// docker and swarm targets run are the same but for their base.
class DockerExport
{
public:
    // The base image's reference for a function: for Official the public image
    // of its runtime in registry (empty: DockerImages::defaultRegistry()), for
    // Offline the runtime image the Docker backend runs.
    static QString baseImage(const FunctionConfig &function, ExportBase base, const QString &registry = {});
    // "official" / "offline"; nullopt for anything else.
    static std::optional<ExportBase> baseFromName(const QString &name);

    // Writes the context into directory (made when missing; must be empty
    // otherwise, so nothing of the user's is overwritten). done(error) from
    // the event loop, error empty on success.
    static void write(const FunctionConfig &function, ExportBase base, const QString &registry,
                      const QString &directory, QObject *context, std::function<void(const QString &error)> done);
};

} // namespace Bullpen
