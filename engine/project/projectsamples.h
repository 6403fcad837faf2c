// SPDX-License-Identifier: MIT
#pragma once

#include "engine/project/functionconfig.h"

#include <QString>
#include <QStringList>

namespace Bullpen {

// The sample projects compiled into the engine (resources/samples/<name>/, at
// :/samples/<name>/): a SAM template, a hello-world function and an event each.
// Creating one copies it into a new or empty folder with ordinary permissions
// (0644 files, 0755 folders and bootstraps) so that a container's unprivileged
// user can read the code. Owns nothing.
class ProjectSamples final
{
public:
    // "python-hello", "nodejs-hello", ... in a stable order.
    static QStringList names();
    // "Python 3.12: hello world" (translated when a translator is installed).
    static QString title(const QString &name);
    // The template's Description, one line.
    static QString description(const QString &name);
    // Copies the sample into targetDirectory (created when missing; refused when
    // it holds anything). On failure, what was created is removed again.
    static bool create(const QString &sample, const QString &targetDirectory, ProjectError *error);
};

} // namespace Bullpen
