// SPDX-License-Identifier: MIT
#pragma once

#include "engine/core/awsaccount.h"
#include "engine/sandbox/backendregistry.h"

#include <QString>

namespace Bullpen {

// How the engine runs: chosen by the window's preferences or the command
// line's options, fixed for one Invoker's life (a change makes a new one).
// Two settings are equal when every field is: the one rule the window uses to
// decide whether a change needs a new engine.
struct EngineSettings
{
    QString backend = BackendRegistry::defaultId(); // a BackendRegistry id
    qint64 keepAliveMs = 45 * 60 * 1000; // Lambda keeps idle environments about 45 minutes
    double clockSpeed = 1.0; // >1 runs the pool clock (keep-alive) faster; timeouts stay real
    QString rootFilesystem; // empty: the host's file system
    QString cacheDirectory; // empty: QStandardPaths::CacheLocation
    int maxInstancesPerFunction = 0; // 0: scale out without limit
    int accountConcurrencyLimit = 1000; // Lambda's default account limit; beyond it calls are throttled
    qint64 initLimitMs = 10000; // Lambda's init limit (real time); tests and the fault soak shorten it
    AwsAccount account; // region and account in ARNs (bullpen serve --region, --account-id)

    bool operator==(const EngineSettings &) const = default;
};

} // namespace Bullpen
