// SPDX-License-Identifier: MIT
#include "engine/project/projectsettings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace Bullpen {

QString ProjectSettings::pathFor(const QString &templatePath)
{
    const QFileInfo info(templatePath);
    const QString directory = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    return QDir(directory).filePath(fileName());
}

std::optional<ProjectSettings> ProjectSettings::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError
                ? QStringLiteral("not JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset)
                : QStringLiteral("the file is not a JSON object");
        return std::nullopt;
    }
    ProjectSettings settings;
    const QJsonObject functions = document.object().value(QStringLiteral("functions")).toObject();
    for (auto it = functions.begin(); it != functions.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        FunctionRunSettings f;
        const QJsonValue keepAlive = o.value(QStringLiteral("keepAliveSeconds"));
        if (keepAlive.isDouble()) {
            if (keepAlive.toDouble() < 0) {
                if (error)
                    *error = QStringLiteral("%1: keepAliveSeconds cannot be negative").arg(it.key());
                return std::nullopt;
            }
            f.keepAliveMs = qint64(keepAlive.toDouble() * 1000.0);
        }
        f.keepWarm = o.value(QStringLiteral("keepWarm")).toBool(false);
        f.keepWarmRate = o.value(QStringLiteral("keepWarmRate")).toString(f.keepWarmRate);
        const QJsonArray schedules = o.value(QStringLiteral("enabledSchedules")).toArray();
        for (const QJsonValue &s : schedules)
            f.enabledSchedules.append(s.toString());
        f.snapStartAlways = o.value(QStringLiteral("snapStartAlways")).toBool(false);
        settings.m_functions.insert(it.key(), f);
    }
    return settings;
}

QByteArray ProjectSettings::toJson() const
{
    QJsonObject functions;
    const FunctionRunSettings defaults;
    for (auto it = m_functions.cbegin(); it != m_functions.cend(); ++it) {
        const FunctionRunSettings &f = it.value();
        if (f == defaults)
            continue;
        QJsonObject o;
        o.insert(QStringLiteral("keepAliveSeconds"), double(f.keepAliveMs) / 1000.0);
        o.insert(QStringLiteral("keepWarm"), f.keepWarm);
        o.insert(QStringLiteral("keepWarmRate"), f.keepWarmRate);
        o.insert(QStringLiteral("enabledSchedules"), QJsonArray::fromStringList(f.enabledSchedules));
        if (f.snapStartAlways) // written only when on: files of functions without it stay as they were
            o.insert(QStringLiteral("snapStartAlways"), true);
        functions.insert(it.key(), o);
    }
    return QJsonDocument(QJsonObject { { QStringLiteral("version"), 1 }, { QStringLiteral("functions"), functions } })
        .toJson(QJsonDocument::Indented);
}

void ProjectSettings::setFunction(const QString &logicalId, const FunctionRunSettings &settings)
{
    m_functions.insert(logicalId, settings);
}

std::optional<ProjectSettings> ProjectSettings::load(const QString &templatePath, ProjectError *error)
{
    const QString path = pathFor(templatePath);
    QFile file(path);
    if (!file.exists())
        return ProjectSettings();
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error
                = ProjectError { path, 0, 0, QStringLiteral("cannot read the project file: %1").arg(file.errorString()),
                                 QStringLiteral("check its permissions, or remove it to start from the defaults") };
        return std::nullopt;
    }
    QString why;
    auto settings = fromJson(file.readAll(), &why);
    if (!settings && error)
        *error
            = ProjectError { path, 0, 0, why, QStringLiteral("fix the file, or remove it to start from the defaults") };
    return settings;
}

bool ProjectSettings::save(const QString &templatePath, ProjectError *error) const
{
    const QString path = pathFor(templatePath);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson()) < 0 || !file.commit()) {
        if (error)
            *error = ProjectError { path, 0, 0,
                                    QStringLiteral("cannot write the project file: %1").arg(file.errorString()),
                                    QStringLiteral("check that the project folder is writable") };
        return false;
    }
    return true;
}

} // namespace Bullpen
