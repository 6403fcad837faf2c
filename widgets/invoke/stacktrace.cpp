// SPDX-License-Identifier: MIT
#include "widgets/invoke/stacktrace.h"

#include <QDir>
#include <QRegularExpression>

namespace Bullpen {

namespace {

// Where the function's code is mounted in the container (reference §2.2).
constexpr QStringView TaskRoot = u"/var/task/";

QString mapToHost(const QString &path, const QString &codeDirectory)
{
    const QString root = QDir::cleanPath(codeDirectory);
    if (root.isEmpty())
        return {};
    QString host;
    if (path.startsWith(TaskRoot))
        host = root + u'/' + path.mid(TaskRoot.size());
    else if (path.startsWith(root + u'/'))
        host = path; // the process backend runs the code where it is
    else
        return {};
    host = QDir::cleanPath(host);
    // ".." could lead out of the function's folder.
    if (!host.startsWith(root + u'/'))
        return {};
    return host;
}

} // namespace

QList<StackLocation> findStackLocations(const QString &line, const QString &codeDirectory)
{
    using namespace Qt::StringLiterals;
    static const QRegularExpression python(uR"re(File "([^"]+)", line (\d+))re"_s);
    static const QRegularExpression node(uR"re((?:file://)?(/[^\s():]+):(\d+)(?::(\d+))?)re"_s);
    QList<StackLocation> found;
    auto add = [&](const QRegularExpressionMatch &m, bool hasColumn) {
        const QString host = mapToHost(m.captured(1), codeDirectory);
        if (host.isEmpty())
            return;
        StackLocation location;
        location.path = host;
        location.line = m.captured(2).toInt();
        location.column = hasColumn ? m.captured(3).toInt() : 0;
        location.start = m.capturedStart(0);
        location.length = m.capturedLength(0);
        found.append(location);
    };
    auto it = python.globalMatch(line);
    while (it.hasNext())
        add(it.next(), false);
    if (!found.isEmpty())
        return found;
    it = node.globalMatch(line);
    while (it.hasNext())
        add(it.next(), true);
    return found;
}

} // namespace Bullpen
