// SPDX-License-Identifier: MIT
#include "engine/portability/portabilityprobe.h"

#include "engine/core/jsonvalue.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace Bullpen {

namespace {

QString languageOf(const QString &runtime)
{
    if (runtime.startsWith(u"python"))
        return QStringLiteral("python");
    if (runtime.startsWith(u"nodejs"))
        return QStringLiteral("nodejs");
    return {};
}

// Copies a folder tree (files, folders, symbolic links as links).
bool copyTree(const QString &from, const QString &to, QString *error)
{
    if (!QDir().mkpath(to)) {
        *error = QStringLiteral("cannot create %1").arg(to);
        return false;
    }
    QDirIterator it(from, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    const QDir source(from);
    while (it.hasNext()) {
        const QFileInfo info = it.nextFileInfo();
        const QString target = to + u'/' + source.relativeFilePath(info.filePath());
        if (info.isSymLink()) {
            if (!QFile::link(info.symLinkTarget(), target)) {
                *error = QStringLiteral("cannot copy the link %1").arg(info.filePath());
                return false;
            }
        } else if (info.isDir()) {
            if (!QDir().mkpath(target)) {
                *error = QStringLiteral("cannot create %1").arg(target);
                return false;
            }
        } else if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(info.filePath(), target)) {
            *error = QStringLiteral("cannot copy %1 to %2").arg(info.filePath(), target);
            return false;
        }
    }
    return true;
}

} // namespace

QString PortabilityProbe::fileName(const QString &runtime)
{
    const QString language = languageOf(runtime);
    if (language == u"python")
        return QStringLiteral("bullpen_probe.py");
    // An ES module whatever the function's package.json says ("type"), which
    // Lambda's Node.js runtimes load as Bullpen's does.
    if (language == u"nodejs")
        return QStringLiteral("bullpen_probe.mjs");
    return {};
}

QString PortabilityProbe::handler(const QString &runtime)
{
    return languageOf(runtime).isEmpty() ? QString() : QStringLiteral("bullpen_probe.handler");
}

bool PortabilityProbe::supports(const FunctionConfig &function)
{
    return !function.image.isImage() && !fileName(function.runtime).isEmpty();
}

QByteArray PortabilityProbe::source(const QString &runtime)
{
    const QString language = languageOf(runtime);
    if (language.isEmpty())
        return {};
    QFile file(QStringLiteral(":/probe/%1/%2").arg(language, fileName(runtime)));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

std::optional<FunctionConfig> PortabilityProbe::stage(const FunctionConfig &function, const QString &stagingDir,
                                                      QString *error)
{
    if (function.image.isImage()) {
        *error = QStringLiteral("%1 is a container image function: its code is inside its image, where Bullpen "
                                "cannot put a probe beside it")
                     .arg(function.logicalId);
        return std::nullopt;
    }
    const QString name = fileName(function.runtime);
    if (name.isEmpty()) {
        *error = QStringLiteral("no portability probe for the runtime %1 yet (there are probes for Python and Node.js)")
                     .arg(function.runtime.isEmpty() ? QStringLiteral("(none)") : function.runtime);
        return std::nullopt;
    }
    if (QFileInfo::exists(function.codeDirectory + u'/' + name)) {
        *error = QStringLiteral("%1 has a file named %2 already; the probe needs that name")
                     .arg(function.codeDirectory, name);
        return std::nullopt;
    }
    if (!copyTree(function.codeDirectory, stagingDir, error))
        return std::nullopt;
    QFile probe(stagingDir + u'/' + name);
    const QByteArray text = source(function.runtime);
    if (text.isEmpty() || !probe.open(QIODevice::WriteOnly) || probe.write(text) != text.size()) {
        *error = QStringLiteral("cannot write the probe to %1").arg(probe.fileName());
        return std::nullopt;
    }
    FunctionConfig staged = function;
    staged.codeDirectory = QDir::cleanPath(stagingDir);
    staged.handler = handler(function.runtime);
    // The probe answers one call; nothing of the function's may fire meanwhile.
    staged.schedules.clear();
    staged.provisionedConcurrentExecutions = 0;
    staged.autoPublishAlias.clear();
    return staged;
}

std::optional<QJsonObject> PortabilityProbe::parse(const QByteArray &payload, QString *error)
{
    JsonValueError parseError;
    const QJsonValue value = parseJsonValue(payload, &parseError);
    if (parseError.isError() || !value.isObject()) {
        *error = parseError.isError() ? QStringLiteral("the probe's answer is not JSON: %1").arg(parseError.message())
                                      : QStringLiteral("the probe answered with JSON that is not an object: %1")
                                            .arg(QString::fromUtf8(payload.left(200)));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    if (object.value(u"probe").toInt() < 1) {
        *error = QStringLiteral("the answer is not a portability probe's (no \"probe\" version)");
        return std::nullopt;
    }
    return object;
}

} // namespace Bullpen
