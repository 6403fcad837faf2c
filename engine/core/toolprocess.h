// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QObject;

namespace Bullpen {

// Runs a tool (tar, cp) to its end without blocking the event loop:
// done(ok, the last 2,000 characters of its merged output, or why it could
// not start), from the event loop. The process belongs to parent.
void runTool(const QString &program, const QStringList &arguments, QObject *parent,
             std::function<void(bool ok, const QString &output)> done);

} // namespace Bullpen
