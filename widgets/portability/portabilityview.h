// SPDX-License-Identifier: MIT
#pragma once

#include "engine/invoke/enginesettings.h"
#include "engine/portability/portabilityreport.h"
#include "engine/project/functionconfig.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeView;

namespace Bullpen {

class FunctionPreparer;
class PortabilityModel;
class PortabilityRun;

// The portability report of the window's function against one of the
// project's targets (bullpen-targets.yaml): choose the target, Run Probe,
// read the items (differences first, tinted; lines of the function's code
// that name them in bold) and the evidence of the chosen one below; export
// the report as Markdown or HTML. It builds the function first when it has a
// build, as Invoke does, and runs the probe through the targets' own
// deploy/invoke/tear-down (engine/portability/PortabilityRun) with a local
// pool of its own, so the window's warm instances are not disturbed.
class PortabilityView final : public QWidget
{
    Q_OBJECT
public:
    explicit PortabilityView(QWidget *parent = nullptr);
    ~PortabilityView() override;

    // The project (its template) and the function to report on; an empty
    // template path means no project.
    void setProject(const QString &templatePath);
    void setFunction(const FunctionConfig &function);
    void setEngineSettings(const EngineSettings &settings) { m_settings = settings; }
    // Re-reads the targets file into the chooser.
    void reloadTargets();

    // Runs the probe against the named target (the chooser's when empty);
    // false when it cannot start (no project, no function, a run under way),
    // the reason in the status line.
    bool run(const QString &target = {});
    bool isRunning() const;

    // Writes the shown report; format "markdown" or "html". false with *error.
    bool exportReport(const QString &path, const QString &format, QString *error) const;

    PortabilityModel *model() const { return m_model; }
    QTreeView *table() const { return m_table; }
    QComboBox *targetChooser() const { return m_targets; }
    QString statusText() const;
    QString detailsText() const;

Q_SIGNALS:
    void finished(const Bullpen::PortabilityReport &report);
    void failed(const QString &error);

private:
    void setStatus(const QString &text);
    void showDetails();
    void exportAs(const QString &format);
    void finishRun();
    void updateButtons();

    QString m_templatePath;
    FunctionConfig m_function;
    EngineSettings m_settings;
    PortabilityModel *m_model;
    QComboBox *m_targets;
    QPushButton *m_runButton;
    QPushButton *m_markdownButton;
    QPushButton *m_htmlButton;
    QLabel *m_status;
    QLabel *m_summary;
    QTreeView *m_table;
    QTextBrowser *m_details;
    QPointer<FunctionPreparer> m_preparer;
    QPointer<PortabilityRun> m_run;
};

} // namespace Bullpen
