// SPDX-License-Identifier: MIT
#pragma once

#include "engine/core/awsaccount.h"

#include <QMap>
#include <QString>

namespace Bullpen {

struct FunctionConfig;
struct RuntimeLaunch;

struct EnvironmentContext
{
    QString runtimeApi; // host:port of the instance's Runtime API listener
    AwsAccount account; // the engine's region and account (EngineSettings::account)
    QString logStreamName; // YYYY/MM/DD/[$LATEST]<32 hex>; empty: a new one for version
    QString version = QStringLiteral("$LATEST"); // or "1", the alias's (AWS_LAMBDA_FUNCTION_VERSION)
    bool provisioned = false; // a provisioned-concurrency instance (AWS_LAMBDA_INITIALIZATION_TYPE)
};

// The environment of a Lambda execution environment (reference §2.1), with the
// function's own variables on top.
QMap<QString, QString> lambdaEnvironment(const FunctionConfig &function, const RuntimeLaunch &launch,
                                         const EnvironmentContext &context);

// A new log stream's name, as Lambda names one per execution environment: YYYY/MM/DD/[version]<32 hex>.
QString newLogStreamName(const QString &version = QStringLiteral("$LATEST"));
QString functionArn(const FunctionConfig &function, const EnvironmentContext &context);

} // namespace Bullpen
