// SPDX-License-Identifier: MIT
#pragma once

#include "engine/invoke/enginesettings.h"
#include "engine/sandbox/backendregistry.h"

#include <QFont>
#include <QString>

namespace Bullpen {

// The user's preferences, remembered in QSettings across restarts: the engine's
// backend and keep-alive, and the editor's theme and font. A value type; load()
// and save() are the only places that know the settings keys.
struct Preferences
{
    // A BackendRegistry id; the registry's default ("oci": crun or runc, whichever works).
    QString backend = BackendRegistry::defaultId();
    int keepAliveMinutes = 45; // 0: stop each instance after its invocation
    QString editorTheme; // empty: follow the palette's lightness
    QFont editorFont; // the system's fixed font unless chosen
    bool customFont = false;

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
