// SPDX-License-Identifier: MIT
#pragma once

// What the targets' tests share: a project with one Python function that
// echoes its event (and fails when asked), and waiting for a target's signals.

#include "engine/project/samtemplate.h"
#include "engine/sandbox/docker/dockerclient.h"
#include "engine/targets/target.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QString>

namespace Bullpen::TestSupport {

// Writes template.yaml and echo/app.py into dir; the function's logical id is Echo.
inline bool writeEchoProject(const QString &dir)
{
    QDir().mkpath(dir + QStringLiteral("/echo"));
    QFile templateFile(dir + QStringLiteral("/template.yaml"));
    QFile code(dir + QStringLiteral("/echo/app.py"));
    if (!templateFile.open(QIODevice::WriteOnly) || !code.open(QIODevice::WriteOnly))
        return false;
    templateFile.write("AWSTemplateFormatVersion: '2010-09-09'\n"
                       "Transform: AWS::Serverless-2016-10-31\n"
                       "Resources:\n"
                       "  Echo:\n"
                       "    Type: AWS::Serverless::Function\n"
                       "    Properties:\n"
                       "      Runtime: python3.12\n"
                       "      Handler: app.handler\n"
                       "      CodeUri: echo/\n"
                       "      MemorySize: 256\n"
                       "      Timeout: 10\n"
                       "      Environment:\n"
                       "        Variables:\n"
                       "          GREETING: hello from the template\n");
    code.write("import json, os\n"
               "\n"
               "def handler(event, context):\n"
               "    if isinstance(event, dict) and event.get('fail'):\n"
               "        raise ValueError('asked to fail: ' + str(event['fail']))\n"
               "    print('echo', json.dumps(event))\n"
               "    return {'echo': event, 'greeting': os.environ.get('GREETING')}\n");
    return true;
}

inline FunctionConfig loadEcho(const QString &dir)
{
    ProjectError error;
    const auto sam = SamTemplate::load(dir + QStringLiteral("/template.yaml"), &error);
    if (!sam) {
        qWarning("%s", qPrintable(error.toString()));
        return {};
    }
    return sam->functions().value(0);
}

inline std::pair<bool, QString> deployTarget(Target *target, const QList<FunctionConfig> &functions,
                                             int timeoutMs = 600000)
{
    QSignalSpy done(target, &Target::deployFinished);
    target->deploy(functions);
    if (!done.wait(timeoutMs))
        return { false, QStringLiteral("no answer within %1 ms").arg(timeoutMs) };
    return { done.first().at(0).toBool(), done.first().at(1).toString() };
}

inline TargetHealth checkTarget(Target *target, const QList<FunctionConfig> &functions = {}, int timeoutMs = 60000)
{
    QSignalSpy checked(target, &Target::healthChecked);
    target->checkHealth(functions);
    if (!checked.wait(timeoutMs))
        return {};
    return checked.first().at(0).value<TargetHealth>();
}

inline TargetCallResult callTarget(Target *target, const FunctionConfig &function, const QByteArray &payload,
                                   int timeoutMs = 120000)
{
    QSignalSpy finished(target, &Target::callFinished);
    const quint64 id = target->invoke(function, payload);
    if (!finished.wait(timeoutMs) || finished.first().at(0).toULongLong() != id) {
        TargetCallResult none;
        none.status = TargetCallStatus::EngineError;
        none.message = QStringLiteral("no answer within %1 ms").arg(timeoutMs);
        return none;
    }
    return finished.first().at(1).value<TargetCallResult>();
}

inline std::pair<bool, QString> tearDownTarget(Target *target, int timeoutMs = 120000)
{
    QSignalSpy done(target, &Target::tearDownFinished);
    target->tearDown();
    if (!done.wait(timeoutMs))
        return { false, QStringLiteral("no answer within %1 ms").arg(timeoutMs) };
    return { done.first().at(0).toBool(), done.first().at(1).toString() };
}

inline QString describe(const TargetCallResult &r)
{
    return QString::fromUtf8(QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact));
}

// One Engine API call, waited for (tests only).
inline DockerResponse dockerCall(DockerClient *docker, const QByteArray &verb, const QString &path,
                                 const QByteArray &body = {})
{
    DockerResponse result;
    bool done = false;
    docker->call(verb, path, body, nullptr, [&](const DockerResponse &r) {
        result = r;
        done = true;
    });
    QDeadlineTimer deadline(60000);
    while (!done && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    return result;
}

} // namespace Bullpen::TestSupport
