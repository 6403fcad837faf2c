// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace Bullpen {

// Where a function's own code names things that differ between places: an
// environment variable, a folder. A plain text search of the source files
// (not of dependencies installed into the code folder), so the report can say
// "used by the function at app.py:12" beside the probe's evidence. It finds
// names written out, not names computed at run time: the probe's evidence
// stands without it; this only orders what matters to this function first.
class CodeReferences
{
public:
    // Scans the source files under folder (at most maxFiles, each up to 1 MB;
    // skips node_modules, .aws-sam, __pycache__, site-packages, .git and
    // folders of installed packages).
    explicit CodeReferences(const QString &folder, int maxFiles = 2000);

    // "app.py:12" for each line naming needle (a whole word for a name, a
    // path prefix for a path starting with '/'), at most limit of them.
    QStringList find(const QString &needle, int limit = 5) const;

    int filesScanned() const { return m_files.size(); }

private:
    struct File
    {
        QString relativePath;
        QStringList lines;
    };
    QList<File> m_files;
};

} // namespace Bullpen
