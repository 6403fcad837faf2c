// SPDX-License-Identifier: MIT
#pragma once

#include "engine/portability/portabilityreport.h"
#include "engine/project/functionconfig.h"

#include <QObject>
#include <QPointer>
#include <QTemporaryDir>

#include <memory>

namespace Bullpen {

class Target;
struct TargetCallResult;

// One portability report: the probe staged beside the function, deployed and
// invoked in the local pool (the Lambda-shaped sandbox) and in the target at
// the same time, then compared (comparePortability). The probe runs as a
// function of its own (`<LogicalId>BullpenProbe`, the function's name,
// runtime and configuration), so it never replaces what the user deployed of
// the function itself, and only it is torn down afterwards. A target Bullpen
// cannot probe (AWS Lambda, a foreign endpoint) is reported "not probed".
//
// The targets belong to the caller and must outlive the run; finished() or
// failed() comes once, from the event loop.
class PortabilityRun final : public QObject
{
    Q_OBJECT
public:
    PortabilityRun(Target *localPool, Target *target, QObject *parent = nullptr);
    ~PortabilityRun() override;

    // function: as it runs (after a build: codeDirectory is the built code);
    // sourceDirectory: the code as written, searched for the lines that name
    // an item (empty: the function's codeDirectory).
    void start(const FunctionConfig &function, const QString &sourceDirectory = {});

    // The logical id the probe runs under for a function.
    static QString probeId(const QString &logicalId);

Q_SIGNALS:
    void progress(const QString &line);
    void finished(const Bullpen::PortabilityReport &report);
    void failed(const QString &error);

private:
    struct Side
    {
        QPointer<Target> target;
        ProbePlace place;
        bool done = false;
        bool deployed = false;
        quint64 callId = 0;
    };
    void probe(Side &side);
    void called(Side &side, const TargetCallResult &result);
    void sideDone(Side &side);
    void finish();

    Side m_local;
    Side m_target;
    FunctionConfig m_function;
    FunctionConfig m_probe;
    QString m_sourceDirectory;
    std::unique_ptr<QTemporaryDir> m_staging;
    bool m_finished = false;
};

} // namespace Bullpen
