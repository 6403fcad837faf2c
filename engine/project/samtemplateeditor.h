// SPDX-License-Identifier: MIT
#pragma once

#include "engine/project/functionconfig.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace Bullpen {

// Edits the text of a SAM template surgically for the settings panel: it changes
// only the lines it must (a value in place, a property line inserted under the
// function's Properties with the file's own indentation, environment lines added
// or removed) and keeps comments, key order, quoting of untouched values, other
// resources and Globals. A value inherited from Globals is overridden in the
// function's own Properties. Every edit is checked by parsing the result and
// comparing it with the intended document; an edit that would not read back
// exactly is refused and the text stays as it was. Owns only the text.
class SamTemplateEditor
{
public:
    explicit SamTemplateEditor(QByteArray text);

    // Names the file in error messages (optional).
    void setFileName(const QString &fileName) { m_fileName = fileName; }

    // property: "MemorySize", "Timeout", "Handler", "Runtime", "CodeUri",
    // "ReservedConcurrentExecutions" or "AutoPublishAlias".
    bool setFunctionProperty(const QString &logicalId, const QString &property, const QString &value,
                             ProjectError *error);
    // ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions of the function (it applies to AutoPublishAlias).
    bool setProvisionedConcurrency(const QString &logicalId, int executions, ProjectError *error);
    // Removes a property from the function's own Properties: "ReservedConcurrentExecutions",
    // "AutoPublishAlias" or a nested one such as
    // "ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions" (a parent mapping left
    // empty goes too). Only the property's lines go; comments elsewhere and the order of
    // the rest stay. A property that is not there is not an error (nothing changes).
    // Globals are never touched: a value Globals give the function applies again.
    bool removeFunctionProperty(const QString &logicalId, const QString &property, ProjectError *error);
    // variables: the function's complete environment as it should run (Globals included).
    bool setEnvironment(const QString &logicalId, const QMap<QString, QString> &variables, ProjectError *error);
    QByteArray text() const { return m_text; }

    // The checks the editor applies, for the GUI to use while the user types.
    static bool validateMemorySize(int megabytes, QString *error = nullptr);
    static bool validateTimeout(int seconds, QString *error = nullptr);
    static bool validateHandler(const QString &handler, QString *error = nullptr);
    static bool validateEnvironment(const QMap<QString, QString> &variables, QString *error = nullptr);

private:
    QString fileName() const;

    QByteArray m_text;
    QString m_fileName;
};

// Writes a template atomically (QSaveFile); the error names the file and the OS reason.
bool saveTemplateText(const QString &path, const QByteArray &text, ProjectError *error);

} // namespace Bullpen
