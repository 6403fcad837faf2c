// SPDX-License-Identifier: MIT
#pragma once

#include "engine/project/functionconfig.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace Bullpen {

// One thing `bullpen build` builds: a function, or a layer with a BuildMethod,
// as the template describes it (SAM's Metadata.BuildMethod and
// Metadata.BuildProperties included). Kept apart from FunctionConfig because
// only the build needs it; layers are read here from their ContentUri alone,
// so the build does not depend on how engine/project models layers.
struct BuildTarget
{
    enum class Kind { Function, Layer };
    Kind kind = Kind::Function;
    QString logicalId;
    QString runtime; // the function's Runtime; for a layer its BuildMethod when that names a runtime
    QString buildMethod; // "" (from the runtime), "makefile", "esbuild", or a runtime name (layers)
    QVariantMap buildProperties;
    QString sourceDirectory; // absolute: CodeUri or ContentUri resolved against the template's folder

    // "python", "nodejs", "makefile" or "esbuild": which builder runs; "" when none applies.
    QString workflow() const;
    // The manifest whose content selects the cached dependencies: requirements.txt or package.json.
    QString manifestPath() const;
};

// The targets of a template: every zip function and every layer with a
// Metadata.BuildMethod. Returns false with a message naming the file on failure.
bool readBuildTargets(const QString &templatePath, QList<BuildTarget> *targets, QString *error);

// SAM's layout: <template folder>/.aws-sam/build.
QString buildDirectory(const QString &templatePath);

// The hash of everything a target's build depends on: every file under its
// source folder (names and contents, build output and caches left out), the
// runtime, the build method and its properties.
QByteArray inputsHash(const BuildTarget &target);
// The hash that names a target's cached dependencies: the manifest (and npm's
// lock file), the runtime, the workflow and the contents of the local packages
// it names by path, and the toolchain that installs them ("image": pip or
// npm of the runtime's build image in a sandbox; "host": the host's tools), so that
// neither ever takes the other's compiled packages. Empty when there is no manifest.
QByteArray dependencyHash(const BuildTarget &target, const QString &toolchain = {});

// The local packages a target's manifest names by path, absolute, those that
// exist: requirements.txt's (./pkg, ../pkg, /abs/pkg.whl, file:// URLs, -e
// paths, -r and -c files followed, --find-links folders) or package.json's
// file: dependencies. Their contents are part of dependencyHash(), and a
// sandboxed build sees them (and nothing else outside the function's folder).
QStringList localDependencyPaths(const BuildTarget &target);

// The inputs hash of each target Bullpen built last (.aws-sam/build/bullpen-build.json).
QHash<QString, QString> readBuildState(const QString &templatePath);

// The function as the pool should run it: when <template folder>/.aws-sam/build
// holds a built template (Bullpen's or `sam build`'s) newer than the function's
// sources and a folder for the function, codeDirectory points there; otherwise
// the function is returned as it is.
FunctionConfig withBuiltCode(const FunctionConfig &function, const QString &templatePath);

} // namespace Bullpen
