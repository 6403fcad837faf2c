// SPDX-License-Identifier: MIT
#include "widgets/mainwindow/handlerlocator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace Bullpen {

int findHandlerLine(const QString &source, const QString &functionName, bool python)
{
    const QString name = QRegularExpression::escape(functionName);
    QStringList patterns;
    if (python) {
        patterns << QStringLiteral(R"(^\s*(?:async\s+)?def\s+%1\s*\()").arg(name);
    } else {
        patterns << QStringLiteral(R"(^\s*export\s+(?:const|let|var)\s+%1\b)").arg(name)
                 << QStringLiteral(R"(^\s*export\s+(?:async\s+)?function\s*\*?\s*%1\b)").arg(name)
                 << QStringLiteral(R"(^\s*(?:module\.)?exports\.%1\s*=)").arg(name)
                 << QStringLiteral(R"(^\s*(?:async\s+)?function\s+%1\b)").arg(name);
    }
    const QStringList lines = source.split(u'\n');
    for (const QString &pattern : std::as_const(patterns)) {
        const QRegularExpression re(pattern);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (re.match(lines.at(i)).hasMatch())
                return int(i) + 1;
        }
    }
    return 0;
}

HandlerLocation locateHandler(const FunctionConfig &function)
{
    HandlerLocation location;
    const qsizetype dot = function.handler.lastIndexOf(u'.');
    if (dot <= 0 || function.codeDirectory.isEmpty())
        return location;
    const QString module = function.handler.left(dot);
    const QString name = function.handler.mid(dot + 1);
    const bool python = function.runtime.startsWith(u"python");
    const QStringList suffixes = python
        ? QStringList { QStringLiteral(".py") }
        : QStringList { QStringLiteral(".mjs"), QStringLiteral(".js"), QStringLiteral(".cjs"), QStringLiteral(".ts") };
    const QDir code(function.codeDirectory);
    for (const QString &suffix : suffixes) {
        const QString path = code.filePath(module + suffix);
        if (!QFileInfo(path).isFile())
            continue;
        location.path = QDir::cleanPath(path);
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            location.line = findHandlerLine(QString::fromUtf8(file.readAll()), name, python);
        return location;
    }
    return location;
}

} // namespace Bullpen
