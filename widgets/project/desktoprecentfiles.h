// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Bullpen {

// The desktop's list of recently used files (freedesktop.org's desktop
// bookmark spec: $XDG_DATA_HOME/recently-used.xbel, which GNOME, KDE and file
// dialogs read), so that a project Bullpen opened shows among the desktop's
// recent documents and opens in Bullpen again. Other applications' entries are
// kept as they are; Bullpen's own entry for a file is replaced, its count
// raised. The file is rewritten atomically.
class DesktopRecentFiles final
{
public:
    // The list's file: $XDG_DATA_HOME/recently-used.xbel (~/.local/share when unset).
    static QString listPath();
    // Records that Bullpen opened path (a template.yaml) with the MIME type given.
    // False, with *error, when the list could not be read or written.
    static bool add(const QString &path, const QString &mimeType, QString *error = nullptr);
};

} // namespace Bullpen
