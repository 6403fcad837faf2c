// SPDX-License-Identifier: MIT
#include "engine/project/projectsamples.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace Bullpen {

namespace {

const QString SampleRoot = QStringLiteral(":/samples");

constexpr QFileDevice::Permissions FilePermissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner
    | QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ReadGroup | QFileDevice::ReadOther;
constexpr QFileDevice::Permissions ExecutablePermissions
    = FilePermissions | QFileDevice::ExeOwner | QFileDevice::ExeUser | QFileDevice::ExeGroup | QFileDevice::ExeOther;

bool isExecutable(const QString &fileName)
{
    return fileName == u"bootstrap" || fileName.endsWith(u".sh");
}

ProjectError failure(const QString &file, const QString &message, const QString &hint = {})
{
    return ProjectError { file, 0, 0, message, hint };
}

} // namespace

QStringList ProjectSamples::names()
{
    QStringList result = QDir(SampleRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    // Python first: it is what `sam init` offers first too.
    std::stable_sort(result.begin(), result.end(), [](const QString &a, const QString &b) {
        return a.startsWith(u"python") && !b.startsWith(u"python");
    });
    return result;
}

QString ProjectSamples::title(const QString &name)
{
    if (name == u"python-hello")
        return QCoreApplication::translate("Bullpen::ProjectSamples", "Python 3.12: hello world");
    if (name == u"nodejs-hello")
        return QCoreApplication::translate("Bullpen::ProjectSamples", "Node.js 20: hello world");
    return name;
}

QString ProjectSamples::description(const QString &name)
{
    QFile file(SampleRoot + u'/' + name + QStringLiteral("/template.yaml"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // "Description: >" followed by indented lines: fold them as YAML would.
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    QStringList parts;
    bool inDescription = false;
    for (const QString &line : lines) {
        if (line.startsWith(QStringLiteral("Description:"))) {
            const QString rest = line.mid(12).trimmed();
            if (rest != u">" && rest != u"|")
                return rest;
            inDescription = true;
        } else if (inDescription) {
            if (!line.startsWith(u' '))
                break;
            parts << line.trimmed();
        }
    }
    return parts.join(u' ');
}

bool ProjectSamples::create(const QString &sample, const QString &targetDirectory, ProjectError *error)
{
    auto fail = [error](const ProjectError &e) {
        if (error)
            *error = e;
        return false;
    };
    const QString source = SampleRoot + u'/' + sample;
    if (sample.isEmpty() || !QFileInfo(source).isDir())
        return fail(failure(sample, QStringLiteral("there is no sample called \"%1\"").arg(sample),
                            QStringLiteral("choose one of: %1").arg(names().join(QStringLiteral(", ")))));
    const QFileInfo target(targetDirectory);
    const QString targetPath = target.absoluteFilePath();
    const bool existed = target.exists();
    if (existed && !target.isDir())
        return fail(failure(targetPath, QStringLiteral("a file with this name exists"),
                            QStringLiteral("choose a new or empty folder")));
    if (existed && !QDir(targetPath).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        return fail(failure(targetPath,
                            QStringLiteral("the folder is not empty; a new project needs a new or empty folder"),
                            QStringLiteral("choose a new or empty folder")));
    if (!QDir().mkpath(targetPath))
        return fail(failure(targetPath, QStringLiteral("cannot create the folder"),
                            QStringLiteral("check that its parent exists and is writable")));
    QFile::setPermissions(targetPath, ExecutablePermissions);

    // Undo a half-made project rather than leave one that looks complete.
    auto undo = [&]() {
        QDir dir(targetPath);
        if (existed) {
            const QStringList entries = dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
            for (const QString &entry : entries) {
                QFileInfo info(dir.filePath(entry));
                if (info.isDir())
                    QDir(info.absoluteFilePath()).removeRecursively();
                else
                    QFile::remove(info.absoluteFilePath());
            }
        } else {
            dir.removeRecursively();
        }
    };

    QDirIterator it(source, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info = it.nextFileInfo();
        const QString relative = info.absoluteFilePath().mid(source.size() + 1);
        const QString destination = targetPath + u'/' + relative;
        if (info.isDir()) {
            if (!QDir().mkpath(destination)) {
                undo();
                return fail(failure(destination, QStringLiteral("cannot create the folder")));
            }
            QFile::setPermissions(destination, ExecutablePermissions);
            continue;
        }
        QDir().mkpath(QFileInfo(destination).absolutePath());
        QFile in(info.absoluteFilePath());
        QFile out(destination);
        if (!in.open(QIODevice::ReadOnly)) {
            undo();
            return fail(
                failure(info.absoluteFilePath(), QStringLiteral("cannot read the sample: %1").arg(in.errorString())));
        }
        const QByteArray bytes = in.readAll();
        if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly) || out.write(bytes) != bytes.size() || !out.flush()) {
            const QString why = out.errorString();
            out.close();
            undo();
            return fail(failure(destination, QStringLiteral("cannot write the file: %1").arg(why)));
        }
        out.close();
        QFile::setPermissions(destination, isExecutable(info.fileName()) ? ExecutablePermissions : FilePermissions);
    }
    return true;
}

} // namespace Bullpen
