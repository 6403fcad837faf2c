// SPDX-License-Identifier: MIT
#include "engine/targets/targetsubject.h"

namespace Bullpen {

using namespace Qt::StringLiterals;

TargetSubject::TargetSubject(Target *target, const FunctionConfig &function, bool deployWhenNeeded, QObject *parent)
    : CompareSubject(parent)
    , m_target(target)
    , m_function(function)
    , m_deployWhenNeeded(deployWhenNeeded)
{
    connect(target, &Target::progress, this, [this](const QString &line) {
        if (m_waiting != Waiting::Nothing)
            Q_EMIT progress(line);
    });
    connect(target, &Target::healthChecked, this, [this](const TargetHealth &health) {
        if (m_waiting != Waiting::Health && m_waiting != Waiting::HealthAfterDeploy)
            return;
        const bool afterDeploy = m_waiting == Waiting::HealthAfterDeploy;
        m_waiting = Waiting::Nothing;
        if (health.isUsable()) {
            Q_EMIT checked(QString());
            return;
        }
        if (health.state == TargetState::NotDeployed && !afterDeploy && m_deployWhenNeeded
            && m_target->isDeployable()) {
            Q_EMIT progress(u"deploying %1 (%2)"_s.arg(m_function.logicalId, health.reason));
            m_waiting = Waiting::Deploy;
            m_deployed = true;
            m_deploying = true;
            m_target->deploy({ m_function });
            return;
        }
        QString why = health.reason.isEmpty() ? targetStateName(health.state) : health.reason;
        if (health.state == TargetState::NotDeployed)
            why = u"not deployed: "_s + why;
        Q_EMIT checked(why);
    });
    connect(target, &Target::deployFinished, this, [this](bool ok, const QString &message) {
        m_deploying = false;
        if (m_waiting != Waiting::Deploy)
            return;
        if (!ok) {
            m_waiting = Waiting::Nothing;
            Q_EMIT checked(u"the deploy failed: "_s + message);
            return;
        }
        m_waiting = Waiting::HealthAfterDeploy;
        m_target->checkHealth({ m_function });
    });
    connect(target, &Target::callFinished, this, [this](quint64 id, const TargetCallResult &result) {
        if (m_waiting != Waiting::Call || id != m_callId)
            return;
        m_waiting = Waiting::Nothing;
        Q_EMIT called(toCompareCall(result));
    });
}

QString TargetSubject::name() const
{
    return m_target ? m_target->name() : QString();
}

QString TargetSubject::kind() const
{
    return m_target ? targetKindTitle(m_target->kind()) : QString();
}

void TargetSubject::check()
{
    m_waiting = Waiting::Health;
    m_target->checkHealth({ m_function });
}

void TargetSubject::call(const QByteArray &event)
{
    m_waiting = Waiting::Call;
    m_callId = m_target->invoke(m_function, event);
}

void TargetSubject::cancel()
{
    m_waiting = Waiting::Nothing;
    if (m_deploying && m_target)
        m_target->cancelDeploy();
}

CompareCall TargetSubject::toCompareCall(const TargetCallResult &r)
{
    CompareCall c;
    switch (r.status) {
    case TargetCallStatus::Succeeded:
    case TargetCallStatus::FunctionError:
        break;
    case TargetCallStatus::NetworkError:
        c.unreachable = r.networkError.isEmpty() ? r.message : r.networkError;
        break;
    case TargetCallStatus::Refused:
        c.unreachable
            = u"refused (HTTP %1): %2"_s.arg(r.httpStatus)
                  .arg(
                      QStringList { r.errorType, r.errorMessage.isEmpty() ? r.message : r.errorMessage }.join(u": "_s));
        break;
    case TargetCallStatus::NotDeployed:
        c.unreachable = u"not deployed: "_s + r.message;
        break;
    case TargetCallStatus::EngineError:
        c.unreachable = r.message;
        break;
    }
    if (!r.succeeded() && r.status != TargetCallStatus::FunctionError && c.unreachable.isEmpty())
        c.unreachable = targetCallStatusName(r.status);
    c.payload = r.payload;
    c.functionError = r.functionError;
    if (r.status == TargetCallStatus::FunctionError && c.functionError.isEmpty())
        c.functionError = u"Unhandled"_s;
    c.errorType = r.errorType;
    c.errorMessage = r.errorMessage;
    c.logsGiven = !r.logs.isEmpty();
    c.logs = r.logs;
    c.durationMs = r.durationMs;
    c.initDurationMs = r.initDurationMs;
    if (r.billedDurationMs)
        c.billedDurationMs = double(*r.billedDurationMs);
    if (r.maxMemoryUsedMb)
        c.maxMemoryUsedMb = double(*r.maxMemoryUsedMb);
    if (r.roundTripNs > 0)
        c.roundTripMs = double(r.roundTripNs) / 1e6;
    c.start = r.start;
    c.requestId = r.requestId;
    return c;
}

} // namespace Bullpen
