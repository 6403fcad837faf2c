// SPDX-License-Identifier: MIT
#pragma once

#include "engine/invoke/enginesettings.h"
#include "engine/sandbox/backendregistry.h"

#include <QFont>
#include <QString>

namespace Bullpen {

// The user's preferences, remembered in QSettings across restarts: the engine's
// backend, keep-alive and account concurrency limit, the editor's theme and font, and the language. A value type;
// load() and save() are the only places that know the settings keys.
struct Preferences
{
    // A BackendRegistry id; the registry's default ("oci": crun or runc, whichever works).
    QString backend = BackendRegistry::defaultId();
    int keepAliveMinutes = 45; // 0: stop each instance after its invocation
    // Concurrent invocations across all functions beyond this are throttled
    // (ConcurrentInvocationLimitExceeded), as Lambda's account limit (default 1,000).
    int accountConcurrencyLimit = 1000;
    QString editorTheme; // empty: follow the palette's lightness
    QFont editorFont; // the system's fixed font unless chosen
    bool customFont = false;
    // The window's language: "de", "pl", "en"; empty: the system's (read once, at the start).
    QString language;

    // The highest account limit the preferences accept (Lambda raises it on request; this is plenty locally).
    static constexpr int MaxAccountConcurrency = 100000;

    static Preferences load();
    void save() const;
    EngineSettings engineSettings() const;
    // The backends a user can choose, and the one name each has wherever the
    // window shows it (preferences, status bar, About).
    static QStringList backends();
    static QString backendDisplayName(const QString &backend);

    bool operator==(const Preferences &) const = default;
};

} // namespace Bullpen
