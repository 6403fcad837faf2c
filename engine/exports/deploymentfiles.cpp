// SPDX-License-Identifier: MIT
#include "engine/exports/deploymentfiles.h"

#include "engine/project/yamltext.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace Bullpen {

namespace {

// Lambda's sandbox user (lambda-reference §2.2), as the local pool runs it.
constexpr int LambdaUid = 993;
constexpr int LambdaGid = 990;

// A YAML double-quoted scalar: safe for any text (the template editor's own quoting).
QString yamlQuoted(const QString &text)
{
    return QString::fromUtf8(Yaml::formatScalar(text, Yaml::QuoteStyle::Double, false));
}

// A word for sh: single-quoted unless it needs nothing.
QString shellQuoted(const QString &text)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:=,@%+-]+$"));
    if (plain.match(text).hasMatch())
        return text;
    QString quoted = text;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

QString cpusText(double cpus)
{
    return QLocale::c().toString(std::max(cpus, 0.01), 'f', 4);
}

bool checkOptions(const DeploymentOptions &options, bool swarm, QString *error)
{
    if (options.image.trimmed().isEmpty()) {
        *error = QStringLiteral("no image named: the deployment runs the function's image, give it as it is pulled "
                                "(for example 123456789012.dkr.ecr.eu-west-1.amazonaws.com/hello:1)");
        return false;
    }
    static const QRegularExpression reference(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._/:@-]*$"));
    if (!reference.match(options.image).hasMatch()) {
        *error = QStringLiteral("\"%1\" is not an image reference (name[:tag] or name@digest, with an optional "
                                "registry)")
                     .arg(options.image);
        return false;
    }
    if (options.publishedPort < 1 || options.publishedPort > 65535) {
        *error = QStringLiteral("the published port must be 1 to 65535, got %1").arg(options.publishedPort);
        return false;
    }
    if (swarm && options.replicas < 1) {
        *error = QStringLiteral("a stack needs at least 1 replica, got %1").arg(options.replicas);
        return false;
    }
    static const QRegularExpression name(QStringLiteral("^[a-z0-9][a-z0-9_.-]*$"));
    if (!options.name.isEmpty() && !name.match(options.name).hasMatch()) {
        *error = QStringLiteral("\"%1\" cannot name a service or container: lower-case letters, digits, '_', '.' "
                                "and '-', starting with a letter or digit")
                     .arg(options.name);
        return false;
    }
    return true;
}

QString header(const FunctionConfig &f, const QString &what)
{
    return QStringLiteral("# %1 for the Lambda function %2 (%3, %4 MB, timeout %5 s), exported by Bullpen.\n")
        .arg(what, f.logicalId, f.runtime.isEmpty() ? QStringLiteral("container image") : f.runtime)
        .arg(f.memorySizeMb)
        .arg(f.timeoutSeconds);
}

} // namespace

QString imageInvokePath()
{
    return QStringLiteral("/2015-03-31/functions/function/invocations");
}

QStringList imageHealthCheck()
{
    // 1F90 is 8080; 0A is LISTEN. Both tables: the emulator may listen on v4 or v6.
    return { QStringLiteral("CMD-SHELL"),
             QStringLiteral("grep -qsE ':1F90 [0-9A-F]+:0000 0A' /proc/net/tcp /proc/net/tcp6") };
}

DeploymentShape DeploymentShape::of(const FunctionConfig &function, const QString &name)
{
    DeploymentShape shape;
    shape.name = name.isEmpty() ? function.logicalId.toLower() : name;
    shape.memoryBytes = qint64(function.memorySizeMb) * 1024 * 1024;
    shape.cpus = function.memorySizeMb / 1769.0;
    shape.tmpMegabytes = function.ephemeralStorageMb;
    // What the image's emulator reads (lambda-reference §1.5), so that the
    // handler's context and its deadline are the function's, not the emulator's defaults.
    const QString functionName = function.functionName.isEmpty() ? function.logicalId : function.functionName;
    shape.environment << QStringLiteral("AWS_LAMBDA_FUNCTION_NAME=") + functionName
                      << QStringLiteral("AWS_LAMBDA_FUNCTION_MEMORY_SIZE=%1").arg(function.memorySizeMb)
                      << QStringLiteral("AWS_LAMBDA_FUNCTION_TIMEOUT=%1").arg(function.timeoutSeconds);
    for (auto it = function.environment.cbegin(); it != function.environment.cend(); ++it)
        shape.environment << it.key() + u'=' + it.value();
    return shape;
}

