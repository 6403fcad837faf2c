// SPDX-License-Identifier: MIT
#pragma once

#include "engine/project/project.h"
#include "engine/project/projectsettings.h"

#include <QPointer>
#include <QTimer>

#include <QWidget>
#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace Bullpen {

class EnvironmentModel;

// Edits one function's Handler, MemorySize, Timeout and environment variables,
// its concurrency (ReservedConcurrentExecutions, ProvisionedConcurrencyConfig
// with AutoPublishAlias: template properties) and how Bullpen keeps it warm
// (keep-alive, the keep-warm pinger and its rate, which of the template's
// Schedule events fire here: the Bullpen project file, bullpen-project.json,
// decisions §4; a schedule is off until the user turns it on), and, for
// teaching, SnapStart on every call ($LATEST too; Lambda: published versions only).
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

    // How Bullpen runs the function (keep-alive, keep-warm, schedules): as
    // edited here when logicalId is the one shown and the edits are valid,
    // else as the project file says.
    FunctionRunSettings runSettings(const QString &logicalId) const;

    // Writes the changes to the template and the project file (Save).
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
    QSpinBox *reservedSpinBox() const { return m_reserved; }
    QSpinBox *provisionedSpinBox() const { return m_provisioned; }
    QLineEdit *aliasEdit() const { return m_alias; }
    QSpinBox *keepAliveSpinBox() const { return m_keepAlive; }
    QCheckBox *keepWarmCheckBox() const { return m_keepWarm; }
    QCheckBox *snapStartAlwaysCheckBox() const { return m_snapStartAlways; }
    // What SnapStart does for the function as shown (the template's, the alias), or hidden.
    QLabel *snapStartHint() const { return m_snapStartHint; }
    // settingsEdited() waits this long after the last change (typing an alias
    // starts no instances for each letter); default 600 ms.
    void setSettingsEditedDelay(int ms) { m_editTimer.setInterval(ms); }
    QLineEdit *keepWarmRateEdit() const { return m_keepWarmRate; }
    // One check box per Schedule/ScheduleV2 event of the function, in the
    // template's order; each named after its event (objectName "schedule:NAME").
    QList<QCheckBox *> scheduleCheckBoxes() const { return m_scheduleBoxes; }
    QLabel *modifiedMarker() const { return m_modifiedMarker; }

Q_SIGNALS:
    // After a successful Apply.
    void applied(const QString &logicalId);
    // The panel has (or no longer has) changes not yet in the template.
    void modifiedChanged(bool modified);
    // The values shown changed and are valid (or were loaded), and have
    // settled: the window applies them to the engine (provisioned instances,
    // keep-alive, keep-warm), saved or not, as Invoke uses edited memory and timeout.
    void settingsEdited(const QString &logicalId);

private:
    void load();
    void validate();
    void onProjectChanged();
    void addVariable();
    void removeVariable();
    void showGlobalsHints();
    QLabel *makeMessageLabel();
    FunctionRunSettings editedRunSettings() const;
    void loadRunSettings();

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
    QSpinBox *m_reserved;
    QSpinBox *m_provisioned;
    QLineEdit *m_alias;
    QLabel *m_concurrencyMessage;
    QSpinBox *m_keepAlive;
    QCheckBox *m_keepWarm;
    QLineEdit *m_keepWarmRate;
    QLabel *m_warmMessage;
    QCheckBox *m_snapStartAlways;
    QLabel *m_snapStartHint;
    void showSnapStartHint();
    QLabel *m_schedulesLabel;
    QWidget *m_schedulesField;
    QList<QCheckBox *> m_scheduleBoxes;
    QLabel *m_scheduleMessage;
    void loadSchedules();
    FunctionRunSettings m_loadedRun;
    QString m_lastEmitted; // the values last announced by settingsEdited()
    QTimer m_editTimer;
    void announceEdits();
    QWidget *m_form;
    QLabel *m_placeholder;
};

} // namespace Bullpen
