// SPDX-License-Identifier: MIT
#pragma once

#include "engine/project/functionconfig.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace Bullpen {

// How Bullpen runs one function locally, beyond what the template says.
struct FunctionRunSettings
{
    qint64 keepAliveMs = 45 * 60 * 1000; // Lambda keeps idle environments about 45 minutes
    bool keepWarm = false; // the classic warmer: ping on a rate
    QString keepWarmRate = QStringLiteral("rate(5 minutes)");
    QStringList enabledSchedules; // template schedules turned on (all are off by default)
    // For teaching: SnapStart on every invocation, $LATEST included, with or
    // without the template's SnapStart (Lambda: published versions only).
    bool snapStartAlways = false;

    bool operator==(const FunctionRunSettings &) const = default;
};

// The Bullpen project file, bullpen-project.json beside the template: the
// local-only settings that do not belong in template.yaml (keep-alive,
// keep-warm, which of the template's schedules fire here, SnapStart on every
// invocation for teaching). A missing file
// means every default; unknown keys are kept out of the way, not errors.
class ProjectSettings
{
public:
    static QString fileName() { return QStringLiteral("bullpen-project.json"); }
    // The project file of a template (or of a project folder).
    static QString pathFor(const QString &templatePath);

    // Defaults when the file does not exist; nullopt with an error when it cannot be read.
    static std::optional<ProjectSettings> load(const QString &templatePath, ProjectError *error);
    bool save(const QString &templatePath, ProjectError *error) const;

    static std::optional<ProjectSettings> fromJson(const QByteArray &json, QString *error);
    QByteArray toJson() const;

    FunctionRunSettings function(const QString &logicalId) const { return m_functions.value(logicalId); }
    void setFunction(const QString &logicalId, const FunctionRunSettings &settings);

    bool operator==(const ProjectSettings &) const = default;

private:
    QHash<QString, FunctionRunSettings> m_functions;
};

} // namespace Bullpen
