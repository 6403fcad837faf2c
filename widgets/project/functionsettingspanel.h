// SPDX-License-Identifier: MIT
#pragma once

#include "engine/project/project.h"

#include <QPointer>

#include <QWidget>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace Bullpen {

class EnvironmentModel;

// Edits one function's Handler, MemorySize, Timeout and environment variables.
// Checks each field as the user types with the same rules and words as the
// template reader and editor (LambdaLimits) and shows the problem under the
// field. Edits apply on change: editedFunction() gives Invoke the function as
// edited, and a marker says so until Save writes all changes at once through
// Project (the template's comments, order and other resources kept; a refusal
// is shown in the panel); Revert goes back to the template's values. Values
// inherited from Globals are marked "from Globals", values set here over a
// Globals value "overrides Globals". Owns its widgets and the environment
// table's model; follows the project's reloads unless the user has unsaved
// changes.
class FunctionSettingsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit FunctionSettingsPanel(QWidget *parent = nullptr);
    ~FunctionSettingsPanel() override;

    void setProject(Project *project);
    Project *project() const { return m_project; }
    // Shows the function's settings (discarding unapplied changes).
    void setFunction(const QString &logicalId);
    QString function() const { return m_functionId; }

    bool isModified() const;
    // The first validation problem shown, or an empty string.
    QString validationError() const;
    // The message of the last refused Apply, or an empty string.
    QString lastError() const { return m_lastError; }

    // The function as edited here when logicalId is the one shown and has
    // changes; std::nullopt otherwise (the template's values hold). When the
    // edits are not valid, std::nullopt with *error saying why.
    std::optional<FunctionConfig> editedFunction(const QString &logicalId, QString *error = nullptr) const;

    // Writes the changes to the template (Save).
    bool apply();
    void revert();

    // For tests and the window's layout.
    QLineEdit *handlerEdit() const { return m_handler; }
    QSpinBox *memorySpinBox() const { return m_memory; }
    QSpinBox *timeoutSpinBox() const { return m_timeout; }
    QTableView *environmentView() const { return m_environmentView; }
    EnvironmentModel *environmentModel() const { return m_environment; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *revertButton() const { return m_revert; }
    QLabel *modifiedMarker() const { return m_modifiedMarker; }

Q_SIGNALS:
    // After a successful Apply.
    void applied(const QString &logicalId);
    // The panel has (or no longer has) changes not yet in the template.
    void modifiedChanged(bool modified);

private:
    void load();
    void validate();
    void onProjectChanged();
    void addVariable();
    void removeVariable();
    void showGlobalsHints();
    QLabel *makeMessageLabel();

    QPointer<Project> m_project;
    QString m_functionId;
    FunctionConfig m_loaded;
    bool m_loading = false;
    QString m_lastError;

    QLabel *m_title;
    QLabel *m_subtitle;
    QLineEdit *m_handler;
    QLabel *m_handlerMessage;
    QSpinBox *m_memory;
    QLabel *m_memoryHint;
    QLabel *m_memoryMessage;
    QSpinBox *m_timeout;
    QLabel *m_timeoutHint;
    QLabel *m_timeoutMessage;
    QTableView *m_environmentView;
    EnvironmentModel *m_environment;
    QPushButton *m_addVariable;
    QPushButton *m_removeVariable;
    QLabel *m_environmentMessage;
    QLabel *m_applyMessage;
    QLabel *m_modifiedMarker;
    bool m_wasModified = false;
    QPushButton *m_apply;
    QPushButton *m_revert;
    QWidget *m_form;
    QLabel *m_placeholder;
};

} // namespace Bullpen
