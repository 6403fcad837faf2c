// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace Bullpen {

// A place in the function's own source named by one line of a stack trace.
// start/length delimit the part of the line that names it (for the link).
struct StackLocation
{
    QString path; // absolute path on this machine
    int line = 0; // 1-based
    int column = 0; // 1-based; 0 when the runtime does not say
    qsizetype start = 0;
    qsizetype length = 0;
};

// Finds the source locations in a line of a Python traceback
// (`  File "/var/task/app.py", line 3, in handler`) or a Node.js stack
// (`    at Runtime.handler (file:///var/task/index.mjs:2:9)`), with the
// container's /var/task/ mapped to codeDirectory. Only locations inside
// codeDirectory are returned: frames of the runtime itself are not the
// user's to open.
QList<StackLocation> findStackLocations(const QString &line, const QString &codeDirectory);

} // namespace Bullpen
