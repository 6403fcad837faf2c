// SPDX-License-Identifier: MIT
#include "engine/core/uilanguage.h"

#include <QCoreApplication>
#include <QLocale>
#include <QVariant>

namespace Bullpen {

QString uiLanguage()
{
    if (const QCoreApplication *app = QCoreApplication::instance()) {
        const QString spoken = app->property("bullpenLanguage").toString();
        if (!spoken.isEmpty())
            return spoken;
    }
    return QLocale().name().section(u'_', 0, 0);
}

} // namespace Bullpen
