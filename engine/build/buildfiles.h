// SPDX-License-Identifier: MIT
#pragma once

#include "engine/build/buildtarget.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Bullpen {

// The file work of a build, apart from the step machine that sequences it.

// Copies a function's code: every file but build outputs and caches
// (.aws-sam, node_modules, __pycache__, .git).
bool copyCode(const QString &from, const QString &to, QString *error);
// Copies a whole tree (links as links), again where a signal interrupted it.
bool copyTree(const QString &from, const QString &to, QString *error);
// Hard-links a cached tree into a build (a copy across file systems).
bool linkTree(const QString &from, const QString &to, QString *error);
void removeTree(const QString &path);
// package.json with its relative file: dependencies made absolute against sourceDirectory.
QByteArray absoluteFileDependencies(const QByteArray &packageJson, const QString &sourceDirectory, bool *changed);
// A sentence to add to a tool's failure when its output says it could not reach an index.
QString networkHint(const QString &output);
// Writes <build>/template.yaml: the project's template with each built
// function's CodeUri and each built layer's ContentUri naming its build folder.
bool writeBuiltTemplate(const QString &templatePath, const QList<BuildTarget> &targets, QString *error);

} // namespace Bullpen
