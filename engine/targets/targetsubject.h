// SPDX-License-Identifier: MIT
#pragma once

#include "engine/project/functionconfig.h"
#include "engine/targets/comparerun.h"
#include "engine/targets/target.h"

#include <QPointer>

namespace Bullpen {

// A deployment target (engine/targets/target.h) as a comparison drives it:
// the health check first, then, when the target is deployable and nothing is
// deployed for the function yet, a deploy (said on progress()) and a second
// check; then one call at a time. The target is the caller's (the window keeps
// its targets between comparisons, so a second comparison finds them warm).
class TargetSubject final : public CompareSubject
{
    Q_OBJECT
public:
    TargetSubject(Target *target, const FunctionConfig &function, bool deployWhenNeeded, QObject *parent = nullptr);

    QString name() const override;
    QString kind() const override;
    void check() override;
    void call(const QByteArray &event) override;
    void cancel() override;

    Target *target() const { return m_target; }
    // This subject deployed the function, or tried to (so its caller may tear
    // it down afterwards: a failed or cancelled deploy may have made something).
    bool deployedHere() const { return m_deployed; }
    // A deploy of this subject's is under way (cancel() asks it to stop; it
    // ends with the target's deployFinished()).
    bool isDeploying() const { return m_deploying; }

    // What the comparison needs of one call's result.
    static CompareCall toCompareCall(const TargetCallResult &result);

Q_SIGNALS:
    void progress(const QString &line);

private:
    enum class Waiting { Nothing, Health, Deploy, HealthAfterDeploy, Call };

    QPointer<Target> m_target;
    FunctionConfig m_function;
    bool m_deployWhenNeeded;
    bool m_deployed = false;
    bool m_deploying = false;
    Waiting m_waiting = Waiting::Nothing;
    quint64 m_callId = 0;
};

} // namespace Bullpen
