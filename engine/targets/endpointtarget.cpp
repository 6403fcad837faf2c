// SPDX-License-Identifier: MIT
#include "engine/targets/endpointtarget.h"

#include "engine/aws/lambdainvokeclient.h"

#include <QTimer>

#include <memory>

namespace Bullpen {

using namespace Qt::StringLiterals;

namespace {

// The codes AWS (and `bullpen serve --credentials`) refuse keys with.
bool isCredentialsRefusal(const LambdaInvokeResult &answer)
{
    const QByteArray type = answer.errorType();
    return answer.status == 403 || type.contains("Signature") || type == "UnrecognizedClientException"
        || type.contains("Token") || type == "AccessDeniedException";
}

} // namespace

EndpointTarget::EndpointTarget(const TargetSpec &spec, const TargetContext &context, QObject *parent,
                               const AwsCredentialProvider &credentials)
    : Target(spec, context, parent)
{
    AwsProfile profile;
    if (spec.kind == TargetKind::AwsLambda || spec.sign) {
        profile = credentials.resolve(spec.profile);
        m_region = !spec.region.isEmpty() ? spec.region : !profile.region.isEmpty() ? profile.region : u"us-east-1"_s;
        if (profile.isValid())
            m_credentialsSource = profile.source;
        else
            m_credentialsError
                = profile.error.isEmpty() ? u"no AWS credentials for profile '%1'"_s.arg(profile.name) : profile.error;
    }
    m_client = new LambdaInvokeClient(endpoint(), this);
    if (profile.isValid())
        m_client->setCredentials(profile.credentials, m_region);
    connect(m_client, &LambdaInvokeClient::finished, this, &EndpointTarget::onAnswer);
}

QUrl EndpointTarget::endpoint() const
{
    if (spec().url.isValid() && !spec().url.isEmpty())
        return spec().url;
    if (spec().kind == TargetKind::AwsLambda)
        return LambdaInvokeClient::endpointForRegion(m_region.isEmpty() ? u"us-east-1"_s : m_region);
    return {};
}

bool EndpointTarget::isSigning() const
{
    return m_client && m_client->isSigning();
}

InvokeDialect EndpointTarget::dialect() const
{
    // An endpoint may be the emulator (an exported image on EC2) or a Lambda API
    // (`bullpen serve`): a header says which when there is one, so the body's
    // shape is read only where no X-Amz-Function-Error could have said it.
    return spec().kind == TargetKind::AwsLambda ? InvokeDialect::Lambda : InvokeDialect::Emulator;
}

void EndpointTarget::deploy(const QList<FunctionConfig> &functions)
{
    Q_UNUSED(functions)
    const QString message = u"%1 is not Bullpen's to deploy: nothing done"_s.arg(endpoint().toDisplayString());
    QTimer::singleShot(0, this, [this, message] { Q_EMIT deployFinished(true, message); });
}

void EndpointTarget::tearDown()
{
    const QString message = u"%1 is not Bullpen's: nothing removed"_s.arg(endpoint().toDisplayString());
    QTimer::singleShot(0, this, [this, message] { Q_EMIT tearDownFinished(true, message); });
}

void EndpointTarget::checkHealth(const QList<FunctionConfig> &functions)
{
    TargetHealth health;
    if (!endpoint().isValid() || endpoint().isEmpty()) {
        health.state = TargetState::Down;
        health.reason = u"no URL: set url in %1"_s.arg(u"bullpen-targets.yaml"_s);
    } else if (!m_credentialsError.isEmpty()) {
        health.state = TargetState::Down;
        health.reason = u"cannot sign: "_s + m_credentialsError;
    }
    if (health.state == TargetState::Down) {
        QTimer::singleShot(0, this, [this, health] { reportHealth(health); });
        return;
    }
    auto check = std::make_shared<Check>();
    check->health.state = TargetState::Ready;
    check->health.reason = u"answers at %1%2"_s.arg(
        endpoint().toDisplayString(), isSigning() ? u", signing with "_s + m_credentialsSource : QString());
    if (spec().kind == TargetKind::AwsLambda && !functions.isEmpty()) {
        for (const FunctionConfig &function : functions) {
            const QString name = spec().functionNameFor(function);
            m_client->setTimeoutMs(30000);
            m_checks.insert(m_client->getFunction(name, spec().qualifier), { check, function.logicalId });
            ++check->waiting;
        }
    } else {
        m_client->setTimeoutMs(30000);
        m_checks.insert(m_client->listFunctions(), { check, QString() });
        ++check->waiting;
    }
}

quint64 EndpointTarget::invoke(const FunctionConfig &function, const QByteArray &payload,
                               const TargetCallOptions &options)
{
    const quint64 id = nextCallId();
    TargetCallResult result = newResult(function);
    if (!endpoint().isValid() || endpoint().isEmpty()) {
        result.status = TargetCallStatus::EngineError;
        result.message = u"the target %1 has no URL"_s.arg(name());
        finishCallLater(id, result);
        return id;
    }
    if (!m_credentialsError.isEmpty()) {
        result.status = TargetCallStatus::EngineError;
        result.message = u"cannot sign the call: "_s + m_credentialsError;
        finishCallLater(id, result);
        return id;
    }
    LambdaInvokeRequest request;
    request.functionName = spec().functionNameFor(function);
    request.payload = payload;
    request.qualifier = options.qualifier.isEmpty() ? spec().qualifier : options.qualifier;
    request.tailLogs = options.tailLogs;
    m_client->setTimeoutMs(callTimeoutMs(spec(), function));
    m_calls.insert(m_client->invoke(request), { id, result });
    return id;
}

void EndpointTarget::onAnswer(quint64 clientId, const LambdaInvokeResult &answer)
{
    if (auto call = m_calls.find(clientId); call != m_calls.end()) {
        auto [id, result] = call.value();
        m_calls.erase(call);
        readInvokeAnswer(answer, dialect(), result);
        if (result.logs.isEmpty())
            result.logsNote = u"the target returned no log tail"_s;
        Q_EMIT callFinished(id, result);
        return;
    }
    const auto found = m_checks.find(clientId);
    if (found == m_checks.end())
        return;
    auto [check, function] = found.value();
    m_checks.erase(found);
    TargetHealth &health = check->health;
    TargetUnit unit;
    unit.function = function;
    unit.name = function.isEmpty() ? endpoint().toDisplayString() : function;
    unit.state = answer.status == 0 ? u"unreachable"_s : u"HTTP %1"_s.arg(answer.status);
    unit.running = answer.status >= 200 && answer.status < 300;
    if (answer.status == 0) {
        health.state = TargetState::Down;
        health.reason = u"no answer from %1: %2"_s.arg(endpoint().toDisplayString(), answer.networkError);
    } else if (isCredentialsRefusal(answer) && health.state != TargetState::Down) {
        health.state = TargetState::Down;
        TargetCallResult refusal;
        readInvokeAnswer(answer, InvokeDialect::Lambda, refusal);
        health.reason = u"the credentials are refused (%1)"_s.arg(refusal.message);
    } else if (!function.isEmpty() && answer.status == 404 && health.state == TargetState::Ready) {
        health.state = TargetState::NotDeployed;
        health.reason = u"%1 is not there (%2)"_s.arg(function, QString::fromLatin1(answer.errorType()));
    }
    unit.detail = unit.running || function.isEmpty() ? QString() : QString::fromUtf8(answer.body.left(300));
    health.units << unit;
    if (--check->waiting == 0)
        reportHealth(health);
}

} // namespace Bullpen
