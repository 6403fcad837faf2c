// SPDX-License-Identifier: MIT
#pragma once

#include "engine/invoke/enginesettings.h"
#include "engine/project/functionconfig.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace Bullpen {

class CompareRun;
class CompareView;
class FunctionPreparer;
class Project;
class ProjectTargets;

// What runs a Compare view's comparisons: the open project's targets
// (bullpen-targets.yaml, read again when it changes), its saved events, the
// build before a run (FunctionPreparer, as Invoke builds), and a CompareRun
// per comparison, whose progress and report it hands to the view. It keeps
// its targets between comparisons, so a second comparison finds the local
// pool warm and a deployed container still there; what a comparison deployed
// and the local pool's instances are taken down when the project closes.
class CompareController final : public QObject
{
    Q_OBJECT
public:
    CompareController(CompareView *view, QObject *parent = nullptr);
    ~CompareController() override;

    void setProject(Project *project, const QString &function);
    void setFunction(const QString &function);
    // The settings the local pool target runs with (the window's engine preferences).
    void setEngineSettings(const EngineSettings &settings);
    // Reads the targets file and the saved events again.
    void reload();
    bool isRunning() const;
    // Takes down what comparisons deployed, and the local pool's instances.
    void tearDown();

Q_SIGNALS:
    void comparisonFinished(int exitCode);

private:
    void compare(const QString &function, const QString &event, const QStringList &targets, int repeat);
    void run(const FunctionConfig &function, const QByteArray &event, const QStringList &targets, int repeat);
    void stop();
    // The project's targets as its file says now; made again when the file changed.
    ProjectTargets *targets(QString *error);

    CompareView *m_view;
    QPointer<Project> m_project;
    QString m_function;
    EngineSettings m_settings;
    QPointer<ProjectTargets> m_targets; // made on first use, kept between comparisons
    QStringList m_deployed; // targets a comparison deployed something on
    QPointer<CompareRun> m_run;
    QPointer<FunctionPreparer> m_preparer;
};

} // namespace Bullpen
