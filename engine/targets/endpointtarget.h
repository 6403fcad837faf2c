// SPDX-License-Identifier: MIT
#pragma once

#include "engine/aws/awscredentials.h"
#include "engine/targets/invokeanswer.h"
#include "engine/targets/target.h"

#include <QHash>

#include <memory>
#include <utility>

namespace Bullpen {

class LambdaInvokeClient;

// A target Bullpen did not deploy and cannot probe, reached through Lambda's
// Invoke API: an EC2-style endpoint (any URL serving the invoke path: an
// instance running the exported image, another machine, another `bullpen
// serve`; SigV4 when `sign` is set) or AWS Lambda itself (always signed, the
// region's endpoint or the spec's URL). Credentials come from the environment
// or a profile (AwsCredentialProvider); a target that needs them and has none
// is down with the provider's reason, and its calls say so.
//
// The health check asks without running anything: AWS Lambda gets GetFunction
// for each function (is it there, are the keys taken), an endpoint
// ListFunctions (does it answer, are the keys taken; an emulator's 404 is
// still an answer).
class EndpointTarget final : public Target
{
    Q_OBJECT
public:
    EndpointTarget(const TargetSpec &spec, const TargetContext &context, QObject *parent = nullptr,
                   const AwsCredentialProvider &credentials = AwsCredentialProvider());

    bool canProbe() const override { return false; }
    bool isDeployable() const override { return false; }
    void deploy(const QList<FunctionConfig> &functions) override;
    void checkHealth(const QList<FunctionConfig> &functions = {}) override;
    quint64 invoke(const FunctionConfig &function, const QByteArray &payload,
                   const TargetCallOptions &options = {}) override;
    void tearDown() override;

    QUrl endpoint() const;
    bool isSigning() const;
    // Why the target cannot sign (no keys for its profile); empty when it can or need not.
    QString credentialsError() const { return m_credentialsError; }

private:
    void onAnswer(quint64 clientId, const LambdaInvokeResult &answer);
    InvokeDialect dialect() const;

    LambdaInvokeClient *m_client = nullptr;
    QString m_credentialsError;
    QString m_credentialsSource;
    QString m_region;
    // The client's request ids of the calls and checks on their way.
    QHash<quint64, std::pair<quint64, TargetCallResult>> m_calls;
    struct Check
    {
        TargetHealth health;
        int waiting = 0;
    };
    QHash<quint64, std::pair<std::shared_ptr<Check>, QString>> m_checks; // client id -> check, function
};

} // namespace Bullpen
