// SPDX-License-Identifier: MIT
#pragma once

#include "engine/project/functionconfig.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Bullpen {

// The probe handler (resources/probe/<language>/) and how a function gets it:
// a copy of the function whose code folder is a staged copy of the function's
// own code plus the probe, and whose handler is the probe's. Everything else
// (runtime, memory, timeout, environment, layers, architecture) stays the
// function's, so the probe sees what the function would see in the same place.
class PortabilityProbe
{
public:
    // The probe's module file name and handler for a runtime; empty when no
    // probe exists for it (Python and Node.js have one).
    static QString fileName(const QString &runtime);
    static QString handler(const QString &runtime);
    static bool supports(const FunctionConfig &function);
    // The probe's source, from the engine's resources.
    static QByteArray source(const QString &runtime);

    // Copies the function's code (its codeDirectory, as built) into stagingDir,
    // adds the probe beside it and returns the function to run there; nullopt
    // with *error when the function cannot carry a probe (an Image function,
    // a runtime without a probe, a file that cannot be copied, or a file of the
    // probe's name in the function's code).
    static std::optional<FunctionConfig> stage(const FunctionConfig &function, const QString &stagingDir,
                                               QString *error);

    // Reads a probe's answer (the handler's response payload); nullopt with
    // *error when it is not one.
    static std::optional<QJsonObject> parse(const QByteArray &payload, QString *error);
};

} // namespace Bullpen