QString swarmStackFile(const FunctionConfig &function, const DeploymentOptions &options, QString *error)
{
    if (!checkOptions(options, true, error))
        return {};
    const DeploymentShape shape = DeploymentShape::of(function, options.name);
    QString out = header(function, QStringLiteral("Docker Swarm stack"));
    out += QStringLiteral("# Deploy:  docker stack deploy -c THIS_FILE %1\n"
                          "# Invoke:  curl -d '{}' http://localhost:%2%3\n"
                          "# Every node needs the image %4 (or a registry it can pull it from).\n"
                          "# As on Lambda: MemorySize is the memory limit, CPU is its share (1,769 MB = 1 vCPU),\n"
                          "# the root file system is read-only and /tmp holds EphemeralStorage, uid %5.\n")
               .arg(shape.name)
               .arg(options.publishedPort)
               .arg(imageInvokePath(), options.image)
               .arg(LambdaUid);
    out += QStringLiteral("version: \"3.8\"\nservices:\n  %1:\n    image: %2\n")
               .arg(shape.name, yamlQuoted(options.image));
    out += QStringLiteral("    user: \"%1:%2\"\n").arg(LambdaUid).arg(LambdaGid);
    out += QStringLiteral("    environment:\n");
    for (const QString &pair : shape.environment)
        out += QStringLiteral("      %1: %2\n").arg(pair.section(u'=', 0, 0), yamlQuoted(pair.section(u'=', 1)));
    out += QStringLiteral("    ports:\n"
                          "      - target: %1\n"
                          "        published: %2\n"
                          "        protocol: tcp\n"
                          "        mode: ingress\n")
               .arg(ImageInvokePort)
               .arg(options.publishedPort);
    out += QStringLiteral("    read_only: true\n"
                          "    volumes:\n"
                          "      - type: tmpfs\n"
                          "        target: /tmp\n"
                          "        tmpfs:\n"
                          "          size: %1\n")
               .arg(qint64(shape.tmpMegabytes) * 1024 * 1024);
    const QStringList check = imageHealthCheck();
    out += QStringLiteral("    healthcheck:\n"
                          "      test: [%1, %2]\n"
                          "      interval: 10s\n"
                          "      timeout: 3s\n"
                          "      retries: 3\n"
                          "      start_period: 10s\n")
               .arg(yamlQuoted(check.at(0)), yamlQuoted(check.at(1)));
    out += QStringLiteral("    stop_grace_period: 2s\n"
                          "    deploy:\n"
                          "      mode: replicated\n"
                          "      replicas: %1\n"
                          "      resources:\n"
                          "        limits:\n"
                          "          memory: %2M\n"
                          "          cpus: \"%3\"\n"
                          "      restart_policy:\n"
                          "        condition: any\n"
                          "        delay: 2s\n"
                          "        window: 30s\n"
                          "      update_config:\n"
                          "        parallelism: 1\n"
                          "        order: start-first\n"
                          "        failure_action: rollback\n")
               .arg(options.replicas)
               .arg(function.memorySizeMb)
               .arg(cpusText(shape.cpus));
    return out;
}

