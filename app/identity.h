// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

namespace Bullpen {

// The names QSettings and QStandardPaths use: the same for bullpen and
// bullpen-gui, so that both find one set of settings, caches and data.
inline void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Bullpen"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("bullpen.dev"));
    QCoreApplication::setApplicationName(QStringLiteral("Bullpen"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BULLPEN_VERSION));
}

} // namespace Bullpen
