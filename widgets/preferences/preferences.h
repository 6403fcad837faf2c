// SPDX-License-Identifier: MIT
#pragma once

#include "engine/invoke/enginesettings.h"

#include <QFont>
#include <QString>

namespace Bullpen {

// The user's preferences, remembered in QSettings across restarts: the engine's
// backend and keep-alive, and the editor's theme and font. A value type; load()
// and save() are the only places that know the settings keys.
struct Preferences {
    // "oci" (automatic: crun or runc, whichever works), "runc", "crun" or "process".
    QString backend = QStringLiteral("oci");
    int keepAliveMinutes = 45;  // 0: stop each instance after its invocation
    QString editorTheme;        // empty: follow the palette's lightness
    QFont editorFont;           // the system's fixed font unless chosen
    bool customFont = false;

    static Preferences load();
    void save() const;
    EngineSettings engineSettings() const;

    bool operator==(const Preferences &) const = default;
};

} // namespace Bullpen
