// SPDX-License-Identifier: MIT
#include "project/functionconfig.h"

#include <QFileInfo>

namespace Bullpen {

QString ProjectError::toString() const
{
    QString where = file.isEmpty() ? QStringLiteral("template") : QFileInfo(file).fileName();
    if (line > 0) {
        where += u':' + QString::number(line);
        if (column > 0)
            where += u':' + QString::number(column);
    }
    QString text = where + QStringLiteral(": ") + message;
    if (!hint.isEmpty())
        text += QStringLiteral(" (") + hint + u')';
    return text;
}

} // namespace Bullpen
