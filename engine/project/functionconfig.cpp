// SPDX-License-Identifier: MIT
#include "engine/project/functionconfig.h"

#include <QDir>
#include <QFileInfo>

namespace Bullpen {

QString ImagePackage::reference() const
{
    return name + u':' + (dockerTag.isEmpty() ? QStringLiteral("latest") : dockerTag);
}

QString ProjectError::toString() const
{
    // The path as a compiler would print it: relative to the working folder
    // when the file lies below it, else as given, so that a user can open it.
    QString where = QStringLiteral("template");
    if (!file.isEmpty()) {
        const QString relative = QDir::current().relativeFilePath(file);
        where = relative.startsWith(QStringLiteral("..")) ? file : relative;
    }
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
