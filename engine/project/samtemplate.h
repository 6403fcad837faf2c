// SPDX-License-Identifier: MIT
#pragma once

#include "engine/project/functionconfig.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Bullpen {

// A loaded AWS SAM (or plain CloudFormation) template, reduced to what the engine
// runs: its functions, merged with Globals.Function the way SAM merges them, with
// intrinsics resolved as far as a local run allows. A value type: it owns copies
// of the configurations, the warnings met while reading (unresolvable values kept
// as readable placeholders) and the errors of functions it had to leave out.
// Loading fails only when nothing runnable is left.
class SamTemplate
{
public:
    // path may also be a project folder: template.yaml, template.yml or template.json in it.
    static std::optional<SamTemplate> load(const QString &path, ProjectError *error);
    static std::optional<SamTemplate> parse(const QByteArray &yaml, const QString &path, ProjectError *error);
    // The template file of a project folder, or an empty string.
    static QString findTemplate(const QString &directory);
    static bool isSupportedRuntime(const QString &runtime);

    QString path() const { return m_path; }
    QString directory() const { return m_directory; }
    QList<FunctionConfig> functions() const { return m_functions; }
    std::optional<FunctionConfig> function(const QString &logicalId) const;
    // Like function(), and says why when there is none: unknown name (listing
    // the known ones) or the reason the function could not be loaded.
    std::optional<FunctionConfig> function(const QString &logicalId, ProjectError *error) const;
    // The template's layers whose content is there (in the template's order).
    QList<LayerConfig> layers() const { return m_layers; }
    // Non-fatal findings, e.g. "HelloWorldFunction: TABLE_NAME is !GetAtt ...".
    QStringList warnings() const { return m_warnings; }
    // Functions left out, one error each (unsupported runtime, S3 code, ...).
    QList<ProjectError> errors() const { return m_errors; }

private:
    friend class SamTemplateReader;
    QString m_path;
    QString m_directory;
    QList<FunctionConfig> m_functions;
    QList<LayerConfig> m_layers;
    QStringList m_warnings;
    QList<ProjectError> m_errors;
    QStringList m_failedIds; // parallel to m_errors
};

} // namespace Bullpen
