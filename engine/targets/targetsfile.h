// SPDX-License-Identifier: MIT
#pragma once

#include "engine/project/functionconfig.h"
#include "engine/targets/target.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Bullpen {

// The project's deployment targets, bullpen-targets.yaml beside the template:
//
//   targets:
//     local:   {kind: local}                   # the engine's pool (backend: runc, docker, ...)
//     docker:  {kind: docker}                  # the image on the Docker host, 127.0.0.1:<port>
//     swarm:   {kind: swarm, replicas: 3}      # a service on the daemon's swarm
//     ec2:     {kind: endpoint, url: "http://10.0.0.7:8080", sign: true, profile: dev}
//     aws:     {kind: lambda, region: eu-west-1, profile: dev, qualifier: live,
//               functions: {Hello: "arn:aws:lambda:eu-west-1:123456789012:function:hello"}}
//
// A missing file means one target, `local`. Reading names the line and column
// of every fault (YAML syntax, an unknown kind or key, a wrong type, a
// duplicate name); writing puts the targets in their order with the keys
// their kind uses (comments in the file are not kept).
class TargetsFile
{
public:
    static QString fileName() { return QStringLiteral("bullpen-targets.yaml"); }
    // The targets file of a template (or of a project folder).
    static QString pathFor(const QString &templatePath);
    // The targets of a project without a file.
    static TargetsFile defaults();

    // defaults() when the file does not exist; nullopt with *error when it cannot be used.
    static std::optional<TargetsFile> load(const QString &templatePath, ProjectError *error);
    static std::optional<TargetsFile> parse(const QByteArray &yaml, const QString &path, ProjectError *error);
    bool save(const QString &templatePath, ProjectError *error) const;
    QByteArray toYaml() const;

    QList<TargetSpec> targets() const { return m_targets; }
    std::optional<TargetSpec> target(const QString &name) const;
    // Adds or replaces (by name) a target; false with *error when the spec is not valid.
    bool setTarget(const TargetSpec &spec, QString *error);
    bool removeTarget(const QString &name);
    // What is wrong with a spec (empty when nothing): a missing URL, replicas < 1, ...
    static QString validate(const TargetSpec &spec);

    bool operator==(const TargetsFile &) const = default;

private:
    QList<TargetSpec> m_targets;
};

} // namespace Bullpen
