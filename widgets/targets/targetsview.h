// SPDX-License-Identifier: MIT
#pragma once

#include "engine/invoke/enginesettings.h"
#include "engine/project/functionconfig.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace Bullpen {

class ProjectTargets;
class Target;
class TargetsModel;

// The Targets dock: the project's deployment targets (bullpen-targets.yaml)
// with their state, Check (all), Up and Down (the selected target), Edit (the
// targets file in the editor), and the deploy log. Up builds the functions
// first (FunctionPreparer), as Invoke does. Every operation is the target's
// own, asynchronous: nothing here waits for a daemon or an endpoint.
class TargetsView final : public QWidget
{
    Q_OBJECT
public:
    explicit TargetsView(QWidget *parent = nullptr);
    ~TargetsView() override;

    // The open project (empty template: none); reads its targets file again.
    void setProject(const QString &templatePath, const QList<FunctionConfig> &functions, const EngineSettings &engine);
    TargetsModel *model() const { return m_model; }
    ProjectTargets *targets() const { return m_targets; }
    QString error() const { return m_error; } // the targets file's fault, when it has one

    void checkAll();
    void up(Target *target);
    void down(Target *target);

Q_SIGNALS:
    // Edit asks the window to open this file (made with the defaults when missing).
    void editRequested(const QString &path);

private:
    Target *selected() const;
    void log(const QString &line);
    void updateButtons();

    TargetsModel *m_model;
    QTableView *m_table;
    QLabel *m_status;
    QPlainTextEdit *m_log;
    QPushButton *m_check;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_edit;
    ProjectTargets *m_targets = nullptr;
    QString m_templatePath;
    QList<FunctionConfig> m_functions;
    EngineSettings m_engine;
    QString m_error;
};

} // namespace Bullpen