QString ec2UserData(const FunctionConfig &function, const DeploymentOptions &options, QString *error)
{
    if (!checkOptions(options, false, error))
        return {};
    const DeploymentShape shape = DeploymentShape::of(function, options.name);
    QStringList run { QStringLiteral("docker"),
                      QStringLiteral("run"),
                      QStringLiteral("--detach"),
                      QStringLiteral("--name"),
                      shape.name,
                      QStringLiteral("--restart"),
                      QStringLiteral("unless-stopped"),
                      QStringLiteral("--publish"),
                      QStringLiteral("%1:%2").arg(options.publishedPort).arg(ImageInvokePort),
                      QStringLiteral("--memory"),
                      QStringLiteral("%1m").arg(function.memorySizeMb),
                      QStringLiteral("--memory-swap"),
                      QStringLiteral("%1m").arg(function.memorySizeMb),
                      QStringLiteral("--cpus"),
                      cpusText(shape.cpus),
                      QStringLiteral("--user"),
                      QStringLiteral("%1:%2").arg(LambdaUid).arg(LambdaGid),
                      QStringLiteral("--read-only"),
                      QStringLiteral("--tmpfs"),
                      QStringLiteral("/tmp:rw,exec,size=%1m").arg(shape.tmpMegabytes),
                      QStringLiteral("--pids-limit"),
                      QStringLiteral("1024"),
                      QStringLiteral("--ulimit"),
                      QStringLiteral("nofile=1024:1024") };
    for (const QString &pair : shape.environment)
        run << QStringLiteral("--env") << pair;
    run << options.image;
    QStringList quoted;
    for (const QString &word : std::as_const(run))
        quoted << shellQuoted(word);

    const QString script = QStringLiteral("/usr/local/sbin/bullpen-run-%1").arg(shape.name);
    QString body;
    body += QStringLiteral("#!/bin/sh\n"
                           "# Installs Docker when missing and (re)starts the function's container.\n"
                           "set -eu\n"
                           "if ! command -v docker >/dev/null 2>&1; then\n"
                           "    if command -v dnf >/dev/null 2>&1; then dnf install -y docker\n"
                           "    elif command -v yum >/dev/null 2>&1; then yum install -y docker\n"
                           "    else apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y docker.io\n"
                           "    fi\n"
                           "fi\n"
                           "systemctl enable --now docker\n"
                           "image=%1\n"
                           "case \"$image\" in\n"
                           "*.dkr.ecr.*.amazonaws.com/*)\n"
                           "    # Amazon ECR: log in with the instance profile's credentials.\n"
                           "    registry=${image%%/*}\n"
                           "    region=$(echo \"$registry\" | cut -d. -f4)\n"
                           "    aws ecr get-login-password --region \"$region\" | docker login --username AWS "
                           "--password-stdin \"$registry\"\n"
                           "    ;;\n"
                           "esac\n"
                           "docker pull \"$image\"\n"
                           "docker rm --force %2 >/dev/null 2>&1 || true\n"
                           "%3\n")
                .arg(shellQuoted(options.image), shellQuoted(shape.name), quoted.join(u' '));
    QString indented;
    for (const QString &line : body.split(u'\n')) {
        if (!line.isEmpty())
            indented += QStringLiteral("      ") + line;
        indented += u'\n';
    }
    while (indented.endsWith(QStringLiteral("\n\n")))
        indented.chop(1);

    QString out = QStringLiteral("#cloud-config\n");
    out += header(function, QStringLiteral("EC2 user data (cloud-init)"));
    out += QStringLiteral("# It installs Docker and runs the function's image %1 with the invoke port published:\n"
                          "#   curl -d '{}' http://INSTANCE:%2%3\n"
                          "# (open port %2 in the instance's security group only to those who may call it).\n"
                          "# The image must be in a registry the instance can pull from; for Amazon ECR the\n"
                          "# instance profile needs ecr:GetAuthorizationToken and pull rights, and the AWS CLI.\n")
               .arg(options.image)
               .arg(options.publishedPort)
               .arg(imageInvokePath());
    out += QStringLiteral("write_files:\n"
                          "  - path: %1\n"
                          "    owner: root:root\n"
                          "    permissions: \"0700\"\n"
                          "    content: |\n")
               .arg(script);
    out += indented;
    out += QStringLiteral("runcmd:\n  - [%1]\n").arg(yamlQuoted(script));
    return out;
}

} // namespace Bullpen
