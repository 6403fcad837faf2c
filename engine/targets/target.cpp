// SPDX-License-Identifier: MIT
#include "engine/targets/target.h"

#include "engine/core/jsonvalue.h"
#include "engine/targets/dockertargets.h"
#include "engine/targets/endpointtarget.h"
#include "engine/targets/localpooltarget.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimer>

namespace Bullpen {

using namespace Qt::StringLiterals;

namespace {

constexpr TargetKind AllKinds[] = { TargetKind::LocalPool, TargetKind::DockerContainer, TargetKind::SwarmService,
                                    TargetKind::Endpoint, TargetKind::AwsLambda };

const int healthMetaType = qRegisterMetaType<Bullpen::TargetHealth>();
const int callMetaType = qRegisterMetaType<Bullpen::TargetCallResult>();

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

template<typename T> QJsonValue orNull(const std::optional<T> &value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString targetKindName(TargetKind kind)
{
    switch (kind) {
    case TargetKind::LocalPool:
        return u"local"_s;
    case TargetKind::DockerContainer:
        return u"docker"_s;
    case TargetKind::SwarmService:
        return u"swarm"_s;
    case TargetKind::Endpoint:
        return u"endpoint"_s;
    case TargetKind::AwsLambda:
        return u"lambda"_s;
    }
    return {};
}

std::optional<TargetKind> targetKindFromName(const QString &name)
{
    for (TargetKind kind : AllKinds) {
        if (targetKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QStringList targetKindNames()
{
    QStringList names;
    for (TargetKind kind : AllKinds)
        names << targetKindName(kind);
    return names;
}

QString targetKindTitle(TargetKind kind)
{
    switch (kind) {
    case TargetKind::LocalPool:
        return QObject::tr("Local pool");
    case TargetKind::DockerContainer:
        return QObject::tr("Docker container");
    case TargetKind::SwarmService:
        return QObject::tr("Docker Swarm service");
    case TargetKind::Endpoint:
        return QObject::tr("EC2-style endpoint");
    case TargetKind::AwsLambda:
        return QObject::tr("AWS Lambda");
    }
    return {};
}

QString targetStateName(TargetState state)
{
    switch (state) {
    case TargetState::Unknown:
        return u"unknown"_s;
    case TargetState::NotDeployed:
        return u"not-deployed"_s;
    case TargetState::Deploying:
        return u"deploying"_s;
    case TargetState::Ready:
        return u"ready"_s;
    case TargetState::Degraded:
        return u"degraded"_s;
    case TargetState::Down:
        return u"down"_s;
    }
    return {};
}

QString startKindName(StartKind kind)
{
    switch (kind) {
    case StartKind::Unknown:
        return u"unknown"_s;
    case StartKind::Cold:
        return u"cold"_s;
    case StartKind::Warm:
        return u"warm"_s;
    }
    return {};
}

QString targetCallStatusName(TargetCallStatus status)
{
    switch (status) {
    case TargetCallStatus::Succeeded:
        return u"succeeded"_s;
    case TargetCallStatus::FunctionError:
        return u"functionError"_s;
    case TargetCallStatus::Refused:
        return u"refused"_s;
    case TargetCallStatus::NetworkError:
        return u"networkError"_s;
    case TargetCallStatus::NotDeployed:
        return u"notDeployed"_s;
    case TargetCallStatus::EngineError:
        return u"engineError"_s;
    }
    return {};
}

QString TargetSpec::functionNameFor(const FunctionConfig &function) const
{
    const QString named = functionNames.value(function.logicalId);
    if (!named.isEmpty())
        return named;
    if (kind == TargetKind::Endpoint)
        return u"function"_s; // the emulator's one name (its path /2015-03-31/functions/function/invocations)
    return function.functionName.isEmpty() ? function.logicalId : function.functionName;
}

QString TargetContext::projectKey() const
{
    const QByteArray path = QFileInfo(templatePath).absoluteFilePath().toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha256).toHex().left(10));
}

QJsonObject TargetHealth::toJson() const
{
    QJsonArray unitList;
    for (const TargetUnit &unit : units) {
        unitList.append(QJsonObject {
            { u"function"_s, unit.function },
            { u"id"_s, unit.id },
            { u"name"_s, unit.name },
            { u"state"_s, unit.state },
            { u"detail"_s, orNull(unit.detail) },
            { u"running"_s, unit.running },
        });
    }
    return QJsonObject {
        { u"target"_s, target },
        { u"state"_s, targetStateName(state) },
        { u"reason"_s, orNull(reason) },
        { u"units"_s, unitList },
        { u"checkedAt"_s, checkedAt.toString(Qt::ISODateWithMs) },
    };
}

QJsonObject TargetCallResult::toJson() const
{
    QJsonValue parsed = parseJsonValue(payload);
    if (parsed.isUndefined())
        parsed = QString::fromUtf8(payload);
    return QJsonObject {
        { u"target"_s, target },
        { u"kind"_s, targetKindName(kind) },
        { u"function"_s, function },
        { u"status"_s, targetCallStatusName(status) },
        { u"httpStatus"_s, httpStatus == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(httpStatus) },
        { u"requestId"_s, orNull(QString::fromLatin1(requestId)) },
        { u"payload"_s, parsed },
        { u"functionError"_s, orNull(functionError) },
        { u"functionErrorInferred"_s, functionErrorInferred },
        { u"errorType"_s, orNull(errorType) },
        { u"errorMessage"_s, orNull(errorMessage) },
        { u"networkError"_s, orNull(networkError) },
        { u"message"_s, orNull(message) },
        { u"logs"_s, QJsonArray::fromStringList(logs) },
        { u"logsNote"_s, orNull(logsNote) },
        { u"durationMs"_s, orNull(durationMs) },
        { u"initDurationMs"_s, orNull(initDurationMs) },
        { u"billedDurationMs"_s, orNull(billedDurationMs) },
        { u"memorySizeMB"_s, orNull(memorySizeMb) },
        { u"maxMemoryUsedMB"_s, orNull(maxMemoryUsedMb) },
        { u"start"_s, startKindName(start) },
        { u"roundTripMs"_s, double(roundTripNs) / 1e6 },
        { u"servedBy"_s, orNull(servedBy) },
        { u"startedAt"_s, startedAt.toString(Qt::ISODateWithMs) },
    };
}

bool TargetCallResult::readReportLine(const QString &line)
{
    // REPORT RequestId: <id>\tDuration: 15.74 ms\tBilled Duration: 16 ms\tMemory Size: 128 MB\t
    // Max Memory Used: 56 MB\tInit Duration: 130.49 ms (the emulator puts Init Duration first).
    static const QRegularExpression report(u"^REPORT RequestId: (\\S+)"_s);
    static const QRegularExpression field(u"(Init Duration|Billed Duration|Duration|Memory Size|Max Memory Used): "
                                          "([0-9]+(?:\\.[0-9]+)?) (ms|MB)"_s);
    const QRegularExpressionMatch head = report.match(line);
    if (!head.hasMatch())
        return false;
    if (requestId.isEmpty())
        requestId = head.captured(1).toLatin1();
    bool init = false;
    bool any = false;
    for (auto it = field.globalMatch(line); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(1);
        const double value = m.captured(2).toDouble();
        any = true;
        if (name == u"Init Duration") {
            initDurationMs = value;
            init = true;
        } else if (name == u"Billed Duration") {
            billedDurationMs = qint64(value);
        } else if (name == u"Duration") {
            durationMs = value;
        } else if (name == u"Memory Size") {
            memorySizeMb = int(value);
        } else if (name == u"Max Memory Used") {
            maxMemoryUsedMb = int(value);
        }
    }
    if (any)
        start = init ? StartKind::Cold : StartKind::Warm;
    return any;
}

Target::Target(const TargetSpec &spec, const TargetContext &context, QObject *parent)
    : QObject(parent)
    , m_spec(spec)
    , m_context(context)
{
    Q_UNUSED(healthMetaType)
    Q_UNUSED(callMetaType)
    m_health.target = spec.name;
}

Target::~Target() = default;

Target *Target::create(const TargetSpec &spec, const TargetContext &context, QObject *parent)
{
    switch (spec.kind) {
    case TargetKind::LocalPool:
        return new LocalPoolTarget(spec, context, parent);
    case TargetKind::DockerContainer:
        return new DockerContainerTarget(spec, context, parent);
    case TargetKind::SwarmService:
        return new SwarmServiceTarget(spec, context, parent);
    case TargetKind::Endpoint:
    case TargetKind::AwsLambda:
        return new EndpointTarget(spec, context, parent);
    }
    return nullptr;
}

void Target::reportHealth(TargetHealth health)
{
    health.target = m_spec.name;
    health.checkedAt = QDateTime::currentDateTimeUtc();
    m_health = health;
    Q_EMIT healthChecked(m_health);
}

TargetCallResult Target::newResult(const FunctionConfig &function) const
{
    TargetCallResult result;
    result.target = m_spec.name;
    result.kind = m_spec.kind;
    result.function = function.logicalId;
    result.startedAt = QDateTime::currentDateTimeUtc();
    return result;
}

void Target::finishCallLater(quint64 id, const TargetCallResult &result)
{
    QTimer::singleShot(0, this, [this, id, result] { Q_EMIT callFinished(id, result); });
}

} // namespace Bullpen
