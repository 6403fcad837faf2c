// SPDX-License-Identifier: MIT
#pragma once

#include "engine/portability/portabilityreport.h"
#include "engine/project/functionconfig.h"
#include "engine/targets/target.h"

#include <QObject>
#include <QPointer>
#include <QTemporaryDir>

#include <memory>

namespace Bullpen {

// One portability report: the probe staged beside the function, deployed and
// invoked in the local pool (the Lambda-shaped sandbox) and in the target at
// the same time, then compared (comparePortability). The probe runs as a
// function of its own (`<LogicalId>BullpenProbe`, the function's name,
// runtime and configuration) on targets of its own: the user's target spec
// under the name `<name>-probe` (one replica, a free port), so that it never
// replaces what the user deployed, and its tear-down removes only the probe.
// A target Bullpen cannot probe (AWS Lambda, a foreign endpoint) is reported
// "not probed". finished() or failed() comes once, from the event loop, after
// the probe's deployment has been removed. cancel() (Ctrl+C) stops it: what
// it deployed so far, or is deploying, is torn down, then stopped() comes
// instead. A probe whose deploy failed is torn down too: a container that
// was made but never answered goes with it.
class PortabilityRun final : public QObject
{
    Q_OBJECT
public:
    // target: the spec as the project's targets file has it; context: the
    // project's (its engine settings are the local pool's too).
    PortabilityRun(const TargetSpec &target, const TargetContext &context, QObject *parent = nullptr);
    ~PortabilityRun() override;

    // function: as it runs (after a build: codeDirectory is the built code);
    // sourceDirectory: the code as written, searched for the lines that name
    // an item (empty: the function's codeDirectory).
    void start(const FunctionConfig &function, const QString &sourceDirectory = {});
    // Stops the run and tears down what it deployed; stopped() follows from the
    // event loop. false (and no signal) when the run has already ended.
    bool cancel();

    // The logical id the probe runs under for a function, and the name of the
    // target it is deployed through for a target of the project.
    static QString probeId(const QString &logicalId);
    static QString probeTargetName(const QString &target);

Q_SIGNALS:
    void progress(const QString &line);
    void finished(const Bullpen::PortabilityReport &report);
    void failed(const QString &error);
    void stopped();

private:
    struct Side
    {
        QPointer<Target> target;
        ProbePlace place;
        bool done = false;
        bool started = false; // probe() ran: the local pool may have instances
        bool deploying = false; // deploy() is under way
        bool deployed = false; // deploy() was asked of a deployable target: tear down at the end
        bool tearingDown = false;
        quint64 callId = 0;
    };
    void probe(Side &side);
    void called(Side &side, const TargetCallResult &result);
    void sideDone(Side &side);
    void finish();

    TargetSpec m_spec;
    TargetContext m_context;
    Side m_local;
    Side m_target;
    FunctionConfig m_function;
    FunctionConfig m_probe;
    QString m_sourceDirectory;
    std::unique_ptr<QTemporaryDir> m_staging;
    bool m_finished = false;
    bool m_cancelled = false;
};

} // namespace Bullpen
