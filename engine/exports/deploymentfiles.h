// SPDX-License-Identifier: MIT
#pragma once

#include "engine/project/functionconfig.h"

#include <QString>
#include <QStringList>

namespace Bullpen {

// How the function's image is deployed: the things both a Swarm stack and an
// EC2 instance need, with Lambda's configuration carried over (MemorySize as
// the memory limit, Lambda's CPU share, Timeout and the function's name for
// the image's emulator, the template's environment, /tmp at EphemeralStorage,
// a read-only root as Lambda has).
struct DeploymentOptions
{
    QString
        image; // the function's image as the deployment pulls it (e.g. <account>.dkr.ecr.<region>.amazonaws.com/fn:1)
    QString name; // the service's or container's name; empty: the logical id in lower case
    int publishedPort = 9000; // the host port for the image's invoke port 8080
    int replicas = 2; // Swarm only
};

// What a deployment of the function's image looks like, Lambda's settings
// turned into a container's: shared by the stack file, the user data and the
// targets that run the image.
struct DeploymentShape
{
    QString name;
    qint64 memoryBytes = 0; // MemorySize
    double cpus = 0; // MemorySize / 1,769 MB
    int tmpMegabytes = 512; // EphemeralStorage
    QStringList environment; // NAME=value: the emulator's settings, then the template's variables
    static DeploymentShape of(const FunctionConfig &function, const QString &name = {});
};

// The image's invoke port (the Runtime Interface Emulator's) and path.
inline constexpr int ImageInvokePort = 8080;
QString imageInvokePath(); // /2015-03-31/functions/function/invocations
// A health check that runs in the image without invoking the function: the
// emulator listens on 8080 (/proc/net/tcp, in any image with sh and grep).
QStringList imageHealthCheck();

// A Docker Swarm stack file (Compose file format 3.8, `docker stack deploy -c`):
// one service with the replicas, memory and CPU limits, restart policy, health
// check, read-only root with /tmp as tmpfs, and the invoke port published
// through the routing mesh. Empty with *error for options that cannot work.
QString swarmStackFile(const FunctionConfig &function, const DeploymentOptions &options, QString *error);

// EC2 user data (#cloud-config) that installs Docker (dnf/yum on Amazon Linux,
// apt on Debian and Ubuntu), logs in to ECR when the image is there, and runs
// the image with the invoke port published, restarted with the instance.
QString ec2UserData(const FunctionConfig &function, const DeploymentOptions &options, QString *error);

} // namespace Bullpen
