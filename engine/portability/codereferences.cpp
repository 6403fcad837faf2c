// SPDX-License-Identifier: MIT
#include "engine/portability/codereferences.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace Bullpen {

namespace {

bool isSourceFile(const QString &name)
{
    static const QStringList suffixes { QStringLiteral("py"),  QStringLiteral("js"),   QStringLiteral("mjs"),
                                        QStringLiteral("cjs"), QStringLiteral("ts"),   QStringLiteral("go"),
                                        QStringLiteral("rb"),  QStringLiteral("java"), QStringLiteral("sh"),
                                        QStringLiteral("rs") };
    return suffixes.contains(QFileInfo(name).suffix()) || name == u"bootstrap";
}

bool isSkippedFolder(const QString &relativePath)
{
    static const QStringList skipped { QStringLiteral("node_modules"), QStringLiteral(".aws-sam"),
                                       QStringLiteral("__pycache__"),  QStringLiteral("site-packages"),
                                       QStringLiteral(".git"),         QStringLiteral(".venv"),
                                       QStringLiteral("venv") };
    for (const QString &part : relativePath.split(u'/')) {
        if (skipped.contains(part) || part.endsWith(u".dist-info") || part.endsWith(u".egg-info"))
            return true;
    }
    return false;
}

} // namespace

CodeReferences::CodeReferences(const QString &folder, int maxFiles)
{
    if (folder.isEmpty())
        return;
    const QDir root(folder);
    QDirIterator it(folder, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext() && m_files.size() < maxFiles) {
        const QFileInfo info = it.nextFileInfo();
        const QString relative = root.relativeFilePath(info.filePath());
        if (!isSourceFile(info.fileName()) || isSkippedFolder(QFileInfo(relative).path()) || info.size() > 1024 * 1024)
            continue;
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        m_files.append({ relative, QString::fromUtf8(file.readAll()).split(u'\n') });
    }
    std::sort(m_files.begin(), m_files.end(),
              [](const File &a, const File &b) { return a.relativePath < b.relativePath; });
}

QStringList CodeReferences::find(const QString &needle, int limit) const
{
    QStringList found;
    if (needle.isEmpty())
        return found;
    // A name as a whole word (AWS_REGION does not match AWS_REGION_X); a path
    // as itself or a prefix of a longer path (/var/task matches /var/task/x).
    const QString escaped = QRegularExpression::escape(needle);
    const QRegularExpression pattern(needle.startsWith(u'/') ? QStringLiteral("(?<![\\w/.])%1(?![\\w.-])").arg(escaped)
                                                             : QStringLiteral("(?<!\\w)%1(?!\\w)").arg(escaped));
    for (const File &file : m_files) {
        for (qsizetype i = 0; i < file.lines.size(); ++i) {
            if (file.lines.at(i).contains(pattern)) {
                found << QStringLiteral("%1:%2").arg(file.relativePath).arg(i + 1);
                if (found.size() >= limit)
                    return found;
            }
        }
    }
    return found;
}

} // namespace Bullpen
